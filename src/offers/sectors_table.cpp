#include "offers/sectors_table.hpp"

#include <map>

#include "offers/common.hpp"
#include "offers/handlers.hpp"
#include "offers/model.hpp"
#include "offers/rules.hpp"
#include "offers/views.hpp"
#include "platform/app.hpp"
#include "platform/db.hpp"
#include "platform/views.hpp"

namespace maillage::offers {

SectorCounts participants_by_sector(soci::session& sql, const SectorList& sectors, std::int64_t offer_id,
                                    const Period& period) {
  // Oldest first: a person's later registration names the sector they count in.
  std::map<std::string, std::string> sector_of;
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT LOWER(r.email), r.sector FROM registrations r JOIN offer_sessions s ON s.id = r.session_id "
                      "WHERE r.offer_id = :o AND s.starts_at >= :f AND s.starts_at < :t AND s.status <> 'cancelled' AND "
                      "r.status = 'confirmed' AND r.attendance <> 'no_show' ORDER BY s.starts_at, r.id",
       soci::use(offer_id), soci::use(period.from), soci::use(period.to));
  for (auto& r : rs) sector_of[as_text(r, 0)] = as_text(r, 1);
  std::map<std::string, long> counts;
  for (auto& [who, sector] : sector_of) ++counts[sector];
  SectorCounts out;
  out.participants = static_cast<long>(sector_of.size());
  for (auto& sector : sectors.all())
    if (auto it = counts.find(sector.code); it != counts.end()) {
      out.by_sector.emplace_back(sector.code, it->second);
      ++out.sectors;
      counts.erase(it);
    }
  // Codes no longer in the list (kept as stored) still count, under their own code; "not given" comes last.
  for (auto& [code, n] : counts)
    if (!code.empty()) out.by_sector.emplace_back(code, n), ++out.sectors;
  if (counts.count("")) out.by_sector.emplace_back("", counts[""]);
  return out;
}

Response offer_sectors(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto o = organised_offer(ctx, sql, ctx.param_id("id"));
  int year = to_brussels(now_seconds()).year;
  try {
    if (!ctx.q("year").empty()) year = std::stoi(ctx.q("year"));
  } catch (...) {}
  auto period = year_period(year);
  if (!period) year = to_brussels(now_seconds()).year, period = year_period(year);
  Page page(ctx, "offers/sectors.tpl", N_("Participants by sector"));
  auto& d = page.dict();
  fill_offer(ctx, sql, d, o);
  d.SetIntValue("YEAR", year);
  auto sector_list = sectors(ctx.app.db, sql);
  auto counts = participants_by_sector(sql, *sector_list, o.id, *period);
  d.SetValue("PEOPLE", ctx.trn("{1} participant", "{1} participants", counts.participants));
  d.SetValue("SECTORS", ctx.trn("{1} sector", "{1} sectors", counts.sectors));
  for (auto& [code, n] : counts.by_sector) {
    auto* row = d.AddSectionDictionary("ROW");
    row->SetValue("SECTOR", code.empty() ? ctx.tr(N_("Not given")) : sector_label(ctx, *sector_list, code));
    row->SetIntValue("COUNT", n);
  }
  d.SetIntValue("TOTAL", counts.participants);
  if (counts.by_sector.empty()) d.ShowSection("NONE");
  else d.ShowSection("SOME");
  return page.response();
}

}  // namespace maillage::offers
