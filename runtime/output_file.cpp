#include "runtime/output_file.hpp"

#include <array>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ind::rt {

namespace fs = std::filesystem;

namespace {

// The mode a file created with open(..., 0666) would get: mkstemp creates 0600, and a report
// that only its writer can read would surprise whoever shares it.
mode_t created_mode()
{
   static const mode_t mode = [] {
      const mode_t mask = ::umask(022);
      ::umask(mask);
      return static_cast<mode_t>(0666 & ~mask);
   }();
   return mode;
}

std::string system_error(int code)
{
   return std::strerror(code);
}

// Flushes a file or a folder to disk; false with errno set.
bool sync_path(const fs::path& path, int flags)
{
   const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
   if (fd < 0) {
      return false;
   }
   const bool synced = ::fsync(fd) == 0;
   const int saved = errno;
   ::close(fd);
   errno = saved;
   return synced;
}

bool write_all(int fd, const char* data, std::size_t size)
{
   while (size > 0) {
      const ssize_t n = ::write(fd, data, size);
      if (n < 0 && errno == EINTR) {
         continue;
      }
      if (n <= 0) {
         return false;
      }
      data += n;
      size -= static_cast<std::size_t>(n);
   }
   return true;
}

// Copies `from` into `to`, which exists and is not a regular file (a FIFO, a device).
bool copy_into(const fs::path& from, const fs::path& to, std::string& error)
{
   const int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
   if (in < 0) {
      error = "tidak dapat membaca " + from.string() + ": " + system_error(errno);
      return false;
   }
   const int out = ::open(to.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
   if (out < 0) {
      error = "tidak dapat menulis " + to.string() + ": " + system_error(errno);
      ::close(in);
      return false;
   }
   std::array<char, 64 * 1024> chunk{};
   bool ok = true;
   for (;;) {
      const ssize_t n = ::read(in, chunk.data(), chunk.size());
      if (n < 0 && errno == EINTR) {
         continue;
      }
      if (n < 0 || (n > 0 && !write_all(out, chunk.data(), static_cast<std::size_t>(n)))) {
         error = "gagal menulis " + to.string() + ": " + system_error(errno);
         ok = false;
         break;
      }
      if (n == 0) {
         break;
      }
   }
   ::close(in);
   if (::close(out) != 0 && ok) {
      error = "gagal menulis " + to.string() + ": " + system_error(errno);
      ok = false;
   }
   return ok;
}

} // namespace

fs::path create_temporary(const fs::path& folder, const std::string& name, std::string& error)
{
   // The suffix must fit in a file name (255 bytes) whatever the target's name.
   // Built piece by piece: GCC 12 reports a false -Wrestrict for "literal" + temporary.
   std::string pattern(1, '.');
   pattern += name.substr(0, 200);
   pattern += ".ind-tmp-XXXXXX";
   std::string path = (folder.empty() ? fs::path(".") : folder) / pattern;
   const int fd = ::mkostemp(path.data(), O_CLOEXEC);
   if (fd < 0) {
      error = "tidak dapat membuat berkas sementara di " +
              (folder.empty() ? std::string(".") : folder.string()) + ": " + system_error(errno);
      return {};
   }
   ::fchmod(fd, created_mode());
   ::close(fd);
   return path;
}

output_file::~output_file()
{
   discard();
}

bool output_file::open(const fs::path& target, std::string& error)
{
   discard();
   m_target = target;
   struct stat st{};
   // A link to a FIFO or a device (/dev/stdout) counts as one.
   m_direct = ::stat(target.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode);
   std::error_code ec;
   const fs::path folder = m_direct ? fs::temp_directory_path(ec) : target.parent_path();
   m_temporary = create_temporary(ec ? fs::path("/tmp") : folder,
                                  target.filename().string(), error);
   return !m_temporary.empty();
}

bool output_file::commit(std::string& error)
{
   if (m_temporary.empty()) {
      error = "tidak ada berkas sementara untuk " + m_target.string();
      return false;
   }
   if (m_direct) {
      const bool copied = copy_into(m_temporary, m_target, error);
      discard();
      return copied;
   }
   if (!sync_path(m_temporary, O_RDONLY)) {
      error = "gagal menulis " + m_target.string() + ": " + system_error(errno);
      discard();
      return false;
   }
   if (::rename(m_temporary.c_str(), m_target.c_str()) != 0) {
      error = "tidak dapat mengganti " + m_target.string() + ": " + system_error(errno);
      discard();
      return false;
   }
   m_temporary.clear();
   // The rename itself is on disk only once the folder is. A folder that cannot be opened for
   // reading still has the complete file in it: nothing to report.
   const fs::path folder = m_target.parent_path().empty() ? fs::path(".") : m_target.parent_path();
   sync_path(folder, O_RDONLY | O_DIRECTORY);
   return true;
}

void output_file::discard()
{
   if (!m_temporary.empty()) {
      ::unlink(m_temporary.c_str());
      m_temporary.clear();
   }
}

bool same_file_as_any(const fs::path& path, const std::vector<fs::path>& files)
{
   struct stat out{};
   if (::stat(path.c_str(), &out) != 0) {
      return false;
   }
   for (const fs::path& file : files) {
      struct stat in{};
      if (::stat(file.c_str(), &in) == 0 && in.st_dev == out.st_dev && in.st_ino == out.st_ino) {
         return true;
      }
   }
   return false;
}

} // namespace ind::rt
