// The memo of groups of the roster engine (engine.cpp): for one aggregate with `menurut` in one
// part of the file, the accumulators of the groups its last rows fell in.
#pragma once

#include "runtime/aggregate/accumulate.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace ind::rt::roster {

// The accumulators of the groups a target's recent rows fell in, by key bytes: most rows of a
// roster fall in a few groups, found here without hashing. A new group may move the others in
// memory, so the memo is emptied when one is made; once the target refuses a group (more than
// lang::limits::max_roster_groups) it is no longer used.
class group_memo
{
 public:
   agg::accumulator* find(std::string_view key) const
   {
      for (std::size_t k = 0; k < m_used; ++k) {
         if (m_keys[k] == key) {
            return m_accs[k];
         }
      }
      return nullptr;
   }
   void remember(std::string_view key, agg::accumulator* acc, bool new_group)
   {
      if (new_group) {
         m_used = m_next = 0;
      }
      m_keys[m_next].assign(key);
      m_accs[m_next] = acc;
      m_next = (m_next + 1) % size;
      m_used = std::max(m_used, m_next == 0 ? size : m_next);
   }
   void turn_off()
   {
      m_used = m_next = 0;
      m_off = true;
   }
   bool off() const { return m_off; }
   bool asked = false; // the state was asked for a group in the current row

 private:
   static constexpr std::size_t size = 4;
   std::array<std::string, size> m_keys;
   std::array<agg::accumulator*, size> m_accs{};
   std::size_t m_used = 0;
   std::size_t m_next = 0;
   bool m_off = false;
};

} // namespace ind::rt::roster
