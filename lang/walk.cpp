#include "lang/walk.hpp"

namespace ind::lang {

void walk(const ir::expr& e, const std::function<void(const ir::expr&)>& visit)
{
   visit(e);
   const auto sub = [&](const ir::expr_ptr& child) {
      if (child) {
         walk(*child, visit);
      }
   };
   std::visit(
      [&](const auto& node) {
         using T = std::decay_t<decltype(node)>;
         if constexpr (std::is_same_v<T, ir::unary>) {
            sub(node.operand);
         }
         else if constexpr (std::is_same_v<T, ir::binary>) {
            sub(node.lhs);
            sub(node.rhs);
         }
         else if constexpr (std::is_same_v<T, ir::conditional>) {
            sub(node.condition);
            sub(node.then_value);
            sub(node.else_value);
         }
         else if constexpr (std::is_same_v<T, ir::choose>) {
            sub(node.subject);
            for (const auto& arm : node.arms) {
               sub(arm.value);
            }
            sub(node.otherwise);
         }
         else if constexpr (std::is_same_v<T, ir::rule_call> ||
                            std::is_same_v<T, ir::function_call>) {
            for (const auto& a : node.args) {
               sub(a);
            }
         }
         else if constexpr (std::is_same_v<T, ir::aggregate>) {
            sub(node.row_value);
            sub(node.filter);
            for (const auto& key : node.group_by) {
               sub(key);
            }
         }
      },
      e.node);
}

} // namespace ind::lang
