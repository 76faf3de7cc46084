#include "offers/head_counts.hpp"

#include "platform/db.hpp"

namespace maillage::offers {

bool set_head_count(soci::session& sql, std::int64_t session_id, std::optional<int> count) {
  if (count && (*count < 0 || *count > kMaxHeadCount)) return false;
  int value = count.value_or(0);
  soci::indicator ind = count ? soci::i_ok : soci::i_null;
  sql << "UPDATE offer_sessions SET head_count = :c WHERE id = :id", soci::use(value, ind), soci::use(session_id);
  return true;
}

std::optional<int> head_count_of(soci::session& sql, std::int64_t session_id) {
  int value = 0;
  soci::indicator ind = soci::i_null;
  sql << "SELECT head_count FROM offer_sessions WHERE id = :id", soci::use(session_id), soci::into(value, ind);
  if (ind != soci::i_ok) return std::nullopt;
  return value;
}

std::vector<HeadCount> head_counts(soci::session& sql, std::int64_t offer_id) {
  std::vector<HeadCount> out;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT id, starts_at, head_count FROM offer_sessions WHERE offer_id = :o "
                                               "AND head_count IS NOT NULL AND status <> 'cancelled' ORDER BY starts_at, id",
                                soci::use(offer_id));
  for (auto& r : rs) out.push_back({as_int(r, 0), as_int(r, 1), static_cast<int>(as_int(r, 2))});
  return out;
}

}  // namespace maillage::offers
