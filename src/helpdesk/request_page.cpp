// The request page and what a responder does from it: orient to services of the directory (the directory's
// search, pre-filled with the request's themes, languages and bassin) and send them as the directory's
// orientation sheet, plan a call-back, write the notes of each contact and the feedback, tick the levels
// explored, close with an outcome, transfer to another line, flag an unmet need. Every read and every change
// goes through audited_read: the audit log says who read which request, and the page shows it to the line.
#include <algorithm>

#include "directory/model.hpp"
#include "directory/search_service.hpp"
#include "directory/views.hpp"
#include "helpdesk/followup.hpp"
#include "helpdesk/handlers.hpp"
#include "helpdesk/views.hpp"
#include "platform/brussels_time.hpp"
#include "platform/app.hpp"
#include "platform/db.hpp"
#include "platform/forms.hpp"
#include "platform/mail.hpp"
#include "platform/protected_records.hpp"
#include "platform/sectors.hpp"
#include "platform/views.hpp"
#include "territory/model.hpp"
#include "territory/quarters.hpp"

namespace maillage::helpdesk {

namespace {
// The reason of a legal hold: a sentence (a case number, an authority's request).
constexpr std::size_t kMaxHoldReasonChars = 500;

// A form of the page shown again with what was typed, its errors and the identifying-data findings.
struct PageState {
  std::string form;  // "note", "feedback", "close", "transfer", "unmet", "callback", "sheet"
  FormErrors errors;
  std::vector<IdentifyingFinding> findings;
  std::string text;  // the note, feedback, reason or summary typed
};

std::string lang_of(const RequestContext& ctx) { return ctx.lang == "qps" ? "en" : ctx.lang; }

std::int64_t to_id(const std::string& s) {
  if (s.empty() || s.size() > 18 || !std::all_of(s.begin(), s.end(), ::isdigit)) return 0;
  return std::stoll(s);
}

void require_handling(const RequestContext& ctx, const OrientationRequest& r) {
  if (!ctx.user->responds_for_line(r.line_id)) throw forbidden();
}

std::string themes_text(const std::vector<std::string>& codes, const std::map<std::string, std::string>& labels) {
  std::string out;
  for (auto& t : codes) {
    auto it = labels.find(t);
    out += (out.empty() ? "" : ", ") + (it == labels.end() ? t : it->second);
  }
  return out;
}

Response render(RequestContext& ctx, soci::session& sql, const OrientationRequest& r, const PageState& state, int status) {
  auto lines = list_lines(sql, true);
  std::string lang = lang_of(ctx);
  auto labels = directory::cached_term_labels(ctx.app.db, lang);
  Page page(ctx, "helpdesk/request.tpl", N_("Request"));
  page.set_title(ctx.tr(N_("Request")) + " " + r.reference);
  auto& d = page.dict();
  bool handling = ctx.user->responds_for_line(r.line_id);
  d.SetIntValue("ID", r.id);
  d.SetValue("REFERENCE", r.reference);
  d.SetValue("STATUS", label_of(ctx, request_statuses(), r.status));
  d.SetValue("LINE", line_name(lines, r.line_id, ctx));
  if (r.line_reached_id) d.SetValue("LINE_REACHED", line_name(lines, r.line_reached_id, ctx));
  else d.ShowSection("NOT_RECORDED");
  d.SetValue("CHANNEL", label_of(ctx, channels(), r.channel));
  d.SetValue("RECEIVED", brussels_datetime(r.received_at));
  std::string organisation = r.requester_organisation_text;
  if (r.requester_organisation_id) {
    soci::indicator ind;
    sql << "SELECT name FROM organisations WHERE id = :id", soci::use(r.requester_organisation_id), soci::into(organisation, ind);
  }
  d.SetValue("ORGANISATION", organisation);
  d.SetValue("FUNCTION", r.requester_function);
  d.SetValue("SECTOR", r.requester_sector.empty() ? "" : sector_label(ctx, *sectors(ctx.app.db, sql), r.requester_sector));
  d.SetValue("CONTACT", r.requester_contact);
  if (r.requester_user_id) d.ShowSection("FROM_WEB_FORM");
  d.SetValue("AGE", label_of(ctx, age_bands(), r.person_age_band));
  d.SetValue("GENDER", label_of(ctx, genders(), r.person_gender));
  std::string place = r.person_postal_code;
  auto territory = territory::snapshot(ctx.app.db);
  if (!r.person_quarter_code.empty())
    if (auto* q = territory::quarter_index(ctx.app.db)->find(r.person_quarter_code)) place = q->name(lang) + ",";
  if (auto* c = territory->commune(r.person_commune_nis)) place += (place.empty() ? "" : " ") + c->name(lang);
  for (auto& b : territory->bassins)
    if (b.slug == r.person_bassin_slug) place += (place.empty() ? "" : " · ") + b.name(lang);
  d.SetValue("PLACE", place);
  std::string languages;
  for (auto& l : r.person_languages) languages += (languages.empty() ? "" : ", ") + directory::language_name(ctx, l);
  d.SetValue("LANGUAGES", languages);
  d.SetValue("PERSON_STATUS", label_of(ctx, person_statuses(), r.person_status));
  d.SetValue("THEMES", themes_text(r.themes, *labels));
  d.SetValue("COMPLEXITY", label_of(ctx, complexities(), r.complexity));
  d.SetValue("QUESTION", r.question);
  if (r.purged_at) d.SetValueAndShowSection("PURGED_AT", local_date_iso(r.purged_at), "PURGED");
  if (r.legal_hold) {
    d.ShowSection("LEGAL_HOLD");
    d.SetValue("LEGAL_HOLD_REASON", r.legal_hold_reason);
  }
  else d.ShowSection("NO_LEGAL_HOLD");
  if (r.closed()) {
    d.SetValueAndShowSection("OUTCOME", label_of(ctx, closing_outcomes(), r.outcome), "CLOSED");
    d.SetValue("CLOSED_AT", brussels_datetime(r.closed_at));
  }
  if (!r.feedback.empty()) d.SetValueAndShowSection("FEEDBACK_GIVEN", r.feedback, "HAS_FEEDBACK");

  // A transfer waiting: the receiving line's responders answer it; the others see it waiting.
  if (auto t = pending_transfer(sql, r.id)) {
    auto* s = d.AddSectionDictionary("PENDING_TRANSFER");
    s->SetIntValue("TRANSFER_ID", t->id);
    s->SetValue("TO", line_name(lines, t->to_line_id, ctx));
    s->SetValue("FROM", line_name(lines, t->from_line_id, ctx));
    s->SetValue("REASON", t->reason);
    if (ctx.user->responds_for_line(t->to_line_id)) s->ShowSection("MAY_ANSWER");
  }
  for (auto& t : transfers_of(sql, r.id)) {
    auto* s = d.AddSectionDictionary("TRANSFER");
    s->SetValue("AT", brussels_datetime(t.proposed_at));
    s->SetValue("FROM", line_name(lines, t.from_line_id, ctx));
    s->SetValue("TO", line_name(lines, t.to_line_id, ctx));
    s->SetValue("REASON", t.reason);
    s->SetValue("STATUS", label_of(ctx, transfer_statuses(), t.status));
    s->SetValue("ANSWER_NOTE", t.answer_note);
    d.ShowSection("HAS_TRANSFERS");
  }

  auto orientations = orientations_of(sql, r.id, lang);
  for (auto& o : orientations) {
    auto* s = d.AddSectionDictionary("ORIENTATION");
    s->SetIntValue("ORIENTATION_ID", o.id);
    s->SetValue("SERVICE", o.service_name);
    s->SetValue("SERVICE_HREF", "/directory/services/" + url_encode(o.service_hsds_id));
    s->SetValue("SERVICE_HSDS_ID", o.service_hsds_id);
    s->SetValue("REASON", o.reason);
    s->SetValue("OUTCOME", label_of(ctx, orientation_outcomes(), o.outcome));
    fill_codes(ctx, *s, "OUTCOME_OPTION", orientation_outcomes(), o.outcome);
    if (handling) s->ShowSection("EDIT_OUTCOME");
    if (o.outcome != "refused") s->ShowSection("ON_SHEET");
  }
  if (orientations.empty()) d.ShowSection("NO_ORIENTATION");
  else d.ShowSection("HAS_ORIENTATIONS");

  if (handling) {
    d.ShowSection("HANDLING");
    if (!r.closed()) d.ShowSection("OPEN");
    else d.ShowSection("REOPEN");
    // The sheet goes to the requester's e-mail when the contact is one, in the person's first language.
    std::string email = looks_like_email(r.requester_contact) ? r.requester_contact : "";
    d.SetValue("SHEET_EMAIL", state.form == "sheet" ? state.text : email);
    std::string sheet_lang = "fr";
    for (auto& l : r.person_languages)
      if (directory::is_language(l)) {
        sheet_lang = l;
        break;
      }
    for (const char* l : directory::kLanguages) {
      auto* o = d.AddSectionDictionary("SHEET_LANG");
      o->SetValue("CODE", l);
      o->SetValue("NAME", directory::language_name(ctx, l));
      if (sheet_lang == l) o->ShowSection("SELECTED");
    }
    // Call-back: the date and time planned (or tomorrow 09:30), by me or anyone of the line.
    std::int64_t when = r.callback_at ? r.callback_at : 0;
    d.SetValue("CALLBACK_DATE", when ? local_date_iso(when) : "");
    d.SetValue("CALLBACK_TIME", when ? local_time_hm(when) : "");
    if (r.callback_at) {
      d.SetValueAndShowSection("CALLBACK_AT", brussels_datetime(r.callback_at), "HAS_CALLBACK");
    }
    for (auto& p : responders_of(sql, r.line_id)) {
      auto* o = d.AddSectionDictionary("CALLBACK_RESPONDER");
      o->SetIntValue("USER_ID", p.user_id);
      o->SetValue("NAME", p.name.empty() ? p.email : p.name);
      if (p.user_id == (r.callback_at ? r.callback_user_id : ctx.user->id)) o->ShowSection("SELECTED");
    }
    d.SetValue("NOTE", state.form == "note" ? state.text : "");
    d.SetValue("FEEDBACK", state.form == "feedback" ? state.text : r.feedback);
    fill_codes(ctx, d, "LEVEL", levels(), r.levels_explored);
    fill_codes(ctx, d, "CLOSING", closing_outcomes(), "");
    for (auto& l : lines)
      if (l.id != r.line_id && l.active) {
        auto* o = d.AddSectionDictionary("TRANSFER_LINE");
        o->SetIntValue("LINE_ID", l.id);
        o->SetValue("NAME", l.name(lang));
      }
    d.SetValue("TRANSFER_REASON", state.form == "transfer" ? state.text : "");
    for (auto& t : directory::list_terms(sql, "themes")) {
      auto* o = d.AddSectionDictionary("UNMET_THEME");
      o->SetValue("CODE", t.code);
      o->SetValue("LABEL", directory::pick(t.label, lang));
      if (std::find(r.themes.begin(), r.themes.end(), t.code) != r.themes.end()) o->ShowSection("SELECTED");
    }
    for (auto& t : directory::list_terms(sql, "publics")) {
      auto* o = d.AddSectionDictionary("UNMET_PUBLIC");
      o->SetValue("CODE", t.code);
      o->SetValue("LABEL", directory::pick(t.label, lang));
    }
    d.SetValue("UNMET_SUMMARY", state.form == "unmet" ? state.text : "");
    d.SetValue("HOLD_REASON", state.form == "hold" ? state.text : "");
  }
  for (auto& n : unmet_needs_of(sql, r.id)) {
    auto* s = d.AddSectionDictionary("UNMET");
    s->SetValue("AT", local_date_iso(n.created_at));
    s->SetValue("THEMES", themes_text(n.themes, *labels));
    s->SetValue("SUMMARY", n.summary);
  }

  for (auto& e : history(sql, r.id)) {
    auto* s = d.AddSectionDictionary("EVENT");
    s->SetValue("AT", brussels_datetime(e.at));
    s->SetValue("WHO", e.user_name);
    s->SetValue("KIND", label_of(ctx, event_kinds(), e.kind));
    if (e.line_id && (e.kind.rfind("transfer", 0) == 0 || e.kind == "created"))
      s->SetValueAndShowSection("EVENT_LINE", line_name(lines, e.line_id, ctx), "HAS_EVENT_LINE");
    if (!e.note.empty()) s->SetValueAndShowSection("NOTE", e.note, "HAS_NOTE");
  }
  for (auto& a : access_log(sql, request_target(r.id), "helpdesk.request.", 50)) {
    auto* s = d.AddSectionDictionary("ACCESS");
    s->SetValue("AT", brussels_datetime(a.at));
    s->SetValue("WHO", a.user_name);
    s->SetValue("ACTION", a.action);
  }
  // The form that failed, with its errors and findings, is opened and named in the summary.
  if (!state.form.empty()) {
    state.errors.show(ctx, d);
    auto* f = d.AddSectionDictionary(state.form == "note"       ? "NOTE_FINDINGS"
                                     : state.form == "feedback" ? "FEEDBACK_FINDINGS"
                                     : state.form == "transfer" ? "TRANSFER_FINDINGS"
                                     : state.form == "answer"   ? "ANSWER_FINDINGS"
                                     : state.form == "hold"     ? "HOLD_FINDINGS"
                                                                : "OTHER_FINDINGS");
    if (state.form == "answer") d.SetValue("ANSWER_NOTE_TYPED", state.text);
    fill_findings(ctx, *f, state.findings);
  }
  return page.response(status);
}

// A change to a request: the request is read (the caller must work on it) and the change made in one audited
// transaction; `change` returns the response (a redirect, or the page again with what was typed).
template <class Fn>
Response act(RequestContext& ctx, const std::string& action, Fn&& change) {
  std::int64_t id = ctx.param_id("id");
  return audited_read(ctx, "helpdesk.request." + action, request_target(id), [&](soci::session& sql) {
    auto r = request_for(ctx, sql, id);
    return change(sql, r);
  });
}

Response back_to(const OrientationRequest& r, const std::string& anchor = "") {
  return Response::redirect("/helpdesk/requests/" + std::to_string(r.id) + (anchor.empty() ? "" : "#" + anchor));
}

// Free text a responder types (a note, the feedback, a reason): bounded, and checked for identifying data
// unless the responder confirms. Returns the state to show again, or an empty form name when it may be saved.
PageState check_text(RequestContext& ctx, const std::string& form, const std::string& text, std::size_t max_chars,
                     bool required) {
  PageState s;
  s.text = text;
  std::string field = form == "unmet" ? "unmet_summary" : form == "transfer" ? "transfer_reason"
                      : form == "answer"  ? "answer_note" : form == "hold" ? "hold_reason" : form;
  if (required && text.empty()) {
    s.form = form;
    s.errors.add(field, N_("Write a few words."));
  } else if (utf8_length(text) > max_chars) {
    s.form = form;
    s.errors.add(field, N_("The text is too long."));
  } else if (ctx.f("confirm_not_person") != "1") {
    s.findings = find_identifying_data(text);
    if (!s.findings.empty()) {
      s.form = form;
      s.errors.add(field, N_("The text seems to hold identifying data: remove it, or confirm it is not about the person."));
    }
  }
  return s;
}

}  // namespace

Response request_page(RequestContext& ctx) {
  std::int64_t id = ctx.param_id("id");
  return audited_read(ctx, "helpdesk.request.read", request_target(id), [&](soci::session& sql) {
    auto r = request_for(ctx, sql, id);
    return render(ctx, sql, r, {}, 200);
  });
}

Response orient_page(RequestContext& ctx) {
  std::int64_t id = ctx.param_id("id");
  return audited_read(ctx, "helpdesk.request.orient", request_target(id), [&](soci::session& sql) {
    auto r = request_for(ctx, sql, id);
    require_handling(ctx, r);
    std::string lang = lang_of(ctx);
    Page page(ctx, "helpdesk/orient.tpl", N_("Orient to services"));
    auto& d = page.dict();
    d.SetIntValue("ID", r.id);
    d.SetValue("REFERENCE", r.reference);
    // The first search is the request's: its themes, the person's languages and bassin. The form then says.
    bool searched = ctx.q("searched") == "1";
    std::vector<std::string> themes = searched ? std::vector<std::string>{} : r.themes;
    std::vector<std::string> langs = searched ? std::vector<std::string>{} : r.person_languages;
    std::string bassin = searched ? ctx.q("bassin") : r.person_bassin_slug;
    if (searched)
      for (auto& [k, v] : ctx.query) {
        if (k == "theme") themes.push_back(v);
        if (k == "language") langs.push_back(v);
      }
    std::string text = ctx.q("q");
    if (!directory::valid_text(text)) text.clear();
    text = directory::utf8_prefix(text, directory::kMaxQueryChars);
    d.SetValue("Q", text);
    directory::search::SearchQuery q;
    q.text = text;
    q.lang = lang;
    q.limit = 20;
    if (!themes.empty()) q.filters[directory::search::Facet::Theme] = themes;
    if (!langs.empty()) q.filters[directory::search::Facet::Language] = langs;
    if (!bassin.empty()) q.filters[directory::search::Facet::Bassin] = {bassin};
    for (auto& t : directory::list_terms(sql, "themes")) {
      auto* o = d.AddSectionDictionary("THEME");
      o->SetValue("CODE", t.code);
      o->SetValue("LABEL", directory::pick(t.label, lang));
      if (std::find(themes.begin(), themes.end(), t.code) != themes.end()) o->ShowSection("SELECTED");
    }
    for (auto& l : person_languages()) {
      auto* o = d.AddSectionDictionary("LANGUAGE");
      o->SetValue("CODE", l);
      o->SetValue("LABEL", directory::language_name(ctx, l));
      if (std::find(langs.begin(), langs.end(), l) != langs.end()) o->ShowSection("SELECTED");
    }
    if (bassin.empty()) d.ShowSection("WHOLE_REGION");
    for (auto& b : territory::snapshot(ctx.app.db)->bassins) {
      auto* o = d.AddSectionDictionary("BASSIN");
      o->SetValue("CODE", b.slug);
      o->SetValue("LABEL", b.name(lang));
      if (b.slug == bassin) o->ShowSection("SELECTED");
    }
    auto& engine = directory::search_service(ctx.app);
    auto results = engine.search(q);
    d.SetIntValue("COUNT", results.total);
    auto labels = directory::cached_term_labels(ctx.app.db, lang);
    std::vector<std::int64_t> attached;
    for (auto& o : orientations_of(sql, r.id, lang)) attached.push_back(o.service_id);
    for (auto& found : engine.documents(sql, results.hits)) {
      if (!found.document) continue;
      auto& doc = *found.document;
      auto* s = d.AddSectionDictionary("RESULT");
      s->SetValue("HSDS_ID", doc.id);
      s->SetValue("HREF", "/directory/services/" + url_encode(doc.id));
      auto name = doc.name.count(lang) ? doc.name.at(lang) : directory::pick(doc.name, lang);
      s->SetValue("NAME", name);
      s->SetValue("ORGANISATION", directory::pick(doc.organisation_name, lang));
      s->SetValue("THEMES", themes_text(doc.themes, *labels));
      std::string spoken;
      for (auto& l : doc.languages) spoken += (spoken.empty() ? "" : ", ") + directory::language_name(ctx, l);
      s->SetValue("LANGUAGES", spoken);
      if (std::find(attached.begin(), attached.end(), found.service_id) != attached.end()) s->ShowSection("ATTACHED");
      else s->ShowSection("ATTACH");
    }
    if (results.hits.empty()) d.ShowSection("NO_RESULT");
    return page.response();
  });
}

Response orientation_add(RequestContext& ctx) {
  return act(ctx, "orientation.add", [&](soci::session& sql, OrientationRequest& r) {
    require_handling(ctx, r);
    std::int64_t service = directory::service_id_of(sql, ctx.f("service"));
    if (!service) throw not_found();
    std::string reason = clean_text(ctx.f("reason"));
    if (utf8_length(reason) > kMaxShortChars) reason = directory::utf8_prefix(reason, kMaxShortChars);
    bool added = add_orientation(sql, r, service, reason, ctx.user->id, now_seconds());
    ctx.flash(added ? N_("The service is attached to the request.") : N_("The service was already attached to the request."));
    return back_to(r, "orientations");
  });
}

Response orientation_outcome(RequestContext& ctx) {
  return act(ctx, "orientation.outcome", [&](soci::session& sql, OrientationRequest& r) {
    require_handling(ctx, r);
    if (!set_orientation_outcome(sql, r, ctx.param_id("oid"), ctx.f("outcome"), ctx.user->id, now_seconds()))
      throw not_found();
    ctx.flash(N_("The outcome of the orientation is saved."));
    return back_to(r, "orientations");
  });
}

Response sheet_send(RequestContext& ctx) {
  return act(ctx, "sheet", [&](soci::session& sql, OrientationRequest& r) -> Response {
    require_handling(ctx, r);
    std::string sheet_lang = directory::is_language(ctx.f("sheet_lang")) ? ctx.f("sheet_lang") : "fr";
    std::vector<std::int64_t> services;
    auto chosen = ctx.f_all("service");
    for (auto& o : orientations_of(sql, r.id, sheet_lang))
      if (std::find(chosen.begin(), chosen.end(), o.service_hsds_id) != chosen.end()) services.push_back(o.service_id);
    if (services.empty()) {
      PageState s;
      s.form = "sheet";
      s.text = ctx.f("email");
      s.errors.add("sheet", N_("Tick the services to put on the sheet."));
      return render(ctx, sql, r, s, 422);
    }
    // The directory's own sheet: the same page to print and the same e-mail as a professional's search.
    auto sheet = directory::create_sheet(sql, sheet_lang);
    for (auto id : services) directory::add_to_sheet(sql, sheet, id);
    sheet = *directory::find_sheet(sql, sheet.token);
    if (ctx.f("action") == "print") {
      add_event(sql, r.id, ctx.user->id, "sheet_sent", r.line_id, "", now_seconds());
      return Response::redirect("/directory/sheets/" + sheet.token + "?lang=" + sheet_lang);
    }
    std::string email = clean_text(ctx.f("email"));
    if (!looks_like_email(email)) {
      PageState s;
      s.form = "sheet";
      s.text = email;
      s.errors.add("sheet_email", N_("Enter a valid e-mail address to send the sheet."));
      return render(ctx, sql, r, s, 422);
    }
    directory::queue_sheet_mail(ctx.app, sql, sheet, email);
    add_event(sql, r.id, ctx.user->id, "sheet_sent", r.line_id, "", now_seconds());
    ctx.flash(N_("The orientation sheet is sent."));
    return back_to(r, "orientations");
  });
}

Response note_add(RequestContext& ctx) {
  return act(ctx, "note", [&](soci::session& sql, OrientationRequest& r) -> Response {
    require_handling(ctx, r);
    std::string note = clean_text(ctx.f("note"));
    auto state = check_text(ctx, "note", note, kMaxNoteChars, true);
    if (!state.form.empty()) return render(ctx, sql, r, state, 422);
    add_note(sql, r, ctx.f("kind"), note, ctx.user->id, now_seconds());
    ctx.flash(N_("The note is added to the history."));
    return back_to(r, "history");
  });
}

Response callback_set(RequestContext& ctx) {
  return act(ctx, "callback", [&](soci::session& sql, OrientationRequest& r) -> Response {
    require_handling(ctx, r);
    std::int64_t now = now_seconds();
    if (ctx.f("action") == "clear") {
      set_callback(sql, r, 0, 0, ctx.user->id, now);
      ctx.flash(N_("The call-back is removed."));
      return back_to(r, "follow-up");
    }
    auto at = from_brussels(ctx.f("callback_date"), ctx.f("callback_time").empty() ? "09:00" : ctx.f("callback_time"));
    if (!at) {
      PageState s;
      s.form = "callback";
      s.errors.add("callback_date", N_("Enter the date and time of the call-back."));
      return render(ctx, sql, r, s, 422);
    }
    std::int64_t responder = to_id(ctx.f("callback_user"));
    bool of_line = false;
    for (auto& p : responders_of(sql, r.line_id)) of_line = of_line || p.user_id == responder;
    set_callback(sql, r, *at, of_line ? responder : 0, ctx.user->id, now);
    ctx.flash(N_("The call-back is planned."));
    return back_to(r, "follow-up");
  });
}

Response feedback_set(RequestContext& ctx) {
  return act(ctx, "feedback", [&](soci::session& sql, OrientationRequest& r) -> Response {
    require_handling(ctx, r);
    std::string feedback = clean_text(ctx.f("feedback"));
    auto state = check_text(ctx, "feedback", feedback, kMaxNoteChars, true);
    if (!state.form.empty()) return render(ctx, sql, r, state, 422);
    give_feedback(sql, r, feedback, ctx.user->id, now_seconds());
    ctx.flash(N_("The feedback is saved."));
    return back_to(r, "follow-up");
  });
}

Response levels_set(RequestContext& ctx) {
  return act(ctx, "levels", [&](soci::session& sql, OrientationRequest& r) {
    require_handling(ctx, r);
    set_levels(sql, r, ctx.f_all("levels"), ctx.user->id, now_seconds());
    ctx.flash(N_("The levels explored are saved."));
    return back_to(r, "follow-up");
  });
}

Response request_close(RequestContext& ctx) {
  return act(ctx, "close", [&](soci::session& sql, OrientationRequest& r) -> Response {
    require_handling(ctx, r);
    if (const char* refused = close_request(sql, r, ctx.f("outcome"), ctx.user->id, now_seconds())) {
      PageState s;
      s.form = "close";
      s.errors.add("outcome", refused);
      return render(ctx, sql, r, s, 422);
    }
    ctx.flash(N_("The request is closed."));
    return back_to(r);
  });
}

Response request_reopen(RequestContext& ctx) {
  return act(ctx, "reopen", [&](soci::session& sql, OrientationRequest& r) {
    require_handling(ctx, r);
    if (r.closed()) reopen_request(sql, r, ctx.user->id, now_seconds());
    ctx.flash(N_("The request is open again."));
    return back_to(r);
  });
}

Response legal_hold_set(RequestContext& ctx) {
  bool hold = ctx.f("hold") == "1";
  return act(ctx, hold ? "legal_hold.put" : "legal_hold.lift", [&](soci::session& sql, OrientationRequest& r) -> Response {
    require_handling(ctx, r);
    std::string reason = clean_text(ctx.f("reason"));
    if (hold) {
      auto state = check_text(ctx, "hold", reason, kMaxHoldReasonChars, true);
      if (!state.form.empty()) return render(ctx, sql, r, state, 422);
    }
    set_legal_hold(sql, r, hold, reason, ctx.user->id, now_seconds());
    ctx.flash(hold ? N_("The request is under a legal hold: its text is kept until the hold is lifted.")
                   : N_("The legal hold is lifted."));
    return back_to(r);
  });
}

Response transfer_propose(RequestContext& ctx) {
  return act(ctx, "transfer.propose", [&](soci::session& sql, OrientationRequest& r) -> Response {
    require_handling(ctx, r);
    std::string reason = clean_text(ctx.f("reason"));
    auto state = check_text(ctx, "transfer", reason, kMaxNoteChars, true);
    if (!state.form.empty()) return render(ctx, sql, r, state, 422);
    std::int64_t to = to_id(ctx.f("to_line")), transfer = 0;
    std::int64_t now = now_seconds();
    if (const char* refused = propose_transfer(sql, r, to, reason, ctx.user->id, now, &transfer)) {
      PageState s;
      s.form = "transfer";
      s.text = reason;
      s.errors.add("to_line", refused);
      return render(ctx, sql, r, s, 422);
    }
    // The receiving line's responders are told by e-mail, without the request's text (only its reference).
    auto lines = list_lines(sql, true);
    for (auto& p : responders_of(sql, to)) {
      Dictionary d("mail");
      std::string lang = p.lang.empty() ? "fr" : p.lang;
      RequestContext in_lang = ctx;
      in_lang.lang = lang;
      d.SetValue("REFERENCE", r.reference);
      d.SetValue("FROM", line_name(lines, r.line_id, in_lang));
      d.SetValue("TO", line_name(lines, to, in_lang));
      d.SetValue("LINK", ctx.app.base_url() + "/helpdesk/requests/" + std::to_string(r.id));
      queue_mail(sql, compose_mail(ctx.app, lang, "helpdesk_transfer_proposed", d, p.email));
    }
    ctx.flash(N_("The transfer is proposed: the receiving line is told by e-mail."));
    return back_to(r);
  });
}

Response transfer_answer(RequestContext& ctx) {
  std::int64_t transfer_id = ctx.param_id("id");
  std::int64_t request_id = 0;
  {
    soci::session sql(ctx.app.db.pool());
    auto t = find_transfer(sql, transfer_id);
    if (!t) throw not_found();
    request_id = t->request_id;
  }
  bool accept = ctx.f("answer") == "accept";
  return audited_read(ctx, accept ? "helpdesk.request.transfer.accept" : "helpdesk.request.transfer.decline",
                      request_target(request_id), [&](soci::session& sql) -> Response {
    auto t = find_transfer(sql, transfer_id);
    if (!t || t->status != "proposed") throw not_found();
    if (!ctx.user->responds_for_line(t->to_line_id)) throw forbidden();
    std::string note = clean_text(ctx.f("note"));
    auto state = check_text(ctx, "answer", note, kMaxNoteChars, false);
    if (!state.form.empty()) return render(ctx, sql, request_for(ctx, sql, t->request_id), state, 422);
    answer_transfer(sql, transfer_id, accept, note, ctx.user->id, now_seconds());
    ctx.flash(accept ? N_("The transfer is accepted: the request is now your line's.") : N_("The transfer is declined."));
    return accept ? Response::redirect("/helpdesk/requests/" + std::to_string(t->request_id)) : Response::redirect("/helpdesk");
  });
}

Response unmet_need_add(RequestContext& ctx) {
  return act(ctx, "unmet_need", [&](soci::session& sql, OrientationRequest& r) -> Response {
    require_handling(ctx, r);
    std::string summary = clean_text(ctx.f("summary"));
    auto state = check_text(ctx, "unmet", summary, kMaxUnmetSummaryChars, true);
    if (!state.form.empty()) return render(ctx, sql, r, state, 422);
    UnmetNeed need;
    need.bassin_slug = r.person_bassin_slug;
    auto ticked = ctx.f_all("themes");
    for (auto& t : directory::list_terms(sql, "themes"))
      if (std::find(ticked.begin(), ticked.end(), t.code) != ticked.end()) need.themes.push_back(t.code);
    for (auto& t : directory::list_terms(sql, "publics"))
      if (t.code == ctx.f("public")) need.public_code = t.code;
    need.summary = summary;
    flag_unmet_need(sql, r, need, ctx.user->id, now_seconds());
    ctx.flash(N_("The unmet need is kept for the observatory."));
    return back_to(r);
  });
}

}  // namespace maillage::helpdesk
