#include "caseload/views.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>

#include "platform/brussels_time.hpp"

namespace maillage::caseload {

bool is_member(const CurrentUser& u, std::int64_t team_id) {
  return u.holds_scope("caseload", "team", team_id) || u.holds_scope("caseload_coordinator", "team", team_id);
}

bool is_coordinator(const CurrentUser& u, std::int64_t team_id) {
  return u.holds_scope("caseload_coordinator", "team", team_id);
}

std::vector<std::int64_t> member_team_ids(const CurrentUser& u) {
  auto ids = u.scope_ids("caseload", "team");
  for (auto id : u.scope_ids("caseload_coordinator", "team")) ids.push_back(id);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

void require_member(const RequestContext& ctx, std::int64_t team_id, bool coordinator) {
  if (!ctx.user) throw forbidden();
  if (coordinator ? !is_coordinator(*ctx.user, team_id) : !is_member(*ctx.user, team_id)) throw forbidden();
}

bool reads_figures_outside(const CurrentUser& u, const Team& team) {
  if (u.is_admin()) return true;
  for (auto& g : u.grants) {
    if (g.role != "coordinator") continue;
    if (g.scope_type == "region") return true;
    if (g.scope_type == "bassin" && !team.territory.empty() && g.scope_id == team.territory) return true;
  }
  return false;
}

std::string term_label(const RequestContext& ctx, const Term& t) { return t.builtin ? ctx.tr(t.label) : t.label; }

std::string term_label(const RequestContext& ctx, const std::vector<Term>& list, const std::string& code) {
  for (auto& t : list)
    if (t.code == code) return term_label(ctx, t);
  return code;
}

void add_term_options(const RequestContext& ctx, Dictionary& d, const char* section,
                      const std::vector<Term>& list, const std::vector<std::string>& selected) {
  for (auto& t : list) {
    auto* o = d.AddSectionDictionary(section);
    o->SetValue("CODE", t.code);
    o->SetValue("LABEL", term_label(ctx, t));
    if (std::find(selected.begin(), selected.end(), t.code) != selected.end()) o->ShowSection("SELECTED");
  }
}

void add_code_options(const RequestContext& ctx, Dictionary& d, const char* section, CodeList list,
                      const std::string& selected) {
  for (auto& c : list) {
    auto* o = d.AddSectionDictionary(section);
    o->SetValue("CODE", c.code);
    o->SetValue("LABEL", ctx.tr(c.label));
    if (selected == c.code) o->ShowSection("SELECTED");
  }
}

std::int64_t to_id(const std::string& s) {
  if (s.empty() || s.size() > 18 || !std::all_of(s.begin(), s.end(), ::isdigit)) return 0;
  return std::stoll(s);
}

std::optional<int> to_int(const std::string& s) {
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

std::optional<std::int64_t> parse_local(const std::string& date, const std::string& time) {
  return from_brussels(date, time.empty() ? "12:00" : time);
}

std::int64_t week_start(std::int64_t t) {
  auto lt = to_brussels(t);
  auto day = from_brussels(local_date_iso(t), "00:00");
  std::int64_t start = day ? *day : t;
  // Back to Monday, by days at noon so that a change of summer time does not shift the date.
  std::int64_t monday_noon = start + 12 * 3600 - static_cast<std::int64_t>(lt.weekday) * 86400;
  auto m = from_brussels(local_date_iso(monday_noon), "00:00");
  return m ? *m : start;
}

bool note_needs_confirmation(const RequestContext& ctx, const std::string& note, Dictionary& d) {
  auto found = find_identifying_data(note);
  if (found.empty() || ctx.f("confirm_not_person") == "1") return false;
  d.ShowSection("FINDINGS");
  for (auto& f : found) {
    auto* s = d.AddSectionDictionary("FINDING");
    s->SetValue("KIND", ctx.tr(f.label));
    s->SetValue("TEXT", f.text);
  }
  return true;
}

std::string team_url(std::int64_t team_id) { return "/caseload/teams/" + std::to_string(team_id); }

std::string person_name(soci::session& sql, std::int64_t user_id) {
  if (!user_id) return "";
  std::string name, email;
  soci::indicator ni = soci::i_null, ei = soci::i_null;
  sql << "SELECT name, email FROM users WHERE id = :id", soci::use(user_id), soci::into(name, ni), soci::into(email, ei);
  return ni == soci::i_ok && !name.empty() ? name : (ei == soci::i_ok ? email : "");
}

}  // namespace maillage::caseload
