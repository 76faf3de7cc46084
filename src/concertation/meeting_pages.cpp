// Meetings: the year's meetings table (date, place, participants, duration, new situations) with the total
// hours, as a page and CSV; a meeting's page with its agenda (the new situations announced, then the generated
// feedback list of situations discussed before with open agreements), the members present, and, for members
// bound by secrecy, the minutes per situation and the agreements proposed and concluded during the meeting.
#include <algorithm>

#include "concertation/handlers.hpp"
#include "concertation/meetings.hpp"
#include "concertation/situations.hpp"
#include "concertation/views.hpp"
#include "helpdesk/views.hpp"
#include "platform/csv.hpp"
#include "platform/app.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"
#include "platform/protected_records.hpp"
#include "platform/views.hpp"

namespace maillage::concertation {

using helpdesk::brussels_datetime;
using helpdesk::fill_findings;
using helpdesk::label_of;

namespace {

struct MeetingForm {
  Meeting m;
  FormErrors errors;
};

MeetingForm meeting_from_form(const RequestContext& ctx, Meeting m) {
  MeetingForm out;
  auto starts = from_brussels(ctx.f("date"), ctx.f("time").empty() ? "09:00" : ctx.f("time"));
  if (!starts) out.errors.add("date", N_("Enter the date as YYYY-MM-DD and the time as HH:MM."));
  else m.starts_at = *starts;
  std::string d = ctx.f("duration_minutes");
  m.duration_minutes = d.size() > 0 && d.size() < 5 && std::all_of(d.begin(), d.end(), ::isdigit) ? std::stoi(d) : 0;
  if (m.duration_minutes < 5 || m.duration_minutes > 600)
    out.errors.add("duration_minutes", N_("The duration is between 5 and 600 minutes."));
  m.place = clean_text(ctx.f("place"));
  if (utf8_length(m.place) > kMaxNameChars) out.errors.add("place", N_("The text is too long."));
  m.video = ctx.f("video") == "1";
  std::string e = ctx.f("extra_participants");
  m.extra_participants = e.size() > 0 && e.size() < 4 && std::all_of(e.begin(), e.end(), ::isdigit) ? std::stoi(e) : 0;
  out.m = m;
  return out;
}

void fill_meeting_fields(Dictionary& d, const Meeting& m) {
  d.SetValue("DATE", m.starts_at ? local_date_iso(m.starts_at) : "");
  d.SetValue("TIME", m.starts_at ? local_time_hm(m.starts_at) : "");
  d.SetIntValue("DURATION_MINUTES", m.duration_minutes);
  d.SetValue("PLACE", m.place);
  if (m.video) d.ShowSection("VIDEO_CHECKED");
  d.SetIntValue("EXTRA_PARTICIPANTS", m.extra_participants);
}

Response render_meetings(RequestContext& ctx, soci::session& sql, const Group& g, const Standing& st, int year,
                         const MeetingForm* typed, int status) {
  Page page(ctx, "concertation/meetings.tpl", N_("Meetings"));
  page.set_title(ctx.tr(N_("Meetings")) + " · " + g.name);
  auto& d = page.dict();
  fill_group_header(ctx, d, g, st);
  fill_years(d, year);
  auto period = year_period(year);
  auto t = meetings_table(sql, g.id, *period);
  for (auto& m : t.rows) {
    auto* o = d.AddSectionDictionary("ROW");
    o->SetIntValue("MEETING_ID", m.id);
    o->SetValue("DATE", local_date_iso(m.starts_at));
    o->SetValue("PLACE", m.video ? ctx.tr(N_("Video conference")) : m.place);
    o->SetIntValue("PARTICIPANTS", m.participants);
    o->SetValue("DURATION", hours_text(m.duration_minutes));
    o->SetIntValue("NEW_SITUATIONS", m.new_situations);
    d.ShowSection("HAS_ROWS");
  }
  if (t.rows.empty()) d.ShowSection("NO_HAS_ROWS");
  d.SetIntValue("COUNT", static_cast<long>(t.rows.size()));
  d.SetValue("TOTAL_HOURS", hours_text(t.total_minutes));
  d.SetIntValue("TOTAL_NEW", t.new_situations);
  if (st.organises()) {
    d.ShowSection("ORGANISES");
    Meeting blank;
    blank.duration_minutes = g.default_minutes;
    blank.place = g.default_place;
    blank.video = g.default_video;
    fill_meeting_fields(d, typed ? typed->m : blank);
    if (typed) typed->errors.show(ctx, d);
  }
  return page.response(status);
}

std::string csv_line(const std::vector<std::string>& cells) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + csv_cell(cells[i], CsvQuote::Always);
  return out + "\r\n";
}

struct MeetingRead {
  Meeting m;
  Group g;
  Standing st;
};

MeetingRead read_meeting(const RequestContext& ctx, soci::session& sql, std::int64_t id) {
  auto m = find_meeting(sql, id);
  if (!m) throw not_found();
  auto g = group_or_404(sql, m->group_id);
  auto st = standing_of(ctx, sql, g.id);
  require_member(st);
  return {*m, g, st};
}

struct MeetingState {
  FormErrors errors;
  std::int64_t situation_id = 0;  // the item whose form failed
  std::vector<IdentifyingFinding> findings;
};

Response render_meeting(RequestContext& ctx, soci::session& sql, const MeetingRead& r, const MeetingState& state, int status) {
  Page page(ctx, "concertation/meeting.tpl", N_("Meeting"));
  page.set_title(ctx.tr(N_("Meeting")) + " " + local_date_iso(r.m.starts_at) + " · " + r.g.name);
  auto& d = page.dict();
  fill_group_header(ctx, d, r.g, r.st);
  std::int64_t now = now_seconds();
  d.SetIntValue("MEETING_ID", r.m.id);
  d.SetValue("WHEN", brussels_datetime(r.m.starts_at));
  d.SetValue("DURATION", hours_text(r.m.duration_minutes));
  if (r.m.video) d.ShowSection("VIDEO");
  d.SetValue("PLACE_TEXT", r.m.place);
  d.SetIntValue("PARTICIPANTS", r.m.participants);
  auto present = participants_of(sql, r.m.id);
  for (auto& p : present) {
    auto* o = d.AddSectionDictionary("PRESENT");
    o->SetValue("NAME", p.name);
    o->SetValue("ORGANISATION", p.organisation_name);
  }
  auto members = members_of(sql, r.g.id);
  if (r.st.organises()) {
    d.ShowSection("ORGANISES");
    fill_meeting_fields(d, r.m);
    for (auto& m : members) {
      auto* o = d.AddSectionDictionary("MEMBER_OPTION");
      o->SetIntValue("USER_ID", m.user_id);
      o->SetValue("NAME", m.name + " (" + m.organisation_name + ")");
      if (std::any_of(present.begin(), present.end(), [&](auto& p) { return p.user_id == m.user_id; })) o->ShowSection("SELECTED");
    }
  }
  auto agenda = agenda_of(sql, r.m);
  std::vector<std::int64_t> on_agenda;
  for (auto& a : agenda) {
    on_agenda.push_back(a.situation_id);
    auto* o = d.AddSectionDictionary("ITEM");
    o->ShowSection(a.is_new ? "KIND_NEW" : a.on_agenda ? "KIND_DISCUSSED" : "KIND_FEEDBACK");
    o->SetIntValue("SITUATION_ID", a.situation_id);
    o->SetValue("CODE", a.code);
    o->SetValue("ITEM_STATUS", label_of(ctx, situation_statuses(), a.status));
    o->SetIntValue("OPEN_AGREEMENTS", a.open_agreements);
    if (a.person_not_informed) o->ShowSection("NOT_INFORMED");
    d.ShowSection("HAS_ITEMS");
    if (!r.st.bound) {
      o->ShowSection("NO_READER_ITEM");
      continue;
    }
    o->ShowSection("READER_ITEM");
    o->SetValue("MINUTES", state.situation_id == a.situation_id ? ctx.f("minutes") : a.minutes);
    for (auto& ag : agreements_of(sql, a.situation_id)) {
      if (!ag.open()) continue;
      auto* e = o->AddSectionDictionary("ITEM_AGREEMENT");
      e->SetIntValue("AGREEMENT_ID", ag.id);
      e->SetValue("WHAT", ag.what);
      e->SetValue("WHO", ag.who_name);
      e->SetValue("DUE", ag.due_at ? local_date_iso(ag.due_at) : "");
      e->SetValue("AGREEMENT_STATUS", label_of(ctx, agreement_statuses(), ag.status));
      if (ag.overdue(now)) e->ShowSection("OVERDUE");
      if (ag.status == "proposed") e->ShowSection("MAY_CONCLUDE");
      e->SetIntValue("MEETING_ID", r.m.id);
    }
    for (auto& m : members) {
      if (!m.active) continue;
      auto* e = o->AddSectionDictionary("WHO_MEMBER");
      e->SetIntValue("USER_ID", m.user_id);
      e->SetValue("NAME", m.name + " (" + m.organisation_name + ")");
    }
    o->SetIntValue("MEETING_ID", r.m.id);
    if (state.situation_id == a.situation_id) {
      state.errors.show(ctx, *o);
      fill_findings(ctx, *o, state.findings);
    }
  }
  if (agenda.empty()) d.ShowSection("NO_HAS_ITEMS");
  if (r.st.bound) {
    d.ShowSection("READER");
    // Open situations not yet on the agenda, to announce.
    soci::rowset<soci::row> rs =
        (sql.prepare << "SELECT id, code FROM concertation_situations WHERE group_id = :g AND status <> 'closed' ORDER BY code "
                        "LIMIT 1000",
         soci::use(r.g.id));
    for (auto& row : rs) {
      if (std::find(on_agenda.begin(), on_agenda.end(), as_int(row, 0)) != on_agenda.end()) continue;
      auto* o = d.AddSectionDictionary("ANNOUNCE_OPTION");
      o->SetIntValue("SITUATION_ID", as_int(row, 0));
      o->SetValue("CODE", as_text(row, 1));
      d.ShowSection("MAY_ANNOUNCE");
    }
  } else {
    d.ShowSection("NOT_BOUND");
    for (auto& a : agreements_given_to(sql, r.g.id, ctx.user->id)) {
      if (!a.open()) continue;
      auto* o = d.AddSectionDictionary("MY_AGREEMENT");
      o->SetValue("CODE", a.situation_code);
      o->SetValue("WHAT", a.what);
      o->SetValue("DUE", a.due_at ? local_date_iso(a.due_at) : "");
      if (a.overdue(now)) o->ShowSection("OVERDUE");
      d.ShowSection("HAS_MY_AGREEMENTS");
    }
  }
  if (state.situation_id == 0) state.errors.show(ctx, d);
  return page.response(status);
}

}  // namespace

Response meetings_page(RequestContext& ctx) {
  return ctx.app.db.transact([&](soci::session& sql) {
    auto g = group_or_404(sql, ctx.param_id("id"));
    auto st = standing_of(ctx, sql, g.id);
    require_member(st);
    return render_meetings(ctx, sql, g, st, year_asked(ctx, latest_meeting_year(sql, g.id)), nullptr, 200);
  });
}

Response meetings_csv(RequestContext& ctx) {
  return ctx.app.db.transact([&](soci::session& sql) {
    auto g = group_or_404(sql, ctx.param_id("id"));
    require_member(standing_of(ctx, sql, g.id));
    int year = year_asked(ctx, latest_meeting_year(sql, g.id));
    auto t = meetings_table(sql, g.id, *year_period(year));
    std::string out = csv_line({ctx.tr(N_("Date")), ctx.tr(N_("Place")), ctx.tr(N_("Participants")), ctx.tr(N_("Duration")),
                                ctx.tr(N_("New situations"))});
    for (auto& m : t.rows)
      out += csv_line({local_date_iso(m.starts_at), m.video ? ctx.tr(N_("Video conference")) : m.place,
                       std::to_string(m.participants), hours_text(m.duration_minutes), std::to_string(m.new_situations)});
    out += csv_line({ctx.tr(N_("Total")), "", "", hours_text(t.total_minutes), std::to_string(t.new_situations)});
    return Response::text(200, out, "text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"concertation-" + std::to_string(g.id) + "-meetings-" +
                                           std::to_string(year) + ".csv\"");
  });
}

Response meeting_create(RequestContext& ctx) {
  return ctx.app.db.transact([&](soci::session& sql) {
    auto g = group_or_404(sql, ctx.param_id("id"));
    auto st = standing_of(ctx, sql, g.id);
    if (!st.organises()) throw forbidden();
    Meeting blank;
    blank.group_id = g.id;
    auto form = meeting_from_form(ctx, blank);
    if (!form.errors.empty()) {
      int year = form.m.starts_at ? to_brussels(form.m.starts_at).year : year_asked(ctx, latest_meeting_year(sql, g.id));
      return render_meetings(ctx, sql, g, st, year, &form, 422);
    }
    auto id = create_meeting(sql, form.m, ctx.user->id, now_seconds());
    audit(sql, ctx, "concertation.meeting.create", meeting_target(id));
    ctx.flash(N_("The meeting is planned: announce the new situations on its agenda."));
    return Response::redirect("/concertation/meetings/" + std::to_string(id));
  });
}

Response meeting_page(RequestContext& ctx) {
  std::int64_t id = ctx.param_id("id");
  return audited_read(ctx, "concertation.meeting.read", meeting_target(id), [&](soci::session& sql) {
    auto r = read_meeting(ctx, sql, id);
    return render_meeting(ctx, sql, r, {}, 200);
  });
}

Response meeting_update(RequestContext& ctx) {
  std::int64_t id = ctx.param_id("id");
  return audited_read(ctx, "concertation.meeting.update", meeting_target(id), [&](soci::session& sql) {
    auto r = read_meeting(ctx, sql, id);
    if (!r.st.organises()) throw forbidden();
    auto form = meeting_from_form(ctx, r.m);
    if (!form.errors.empty()) {
      MeetingState state;
      state.errors = form.errors;
      return render_meeting(ctx, sql, r, state, 422);
    }
    update_meeting(sql, form.m, now_seconds());
    std::vector<std::int64_t> users;
    for (auto& u : ctx.f_all("participant"))
      if (auto uid = to_id(u)) users.push_back(uid);
    set_participants(sql, r.m.id, users);
    ctx.flash(N_("The meeting is saved."));
    return Response::redirect("/concertation/meetings/" + std::to_string(r.m.id));
  });
}

Response meeting_agenda_add(RequestContext& ctx) {
  std::int64_t id = ctx.param_id("id");
  return audited_read(ctx, "concertation.meeting.agenda", meeting_target(id), [&](soci::session& sql) {
    auto r = read_meeting(ctx, sql, id);
    require_reader(r.st);
    auto s = find_situation(sql, to_id(ctx.f("situation")));
    if (!s || s->group_id != r.g.id) {
      MeetingState state;
      state.errors.add("situation", N_("Choose a situation of the group."));
      return render_meeting(ctx, sql, r, state, 422);
    }
    put_on_agenda(sql, r.m.id, s->id, ctx.f("is_new") == "1", now_seconds());
    audit(sql, ctx, "concertation.situation.agenda", situation_target(s->id), meeting_target(r.m.id));
    ctx.flash(N_("The situation is on the agenda."));
    return Response::redirect("/concertation/meetings/" + std::to_string(r.m.id));
  });
}

Response meeting_minutes(RequestContext& ctx) {
  std::int64_t id = ctx.param_id("id");
  std::int64_t sid = ctx.param_id("sid");
  return audited_read(ctx, "concertation.situation.minutes", situation_target(sid), [&](soci::session& sql) {
    auto r = read_meeting(ctx, sql, id);
    require_reader(r.st);
    auto s = find_situation(sql, sid);
    if (!s || s->group_id != r.g.id) throw not_found();
    std::string minutes = clean_text(ctx.f("minutes"));
    MeetingState state;
    state.situation_id = sid;
    state.findings = check_free_text(ctx, state.errors, "minutes", minutes, kMaxMinutesChars, false);
    if (!state.errors.empty()) return render_meeting(ctx, sql, r, state, 422);
    save_minutes(sql, r.m.id, sid, minutes, now_seconds());
    ctx.flash(N_("The minutes are saved."));
    return Response::redirect("/concertation/meetings/" + std::to_string(r.m.id) + "#situation-" + std::to_string(sid));
  });
}

}  // namespace maillage::concertation
