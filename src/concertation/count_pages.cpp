// What leaves the group, as a page: the anonymous counts of a year (situations treated, closed by outcome, by
// theme and by care area; meetings and hours). Any professional may read it; outside the group every count
// of people below the group's threshold shows as "< 5" (with secondary suppression where a total is shown).
// And a member's export of their own data.
#include <functional>

#include "concertation/counts.hpp"
#include "concertation/handlers.hpp"
#include "concertation/meetings.hpp"
#include "concertation/protection.hpp"
#include "concertation/views.hpp"
#include "directory/model.hpp"
#include "platform/app.hpp"
#include "platform/audit.hpp"
#include "platform/db.hpp"
#include "platform/small_counts.hpp"
#include "platform/views.hpp"
#include "territory/model.hpp"

namespace maillage::concertation {

namespace {
void fill_table(Dictionary& d, const char* section, const std::vector<std::pair<std::string, long>>& rows,
                const std::function<std::string(const std::string&)>& label, bool inside, int threshold) {
  std::vector<long> cells;
  for (auto& r : rows) cells.push_back(r.second);
  auto shown = shown_counts(cells, inside, threshold);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    auto* o = d.AddSectionDictionary(section);
    o->SetValue("LABEL", label(rows[i].first));
    o->SetValue("COUNT", shown[i].text);
  }
}
}  // namespace

Response counts_page(RequestContext& ctx) {
  return ctx.app.db.transact([&](soci::session& sql) {
    auto g = group_or_404(sql, ctx.param_id("id"));
    auto st = standing_of(ctx, sql, g.id);
    bool inside = st.active;
    int year = year_asked(ctx, latest_meeting_year(sql, g.id));
    auto c = group_counts(sql, g.id, *year_period(year));
    std::string lang = lang_of(ctx);
    Page page(ctx, "concertation/counts.tpl", N_("Counts"));
    page.set_title(ctx.tr(N_("Counts")) + " · " + g.name);
    auto& d = page.dict();
    fill_group_header(ctx, d, g, st);
    fill_years(d, year);
    if (inside) d.ShowSection("INSIDE");
    else d.ShowSection("OUTSIDE");
    d.SetIntValue("THRESHOLD", g.small_count_threshold);
    auto treated = shown_count(c.situations_treated, inside, g.small_count_threshold);
    auto closed = shown_count(c.situations_closed, inside, g.small_count_threshold);
    d.SetValue("TREATED", treated.text);
    d.SetValue("CLOSED", closed.text);
    d.SetIntValue("MEETINGS", c.meetings);
    d.SetValue("HOURS", hours_text(static_cast<int>(c.minutes)));
    auto outcomes = outcomes_of(sql, g.id);
    fill_table(d, "BY_OUTCOME", c.by_outcome, [&](const std::string& code) { return outcome_label(outcomes, code, lang); },
               inside, g.small_count_threshold);
    auto labels = directory::cached_term_labels(ctx.app.db, lang);
    fill_table(d, "BY_THEME", c.by_theme,
               [&](const std::string& code) {
                 auto it = labels->find(code);
                 return it == labels->end() ? code : it->second;
               },
               inside, g.small_count_threshold);
    auto snap = territory::snapshot(ctx.app.db);
    fill_table(d, "BY_BASSIN", c.by_bassin,
               [&](const std::string& slug) {
                 for (auto& b : snap->bassins)
                   if (b.slug == slug) return b.name(lang);
                 return slug;
               },
               inside, g.small_count_threshold);
    if (!c.by_outcome.empty()) d.ShowSection("HAS_OUTCOMES");
    if (!c.by_theme.empty()) d.ShowSection("HAS_THEMES");
    if (!c.by_bassin.empty()) d.ShowSection("HAS_BASSINS");
    return page.response();
  });
}

Response my_export(RequestContext& ctx) {
  return ctx.app.db.transact([&](soci::session& sql) {
    auto body = export_member_data(sql, ctx.user->id);
    audit(sql, ctx, "concertation.export", "user:" + std::to_string(ctx.user->id));
    return Response::json(200, body).header("Content-Disposition", "attachment; filename=\"my-concertation-data.json\"");
  });
}

}  // namespace maillage::concertation
