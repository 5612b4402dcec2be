// Files that ind writes (--out, --rows): never half written, never written through a link
// planted at a temporary name, never shared with a concurrent run, and never one that the run
// reads.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace ind::rt {

// A new empty file in `folder`, created exclusively (O_EXCL: never an existing file or link) and
// named ".NAME.ind-tmp-XXXXXX" with a random suffix, so that concurrent runs never share one and
// one left behind by a killed run is recognisable and never reused. Readable as a file created
// by the user would be (0666 less the umask). An empty path, with `error` set, when it cannot be
// created.
std::filesystem::path create_temporary(const std::filesystem::path& folder,
                                       const std::string& name, std::string& error);

// The contents of `target`, first written to temporary() and then put in place by commit():
//  - a regular file, or a name where nothing is yet, is replaced in one rename after the
//    temporary (created next to it) and then its folder are flushed to disk: a reader sees the
//    old file or the whole new one, even after a crash;
//  - a symbolic link at `target` is replaced by the file; what it pointed to is left as it was;
//  - a FIFO or a device (/dev/stdout, a pipe to another program) is written to directly, as a
//    shell redirection would, from a temporary created in the system's temporary folder:
//    renaming over it would replace it with a file.
// The temporary is removed on every path but a successful commit().
class output_file
{
 public:
   output_file() = default;
   output_file(const output_file&) = delete;
   output_file& operator=(const output_file&) = delete;
   ~output_file();

   // false, with `error` set, when no temporary can be created.
   bool open(const std::filesystem::path& target, std::string& error);
   const std::filesystem::path& temporary() const { return m_temporary; }
   bool commit(std::string& error);
   // Removes the temporary; the target stays as it was.
   void discard();

 private:
   std::filesystem::path m_target;
   std::filesystem::path m_temporary;
   bool m_direct = false; // the target is not a regular file: written to, not replaced
};

// Whether `path` names an existing file that is also one of `files` (the same device and inode,
// however either is spelled: "DIR/./f", "DIR/../DIR/f", an absolute path, a symbolic link).
bool same_file_as_any(const std::filesystem::path& path,
                      const std::vector<std::filesystem::path>& files);

} // namespace ind::rt
