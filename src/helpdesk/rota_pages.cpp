// The line pages and the rota: who is on duty now, the weekly grid of half-day shifts (printable), signing up,
// leaving, assigning, absences, and each responder's shifts with their private calendar feed.
#include "helpdesk/rota_pages.hpp"

#include <algorithm>
#include <map>

#include "directory/model.hpp"
#include "directory/views.hpp"
#include "helpdesk/lines.hpp"
#include "helpdesk/rota.hpp"
#include "platform/app.hpp"
#include "platform/audit.hpp"
#include "platform/forms.hpp"
#include "platform/views.hpp"
#include "territory/model.hpp"

namespace maillage::helpdesk {

using namespace std::chrono;

namespace {

constexpr int kMyWeeksAhead = 8;
constexpr int kMaxAbsenceDays = 366;

struct LineAccess {
  Line line;
  bool responder = false;    // answers this line
  bool coordinator = false;  // coordinates the line's bassin or the region (or administers)
};

LineAccess line_access(RequestContext& ctx, soci::session& sql) {
  auto line = find_line_by_code(sql, ctx.param("code"));
  if (!line) throw not_found();
  if (!may_see_line(*ctx.user, *line)) throw forbidden();
  return {*line, ctx.user->responds_for_line(line->id), coordinates_line(*ctx.user, *line)};
}

std::string day_label(RequestContext& ctx, Day d) {
  return ctx.tr(directory::weekdays()[weekday{d}.iso_encoding() - 1].second) + " " +
         ctx.app.i18n.date(ctx.lang, shift_times(d, Half::Morning).starts_at);
}

std::string week_link(const Line& line, Day monday) { return "/helpdesk/lines/" + line.code + "/rota?week=" + day_iso(monday); }

// Who answers now: the holder of the running half-day, "nobody" on a gap, or why no shift runs.
void fill_on_duty(RequestContext& ctx, Dictionary& d, const Line& line,
                  const std::vector<Shift>& shifts, const std::vector<Absence>& absences, std::int64_t now) {
  auto extra = configured_extra_holidays();
  auto slot = slot_at(now);
  Day today = brussels_day(now);
  if (const char* holiday = holiday_on(today, extra)) {
    d.SetValueAndShowSection("HOLIDAY_NAME", ctx.tr(holiday), "DUTY_HOLIDAY");
  } else if (!slot || !shift_expected(line, slot->day, slot->half, extra)) {
    d.ShowSection("DUTY_CLOSED");
  } else {
    auto slots = slots_between(line, slot->day, slot->day + days{1}, shifts, absences, extra);
    for (auto& s : slots) {
      if (s.half != slot->half) continue;
      if (s.covered()) d.SetValueAndShowSection("DUTY_NAME", s.holder->user_name, "DUTY_HOLDER");
      else d.ShowSection("DUTY_NOBODY");
      d.SetValue("DUTY_HALF", ctx.tr(half_label(s.half)));
    }
  }
}

// The weekly grid (templates/helpdesk/week_grid.tpl), Monday to Friday, with the actions the caller may take.
void fill_week(RequestContext& ctx, soci::session& sql, Dictionary& d, const LineAccess& access,
               Day monday, bool actions, std::int64_t now) {
  const Line& line = access.line;
  Day end = monday + days{5};
  auto shifts = shifts_of_line(sql, line.id, monday, end);
  auto absences = absences_between(sql, monday, end);
  auto extra = configured_extra_holidays();
  auto slots = slots_between(line, monday, end, shifts, absences, extra);
  auto* grid = d.AddIncludeDictionary("WEEK_GRID");
  grid->SetFilename(Views::key(ctx.lang, "helpdesk/week_grid.tpl"));
  grid->SetValue("CAPTION", ctx.tr(N_("Shifts of the week")) + " — " + line.name(ctx.lang) + " — " + day_label(ctx, monday));
  grid->SetValue("CODE", line.code);
  grid->SetValue("WEEK", day_iso(monday));
  std::vector<Responder> responders;
  if (actions && access.coordinator) responders = responders_of_line(sql, line.id);
  for (Day day = monday; day < end; day += days{1}) {
    auto* h = grid->AddSectionDictionary("DAY");
    h->SetValue("LABEL", day_label(ctx, day));
    if (const char* holiday = holiday_on(day, extra)) h->SetValueAndShowSection("HOLIDAY", ctx.tr(holiday), "IS_HOLIDAY");
  }
  for (Half half : {Half::Morning, Half::Afternoon}) {
    auto* row = grid->AddSectionDictionary("HALF");
    row->SetValue("LABEL", ctx.tr(half_label(half)));
    for (auto& s : slots) {
      if (s.half != half) continue;
      auto* cell = row->AddSectionDictionary("CELL");
      cell->SetValue("DAY", day_iso(s.day));
      cell->SetValue("HALF", half_code(s.half));
      cell->SetValue("WHEN", day_label(ctx, s.day) + ", " + ctx.tr(half_label(s.half)));
      bool future = shift_times(s.day, s.half).ends_at > now;
      if (s.holiday) cell->SetValueAndShowSection("HOLIDAY", ctx.tr(s.holiday), "IS_HOLIDAY");
      else if (!s.expected) cell->ShowSection("NOT_EXPECTED");
      if (s.holder) {
        cell->SetValueAndShowSection("HOLDER", s.holder->user_name, "HAS_HOLDER");
        if (s.holder_absent) cell->ShowSection("HOLDER_ABSENT");
        if (s.holder->assigned_by) cell->ShowSection("ASSIGNED");
      }
      if (s.gap() && !s.holder) cell->ShowSection("FREE_GAP");
      if (!actions || !future) continue;
      bool mine = s.holder && s.holder->user_id == ctx.user->id;
      if (access.responder && s.expected && !s.holder) cell->ShowSection("CAN_TAKE");
      if (s.holder && (mine || access.coordinator)) cell->ShowSection("CAN_LEAVE");
      if (access.coordinator && s.expected && !responders.empty()) {
        auto* assign = cell->AddSectionDictionary("CAN_ASSIGN");
        for (auto& r : responders) {
          auto* o = assign->AddSectionDictionary("RESPONDER");
          o->SetIntValue("ID", r.id);
          o->SetValue("NAME", r.name);
          if (s.holder && s.holder->user_id == r.id) o->ShowSection("SELECTED");
        }
      }
    }
  }
}

void fill_line_facts(RequestContext& ctx, soci::session& sql, Dictionary& d, const Line& line) {
  d.SetValue("CODE", line.code);
  d.SetValue("NAME", line.name(ctx.lang));
  d.SetValue("PHONE", line.phone);
  d.SetValue("EMAIL", line.email);
  d.ShowSection(line.phone.empty() ? "NO_PHONE" : "HAS_PHONE");
  d.ShowSection(line.email.empty() ? "NO_EMAIL" : "HAS_EMAIL");
  d.SetValue("TERRITORY", line.regional() ? ctx.tr(N_("Brussels-Capital Region"))
                                          : territory::bassin_name(sql, line.bassin_slug, ctx.lang));
  if (line.opening_hours.empty()) {
    d.ShowSection("DEFAULT_HOURS");
    return;
  }
  for (auto& [code, name] : directory::weekdays()) {
    std::string ranges;
    std::size_t pos = 0;
    const std::string& text = line.opening_hours;
    while (pos < text.size()) {
      auto nl = text.find('\n', pos);
      auto o = directory::parse_opening_line(text.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos));
      if (o && o->day == code) ranges += (ranges.empty() ? "" : ", ") + o->opens + "–" + o->closes;
      if (nl == std::string::npos) break;
      pos = nl + 1;
    }
    if (ranges.empty()) continue;
    auto* h = d.AddSectionDictionary("HOURS");
    h->SetValue("DAY", ctx.tr(name));
    h->SetValue("RANGES", ranges);
  }
}

void fill_gaps_ahead(RequestContext& ctx, soci::session& sql, Dictionary& d, const Line& line,
                     std::int64_t now) {
  Day from = brussels_day(now) + days{1}, to = from + days{7};
  auto gaps = gaps_between(line, from, to, shifts_of_line(sql, line.id, from, to), absences_between(sql, from, to),
                           configured_extra_holidays());
  if (gaps.empty()) d.ShowSection("NO_GAPS");
  for (auto& g : gaps) {
    auto* s = d.AddSectionDictionary("GAP");
    s->SetValue("WHEN", day_label(ctx, g.day) + ", " + ctx.tr(half_label(g.half)));
    s->SetValue("LINK", week_link(line, monday_of(g.day)));
  }
}

Response render_rota(RequestContext& ctx, soci::session& sql, const LineAccess& access, Day monday,
                     const char* problem = nullptr, const FormErrors& errors = {}, int status = 200) {
  std::int64_t now = now_seconds();
  Page page(ctx, "helpdesk/rota.tpl", N_("Rota"));
  page.set_title(ctx.tr(N_("Rota")) + " — " + access.line.name(ctx.lang));
  auto& d = page.dict();
  d.SetValue("CODE", access.line.code);
  d.SetValue("NAME", access.line.name(ctx.lang));
  d.SetValue("WEEK_OF", day_label(ctx, monday));
  d.SetValue("WEEK", day_iso(monday));
  d.SetValue("PREVIOUS", week_link(access.line, monday - days{7}));
  d.SetValue("NEXT", week_link(access.line, monday + days{7}));
  d.SetValue("THIS_WEEK", week_link(access.line, monday_of(brussels_day(now))));
  if (problem) d.SetValueAndShowSection("PROBLEM", ctx.tr(problem), "HAS_PROBLEM");
  fill_week(ctx, sql, d, access, monday, true, now);
  fill_gaps_ahead(ctx, sql, d, access.line, now);
  auto responders = responders_of_line(sql, access.line.id);
  std::vector<std::int64_t> ids;
  for (auto& r : responders) ids.push_back(r.id);
  for (auto& a : absences_between(sql, monday, monday + days{7})) {
    if (std::find(ids.begin(), ids.end(), a.user_id) == ids.end()) continue;
    auto* s = d.AddSectionDictionary("ABSENCE");
    s->SetValue("WHO", a.user_name);
    s->SetValue("FROM", day_label(ctx, a.starts_on));
    s->SetValue("UNTIL", day_label(ctx, a.ends_on));
    s->SetValue("KIND", ctx.tr(a.kind == "holiday" ? N_("holiday") : N_("absence")));
  }
  if (access.coordinator) {
    auto* f = d.AddSectionDictionary("ABSENCE_FORM");
    for (auto& r : responders) {
      auto* o = f->AddSectionDictionary("RESPONDER");
      o->SetIntValue("ID", r.id);
      o->SetValue("NAME", r.name);
      if (ctx.f("user_id") == std::to_string(r.id)) o->ShowSection("SELECTED");
    }
    f->SetValue("STARTS_ON", ctx.f("starts_on"));
    f->SetValue("ENDS_ON", ctx.f("ends_on"));
    if (ctx.f("kind") == "holiday") f->ShowSection("HOLIDAY_KIND");
    errors.show(ctx, *f);
  }
  for (auto& r : responders) d.AddSectionDictionary("MEMBER")->SetValue("NAME", r.name);
  if (responders.empty()) d.ShowSection("NO_RESPONDERS");
  return page.response(status);
}

Day week_of_query(RequestContext& ctx, std::int64_t now) {
  auto asked = parse_day(ctx.method == Method::Post ? ctx.f("week") : ctx.q("week"));
  return monday_of(asked.value_or(brussels_day(now)));
}

struct SlotForm {
  Day day;
  Half half;
};
std::optional<SlotForm> slot_of_form(RequestContext& ctx) {
  auto d = parse_day(ctx.f("day"));
  auto h = parse_half(ctx.f("half"));
  if (!d || !h) return std::nullopt;
  return SlotForm{*d, *h};
}

// A period typed in a form: refusal msgid or nullptr.
const char* read_absence(RequestContext& ctx, Absence& a, FormErrors& errors) {
  auto from = parse_day(ctx.f("starts_on")), to = parse_day(ctx.f("ends_on"));
  if (!from) errors.add("starts_on", N_("Give the first day of the absence."));
  if (!to) errors.add("ends_on", N_("Give the last day of the absence."));
  if (from && to && *to < *from) errors.add("ends_on", N_("The last day comes after the first."));
  if (from && to && (*to - *from).count() > kMaxAbsenceDays) errors.add("ends_on", N_("An absence lasts at most a year."));
  std::string kind = ctx.f("kind");
  if (kind != "absence" && kind != "holiday") errors.add("kind", N_("Choose absence or holiday."));
  if (!errors.empty()) return N_("Please correct the following:");
  a.starts_on = *from;
  a.ends_on = *to;
  a.kind = kind;
  return nullptr;
}

Response render_mine(RequestContext& ctx, soci::session& sql, const FormErrors& errors = {}, const std::string& feed_url = "",
                     int status = 200) {
  std::int64_t now = now_seconds();
  Day today = brussels_day(now);
  Page page(ctx, "helpdesk/my_rota.tpl", N_("My shifts"));
  auto& d = page.dict();
  std::map<std::int64_t, Line> lines;
  for (auto& l : list_lines(sql, true)) lines[l.id] = l;
  for (auto& l : lines_of_responder(sql, ctx.user->id)) {
    auto* s = d.AddSectionDictionary("LINE");
    s->SetValue("CODE", l.code);
    s->SetValue("NAME", l.name(ctx.lang));
  }
  auto shifts = shifts_of_user(sql, ctx.user->id, today, today + days{7 * kMyWeeksAhead});
  auto absences = absences_of_user(sql, ctx.user->id, today);
  if (shifts.empty()) d.ShowSection("NO_SHIFTS");
  for (auto& sh : shifts) {
    auto times = shift_times(sh.day, sh.half);
    if (times.ends_at <= now) continue;
    auto* s = d.AddSectionDictionary("SHIFT");
    s->SetValue("WHEN", day_label(ctx, sh.day) + ", " + ctx.tr(half_label(sh.half)));
    s->SetValue("DAY", day_iso(sh.day));
    s->SetValue("HALF", half_code(sh.half));
    if (lines.count(sh.line_id)) {
      s->SetValue("LINE", lines[sh.line_id].name(ctx.lang));
      s->SetValue("CODE", lines[sh.line_id].code);
    }
    if (absent_on(absences, ctx.user->id, sh.day)) s->ShowSection("ABSENT");
  }
  if (absences.empty()) d.ShowSection("NO_ABSENCES");
  for (auto& a : absences) {
    auto* s = d.AddSectionDictionary("ABSENCE");
    s->SetIntValue("ID", a.id);
    s->SetValue("FROM", day_label(ctx, a.starts_on));
    s->SetValue("UNTIL", day_label(ctx, a.ends_on));
    s->SetValue("KIND", ctx.tr(a.kind == "holiday" ? N_("holiday") : N_("absence")));
  }
  echo_fields(ctx, d, {"starts_on", "ends_on"});
  if (ctx.f("kind") == "holiday") d.ShowSection("HOLIDAY_KIND");
  errors.show(ctx, d);
  if (has_feed(sql, ctx.user->id)) d.ShowSection("HAS_FEED");
  if (!feed_url.empty()) d.SetValueAndShowSection("FEED_URL", feed_url, "FEED_SHOWN");
  return page.response(status);
}

}  // namespace

Response lines_index(RequestContext& ctx) {
  const CurrentUser& user = *ctx.user;
  if (!user.is_admin() && !user.is_territory_coordinator() && user.responder_line_ids().empty()) throw forbidden();
  soci::session sql(ctx.app.db.pool());
  std::int64_t now = now_seconds();
  Day today = brussels_day(now);
  Page page(ctx, "helpdesk/lines.tpl", N_("Helpdesk lines"));
  auto& d = page.dict();
  auto absences = absences_between(sql, today, today + days{1});
  for (auto& l : list_lines(sql)) {
    if (!may_see_line(user, l)) continue;
    auto* s = d.AddSectionDictionary("LINE");
    fill_line_facts(ctx, sql, *s, l);
    fill_on_duty(ctx, *s, l, shifts_of_line(sql, l.id, today, today + days{1}), absences, now);
    if (user.responds_for_line(l.id)) s->ShowSection("MINE");
  }
  if (!user.responder_line_ids().empty()) d.ShowSection("IS_RESPONDER");
  return page.response();
}

Response line_page(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto access = line_access(ctx, sql);
  std::int64_t now = now_seconds();
  Day today = brussels_day(now);
  Page page(ctx, "helpdesk/line.tpl", N_("Helpdesk line"));
  page.set_title(access.line.name(ctx.lang));
  auto& d = page.dict();
  fill_line_facts(ctx, sql, d, access.line);
  fill_on_duty(ctx, d, access.line, shifts_of_line(sql, access.line.id, today, today + days{1}),
               absences_between(sql, today, today + days{1}), now);
  Day monday = monday_of(today);
  fill_week(ctx, sql, d, access, monday, false, now);
  fill_gaps_ahead(ctx, sql, d, access.line, now);
  d.SetValue("ROTA", week_link(access.line, monday));
  auto responders = responders_of_line(sql, access.line.id);
  for (auto& r : responders) d.AddSectionDictionary("MEMBER")->SetValue("NAME", r.name);
  if (responders.empty()) d.ShowSection("NO_RESPONDERS");
  if (ctx.user->is_admin()) {
    d.SetIntValue("LINE_ID", access.line.id);
    d.ShowSection("IS_ADMIN_LINK");
  }
  return page.response();
}

Response rota_week(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto access = line_access(ctx, sql);
  return render_rota(ctx, sql, access, week_of_query(ctx, now_seconds()));
}

Response rota_take(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto access = line_access(ctx, sql);
  if (!access.responder) throw forbidden();
  std::int64_t now = now_seconds();
  Day monday = week_of_query(ctx, now);
  auto slot = slot_of_form(ctx);
  if (!slot) return render_rota(ctx, sql, access, monday, N_("Choose a shift of the grid."), {}, 422);
  if (!shift_expected(access.line, slot->day, slot->half, configured_extra_holidays()))
    return render_rota(ctx, sql, access, monday, N_("No shift is expected on this half-day."), {}, 422);
  if (shift_times(slot->day, slot->half).ends_at <= now)
    return render_rota(ctx, sql, access, monday, N_("This shift is over."), {}, 422);
  if (absent_on(absences_between(sql, slot->day, slot->day + days{1}), ctx.user->id, slot->day))
    return render_rota(ctx, sql, access, monday, N_("You are away that day: remove the absence first."), {}, 422);
  bool taken = ctx.app.db.transact([&](soci::session& tx) {
    return take_shift(tx, access.line.id, slot->day, slot->half, ctx.user->id, 0, now);
  });
  if (!taken)
    return render_rota(ctx, sql, access, monday, N_("Someone else took this shift a moment ago: it is no longer free."), {}, 409);
  ctx.flash(N_("The shift is yours."));
  return Response::redirect(week_link(access.line, monday));
}

Response rota_leave(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto access = line_access(ctx, sql);
  std::int64_t now = now_seconds();
  Day monday = week_of_query(ctx, now);
  auto slot = slot_of_form(ctx);
  if (!slot) return render_rota(ctx, sql, access, monday, N_("Choose a shift of the grid."), {}, 422);
  auto shift = find_shift(sql, access.line.id, slot->day, slot->half);
  if (!shift) return render_rota(ctx, sql, access, monday, N_("Nobody holds this shift."), {}, 409);
  bool mine = shift->user_id == ctx.user->id;
  if (!mine && !access.coordinator) throw forbidden();
  if (shift_times(slot->day, slot->half).ends_at <= now)
    return render_rota(ctx, sql, access, monday, N_("This shift is over."), {}, 422);
  ctx.app.db.transact([&](soci::session& tx) {
    remove_shift(tx, shift->id);
    if (!mine)
      audit(tx, ctx, "helpdesk.rota.unassign", "helpdesk_line:" + std::to_string(access.line.id),
            day_iso(slot->day) + " " + half_code(slot->half) + " user:" + std::to_string(shift->user_id));
  });
  ctx.flash(mine ? N_("You left the shift.") : N_("The shift is free again."));
  if (ctx.f("back") == "mine") return Response::redirect("/helpdesk/rota/mine");
  return Response::redirect(week_link(access.line, monday));
}

Response rota_assign(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto access = line_access(ctx, sql);
  if (!access.coordinator) throw forbidden();
  std::int64_t now = now_seconds();
  Day monday = week_of_query(ctx, now);
  auto slot = slot_of_form(ctx);
  std::int64_t user = 0;
  try { user = std::stoll(ctx.f("user_id")); } catch (...) {}
  if (!slot) return render_rota(ctx, sql, access, monday, N_("Choose a shift of the grid."), {}, 422);
  if (!is_responder_of(sql, user, access.line.id))
    return render_rota(ctx, sql, access, monday, N_("Choose a responder of this line."), {}, 422);
  if (!shift_expected(access.line, slot->day, slot->half, configured_extra_holidays()))
    return render_rota(ctx, sql, access, monday, N_("No shift is expected on this half-day."), {}, 422);
  if (shift_times(slot->day, slot->half).ends_at <= now)
    return render_rota(ctx, sql, access, monday, N_("This shift is over."), {}, 422);
  if (absent_on(absences_between(sql, slot->day, slot->day + days{1}), user, slot->day))
    return render_rota(ctx, sql, access, monday, N_("This responder is away that day."), {}, 422);
  ctx.app.db.transact([&](soci::session& tx) {
    assign_shift(tx, access.line.id, slot->day, slot->half, user, ctx.user->id, now);
    audit(tx, ctx, "helpdesk.rota.assign", "helpdesk_line:" + std::to_string(access.line.id),
          day_iso(slot->day) + " " + half_code(slot->half) + " user:" + std::to_string(user));
  });
  ctx.flash(N_("The shift is assigned."));
  return Response::redirect(week_link(access.line, monday));
}

Response line_absence_add(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto access = line_access(ctx, sql);
  if (!access.coordinator) throw forbidden();
  Day monday = week_of_query(ctx, now_seconds());
  Absence a;
  try { a.user_id = std::stoll(ctx.f("user_id")); } catch (...) {}
  FormErrors errors;
  if (!is_responder_of(sql, a.user_id, access.line.id)) errors.add("user_id", N_("Choose a responder of this line."));
  if (read_absence(ctx, a, errors) || !errors.empty())
    return render_rota(ctx, sql, access, monday, nullptr, errors, 422);
  ctx.app.db.transact([&](soci::session& tx) {
    add_absence(tx, a, ctx.user->id, now_seconds());
    audit(tx, ctx, "helpdesk.absence.add", "user:" + std::to_string(a.user_id), day_iso(a.starts_on) + " " + day_iso(a.ends_on));
  });
  ctx.flash(N_("The absence is recorded."));
  return Response::redirect(week_link(access.line, monday));
}

Response my_rota(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  if (ctx.user->responder_line_ids().empty()) throw forbidden();
  return render_mine(ctx, sql);
}

Response my_absence_add(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  if (ctx.user->responder_line_ids().empty()) throw forbidden();
  Absence a;
  a.user_id = ctx.user->id;
  FormErrors errors;
  if (read_absence(ctx, a, errors)) return render_mine(ctx, sql, errors, "", 422);
  ctx.app.db.transact([&](soci::session& tx) { add_absence(tx, a, ctx.user->id, now_seconds()); });
  ctx.flash(N_("The absence is recorded."));
  return Response::redirect("/helpdesk/rota/mine");
}

Response absence_remove(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto a = find_absence(sql, ctx.param_id("id"));
  if (!a) throw not_found();
  bool own = a->user_id == ctx.user->id;
  bool coordinator = false;
  for (auto& l : lines_of_responder(sql, a->user_id))
    if (coordinates_line(*ctx.user, l)) coordinator = true;
  if (!own && !coordinator) throw forbidden();
  ctx.app.db.transact([&](soci::session& tx) {
    remove_absence(tx, a->id);
    if (!own) audit(tx, ctx, "helpdesk.absence.remove", "user:" + std::to_string(a->user_id), day_iso(a->starts_on));
  });
  ctx.flash(N_("The absence is removed."));
  std::string back = ctx.f("back");
  if (!back.empty() && find_line_by_code(sql, back)) return Response::redirect("/helpdesk/lines/" + back + "/rota");
  return Response::redirect("/helpdesk/rota/mine");
}

Response rota_feed_new(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  if (ctx.user->responder_line_ids().empty()) throw forbidden();
  std::string token = ctx.app.db.transact([&](soci::session& tx) { return new_feed_token(tx, ctx.user->id, now_seconds()); });
  auto r = render_mine(ctx, sql, {}, ctx.app.base_url() + "/helpdesk/rota/feed/" + token + ".ics");
  r.header("Cache-Control", "no-store");
  return r;
}

Response rota_feed_file(RequestContext& ctx) {
  std::string token = ctx.param("token");
  if (token.size() < 5 || token.substr(token.size() - 4) != ".ics") throw not_found();
  soci::session sql(ctx.app.db.pool());
  auto user = user_of_feed_token(sql, token.substr(0, token.size() - 4));
  if (!user) throw not_found();
  std::string lang = "fr";
  sql << "SELECT lang FROM users WHERE id = :id", soci::use(*user), soci::into(lang);
  return Response::text(200, rota_feed(ctx.app, sql, *user, ctx.app.i18n.normalise(lang).value_or("fr"), now_seconds()),
                        "text/calendar; charset=utf-8")
      .header("Cache-Control", "private, max-age=300");
}

}  // namespace maillage::helpdesk
