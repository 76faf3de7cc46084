// Intake: the responders' home (their lines' open requests, the call-backs of the day, the calls reported by
// the phone system, the transfers waiting for them) and the one-step form a trained responder fills in under a
// minute on the phone; the same form, shorter, for a logged-in professional ("ask the helpdesk") and the
// professional's "My requests". Before saving, the identifying-data check reads the question.
#include <algorithm>

#include "directory/model.hpp"
#include "directory/views.hpp"
#include "helpdesk/calls.hpp"
#include "helpdesk/followup.hpp"
#include "helpdesk/handlers.hpp"
#include "helpdesk/views.hpp"
#include "platform/brussels_time.hpp"
#include "platform/app.hpp"
#include "platform/audit.hpp"
#include "platform/db.hpp"
#include "platform/forms.hpp"
#include "platform/protected_records.hpp"
#include "platform/mail.hpp"
#include "platform/pager.hpp"
#include "platform/sectors.hpp"
#include "platform/views.hpp"
#include "territory/model.hpp"
#include "territory/quarters.hpp"

namespace maillage::helpdesk {

namespace {
constexpr std::int64_t kRecentCallsSeconds = 8 * 3600;
constexpr int kMaxSuggestions = 8;

// Correct: a responder of the handling line corrects the coded fields of a recorded request.
enum class Mode { Responder, Professional, Correct };

struct IntakeForm {
  OrientationRequest r;
  std::string place;       // postal code or commune, as typed
  std::string date, time;  // Brussels
  std::int64_t call_id = 0;
  bool to_region = false;  // professional: to the regional line instead of the bassin's
};

std::vector<Line> lines_of(const CurrentUser& user, const std::vector<Line>& lines) {
  std::vector<Line> mine;
  for (auto& l : lines)
    if (user.responds_for_line(l.id)) mine.push_back(l);
  return mine;
}

std::int64_t to_id(const std::string& s) {
  if (s.empty() || s.size() > 18 || !std::all_of(s.begin(), s.end(), ::isdigit)) return 0;
  return std::stoll(s);
}

struct OrganisationMatch {
  std::int64_t id = 0;
  std::string name, postal_code;
};
std::vector<OrganisationMatch> organisation_matches(soci::session& sql, const std::string& typed) {
  std::vector<OrganisationMatch> out;
  std::string t = clean_text(typed);
  if (utf8_length(t) < 2 || t.size() > 200) return out;
  std::string like = "%" + t + "%";
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT id, name, COALESCE(postal_code, '') FROM organisations WHERE LOWER(name) LIKE LOWER(:q) "
                      "ORDER BY LENGTH(name), name LIMIT " + std::to_string(kMaxSuggestions),
       soci::use(like));
  for (auto& r : rs) out.push_back({as_int(r, 0), as_text(r, 1), as_text(r, 2)});
  return out;
}

// The type-ahead's list, with or without JavaScript (organisation_suggestions.tpl).
void fill_suggestions(Dictionary& d, const std::vector<OrganisationMatch>& matches, const std::string& typed) {
  for (auto& m : matches) {
    auto* s = d.AddSectionDictionary("ORGANISATION");
    s->SetIntValue("ID", m.id);
    s->SetValue("NAME", m.name);
    if (!m.postal_code.empty()) s->SetValueAndShowSection("POSTAL_CODE", m.postal_code, "HAS_POSTAL_CODE");
  }
  if (!matches.empty()) d.ShowSection("HAS_ORGANISATIONS");
  else if (utf8_length(clean_text(typed)) >= 2) d.ShowSection("NO_MATCH");
}

std::string organisation_name(soci::session& sql, std::int64_t id) {
  std::string name;
  soci::indicator ind;
  sql << "SELECT name FROM organisations WHERE id = :id", soci::use(id), soci::into(name, ind);
  return sql.got_data() && ind == soci::i_ok ? name : "";
}

// A quarter's name as typed on the phone: folded, without "quartier (de|du|des|de la)" or "wijk" around it, so
// that "Louise", "quartier Louise" and "Quartier Louise" name the same quarter.
std::string quarter_key(const std::string& name) {
  std::string k = directory::fold_text(name);
  for (const char* prefix : {"quartier de la ", "quartier des ", "quartier du ", "quartier de ", "quartier ", "wijk "})
    if (k.rfind(prefix, 0) == 0) {
      k.erase(0, std::string(prefix).size());
      break;
    }
  return k;
}

// A postal code (any Belgian one: outside the region the bassin stays empty and the regional line answers), the
// name of a Brussels commune, or the name of a quarter (when the territory's quarters are loaded: the quarter
// gives its commune and its bassin, which overrides the postal code's). False when the text is none of them.
bool resolve_place(App& app, const std::string& typed, OrientationRequest& r) {
  r.person_postal_code.clear();
  r.person_commune_nis.clear();
  r.person_bassin_slug.clear();
  r.person_quarter_code.clear();
  std::string t = clean_text(typed);
  if (t.empty()) return true;
  auto territory = territory::snapshot(app.db);
  if (t.size() == 4 && std::all_of(t.begin(), t.end(), ::isdigit)) {
    r.person_postal_code = t;
    if (auto place = territory->find(t)) {
      r.person_commune_nis = place->commune.nis;
      r.person_bassin_slug = place->bassin.slug;
    }
    return true;
  }
  auto bassin_of_commune = [&](const std::string& nis) {
    for (auto& p : territory->places)
      if (p.commune.nis == nis) return p.bassin.slug;
    return std::string();
  };
  std::string folded = directory::fold_text(t);
  for (auto& c : territory->communes) {
    if (directory::fold_text(c.name_fr) != folded && directory::fold_text(c.name_nl) != folded) continue;
    r.person_commune_nis = c.nis;
    r.person_bassin_slug = bassin_of_commune(c.nis);
    return true;
  }
  std::string key = quarter_key(t);
  for (auto& q : territory::quarter_index(app.db)->quarters()) {
    if (quarter_key(q.name_fr) != key && quarter_key(q.name_nl) != key) continue;
    r.person_quarter_code = q.code;
    r.person_commune_nis = q.commune_nis;
    r.person_bassin_slug = q.bassin_slug.empty() ? bassin_of_commune(q.commune_nis) : q.bassin_slug;
    return true;
  }
  return false;
}

std::vector<std::string> known_themes(soci::session& sql, const std::vector<std::string>& ticked) {
  std::vector<std::string> out;
  for (auto& t : directory::list_terms(sql, "themes"))
    if (std::find(ticked.begin(), ticked.end(), t.code) != ticked.end()) out.push_back(t.code);
  return out;
}

IntakeForm read_form(RequestContext& ctx, soci::session& sql, Mode mode, const std::vector<Line>& lines,
                     FormErrors& errors, const OrientationRequest* base = nullptr) {
  IntakeForm f;
  auto& r = f.r;
  if (base) r = *base;  // a correction: what is not in the form stays as recorded
  else r.created_by = ctx.user->id;
  if (mode != Mode::Professional) {
    r.channel = ctx.f("channel");
    if (mode == Mode::Responder) {
      auto mine = lines_of(*ctx.user, lines);
      std::int64_t line = to_id(ctx.f("line"));
      if (mine.size() == 1) line = mine[0].id;
      if (!ctx.user->responds_for_line(line)) errors.add("line", N_("Choose the line handling the request."));
      r.line_id = line;
    }
    r.line_reached_id = 0;
    if (auto reached = ctx.f("line_reached"); !reached.empty()) {
      r.line_reached_id = to_id(reached);
      bool known = false;
      for (auto& l : lines) known = known || l.id == r.line_reached_id;
      if (!known) errors.add("line_reached", N_("Choose the line the requester reached, or \"not recorded\"."));
    }
    if (mode == Mode::Responder) {
      f.date = ctx.f("received_date");
      f.time = ctx.f("received_time");
      auto at = from_brussels(f.date, f.time);
      r.received_at = at ? *at : 0;
      if (at && *at > now_seconds() + 3600) errors.add("received_date", N_("The date of the request is in the future."));
    }
    r.requester_organisation_id = to_id(ctx.f("requester_organisation_id"));
    r.requester_organisation_text = clean_text(ctx.f("requester_organisation"));
    if (r.requester_organisation_id) {
      std::string name = organisation_name(sql, r.requester_organisation_id);
      if (name.empty()) r.requester_organisation_id = 0;
      else r.requester_organisation_text.clear();
    } else if (!r.requester_organisation_text.empty()) {
      // A name typed in full is the organisation of the directory, without picking it from the list.
      for (auto& m : organisation_matches(sql, r.requester_organisation_text))
        if (directory::fold_text(m.name) == directory::fold_text(r.requester_organisation_text)) {
          r.requester_organisation_id = m.id;
          r.requester_organisation_text.clear();
          break;
        }
    }
    f.call_id = to_id(ctx.f("call_id"));
  } else {
    r.channel = "web_form";
    r.received_at = now_seconds();
    r.requester_user_id = ctx.user->id;
    r.requester_organisation_id = to_id(ctx.f("requester_organisation_id"));
    bool member = false;
    for (auto& m : ctx.user->memberships) member = member || m.organisation_id == r.requester_organisation_id;
    if (!member) r.requester_organisation_id = 0;
    r.requester_organisation_text = r.requester_organisation_id ? "" : clean_text(ctx.f("requester_organisation"));
    f.to_region = ctx.f("to") == "region";
  }
  r.requester_function = clean_text(ctx.f("requester_function"));
  r.requester_sector = ctx.f("requester_sector");
  if (mode != Mode::Correct) r.requester_contact = clean_text(ctx.f("requester_contact"));
  r.person_age_band = ctx.f("person_age_band");
  r.person_gender = ctx.f("person_gender");
  f.place = ctx.f("person_place");
  if (!resolve_place(ctx.app, f.place, r))
    errors.add("person_place", N_("Enter a postal code of four digits, the name of a Brussels commune or the name of a quarter."));
  r.person_languages = ctx.f_all("person_languages");
  r.person_status = ctx.f("person_status");
  r.themes = known_themes(sql, ctx.f_all("themes"));
  r.complexity = ctx.f("complexity").empty() ? "information" : ctx.f("complexity");
  if (mode != Mode::Correct) r.question = clean_text(ctx.f("question"));
  // A sector from the vocabulary; a correction may keep a sector retired since (fill_sector_options shows it).
  if (!r.requester_sector.empty() && !sectors(ctx.app.db, sql)->find(r.requester_sector))
    errors.add("requester_sector", N_("Choose a sector from the list."));
  for (auto& [field, msgid] : check_request(r))
    // A correction leaves the question as it is (purged, it is empty: that is no error of the corrector's).
    if (mode != Mode::Correct || field != "question") errors.add(field, msgid);
  if (mode == Mode::Professional) {
    std::string bassin = f.to_region ? "" : r.person_bassin_slug;
    if (auto line = line_for_bassin(sql, bassin)) r.line_id = r.line_reached_id = line->id;
    else errors.add("to", N_("No line answers requests at the moment."));
  }
  return f;
}

void fill_form(RequestContext& ctx, soci::session& sql, Dictionary& d, Mode mode,
               const std::vector<Line>& lines, const IntakeForm& f, bool with_suggestions) {
  const auto& r = f.r;
  std::string lang = ctx.lang == "qps" ? "en" : ctx.lang;
  if (mode == Mode::Correct) {
    d.ShowSection("CORRECTING");
    d.SetValue("ACTION", "/helpdesk/requests/" + std::to_string(r.id) + "/edit");
    d.SetIntValue("REQUEST_ID", r.id);
    d.SetValue("REFERENCE", r.reference);
  } else {
    d.ShowSection("INTAKE_ONLY");
  }
  if (mode != Mode::Professional) {
    d.ShowSection("RESPONDER");
    if (mode == Mode::Responder) d.SetValue("ACTION", "/helpdesk/requests/new");
    fill_codes(ctx, d, "CHANNEL", channels(), r.channel);
    auto mine = lines_of(*ctx.user, lines);
    if (mine.size() > 1 && mode == Mode::Responder) {
      d.ShowSection("CHOOSE_LINE");
      for (auto& l : mine) {
        auto* o = d.AddSectionDictionary("LINE");
        o->SetIntValue("ID", l.id);
        o->SetValue("NAME", l.name(lang));
        if (l.id == r.line_id) o->ShowSection("SELECTED");
      }
    }
    if (r.line_reached_id == 0) d.ShowSection("NOT_RECORDED_SELECTED");
    for (auto& l : lines) {
      auto* o = d.AddSectionDictionary("REACHED");
      o->SetIntValue("ID", l.id);
      o->SetValue("NAME", l.name(lang));
      if (l.id == r.line_reached_id) o->ShowSection("SELECTED");
    }
    d.SetValue("RECEIVED_DATE", f.date);
    d.SetValue("RECEIVED_TIME", f.time);
    d.SetValue("REQUESTER_ORGANISATION", r.requester_organisation_id ? organisation_name(sql, r.requester_organisation_id)
                                                                     : r.requester_organisation_text);
    auto* inc = d.AddIncludeDictionary("SUGGESTIONS");
    inc->SetFilename(Views::key(ctx.lang, "helpdesk/organisation_suggestions.tpl"));
    if (r.requester_organisation_id) {
      auto* s = inc->AddSectionDictionary("ORGANISATION");
      s->SetIntValue("ID", r.requester_organisation_id);
      s->SetValue("NAME", organisation_name(sql, r.requester_organisation_id));
      s->ShowSection("SELECTED");
      inc->ShowSection("HAS_ORGANISATIONS");
    } else if (with_suggestions) {
      fill_suggestions(*inc, organisation_matches(sql, r.requester_organisation_text), r.requester_organisation_text);
    }
    if (f.call_id) d.SetIntValue("CALL_ID", f.call_id);
  } else {
    d.ShowSection("PROFESSIONAL");
    d.SetValue("ACTION", "/helpdesk/ask");
    for (auto& m : ctx.user->memberships) {
      auto* o = d.AddSectionDictionary("MEMBERSHIP");
      o->SetIntValue("ID", m.organisation_id);
      o->SetValue("NAME", m.organisation_name);
      if (m.organisation_id == r.requester_organisation_id) o->ShowSection("SELECTED");
    }
    d.SetValue("REQUESTER_ORGANISATION", r.requester_organisation_text);
    if (f.to_region) d.ShowSection("TO_REGION");
    else d.ShowSection("TO_BASSIN");
  }
  d.SetValue("REQUESTER_FUNCTION", r.requester_function);
  fill_sector_options(ctx, d, "SECTOR", *sectors(ctx.app.db, sql), r.requester_sector);
  d.SetValue("REQUESTER_CONTACT", r.requester_contact);
  fill_codes(ctx, d, "AGE_BAND", age_bands(), r.person_age_band);
  fill_codes(ctx, d, "GENDER", genders(), r.person_gender);
  d.SetValue("PERSON_PLACE", f.place);
  // The quarters the responder may name instead of a postal code, offered as suggestions (the browser filters them).
  for (auto& q : territory::quarter_index(ctx.app.db)->quarters()) {
    d.AddSectionDictionary("PLACE_SUGGESTION")->SetValue("NAME", q.name(ctx.lang));
    d.ShowSection("HAS_PLACE_SUGGESTIONS");
  }
  for (auto& l : person_languages()) {
    auto* o = d.AddSectionDictionary("LANGUAGE");
    o->SetValue("CODE", l);
    o->SetValue("LABEL", directory::language_name(ctx, l));
    if (std::find(r.person_languages.begin(), r.person_languages.end(), l) != r.person_languages.end())
      o->ShowSection("SELECTED");
  }
  fill_codes(ctx, d, "STATUS", person_statuses(), r.person_status);
  for (auto& t : directory::list_terms(sql, "themes")) {
    auto* o = d.AddSectionDictionary("THEME");
    o->SetValue("CODE", t.code);
    o->SetValue("LABEL", directory::pick(t.label, lang));
    if (std::find(r.themes.begin(), r.themes.end(), t.code) != r.themes.end()) o->ShowSection("SELECTED");
  }
  fill_codes(ctx, d, "COMPLEXITY", complexities(), r.complexity);
  d.SetValue("QUESTION", r.question);
}

Response intake_page(RequestContext& ctx, soci::session& sql, const IntakeForm& f, Mode mode, const FormErrors& errors,
                     const std::vector<IdentifyingFinding>& findings, bool with_suggestions, int status) {
  auto lines = list_lines(sql);
  Page page(ctx, "helpdesk/intake.tpl", mode == Mode::Responder ? N_("New request")
                                        : mode == Mode::Correct ? N_("Correct the coded fields")
                                                                : N_("Ask the helpdesk"));
  auto& d = page.dict();
  fill_form(ctx, sql, d, mode, lines, f, with_suggestions);
  errors.show(ctx, d);
  fill_findings(ctx, d, findings);
  return page.response(status);
}

// Saves the form, or shows it again: with the errors (422), with the organisations matching the typed name
// (the type-ahead without JavaScript), or with what the identifying-data check found until it is removed or
// the responder confirms it is not about the person.
Response submit(RequestContext& ctx, Mode mode) {
  soci::session read(ctx.app.db.pool());
  auto lines = list_lines(read);
  FormErrors errors;
  IntakeForm f = read_form(ctx, read, mode, lines, errors);
  if (mode == Mode::Responder && ctx.f("action") == "suggest") return intake_page(ctx, read, f, mode, {}, {}, true, 200);
  if (!errors.empty()) return intake_page(ctx, read, f, mode, errors, {}, false, 422);
  auto findings = find_identifying_data(f.r.question);
  bool confirmed = ctx.f("confirm_not_person") == "1";
  if (!findings.empty() && !confirmed) {
    FormErrors flagged;
    flagged.add("question", N_("The question seems to hold identifying data: remove it, or confirm it is not about the person."));
    return intake_page(ctx, read, f, mode, flagged, findings, false, 422);
  }
  std::int64_t id = ctx.app.db.transact([&](soci::session& sql) {
    std::int64_t now = now_seconds();
    std::int64_t id = create_request(sql, f.r, now);
    std::string detail;
    for (auto& x : findings) detail += (detail.empty() ? "identifying data confirmed: " : ", ") + std::string(x.kind);
    audit(sql, ctx, "helpdesk.request.create", request_target(id), detail);
    // A request sent by a professional's web form waits for no phone call: the line's responders are told by
    // e-mail (its reference and a link, never its text).
    if (mode == Mode::Professional) {
      auto lines = list_lines(sql, true);
      std::string reference = find_request(sql, id)->reference;
      for (auto& p : responders_of(sql, f.r.line_id)) {
        Dictionary d("mail");
        std::string lang = p.lang.empty() ? "fr" : p.lang;
        RequestContext in_lang = ctx;
        in_lang.lang = lang;
        d.SetValue("REFERENCE", reference);
        d.SetValue("LINE", line_name(lines, f.r.line_id, in_lang));
        d.SetValue("LINK", ctx.app.base_url() + "/helpdesk/requests/" + std::to_string(id));
        queue_mail(sql, compose_mail(ctx.app, lang, "helpdesk_web_request", d, p.email));
      }
    }
    if (f.call_id) {
      auto call = find_call(sql, f.call_id);
      if (call && ctx.user->responds_for_line(call->line_id) && call->status == "new") take_call(sql, f.call_id, id, ctx.user->id);
    }
    return id;
  });
  if (mode == Mode::Professional) {
    ctx.flash(N_("Your request is sent to the helpdesk. You will find its answer in \"My requests\"."));
    return Response::redirect("/helpdesk/mine");
  }
  ctx.flash(N_("The request is recorded."));
  return Response::redirect("/helpdesk/requests/" + std::to_string(id));
}
}  // namespace

// Rows per page of each of the home's lists.
constexpr int kHomePageSize = 20;

Response home(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto lines = list_lines(sql, true);
  auto mine = ctx.user->responder_line_ids();
  Page page(ctx, "helpdesk/home.tpl", N_("Helpdesk"));
  auto& d = page.dict();
  std::string lang = ctx.lang == "qps" ? "en" : ctx.lang;
  for (auto& l : lines)
    if (ctx.user->responds_for_line(l.id)) {
      auto* s = d.AddSectionDictionary("MY_LINE");
      s->SetValue("NAME", l.name(lang));
    }
  if (mine.empty()) {
    d.ShowSection("NO_LINE");
    return page.response();
  }
  d.ShowSection("HAS_LINES");
  auto labels = directory::cached_term_labels(ctx.app.db, lang);
  std::int64_t now = now_seconds();
  // "Today" is the Brussels day: from its midnight to the next.
  std::string today = local_date_iso(now);
  std::int64_t day_start = from_brussels(today, "00:00").value_or(now);
  // The next midnight: 26 hours later is always the next day, whether the day has 23, 24 or 25 hours.
  std::int64_t day_end = from_brussels(local_date_iso(day_start + 26 * 3600), "00:00").value_or(day_start + 86400);
  // Call-backs already due (late) are on today's list too. Each list is one page of kHomePageSize rows with its
  // count and links to the other pages (plain links: no JavaScript needed), so the page stays small whatever
  // the volume of a line.
  int pages[3] = {asked_page(ctx.q("mine")), asked_page(ctx.q("line")), asked_page(ctx.q("open"))};
  const char* names[3] = {"mine", "line", "open"};
  const char* anchors[3] = {"my-callbacks-title", "line-callbacks-title", "open-title"};
  auto show = [&](int which, const char* section, const SummaryPage& p) {
    fill_summaries(ctx, d, section, p.rows, lines, *labels);
    std::string prefix = section;
    d.SetIntValue(prefix + "_TOTAL", p.total);
    int last = page_count(p.total, kHomePageSize);
    if (last <= 1) return;
    // Each list's links keep the page shown of the two others.
    fill_pager(*d.AddSectionDictionary(prefix + "_PAGER"), pages[which], last, [&](int target) {
      std::string h = "/helpdesk?";
      for (int k = 0; k < 3; ++k) h += std::string(k ? "&" : "") + names[k] + "=" + std::to_string(k == which ? target : pages[k]);
      return h + "#" + anchors[which];
    });
  };
  auto lists = working_lists(sql, mine, ctx.user->id, day_end, now - kRecentCallsSeconds,
                             {(pages[0] - 1) * kHomePageSize, (pages[1] - 1) * kHomePageSize, (pages[2] - 1) * kHomePageSize},
                             kHomePageSize);
  show(0, "MY_CALLBACK", lists[0]);
  show(1, "LINE_CALLBACK", lists[1]);
  show(2, "OPEN", lists[2]);
  // Read only when the counts say there is something to list (each list is a prepared statement: three round trips
  // on PostgreSQL).
  auto calls = lists.unanswered_calls ? unanswered_calls(sql, mine, now - kRecentCallsSeconds) : std::vector<Call>{};
  for (auto& c : calls) {
    auto* s = d.AddSectionDictionary("CALL");
    s->SetIntValue("ID", c.id);
    s->SetValue("AT", brussels_datetime(c.received_at));
    s->SetValue("LINE", line_name(lines, c.line_id, ctx));
    s->SetValue("CALLER", c.caller_number);
    d.ShowSection("HAS_CALLS");
  }
  auto transfers = lists.pending_transfers ? pending_transfers_to(sql, mine) : std::vector<Transfer>{};
  for (auto& t : transfers) {
    auto* s = d.AddSectionDictionary("TRANSFER");
    s->SetIntValue("REQUEST_ID", t.request_id);
    s->SetValue("REFERENCE", t.reference);
    s->SetValue("FROM", line_name(lines, t.from_line_id, ctx));
    s->SetValue("TO", line_name(lines, t.to_line_id, ctx));
    s->SetValue("AT", brussels_datetime(t.proposed_at));
  }
  return page.response();
}

Response intake_form(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto lines = list_lines(sql);
  IntakeForm f;
  std::int64_t now = now_seconds();
  f.r.received_at = now;
  auto mine = lines_of(*ctx.user, lines);
  if (!mine.empty()) f.r.line_id = f.r.line_reached_id = mine[0].id;
  // Opened from a call the phone system reported: its line, time and number.
  if (auto call_id = to_id(ctx.q("call"))) {
    auto call = find_call(sql, call_id);
    if (call && ctx.user->responds_for_line(call->line_id)) {
      f.call_id = call->id;
      f.r.line_reached_id = f.r.line_id = call->line_id;
      f.r.received_at = call->received_at;
      f.r.requester_contact = call->caller_number;
      f.r.channel = "phone";
    }
  }
  f.date = local_date_iso(f.r.received_at);
  f.time = local_time_hm(f.r.received_at);
  return intake_page(ctx, sql, f, Mode::Responder, {}, {}, false, 200);
}

Response intake_submit(RequestContext& ctx) { return submit(ctx, Mode::Responder); }

namespace {
// The request a correction is about: only the handling line's responders correct it (403 otherwise).
OrientationRequest correctable(RequestContext& ctx, soci::session& sql) {
  auto r = request_for(ctx, sql, ctx.param_id("id"));
  if (!ctx.user->responds_for_line(r.line_id)) throw forbidden();
  return r;
}

std::string place_of(App& app, const OrientationRequest& r) {
  if (!r.person_quarter_code.empty())
    if (auto* q = territory::quarter_index(app.db)->find(r.person_quarter_code)) return q->name_fr;
  if (!r.person_postal_code.empty() || r.person_commune_nis.empty()) return r.person_postal_code;
  auto* commune = territory::snapshot(app.db)->commune(r.person_commune_nis);
  return commune ? commune->name_fr : "";
}
}  // namespace

Response correct_form(RequestContext& ctx) {
  return audited_read(ctx, "helpdesk.request.correct_form", request_target(ctx.param_id("id")), [&](soci::session& sql) {
    IntakeForm f;
    f.r = correctable(ctx, sql);
    f.place = place_of(ctx.app, f.r);
    return intake_page(ctx, sql, f, Mode::Correct, {}, {}, false, 200);
  });
}

// Saves the corrections in one audited transaction (the audit entry holds every old and new value), or shows
// the form again with what was typed and the errors (422), or with the organisations matching the typed name.
Response correct_submit(RequestContext& ctx) {
  return audited_read(ctx, "helpdesk.request.correct", request_target(ctx.param_id("id")), [&](soci::session& sql) {
    auto old = correctable(ctx, sql);
    auto lines = list_lines(sql);
    FormErrors errors;
    IntakeForm f = read_form(ctx, sql, Mode::Correct, lines, errors, &old);
    if (ctx.f("action") == "suggest") return intake_page(ctx, sql, f, Mode::Correct, {}, {}, true, 200);
    if (!errors.empty()) return intake_page(ctx, sql, f, Mode::Correct, errors, {}, false, 422);
    std::string changes = correct_request(sql, old, f.r, ctx.user->id, now_seconds());
    if (changes.empty()) {
      ctx.flash(N_("Nothing was changed."));
    } else {
      audit(sql, ctx, "helpdesk.request.corrected", request_target(old.id), changes);
      ctx.flash(N_("The corrections are saved."));
    }
    return Response::redirect("/helpdesk/requests/" + std::to_string(old.id));
  });
}

Response organisation_suggestions(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  Dictionary d("suggestions");
  fill_suggestions(d, organisation_matches(sql, ctx.q("requester_organisation")), ctx.q("requester_organisation"));
  Response r;
  r.body = ctx.app.views.render(ctx.lang, "helpdesk/organisation_suggestions.tpl", d);
  return r;
}

Response call_dismiss(RequestContext& ctx) {
  std::int64_t id = ctx.param_id("id");
  ctx.app.db.transact([&](soci::session& sql) {
    auto call = find_call(sql, id);
    if (!call) throw not_found();
    if (!ctx.user->responds_for_line(call->line_id)) throw forbidden();
    helpdesk::dismiss_call(sql, id, ctx.user->id);
  });
  ctx.flash(N_("The call is removed from the list."));
  return Response::redirect("/helpdesk");
}

Response ask_form(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  IntakeForm f;
  f.r.channel = "web_form";
  f.r.requester_contact = ctx.user->email;
  if (!ctx.user->memberships.empty()) f.r.requester_organisation_id = ctx.user->memberships[0].organisation_id;
  return intake_page(ctx, sql, f, Mode::Professional, {}, {}, false, 200);
}

Response ask_submit(RequestContext& ctx) { return submit(ctx, Mode::Professional); }

Response my_requests(RequestContext& ctx) {
  Page page(ctx, "helpdesk/mine.tpl", N_("My requests to the helpdesk"));
  auto& d = page.dict();
  // The professional sees its own requests' status and the feedback given to it, never the responders' notes;
  // each read is in the audit log as any read of a request.
  ctx.app.db.transact([&](soci::session& sql) {
  auto lines = list_lines(sql, true);
  auto mine = requests_of_requester(sql, ctx.user->id);
  for (auto& s : mine) {
    auto r = find_request(sql, s.id);
    if (!r) continue;
    audit(sql, ctx, "helpdesk.request.read_own", request_target(r->id));
    auto* row = d.AddSectionDictionary("REQUEST");
    row->SetValue("REFERENCE", r->reference);
    row->SetValue("RECEIVED", brussels_datetime(r->received_at));
    row->SetValue("LINE", line_name(lines, r->line_id, ctx));
    row->SetValue("STATUS", label_of(ctx, request_statuses(), r->status));
    if (!r->outcome.empty()) row->SetValueAndShowSection("OUTCOME", label_of(ctx, closing_outcomes(), r->outcome), "HAS_OUTCOME");
    if (!r->feedback.empty()) row->SetValueAndShowSection("FEEDBACK", r->feedback, "HAS_FEEDBACK");
    else row->ShowSection("NO_FEEDBACK");
    row->SetValue("QUESTION", r->question);
  }
  if (mine.empty()) d.ShowSection("NONE");
  });
  return page.response();
}

}  // namespace maillage::helpdesk
