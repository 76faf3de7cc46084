// Administrators edit the lines: names in three languages, contact facts, weekly opening hours (the directory's
// "MO 09:00-12:00" line format), retention, order, whether active, and the phone system's token.
#include <algorithm>
#include <cctype>

#include "directory/model.hpp"
#include "directory/views.hpp"
#include "helpdesk/lines.hpp"
#include "helpdesk/rota_pages.hpp"
#include "platform/app.hpp"
#include "platform/audit.hpp"
#include "platform/forms.hpp"
#include "platform/mail.hpp"
#include "platform/views.hpp"
#include "territory/model.hpp"

namespace maillage::helpdesk {

namespace {

constexpr int kRangesADay = 2;

std::string hours_field(const std::string& day, int n, const char* end) {
  return "hours-" + day + "-" + std::to_string(n) + "-" + end;  // as the directory's form names them
}

bool is_time(const std::string& t) {
  return t.size() == 5 && t[2] == ':' && std::isdigit(static_cast<unsigned char>(t[0])) &&
         std::isdigit(static_cast<unsigned char>(t[1])) && std::isdigit(static_cast<unsigned char>(t[3])) &&
         std::isdigit(static_cast<unsigned char>(t[4])) && t.substr(0, 2) <= "23" && t.substr(3, 2) <= "59";
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    auto nl = text.find('\n', pos);
    std::string item = text.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
    if (!item.empty()) out.push_back(item);
    if (nl == std::string::npos) break;
    pos = nl + 1;
  }
  return out;
}

Response render_line_form(RequestContext& ctx, soci::session& sql, const Line& line, const FormErrors& errors,
                          bool from_form, const std::string& new_token = "", int status = 200) {
  Page page(ctx, "helpdesk/line_admin.tpl", N_("Helpdesk line"));
  page.set_title(line.name(ctx.lang));
  auto& d = page.dict();
  d.SetIntValue("ID", line.id);
  d.SetValue("CODE", line.code);
  auto field = [&](const char* name, const std::string& value) { return from_form ? ctx.f(name) : value; };
  d.SetValue("NAME_FR", field("name_fr", line.name_fr));
  d.SetValue("NAME_NL", field("name_nl", line.name_nl));
  d.SetValue("NAME_EN", field("name_en", line.name_en));
  d.SetValue("PHONE", field("phone", line.phone));
  d.SetValue("EMAIL", field("email", line.email));
  d.SetValue("RETENTION", field("retention_months", std::to_string(line.retention_months)));
  d.SetValue("POSITION", field("position", std::to_string(line.position)));
  if (from_form ? ctx.f("active") == "1" : line.active) d.ShowSection("ACTIVE");
  d.SetValue("TERRITORY", line.regional() ? ctx.tr(N_("Brussels-Capital Region"))
                                          : territory::bassin_name(sql, line.bassin_slug, ctx.lang));
  auto hours = lines_of(line.opening_hours);
  for (auto& [code, name] : directory::weekdays()) {
    auto* day = d.AddSectionDictionary("DAY");
    day->SetValue("CODE", code);
    day->SetValue("DAY_NAME", ctx.tr(name));
    std::vector<directory::WeeklyOpening> ranges;
    for (auto& item : hours)
      if (auto o = directory::parse_opening_line(item); o && o->day == code) ranges.push_back(*o);
    for (int r = 1; r <= kRangesADay; ++r) {
      auto* slot = day->AddSectionDictionary("RANGE");
      slot->SetIntValue("N", r);
      bool have = r <= static_cast<int>(ranges.size());
      slot->SetValue("FROM", from_form ? ctx.f(hours_field(code, r, "from")) : have ? ranges[r - 1].opens : "");
      slot->SetValue("TO", from_form ? ctx.f(hours_field(code, r, "to")) : have ? ranges[r - 1].closes : "");
    }
  }
  if (line.opening_hours.empty() && !from_form) d.ShowSection("DEFAULT_HOURS");
  if (has_call_token(sql, line.id)) d.ShowSection("HAS_TOKEN");
  if (!new_token.empty()) d.SetValueAndShowSection("NEW_TOKEN", new_token, "TOKEN_SHOWN");
  errors.show(ctx, d);
  return page.response(status);
}

Line line_of(soci::session& sql, RequestContext& ctx) {
  auto line = find_line(sql, ctx.param_id("id"));
  if (!line) throw not_found();
  return *line;
}

}  // namespace

Response admin_lines(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  Page page(ctx, "helpdesk/lines_admin.tpl", N_("Helpdesk lines"));
  auto& d = page.dict();
  auto lines = list_lines(sql, true);
  if (lines.empty()) d.ShowSection("NO_LINES");
  for (auto& l : lines) {
    auto* s = d.AddSectionDictionary("LINE");
    s->SetIntValue("ID", l.id);
    s->SetValue("CODE", l.code);
    s->SetValue("NAME", l.name(ctx.lang));
    s->SetValue("PHONE", l.phone);
    s->SetValue("EMAIL", l.email);
    s->SetIntValue("RETENTION", l.retention_months);
    int responders = 0;
    std::string scope = std::to_string(l.id);
    sql << "SELECT COUNT(*) FROM grants WHERE role = 'responder' AND scope_type = 'line' AND scope_id = :s",
        soci::use(scope), soci::into(responders);
    s->SetIntValue("RESPONDERS", responders);
    if (!l.active) s->ShowSection("INACTIVE");
  }
  return page.response();
}

Response admin_lines_defaults(RequestContext& ctx) {
  int created = ctx.app.db.transact([&](soci::session& sql) {
    int n = ensure_default_lines(sql, now_seconds());
    if (n > 0) audit(sql, ctx, "helpdesk.lines.defaults", "helpdesk_lines", std::to_string(n));
    return n;
  });
  ctx.flash(created > 0 ? N_("The default lines are created.") : N_("There are lines already."));
  return Response::redirect("/admin/helpdesk/lines");
}

Response admin_line_form(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  return render_line_form(ctx, sql, line_of(sql, ctx), {}, false);
}

Response admin_line_save(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  Line line = line_of(sql, ctx);
  Line edited = line;
  edited.name_fr = clean_text(ctx.f("name_fr"));
  edited.name_nl = clean_text(ctx.f("name_nl"));
  edited.name_en = clean_text(ctx.f("name_en"));
  edited.phone = clean_text(ctx.f("phone"));
  edited.email = clean_text(ctx.f("email"));
  edited.active = ctx.f("active") == "1";
  FormErrors errors;
  auto number = [&](const char* name, int& out) {
    try {
      std::size_t used = 0;
      std::string v = clean_text(ctx.f(name));
      out = std::stoi(v, &used);
      return used == v.size();
    } catch (...) {
      return false;
    }
  };
  if (!number("retention_months", edited.retention_months) || edited.retention_months < 1 || edited.retention_months > 120)
    errors.add("retention_months", N_("The retention period is between 1 and 120 months."));
  if (!number("position", edited.position) || edited.position < 0 || edited.position > 1000)
    errors.add("position", N_("The position is a number from 0 to 1000."));
  if (edited.name_fr.empty() || edited.name_nl.empty() || edited.name_en.empty())
    errors.add("name_fr", N_("Give the line a name in French, Dutch and English."));
  for (auto* t : {&edited.name_fr, &edited.name_nl, &edited.name_en})
    if (utf8_length(*t) > 120) errors.add("name_fr", N_("A name has at most 120 characters."));
  if (utf8_length(edited.phone) > 40) errors.add("phone", N_("A phone number has at most 40 characters."));
  if (!edited.email.empty() && !looks_like_email(edited.email)) errors.add("email", N_("Enter a valid e-mail address."));
  std::vector<std::string> openings;
  bool hours_ok = true;
  for (auto& [code, name] : directory::weekdays()) {
    auto day_start = openings.size();
    for (int r = 1; r <= kRangesADay; ++r) {
      std::string from = clean_text(ctx.f(hours_field(code, r, "from"))), to = clean_text(ctx.f(hours_field(code, r, "to")));
      if (from.empty() && to.empty()) continue;
      if (!is_time(from) || !is_time(to) || to <= from) hours_ok = false;
      else openings.push_back(directory::opening_line({code, from, to}));
    }
    std::sort(openings.begin() + static_cast<std::ptrdiff_t>(day_start), openings.end());
  }
  if (!hours_ok) errors.add("hours", N_("Give each opening both times, the closing after the opening (for example 09:00 and 12:30)."));
  std::string joined;
  for (auto& o : openings) joined += (joined.empty() ? "" : "\n") + o;
  // Weekdays 09:00-17:00 is what an empty text means: kept empty so that the default stays one place.
  std::string weekdays_default;
  for (const char* c : {"MO", "TU", "WE", "TH", "FR"}) weekdays_default += (weekdays_default.empty() ? "" : "\n") + std::string(c) + " 09:00-17:00";
  edited.opening_hours = joined == weekdays_default ? "" : joined;
  if (openings.empty() && hours_ok) errors.add("hours", N_("Give the line at least one opening."));
  if (errors.empty())
    if (const char* refusal = check_line(edited)) errors.add("name_fr", refusal);
  if (!errors.empty()) return render_line_form(ctx, sql, line, errors, true, "", 422);
  ctx.app.db.transact([&](soci::session& tx) {
    save_line(tx, edited, now_seconds());
    audit(tx, ctx, "helpdesk.line.update", "helpdesk_line:" + std::to_string(line.id), edited.code);
  });
  ctx.flash(N_("The line is saved."));
  return Response::redirect("/admin/helpdesk/lines/" + std::to_string(line.id));
}

Response admin_line_token(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  Line line = line_of(sql, ctx);
  std::string token = ctx.app.db.transact([&](soci::session& tx) {
    auto t = set_call_token(tx, line.id);
    audit(tx, ctx, "helpdesk.line.call_token", "helpdesk_line:" + std::to_string(line.id));
    return t;
  });
  // Shown once, on this answer only: a reload or the next visit shows that a token exists, never the token.
  auto r = render_line_form(ctx, sql, line, {}, false, token);
  r.header("Cache-Control", "no-store");
  return r;
}

}  // namespace maillage::helpdesk
