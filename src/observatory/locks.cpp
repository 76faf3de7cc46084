#include "observatory/locks.hpp"

#include <algorithm>
#include <set>

#include "observatory/model.hpp"
#include "observatory/publications.hpp"
#include "platform/audit.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"
#include "platform/i18n.hpp"

namespace maillage::observatory {

namespace {
constexpr std::size_t kMaxCorrectionChars = 300;

Lock published_among(soci::session& sql, std::vector<std::string> candidates, int year) {
  Lock lock{year, {}};
  for (auto& t : candidates) {
    int n = 0;
    sql << "SELECT COUNT(*) FROM observatory_publications WHERE territory = :t AND year = :y", soci::use(t), soci::use(year),
        soci::into(n);
    if (n > 0 && std::find(lock.reports.begin(), lock.reports.end(), t) == lock.reports.end()) lock.reports.push_back(t);
  }
  return lock;
}
}  // namespace

Lock plan_lock(soci::session& sql, const std::string& territory, int year) { return published_among(sql, {territory, "all"}, year); }

Lock record_lock(soci::session& sql, const std::string& territory, std::int64_t at) {
  int year = to_brussels(at).year;
  return published_among(sql, {territory, kRegion, "all"}, year);
}

Lock merged(Lock a, const Lock& b) {
  if (!a.year) a.year = b.year;
  for (auto& t : b.reports)
    if (std::find(a.reports.begin(), a.reports.end(), t) == a.reports.end()) a.reports.push_back(t);
  return a;
}

std::string correction_of(const RequestContext& ctx, const Lock& lock, FormErrors& errors) {
  std::string text = clean_text(ctx.f("correction"));
  if (utf8_length(text) > kMaxCorrectionChars) {
    errors.add("correction", N_("Say what you correct in at most 300 characters."));
    return "";
  }
  if (lock.locked() && text.empty())
    errors.add("correction",
               N_("This year's report is published and its period is frozen: to change it, say what you correct. The report is "
                  "then published again as a new version that lists what changed."));
  return text;
}

int republish(RequestContext& ctx, soci::session& sql, const Lock& lock, const std::string& correction) {
  int made = 0;
  std::string name = ctx.user ? (ctx.user->name.empty() ? ctx.user->email : ctx.user->name) : "";
  std::int64_t user = ctx.user ? ctx.user->id : 0;
  std::string note = ctx.tr(N_("Correction:")) + " " + correction;
  for (auto& territory : lock.reports) {
    std::set<std::string> langs;
    for (auto& p : list_publications(sql, territory, lock.year)) langs.insert(p.lang);
    for (auto& lang : langs) {
      auto r = publish_report(ctx.app, sql, territory, lock.year, lang, user, name, note, now_seconds());
      if (r.unchanged) continue;
      ++made;
      audit(sql, ctx, "observatory.report.correct", "observatory_publication:" + std::to_string(r.id),
            territory + " " + std::to_string(lock.year) + ": " + correction);
    }
  }
  return made;
}

}  // namespace maillage::observatory
