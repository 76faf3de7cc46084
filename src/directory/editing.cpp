// Keeping the directory current: an organisation's editors propose changes to its services, a coordinator of
// the service's care area (or an administrator) reviews a field-by-field diff; stale records are listed for
// coordinators and their editors are reminded every month.
#include <algorithm>
#include <cstring>
#include <map>

#include "directory/handlers.hpp"
#include "directory/model.hpp"
#include "directory/views.hpp"
#include "platform/app.hpp"
#include "platform/audit.hpp"
#include "platform/forms.hpp"
#include "platform/jobs.hpp"
#include "platform/mail.hpp"
#include "platform/views.hpp"

namespace maillage::directory {

namespace {

const char* field_label(const std::string& field) {
  if (field == "name") return N_("Name");
  if (field == "description") return N_("Description");
  if (field == "application_process") return N_("How to apply");
  if (field == "fees_description") return N_("Fees");
  if (field == "eligibility_description") return N_("Who can use it");
  if (field == "alert") return N_("Notice");
  if (field == "email") return N_("E-mail");
  if (field == "url") return N_("Website");
  if (field == "status") return N_("Status");
  if (field == "themes") return N_("Themes");
  if (field == "publics") return N_("Target publics");
  if (field == "access") return N_("Access conditions");
  if (field == "phones") return N_("Phones");
  if (field == "hours") return N_("Opening hours");
  return N_("Field");
}

constexpr std::size_t kMaxPhones = 10;
constexpr std::size_t kMaxPhoneChars = 40;

// The terms of one vocabulary ticked in the form, as the sorted codes a proposal stores (unknown ones dropped).
std::string ticked_terms(const RequestContext& ctx, const std::vector<Term>& terms, const std::string& vocabulary) {
  std::vector<std::string> codes;
  for (auto& v : ctx.f_all(vocabulary))
    for (auto& t : terms)
      if (t.taxonomy == vocabulary && t.code == v) codes.push_back(v);
  std::sort(codes.begin(), codes.end());
  codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
  return join(codes);
}

// How a list reads in the review: labels for terms, numbers for phones, day names for opening hours.
std::string shown_list(const RequestContext& ctx, const std::string& field, const std::string& value,
                       const std::map<std::string, std::string>& labels) {
  std::string out;
  for (auto& item : split_lines(value)) {
    std::string shown = item;
    if (field == "hours") {
      if (auto o = parse_opening_line(item))
        for (auto& [code, name] : weekdays())
          if (o->day == code) shown = ctx.tr(name) + " " + o->opens + "-" + o->closes;
    } else if (field != "phones") {
      if (auto it = labels.find(item); it != labels.end()) shown = it->second;
    }
    out += (out.empty() ? "" : ", ") + shown;
  }
  return out;
}

// Two opening ranges a day in the form: hours-MO-1-from, hours-MO-1-to, hours-MO-2-from...
constexpr int kRangesADay = 2;
std::string hours_field(const char* day, int range, const char* end) {
  return std::string("hours-") + day + "-" + std::to_string(range) + "-" + end;
}
bool is_time(const std::string& t) {
  return t.size() == 5 && std::isdigit(static_cast<unsigned char>(t[0])) && std::isdigit(static_cast<unsigned char>(t[1])) &&
         t[2] == ':' && std::isdigit(static_cast<unsigned char>(t[3])) && std::isdigit(static_cast<unsigned char>(t[4])) &&
         t.substr(0, 2) <= "23" && t.substr(3, 2) <= "59";
}

constexpr std::size_t kMaxFieldChars = 5000;

Response render_propose(RequestContext& ctx, soci::session& sql, std::int64_t id, const std::string& lang,
                        const FormErrors& errors, bool from_form) {
  Page page(ctx, "directory/propose.tpl", N_("Propose a change"));
  auto& d = page.dict();
  auto texts = load_texts(sql, "service", id);
  d.SetValue("SERVICE_ID", ctx.param("id"));
  d.SetValue("SERVICE_NAME", pick(texts["name"], lang));
  for (const char* l : kLanguages) {
    auto* o = d.AddSectionDictionary("LANG_OPTION");
    o->SetValue("CODE", l);
    o->SetValue("NAME", language_name(ctx, l));
    if (lang == l) o->ShowSection("SELECTED");
  }
  for (auto& f : proposable_fields()) {
    auto* s = d.AddSectionDictionary("FIELD");
    s->SetValue("NAME", f);
    s->SetValue("LABEL", ctx.tr(field_label(f)));
    s->SetValue("VALUE", from_form ? ctx.f(f) : (texts.count(f) && texts[f].count(lang) ? texts[f][lang] : ""));
  }
  // The service's vocabulary terms, as boxes to tick, and its phones, one a line.
  auto terms = list_terms(sql);
  auto names = cached_term_labels(ctx.app.db, ctx.lang == "qps" ? "en" : ctx.lang);
  static const char* const kVocabularies[] = {"themes", "publics", "access"};
  for (const char* v : kVocabularies) {
    auto ticked_now = from_form ? ctx.f_all(v) : split_lines(current_value(sql, id, v, lang));
    auto* voc = d.AddSectionDictionary("VOCABULARY");
    voc->SetValue("NAME", v);
    voc->SetValue("LABEL", ctx.tr(field_label(v)));
    for (auto& t : terms) {
      if (t.taxonomy != v) continue;
      auto* box = voc->AddSectionDictionary("TERM");
      box->SetValue("CODE", t.code);
      box->SetValue("LABEL", names->count(t.code) ? names->at(t.code) : t.code);
      if (std::find(ticked_now.begin(), ticked_now.end(), t.code) != ticked_now.end()) box->ShowSection("CHECKED");
    }
  }
  d.SetValue("PHONES", from_form ? ctx.f("phones") : current_value(sql, id, "phones", lang));
  auto hours = split_lines(current_value(sql, id, "hours", lang));
  for (auto& [code, name] : weekdays()) {
    auto* day = d.AddSectionDictionary("DAY");
    day->SetValue("CODE", code);
    day->SetValue("DAY_NAME", ctx.tr(name));
    std::vector<WeeklyOpening> ranges;
    for (auto& line : hours)
      if (auto o = parse_opening_line(line); o && o->day == code) ranges.push_back(*o);
    for (int r = 1; r <= kRangesADay; ++r) {
      auto* slot = day->AddSectionDictionary("RANGE");
      slot->SetIntValue("N", r);
      bool have = r <= static_cast<int>(ranges.size());
      slot->SetValue("FROM", from_form ? ctx.f(hours_field(code, r, "from")) : have ? ranges[r - 1].opens : "");
      slot->SetValue("TO", from_form ? ctx.f(hours_field(code, r, "to")) : have ? ranges[r - 1].closes : "");
    }
  }
  d.SetValue("EMAIL", from_form ? ctx.f("email") : current_value(sql, id, "email", lang));
  d.SetValue("URL", from_form ? ctx.f("url") : current_value(sql, id, "url", lang));
  std::string status = from_form ? ctx.f("status") : current_value(sql, id, "status", lang);
  static const std::pair<const char*, const char*> statuses[] = {
      {"active", N_("Open")}, {"inactive", N_("Temporarily closed")}, {"defunct", N_("No longer exists")}};
  for (auto& [code, label] : statuses) {
    auto* o = d.AddSectionDictionary("STATUS_OPTION");
    o->SetValue("CODE", code);
    o->SetValue("NAME", ctx.tr(label));
    if (status == code) o->ShowSection("SELECTED");
  }
  errors.show(ctx, d);
  return page.response(errors.empty() ? 200 : 422);
}

std::int64_t service_or_404(soci::session& sql, const std::string& hsds_id) {
  auto id = service_id_of(sql, hsds_id);
  if (!id) throw not_found();
  return id;
}

}  // namespace

Response propose_form(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto id = service_or_404(sql, ctx.param("id"));
  if (!may_propose(ctx, sql, id)) throw forbidden();
  std::string lang = ctx.q("in");
  if (!is_language(lang)) lang = is_language(ctx.lang) ? ctx.lang : "fr";
  return render_propose(ctx, sql, id, lang, {}, false);
}

Response propose_submit(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto id = service_or_404(sql, ctx.param("id"));
  if (!may_propose(ctx, sql, id)) throw forbidden();
  std::string lang = ctx.f("in");
  if (!is_language(lang)) lang = "fr";
  auto texts = load_texts(sql, "service", id);
  std::map<std::string, std::string> changes;
  FormErrors errors;
  for (auto& f : proposable_fields()) {
    std::string v = clean_text(ctx.f(f));
    if (v.size() > kMaxFieldChars) {
      errors.add(f, N_("This text is too long (at most 5,000 characters)."));
      continue;
    }
    std::string old = texts.count(f) && texts[f].count(lang) ? texts[f][lang] : "";
    if (v != old) changes[f] = v;
  }
  std::string email = clean_text(ctx.f("email")), url = clean_text(ctx.f("url")), status = ctx.f("status");
  if (!email.empty() && !looks_like_email(email)) errors.add("email", N_("Enter a valid e-mail address or leave it empty."));
  if (!url.empty() && url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0)
    errors.add("url", N_("A website address starts with https:// or http://."));
  if (status != "active" && status != "inactive" && status != "defunct") errors.add("status", N_("Choose a status."));
  if (url.size() > 500) errors.add("url", N_("This text is too long (at most 5,000 characters)."));
  for (auto& [field, value] : {std::pair{"email", email}, std::pair{"url", url}, std::pair{"status", status}})
    if (value != current_value(sql, id, field, lang)) changes[field] = value;
  // Vocabulary terms and phones: a proposal replaces the whole list. Only a form that showed the lists
  // (marked "lists") speaks for them: a post without it leaves them as they are, not emptied.
  const bool with_lists = ctx.f("lists") == "1";
  auto terms = list_terms(sql);
  for (const char* v : {"themes", "publics", "access"})
    if (auto value = ticked_terms(ctx, terms, v); with_lists && value != current_value(sql, id, v, lang)) changes[v] = value;
  std::vector<std::string> phones;
  for (auto& line : split_lines(clean_text(ctx.f("phones")))) {
    std::string number = clean_text(line);
    if (number.empty()) continue;
    bool readable = number.size() <= kMaxPhoneChars &&
                    std::all_of(number.begin(), number.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || std::strchr("+ ./()-", c); });
    if (!readable) errors.add("phones", N_("A phone number has digits, spaces and + . / ( ) - only, 40 characters at most."));
    phones.push_back(number);
  }
  if (phones.size() > kMaxPhones) errors.add("phones", N_("At most 10 phone numbers."));
  std::vector<std::string> openings;
  bool hours_ok = true;
  for (auto& [code, name] : weekdays()) {
    auto day_start = openings.size();
    for (int r = 1; r <= kRangesADay; ++r) {
      std::string from = clean_text(ctx.f(hours_field(code, r, "from"))), to = clean_text(ctx.f(hours_field(code, r, "to")));
      if (from.empty() && to.empty()) continue;
      if (!is_time(from) || !is_time(to) || to <= from) hours_ok = false;
      else openings.push_back(opening_line({code, from, to}));
    }
    // Day by day, then by time within a day: the order current_value() gives, so unchanged hours compare equal.
    std::sort(openings.begin() + static_cast<std::ptrdiff_t>(day_start), openings.end());
  }
  if (!hours_ok) errors.add("hours", N_("Give each opening both times, the closing after the opening (for example 09:00 and 12:30)."));
  if (auto value = join(openings); with_lists && value != current_value(sql, id, "hours", lang)) changes["hours"] = value;
  if (auto value = join(phones); with_lists && value != current_value(sql, id, "phones", lang)) changes["phones"] = value;
  if (changes.count("name") && changes["name"].empty()) errors.add("name", N_("A service needs a name."));
  if (errors.empty() && changes.empty()) errors.add("name", N_("Nothing was changed."));
  if (!errors.empty()) return render_propose(ctx, sql, id, lang, errors, true);
  ctx.app.db.transact([&](soci::session& tx) {
    auto pid = create_proposal(tx, id, ctx.user->id, lang, changes);
    audit(tx, ctx, "directory.proposal.create", "proposal:" + std::to_string(pid));
  });
  ctx.flash(N_("Thank you: your proposal goes to the coordinators for review."));
  return Response::redirect("/directory/services/" + url_encode(ctx.param("id")));
}

Response confirm_verified(RequestContext& ctx) {
  std::string hsds = ctx.param("id");
  ctx.app.db.transact([&](soci::session& sql) {
    auto id = service_or_404(sql, hsds);
    if (!may_propose(ctx, sql, id)) throw forbidden();
    std::int64_t now = now_seconds();
    mark_verified(sql, id, ctx.user->email, now);
    sql << "INSERT INTO directory_history (at, user_id, updated_by, record_type, record_id, action, field) "
           "VALUES (:a, :u, :b, 'service', :r, 'verify', 'last_verified_at')",
        soci::use(now), soci::use(ctx.user->id), soci::use(ctx.user->email), soci::use(hsds);
    sql << "INSERT INTO directory_changes (service_id, at) VALUES (:s, :a)", soci::use(id), soci::use(now);
  });
  ctx.flash(N_("Thank you: the service is marked as verified today."));
  return Response::redirect("/directory/services/" + url_encode(hsds));
}

Response proposals(RequestContext& ctx) {
  Page page(ctx, "directory/proposals.tpl", N_("Proposed changes"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  int n = 0;
  for (auto& p : pending_proposals(sql)) {
    if (!may_review(ctx, sql, p.service_id)) continue;
    auto texts = load_texts(sql, "service", p.service_id);
    auto* s = d.AddSectionDictionary("PROPOSAL");
    s->SetIntValue("ID", p.id);
    s->SetValue("SERVICE", pick(texts["name"], ctx.lang));
    s->SetValue("PROPOSER", p.proposer_email);
    s->SetValue("DATE", format_date(p.created_at));
    ++n;
  }
  if (!n) d.ShowSection("NONE");
  return page.response();
}

Response proposal_page(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto p = find_proposal(sql, ctx.param_id("id"));
  if (!p) throw not_found();
  if (!may_review(ctx, sql, p->service_id)) throw forbidden();
  Page page(ctx, "directory/proposal.tpl", N_("Proposed change"));
  auto& d = page.dict();
  auto texts = load_texts(sql, "service", p->service_id);
  d.SetIntValue("ID", p->id);
  d.SetValue("SERVICE", pick(texts["name"], ctx.lang));
  d.SetValue("SERVICE_HREF", "/directory/services/" + url_encode(p->service_hsds_id));
  d.SetValue("PROPOSER", p->proposer_email);
  d.SetValue("DATE", format_date(p->created_at));
  d.SetValue("LANGUAGE", language_name(ctx, p->lang));
  auto labels = cached_term_labels(ctx.app.db, ctx.lang == "qps" ? "en" : ctx.lang);
  for (auto& [field, value] : p->changes) {
    auto* s = d.AddSectionDictionary("CHANGE");
    s->SetValue("FIELD", ctx.tr(field_label(field)));
    std::string now_value = current_value(sql, p->service_id, field, p->lang);
    if (is_proposable_list(field)) {
      s->SetValue("OLD", shown_list(ctx, field, now_value, *labels));
      s->SetValue("NEW", shown_list(ctx, field, value, *labels));
    } else {
      s->SetValue("OLD", now_value);
      s->SetValue("NEW", value);
    }
  }
  if (p->status == "pending") d.ShowSection("PENDING");
  else d.SetValueAndShowSection("COMMENT", p->review_comment, p->status == "accepted" ? "ACCEPTED" : "REJECTED");
  return page.response();
}

Response proposal_decide(RequestContext& ctx) {
  auto pid = ctx.param_id("id");
  std::string decision = ctx.f("decision");
  std::string comment = clean_text(ctx.f("comment")).substr(0, 2000);
  if (decision != "accept" && decision != "reject") {
    ctx.flash(N_("Choose to accept or to reject the proposal."));
    return Response::redirect("/directory/proposals/" + std::to_string(pid));
  }
  ctx.app.db.transact([&](soci::session& sql) {
    auto p = find_proposal(sql, pid);
    if (!p) throw not_found();
    if (!may_review(ctx, sql, p->service_id)) throw forbidden();
    if (p->status != "pending") return;
    if (decision == "accept") accept_proposal(sql, *p, ctx.user->id, ctx.user->email, comment);
    else reject_proposal(sql, *p, ctx.user->id, comment);
    audit(sql, ctx, "directory.proposal." + decision, "proposal:" + std::to_string(pid), comment);
    std::string lang = "fr";
    sql << "SELECT lang FROM users WHERE id = :u", soci::use(p->proposed_by), soci::into(lang);
    auto texts = load_texts(sql, "service", p->service_id);
    Dictionary d("mail");
    d.SetValue("SERVICE", pick(texts["name"], lang));
    d.SetValue("COMMENT", comment);
    d.SetValue("LINK", ctx.app.base_url() + "/directory/services/" + url_encode(p->service_hsds_id));
    queue_mail(sql, compose_mail(ctx.app, lang, decision == "accept" ? "directory_proposal_accepted" : "directory_proposal_rejected",
                                 d, p->proposer_email));
  });
  ctx.flash(decision == "accept" ? N_("The change is accepted and published.") : N_("The proposal is rejected."));
  return Response::redirect("/directory/proposals");
}

Response stale_records(RequestContext& ctx) {
  Page page(ctx, "directory/stale.tpl", N_("Records to verify"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  std::int64_t before = now_seconds() - kStaleSeconds;
  std::vector<std::int64_t> ids;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT id FROM directory_services WHERE last_verified_at < :b AND status <> 'defunct' "
                                               "ORDER BY last_verified_at, id",
                                soci::use(before));
  for (auto& r : rs) ids.push_back(as_int(r, 0));
  auto labels = term_labels(sql, ctx.lang);
  int n = 0;
  for (auto id : ids) {
    if (!may_review(ctx, sql, id) || n >= 500) continue;
    fill_summary(ctx, *d.AddSectionDictionary("RESULT"), to_search_document(sql, id), labels);
    ++n;
  }
  if (!n) d.ShowSection("NONE");
  return page.response();
}

// Organisations an import created for services whose source named an organisation it did not hold: a
// coordinator finds the real organisation (and asks for its data) or corrects the source before the next import.
Response import_placeholders(RequestContext& ctx) {
  Page page(ctx, "directory/placeholders.tpl", N_("Organisations to complete after an import"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  soci::rowset<soci::row> rs =
      sql.prepare << "SELECT o.hsds_id, o.name, o.created_at, COUNT(s.id) FROM organisations o LEFT JOIN directory_services s "
                     "ON s.organisation_id = o.id WHERE o.import_placeholder = 1 GROUP BY o.id, o.hsds_id, o.name, o.created_at "
                     "ORDER BY o.created_at DESC, o.id LIMIT 1000";
  int n = 0;
  for (auto& r : rs) {
    auto* row = d.AddSectionDictionary(tpl_name("PLACEHOLDER"));
    row->SetValue(tpl_name("SOURCE_ID"), as_text(r, 0));
    row->SetValue(tpl_name("HREF"), "/directory/organisations/" + url_encode(as_text(r, 0)));
    row->SetValue(tpl_name("CREATED"), ctx.app.i18n.date(ctx.lang, as_int(r, 2)));
    row->SetIntValue(tpl_name("SERVICES"), static_cast<long>(as_int(r, 3)));
    ++n;
  }
  if (!n) d.ShowSection(tpl_name("NONE"));
  return page.response();
}

void register_jobs(Jobs& jobs) {
  // Once a month: each editor or coordinator of an organisation with records not verified for a year gets one
  // e-mail listing them.
  jobs.every("directory.stale_reminders", 30 * 86400, [](App& app, const JobRun&) {
    app.db.transact([&](soci::session& sql) {
      std::int64_t before = now_seconds() - kStaleSeconds;
      std::map<std::int64_t, std::vector<std::string>> by_org;
      soci::rowset<soci::row> rs = (sql.prepare << "SELECT s.organisation_id, s.id FROM directory_services s WHERE s.last_verified_at < :b "
                                                   "AND s.status <> 'defunct' AND s.organisation_id IS NOT NULL ORDER BY s.id",
                                    soci::use(before));
      std::vector<std::pair<std::int64_t, std::int64_t>> rows;
      for (auto& r : rs) rows.emplace_back(as_int(r, 0), as_int(r, 1));
      for (auto& [org, id] : rows) {
        auto texts = load_texts(sql, "service", id);
        std::string hsds;
        sql << "SELECT hsds_id FROM directory_services WHERE id = :i", soci::use(id), soci::into(hsds);
        by_org[org].push_back(pick(texts["name"], "fr") + " — " + app.base_url() + "/directory/services/" + url_encode(hsds));
      }
      for (auto& [org, lines] : by_org) {
        std::vector<std::pair<std::string, std::string>> editors;
        soci::rowset<soci::row> es = (sql.prepare << "SELECT u.email, u.lang FROM memberships m JOIN users u ON u.id = m.user_id "
                                                     "WHERE m.organisation_id = :o AND m.role IN ('editor', 'coordinator') AND u.disabled = 0",
                                      soci::use(org));
        for (auto& r : es) editors.emplace_back(as_text(r, 0), as_text(r, 1));
        for (auto& [email, lang] : editors) {
          Dictionary d("mail");
          for (auto& l : lines) d.AddSectionDictionary("SERVICE")->SetValue("LINE", l);
          queue_mail(sql, compose_mail(app, lang, "directory_stale_reminder", d, email));
        }
      }
    });
  });
}

}  // namespace maillage::directory
