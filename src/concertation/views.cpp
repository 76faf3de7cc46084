#include "concertation/views.hpp"

#include <algorithm>

#include "platform/brussels_time.hpp"
#include "platform/db.hpp"
#include "platform/i18n.hpp"

namespace maillage::concertation {

Group group_or_404(soci::session& sql, std::int64_t id) {
  auto g = find_group(sql, id);
  if (!g) throw not_found();
  return *g;
}

std::string group_target(std::int64_t id) { return "concertation_group:" + std::to_string(id); }
std::string meeting_target(std::int64_t id) { return "concertation_meeting:" + std::to_string(id); }

void fill_group_header(const RequestContext&, Dictionary& d, const Group& g, const Standing& s) {
  d.SetIntValue("GROUP_ID", g.id);
  d.SetValue("GROUP_NAME", g.name);
  if (s.bound) d.ShowSection("IS_READER");
  if (s.active) d.ShowSection("IS_MEMBER");
  else d.ShowSection("NO_IS_MEMBER");
  if (s.manages()) d.ShowSection("MANAGES");
}

std::vector<IdentifyingFinding> check_free_text(const RequestContext& ctx, FormErrors& errors, const std::string& field,
                                                const std::string& text, std::size_t max_chars, bool required) {
  if (required && text.empty()) {
    errors.add(field, N_("Write a few words."));
    return {};
  }
  if (utf8_length(text) > max_chars) {
    errors.add(field, N_("The text is too long."));
    return {};
  }
  if (ctx.f("confirm_not_person") == "1") return {};
  auto found = find_identifying_data(text);
  if (!found.empty())
    errors.add(field, N_("The text seems to hold identifying data: remove it, or confirm it is not about the person."));
  return found;
}

int latest_meeting_year(soci::session& sql, std::int64_t group_id) {
  std::int64_t at = 0;
  soci::indicator ind = soci::i_null;
  std::int64_t now = now_seconds();
  sql << "SELECT MAX(starts_at) FROM concertation_meetings WHERE group_id = :g AND starts_at <= :n", soci::use(group_id),
      soci::use(now), soci::into(at, ind);
  return ind == soci::i_ok && at ? to_brussels(at).year : 0;
}

int year_asked(const RequestContext& ctx, int fallback) {
  int now_year = fallback ? fallback : to_brussels(now_seconds()).year;
  std::string y = ctx.q("year");
  if (y.size() == 4 && std::all_of(y.begin(), y.end(), ::isdigit)) {
    int v = std::stoi(y);
    if (v >= 2000 && v <= 2100) return v;
  }
  return now_year;
}

void fill_years(Dictionary& d, int selected) {
  int now_year = std::max(to_brussels(now_seconds()).year, selected);
  for (int y = now_year; y > now_year - 5; --y) {
    auto* o = d.AddSectionDictionary("YEAR_OPTION");
    o->SetIntValue("YEAR", y);
    if (y == selected) o->ShowSection("SELECTED");
  }
  d.SetIntValue("YEAR", selected);
}

std::int64_t to_id(const std::string& s) {
  if (s.empty() || s.size() > 18 || !std::all_of(s.begin(), s.end(), ::isdigit)) return 0;
  return std::stoll(s);
}

std::int64_t date_value(const std::string& iso) {
  if (iso.empty()) return 0;
  auto t = from_brussels(iso, "00:00");
  return t ? *t : 0;
}

}  // namespace maillage::concertation
