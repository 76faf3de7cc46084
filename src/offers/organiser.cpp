// The organisers' pages: create and edit an offer and its sessions, the registrations of a session (approve,
// refuse, move, add), the attendance list used on a phone at the door, evaluation results and the CSV export.
#include <set>
#include <map>

#include "accounts/model.hpp"
#include "agenda/easy_read.hpp"
#include "directory/model.hpp"
#include "platform/code_lists.hpp"
#include "offers/agreements.hpp"
#include "offers/common.hpp"
#include "platform/brussels_time.hpp"
#include "offers/handlers.hpp"
#include "offers/places.hpp"
#include "offers/head_counts.hpp"
#include "offers/service.hpp"
#include "offers/views.hpp"
#include "platform/app.hpp"
#include "platform/audit.hpp"
#include "platform/forms.hpp"
#include "platform/mail.hpp"
#include "platform/phone.hpp"
#include "platform/sectors.hpp"
#include "platform/views.hpp"
#include "territory/model.hpp"

namespace maillage::offers {

namespace {
// The offer of a session whose list the caller may keep: the offer's organisers, or the organisation hosting
// this session (an open-door slot or an itinerant intervision session: it receives the visitors and marks who
// came). `attendance_only` is set for the host, who may not approve, refuse or move people.
Offer session_offer(RequestContext& ctx, soci::session& sql, const Session& s, bool* attendance_only = nullptr) {
  auto o = find_offer(sql, s.offer_id);
  if (!o) throw not_found();
  if (attendance_only) *attendance_only = false;
  if (may_organise(ctx, *o)) return *o;
  if (acts_for(ctx, s.host_organisation_id)) {
    if (attendance_only) *attendance_only = true;
    return *o;
  }
  throw forbidden();
}

// The session of a registration, when the caller may keep that session's list (as above).
Session session_of_registration(RequestContext& ctx, soci::session& sql, std::int64_t id, bool& attendance_only) {
  auto reg = find_registration(sql, id);
  if (!reg) throw not_found();
  auto s = find_session(sql, reg->session_id, now_seconds());
  if (!s) throw not_found();
  session_offer(ctx, sql, *s, &attendance_only);
  return *s;
}

const char* kVisibilities[][2] = {{"public", N_("Everyone")}, {"professionals", N_("Logged-in professionals")},
                                  {"members", N_("Members of the network's organisations")}};

Response show_offer_form(RequestContext& ctx, const Offer& o, const FormErrors& errors, int status) {
  Page page(ctx, "offers/offer_form.tpl", o.id ? N_("Edit the offer") : N_("New offer"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  d.SetIntValue("OFFER_ID", o.id);
  d.SetValue("ACTION", o.id ? "/offers/" + std::to_string(o.id) + "/edit" : "/offers/new");
  if (o.id) d.ShowSection("EXISTING");
  fill_type_options(ctx, d, o.type);
  fill_bassin_options(ctx, sql, d, o.territory, true);
  fill_language_options(d, o.languages);
  for (auto& [code, label] : kVisibilities) {
    auto* v = d.AddSectionDictionary("VISIBILITY_OPTION");
    v->SetValue("CODE", code);
    v->SetValue("LABEL", ctx.tr(label));
    if (o.visibility == code) v->ShowSection("SELECTED");
  }
  for (auto& a : audiences()) {
    auto* v = d.AddSectionDictionary("AUDIENCE_OPTION");
    v->SetValue("CODE", a.code);
    v->SetValue("LABEL", ctx.tr(a.label));
    if (o.audience == a.code) v->ShowSection("SELECTED");
  }
  for (auto& t : directory::list_terms(sql, "themes")) {
    auto* v = d.AddSectionDictionary("THEME_OPTION");
    v->SetValue("CODE", t.code);
    v->SetValue("LABEL", directory::pick(t.label, ctx.lang));
    if (o.theme == t.code) v->ShowSection("SELECTED");
  }
  for (auto& org : organising_organisations(ctx, sql)) {
    auto* v = d.AddSectionDictionary("ORG_OPTION");
    v->SetIntValue("ID", org.id);
    v->SetValue("NAME", org.name);
    if (std::find(o.organisers.begin(), o.organisers.end(), org.id) != o.organisers.end()) v->ShowSection("SELECTED");
  }
  d.SetValue("TITLE_FR", o.title_fr);
  d.SetValue("TITLE_NL", o.title_nl);
  d.SetValue("TITLE_EN", o.title_en);
  {
    // Easy-to-read texts (agenda/easy_read.hpp): as typed on a refused form, else as saved.
    auto easy = ctx.form.count("easy_fr") ? agenda::EasyText{ctx.f("easy_fr"), ctx.f("easy_nl"), ctx.f("easy_en")}
                                           : agenda::easy_text_of(sql, o.id);
    d.SetValue("EASY_FR", easy.fr);
    d.SetValue("EASY_NL", easy.nl);
    d.SetValue("EASY_EN", easy.en);
  }
  d.SetValue("DESCRIPTION_FR", o.description_fr);
  d.SetValue("DESCRIPTION_NL", o.description_nl);
  d.SetValue("DESCRIPTION_EN", o.description_en);
  d.SetValue("CONDITIONS", o.immersion_conditions);
  d.SetIntValue("CAPACITY", o.capacity);
  d.SetIntValue("QUOTA", o.policy.sector_quota);
  d.SetIntValue("CANCEL_HOURS", o.policy.cancellation_hours);
  d.SetIntValue("HOLD_HOURS", o.policy.hold_hours);
  if (o.policy.approval_required) d.ShowSection("APPROVAL");
  if (o.policy.one_per_institution) d.ShowSection("ONE_PER_INSTITUTION");
  if (o.policy.waiting_list) d.ShowSection("WAITING_LIST");
  if (o.status == "published") d.ShowSection("PUBLISHED");
  errors.show(ctx, d);
  if (o.id) {
    std::int64_t now = now_seconds();
    for (auto& s : sessions_of(sql, o.id, now)) {
      auto* sd = d.AddSectionDictionary("SESSION");
      fill_session(ctx, *sd, s);
      sd->SetIntValue("CONFIRMED", confirmed_count(sql, s.id));
    }
    d.SetValue("NEW_DATE", local_date_iso(now + 14 * 86400));
    d.SetIntValue("NEW_CAPACITY", o.capacity);
    // Intervision: the participants' institutions that have not hosted yet, to propose the next host.
    if (o.type == "intervision") {
      std::vector<std::int64_t> participants, hosts;
      soci::rowset<soci::row> rs = (sql.prepare << "SELECT DISTINCT organisation_id FROM registrations WHERE offer_id = "
                                                   ":o AND status = 'confirmed' AND organisation_id IS NOT NULL ORDER BY 1",
                                    soci::use(o.id));
      for (auto& r : rs) participants.push_back(as_int(r, 0));
      soci::rowset<soci::row> hs = (sql.prepare << "SELECT host_organisation_id FROM offer_sessions WHERE offer_id = :o AND "
                                                   "host_organisation_id IS NOT NULL AND starts_at < :n",
                                    soci::use(o.id), soci::use(now));
      for (auto& r : hs) hosts.push_back(as_int(r, 0));
      d.ShowSection("ROTATION");
      for (auto id : not_yet_hosted(participants, hosts)) {
        auto org = accounts::find_organisation(sql, id);
        if (org) d.AddSectionDictionary("NOT_HOSTED")->SetValue("NAME", org->name);
      }
    }
  }
  return page.response(status);
}

Offer offer_from_form(RequestContext& ctx, Offer o, FormErrors& errors) {
  o.type = ctx.f("type");
  if (!valid_offer_type(o.type)) errors.add("type", N_("Choose a kind of offer."));
  o.title_fr = field(ctx.f("title_fr"), 300);
  o.title_nl = field(ctx.f("title_nl"), 300);
  o.title_en = field(ctx.f("title_en"), 300);
  if (o.title_fr.empty() && o.title_nl.empty() && o.title_en.empty())
    errors.add("title_fr", N_("Give the offer a title in at least one language."));
  o.description_fr = field(ctx.f("description_fr"), 8000);
  o.description_nl = field(ctx.f("description_nl"), 8000);
  o.description_en = field(ctx.f("description_en"), 8000);
  o.immersion_conditions = field(ctx.f("conditions"), 4000);
  o.territory = ctx.f("territory");
  {
    soci::session sql(ctx.app.db.pool());
    if (o.territory != "region" && !territory::bassin_exists(sql, o.territory))
      errors.add("territory", N_("Choose the region or one of the care areas."));
  }
  std::string langs;
  for (auto& l : ctx.f_all("languages"))
    if (l == "fr" || l == "nl" || l == "en") langs += (langs.empty() ? "" : ",") + l;
  if (langs.empty()) errors.add("languages", N_("Choose at least one language."));
  o.languages = langs;
  o.visibility = ctx.f("visibility");
  if (o.visibility != "public" && o.visibility != "professionals" && o.visibility != "members")
    errors.add("visibility", N_("Choose who may see the offer."));
  // Forms of before the audience field send none: the offer stays for professionals.
  o.audience = ctx.f("audience").empty() ? "professionals" : ctx.f("audience");
  if (!is_code(audiences(), o.audience)) errors.add("audience", N_("Choose who the offer is for."));
  o.theme = field(ctx.f("theme"), 100);
  if (!o.theme.empty()) {
    soci::session sql(ctx.app.db.pool());
    bool known = false;
    for (auto& t : directory::list_terms(sql, "themes")) known = known || t.code == o.theme;
    if (!known) errors.add("theme", N_("Choose a theme from the list."));
  }
  // An immersion is for the members of the immersion network, whatever was chosen (SPEC part 4).
  if (o.type == "immersion") o.visibility = "members";
  o.status = ctx.f("published") == "1" ? "published" : "draft";
  o.capacity = int_field(ctx.f("capacity"), -1);
  if (o.capacity < 1 || o.capacity > 10000) errors.add("capacity", N_("The capacity must be a number between 1 and 10,000."));
  o.policy.approval_required = ctx.f("approval_required") == "1";
  o.policy.one_per_institution = ctx.f("one_per_institution") == "1";
  o.policy.waiting_list = ctx.f("waiting_list") == "1";
  o.policy.sector_quota = int_field(ctx.f("sector_quota"), -1);
  o.policy.cancellation_hours = int_field(ctx.f("cancellation_hours"), -1);
  o.policy.hold_hours = int_field(ctx.f("hold_hours"), -1);
  if (o.policy.sector_quota < 0 || o.policy.sector_quota > 10000) errors.add("sector_quota", N_("The sector quota must be 0 (none) or a positive number."));
  if (o.policy.cancellation_hours < 0 || o.policy.cancellation_hours > 24 * 60)
    errors.add("cancellation_hours", N_("The cancellation deadline must be between 0 and 1,440 hours."));
  if (o.policy.hold_hours < 1 || o.policy.hold_hours > 24 * 14)
    errors.add("hold_hours", N_("The hold time must be between 1 and 336 hours."));
  std::vector<std::int64_t> organisers;
  {
    soci::session sql(ctx.app.db.pool());
    auto allowed = organising_organisations(ctx, sql);
    for (auto& v : ctx.f_all("organisers")) {
      auto id = static_cast<std::int64_t>(int_field(v, 0));
      for (auto& a : allowed)
        if (a.id == id) organisers.push_back(id);
    }
  }
  if (organisers.empty()) errors.add("organisers", N_("Choose at least one organising organisation among yours."));
  o.organisers = organisers;
  return o;
}
}  // namespace

Response manage_offers(RequestContext& ctx) {
  Page page(ctx, "offers/manage.tpl", N_("My offers as organiser"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  OfferFilter f;
  f.published_only = false;
  std::int64_t now = now_seconds();
  int n = 0;
  for (auto& o : list_offers(sql, f, now)) {
    if (!may_organise(ctx, o) || o.campaign_id) continue;
    ++n;
    auto* od = d.AddSectionDictionary("OFFER");
    fill_offer(ctx, sql, *od, o);
    for (auto& s : sessions_of(sql, o.id, now)) {
      auto* sd = od->AddSectionDictionary("SESSION");
      fill_session(ctx, *sd, s);
    }
  }
  if (!n) d.ShowSection("NONE");
  if (ctx.user->may(Access::Coordinator)) d.ShowSection("COORDINATOR");
  // Open-door weeks still taking slots in the care areas of the caller's organisations: where they open theirs.
  std::set<std::string> bassins;
  for (auto& m : ctx.user->memberships) {
    std::string pc;
    soci::indicator ind = soci::i_null;
    sql << "SELECT postal_code FROM organisations WHERE id = :o", soci::use(m.organisation_id), soci::into(pc, ind);
    if (ind != soci::i_ok) continue;
    if (auto place = territory::snapshot(ctx.app.db)->find(pc)) bassins.insert(place->bassin.slug);
  }
  soci::rowset<soci::row> open = (sql.prepare << "SELECT id, name, bassin_slug, slots_deadline FROM opendoor_campaigns "
                                                 "WHERE status <> 'published' AND slots_deadline >= :n ORDER BY week_start",
                                  soci::use(now));
  for (auto& r : open) {
    if (!ctx.user->is_admin() && !ctx.user->is_territory_coordinator() && !bassins.count(as_text(r, 2))) continue;
    auto* c = d.AddSectionDictionary("OPEN_CAMPAIGN");
    c->SetIntValue("ID", as_int(r, 0));
    c->SetValue("NAME", as_text(r, 1));
    c->SetValue("DEADLINE", ctx.app.i18n.date(ctx.lang, as_int(r, 3)));
    d.ShowSection("HAS_OPEN_CAMPAIGNS");
  }
  return page.response();
}

Response new_offer_form(RequestContext& ctx) {
  Offer o;
  o.policy.waiting_list = true;
  return show_offer_form(ctx, o, {}, 200);
}

namespace {
agenda::EasyText easy_text_from_form(const RequestContext& ctx) {
  return {field(ctx.f("easy_fr"), agenda::kMaxEasyTextChars), field(ctx.f("easy_nl"), agenda::kMaxEasyTextChars),
          field(ctx.f("easy_en"), agenda::kMaxEasyTextChars)};
}
}  // namespace

Response create_offer(RequestContext& ctx) {
  FormErrors errors;
  Offer o = offer_from_form(ctx, Offer{}, errors);
  if (!errors.empty()) return show_offer_form(ctx, o, errors, 422);
  o.created_by = ctx.user->id;
  auto id = ctx.app.db.transact([&](soci::session& sql) {
    auto id = save_offer(sql, o);
    agenda::set_easy_text(sql, id, easy_text_from_form(ctx));
    audit(sql, ctx, "offer.create", "offer:" + std::to_string(id), o.type);
    return id;
  });
  ctx.flash(N_("The offer is saved. Now add its sessions."));
  return Response::redirect("/offers/" + std::to_string(id) + "/edit");
}

Response edit_offer_form(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto o = organised_offer(ctx, sql, ctx.param_id("id"));
  return show_offer_form(ctx, o, {}, 200);
}

Response update_offer(RequestContext& ctx) {
  Offer existing;
  {
    soci::session sql(ctx.app.db.pool());
    existing = organised_offer(ctx, sql, ctx.param_id("id"));
  }
  FormErrors errors;
  Offer o = offer_from_form(ctx, existing, errors);
  if (!errors.empty()) return show_offer_form(ctx, o, errors, 422);
  ctx.app.db.transact([&](soci::session& sql) {
    save_offer(sql, o);
    agenda::set_easy_text(sql, o.id, easy_text_from_form(ctx));
  });
  ctx.flash(N_("The offer is saved."));
  return Response::redirect("/offers/" + std::to_string(o.id) + "/edit");
}

namespace {
const char* session_from_form(RequestContext& ctx, Session& s, int confirmed, bool is_new) {
  auto start = from_brussels(ctx.f("date"), ctx.f("start"));
  auto end = from_brussels(ctx.f("date"), ctx.f("end"));
  s.starts_at = start.value_or(0);
  s.ends_at = end.value_or(0);
  s.place = field(ctx.f("place"), 300);
  s.postal_code = field(ctx.f("postal_code"), 4);
  s.online_url = field(ctx.f("online_url"), 500);
  s.format = ctx.f("format") == "online" ? "online" : ctx.f("format") == "hybrid" ? "hybrid" : "on_site";
  s.theme = field(ctx.f("theme"), 200);
  s.capacity = int_field(ctx.f("capacity"), 0);
  SessionDraft draft{s.starts_at, s.ends_at, s.capacity, s.format == "online", s.place, s.online_url};
  if (s.format != "on_site" && !s.online_url.empty() && s.online_url.rfind("https://", 0) != 0)
    return N_("The online link must start with https://.");
  return check_session(draft, confirmed, now_seconds(), is_new);
}
}  // namespace

Response add_session(RequestContext& ctx) {
  Offer o;
  {
    soci::session sql(ctx.app.db.pool());
    o = organised_offer(ctx, sql, ctx.param_id("id"));
  }
  Session s;
  s.offer_id = o.id;
  if (auto problem = session_from_form(ctx, s, 0, true)) {
    FormErrors errors;
    errors.add("date", problem);
    return show_offer_form(ctx, o, errors, 422);
  }
  // The point typed when the directory does not know the place (offers/places.hpp finds it otherwise).
  const char* point_problem = nullptr;
  if (auto point = typed_point(ctx.f("latitude"), ctx.f("longitude"), point_problem)) {
    s.latitude = point->lat;
    s.longitude = point->lng;
  }
  if (point_problem) {
    FormErrors errors;
    errors.add("latitude", point_problem);
    return show_offer_form(ctx, o, errors, 422);
  }
  ctx.app.db.transact([&](soci::session& sql) { save_session(sql, s); });
  ctx.flash(N_("The session is added."));
  return Response::redirect("/offers/" + std::to_string(o.id) + "/edit");
}

Response update_session(RequestContext& ctx) {
  auto session_id = ctx.param_id("id");
  Offer o;
  std::optional<Session> s;
  {
    soci::session sql(ctx.app.db.pool());
    s = find_session(sql, session_id, now_seconds());
    if (!s) throw not_found();
    o = organised_offer(ctx, sql, s->offer_id);
  }
  // Capacity and state change under the session's lock, against the count of confirmed people at that moment.
  std::vector<std::int64_t> promoted;
  const char* problem = ctx.app.db.transact([&](soci::session& sql) -> const char* {
    lock_session(sql, session_id);
    auto current = find_session(sql, session_id, now_seconds());
    int confirmed = confirmed_count(sql, session_id);
    if (ctx.f("cancel") == "1") {
      // Everyone still registered is told at once, and their registrations end with the session.
      for (auto& r : registrations_of(sql, session_id)) {
        if (!is_active(r.status)) continue;
        notify(ctx.app, sql, r.id, "session_cancelled");
        // Bound values must outlive the one-time statement, which runs when the full expression ends.
        const std::int64_t now = now_seconds();
        sql << "UPDATE registrations SET status = 'cancelled', cancelled_at = :n, updated_at = :u WHERE id = :id",
            soci::use(now), soci::use(now), soci::use(r.id);
      }
      current->status = "cancelled";
      save_session(sql, *current);
      audit(sql, ctx, "session.cancel", "session:" + std::to_string(session_id));
      return nullptr;
    }
    if (current->status == "cancelled") return N_("This session is cancelled: add a new session instead.");
    int capacity = int_field(ctx.f("capacity"), 0);
    SessionDraft draft{current->starts_at, current->ends_at, capacity, current->format == "online", current->place,
                       current->online_url};
    if (auto p = check_session(draft, std::max(confirmed, current->held), now_seconds(), false)) return p;
    current->capacity = capacity;
    if (ctx.f("closed") == "1") current->status = "closed";
    else if (ctx.f("reopen") == "1") current->status = "open";
    save_session(sql, *current);
    promoted = promote(sql, session_id, now_seconds());
    notify_promoted(ctx.app, sql, promoted);
    return nullptr;
  });
  if (problem) {
    FormErrors errors;
    errors.add("capacity", problem);
    return show_offer_form(ctx, o, errors, 422);
  }
  ctx.flash(N_("The session is saved."));
  return Response::redirect("/offers/" + std::to_string(o.id) + "/edit");
}

namespace {
// What an organiser typed to record a consent given on paper, shown again in its row when refused.
struct PaperForm {
  std::int64_t registration_id = 0;
  std::string party, signatory, function;
  FormErrors errors;
};

// For each party of a participation agreement that has not agreed yet and may sign on paper, the form that
// records it: filled with what was typed when it was refused, else the participant's name as a start.
void fill_paper_forms(RequestContext& ctx, Dictionary& d, const Agreement& a, const Registration& r,
                      const PaperForm* typed) {
  for (std::string party : {"participant", "employer"}) {
    auto* p = a.party(party);
    if (!p || p->agreed()) continue;
    auto* pd = d.AddSectionDictionary("PAPER");
    pd->SetValue("PARTY", party);
    pd->ShowSection(party == "employer" ? "FOR_EMPLOYER" : "FOR_PARTICIPANT");
    bool again = typed && typed->registration_id == r.id && typed->party == party;
    pd->SetValue("SIGNATORY", again ? typed->signatory : party == "participant" ? r.name : "");
    pd->SetValue("FUNCTION", again ? typed->function : "");
    if (!again) continue;
    pd->ShowSection("OPEN");
    typed->errors.show(ctx, *pd);
  }
}

// A head count typed and refused, shown again with its message.
struct TypedHeadCount {
  std::string value;
  FormErrors errors;
};

// A person an organiser typed to add and that was refused, shown again in the form with its message.
struct TypedPerson {
  std::string name, email, phone, organisation, sector;
  FormErrors errors;
};

Response show_registrations(RequestContext& ctx, std::int64_t session_id, const PaperForm* typed, int status,
                            const TypedHeadCount* head = nullptr, const TypedPerson* person = nullptr) {
  soci::session sql(ctx.app.db.pool());
  auto s = find_session(sql, session_id, now_seconds());
  if (!s) throw not_found();
  bool attendance_only = false;
  auto o = session_offer(ctx, sql, *s, &attendance_only);
  Page page(ctx, "offers/registrations.tpl", N_("Registrations"));
  auto& d = page.dict();
  fill_offer(ctx, sql, d, o);
  fill_session(ctx, d, *s);
  auto others = sessions_of(sql, o.id, now_seconds());
  std::map<std::string, int> absences;
  for (auto& a : absences_of_session(sql, session_id)) absences[a.email] = a.absences;
  int present = 0, no_show = 0;
  auto sector_list = sectors(ctx.app.db, sql);
  for (auto& r : registrations_of(sql, session_id)) {
    bool seated = r.status == Status::Confirmed;
    auto* rd = d.AddSectionDictionary(seated ? "CONFIRMED" : is_active(r.status) ? "WAITING" : "ENDED");
    rd->SetIntValue("ID", r.id);
    rd->SetValue("NAME", r.name.empty() ? contact_shown(r) : r.name);
    if (!is_phone_contact(r.email)) rd->SetValue("EMAIL", r.email);
    else rd->ShowSection("BY_PHONE");
    // The number to call: the one of a registration by phone, or the one left for SMS reminders.
    if (!r.phone.empty()) rd->SetValueAndShowSection("PHONE", phone_for_display(r.phone), "HAS_PHONE");
    rd->SetValue("ORGANISATION", r.organisation_name);
    // A section (" · sector" after the organisation): shown only when the registration names one.
    if (!r.sector.empty()) rd->SetValueAndShowSection("SECTOR", sector_label(ctx, *sector_list, r.sector), "SECTOR");
    rd->SetValue("STATUS", ctx.tr(status_label(r.status)));
    if (r.attendance == "present") rd->ShowSection("IS_PRESENT"), ++present;
    if (r.attendance == "no_show") rd->ShowSection("IS_NO_SHOW"), ++no_show;
    if (auto it = absences.find(r.email); it != absences.end()) {
      rd->SetIntValue("ABSENCES", it->second);
      rd->ShowSection("REPEATED_NO_SHOW");
    }
    if (r.status == Status::PendingApproval || r.status == Status::WaitingList) rd->ShowSection("CAN_APPROVE");
    if (auto agreement = agreement_of_registration(sql, r.id)) {
      if (agreement->kind == "immersion") {
        rd->ShowSection(agreement->complete() ? "AGREEMENT_SIGNED" : "AGREEMENT_TO_SIGN");
      } else {
        auto* ad = rd->AddSectionDictionary("PARTICIPATION_AGREEMENT");
        fill_agreement_status(ctx, *ad, *agreement);
        ad->SetIntValue("ID", r.id);
        if (auto* organiser = agreement->party("organiser"); organiser && !organiser->agreed())
          ad->ShowSection("ORGANISER_TO_AGREE");
        if (!attendance_only) fill_paper_forms(ctx, *ad, *agreement, r, typed);
      }
    }
    if (is_active(r.status)) {
      rd->ShowSection("CAN_REFUSE");
      for (auto& other : others) {
        if (other.id == session_id || other.starts_at <= now_seconds()) continue;
        auto* m = rd->AddSectionDictionary("MOVE_OPTION");
        m->SetIntValue("SID", other.id);
        m->SetValue("LABEL", ctx.app.i18n.datetime(ctx.lang, other.starts_at));
      }
    }
  }
  d.SetIntValue("PRESENT", present);
  d.SetIntValue("NO_SHOWS", no_show);
  // The head count: who came, registered or not (a weekly group); the people marked present until it is recorded.
  if (head) {
    d.SetValue("HEAD_COUNT", head->value);
    head->errors.show(ctx, d);
  } else if (auto count = head_count_of(sql, session_id)) {
    d.SetIntValue("HEAD_COUNT", *count);
    d.ShowSection("HEAD_COUNT_RECORDED");
  } else if (present) {
    d.SetIntValue("HEAD_COUNT", present);
  }
  // The form to add a person: empty, or what was typed when it was refused. Every value is set, so that none is
  // taken from the page around it.
  TypedPerson empty;
  const TypedPerson& shown = person ? *person : empty;
  auto* add = d.AddSectionDictionary("ADD");
  add->SetValue("NAME", shown.name);
  add->SetValue("EMAIL", shown.email);
  add->SetValue("PHONE", shown.phone);
  add->SetValue("ORGANISATION", shown.organisation);
  shown.errors.show(ctx, *add);
  fill_sector_options(ctx, *add, "SECTOR_OPTION", *sector_list, person ? person->sector : "");
  return page.response(status);
}
}  // namespace

Response record_head_count(RequestContext& ctx) {
  auto session_id = ctx.param_id("id");
  {
    soci::session sql(ctx.app.db.pool());
    auto s = find_session(sql, session_id, now_seconds());
    if (!s) throw not_found();
    bool attendance_only = false;
    session_offer(ctx, sql, *s, &attendance_only);  // organisers and the session's host; 403 for others
  }
  TypedHeadCount typed{field(ctx.f("head_count"), 10), {}};
  std::optional<int> count;
  if (!typed.value.empty()) {
    try {
      std::size_t used = 0;
      int n = std::stoi(typed.value, &used);
      if (used == typed.value.size() && n >= 0 && n <= kMaxHeadCount) count = n;
    } catch (...) {}
    if (!count) typed.errors.add("head_count", N_("Enter the number of people who came, a whole number from 0."));
  }
  if (!typed.errors.empty()) return show_registrations(ctx, session_id, nullptr, 422, &typed);
  ctx.app.db.transact([&](soci::session& sql) {
    set_head_count(sql, session_id, count);
    audit(sql, ctx, "offer.head_count", "session:" + std::to_string(session_id), count ? std::to_string(*count) : "");
  });
  ctx.flash(count ? N_("The head count is recorded.") : N_("The head count is cleared."));
  return Response::redirect("/offers/sessions/" + std::to_string(session_id) + "/registrations");
}

Response session_registrations(RequestContext& ctx) { return show_registrations(ctx, ctx.param_id("id"), nullptr, 200); }

Response registration_action(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  std::string action = ctx.param("action");
  std::int64_t session_id = 0;
  {
    soci::session sql(ctx.app.db.pool());
    bool attendance_only = false;
    session_id = session_of_registration(ctx, sql, id, attendance_only).id;
    if (attendance_only && action != "present" && action != "no_show" && action != "unmark") throw forbidden();
  }
  const char* problem = ctx.app.db.transact([&](soci::session& sql) -> const char* {
    std::vector<std::int64_t> promoted;
    std::int64_t now = now_seconds();
    const char* p = nullptr;
    // The message follows the registration's state after the change (an unconfirmed address still has to confirm).
    auto tell = [&] {
      auto reg = find_registration(sql, id);
      if (reg) notify(ctx.app, sql, id, reg->status == Status::Confirmed ? "confirmed" : reg->status == Status::AwaitingEmail ? "check_email" : "waiting_list");
    };
    if (action == "approve") {
      p = approve_registration(sql, id, now);
      if (!p) tell();
      if (!p) open_agreement(sql, id);
    } else if (action == "refuse") {
      p = refuse_registration(sql, id, field(ctx.f("reason"), 500), now, promoted);
      if (!p) notify(ctx.app, sql, id, "refused");
    } else if (action == "move") {
      p = move_registration(sql, id, int_field(ctx.f("session_id"), 0), now, promoted);
      if (!p) tell();
    } else if (action == "present" || action == "no_show" || action == "unmark") {
      p = mark_attendance(sql, id, action == "unmark" ? "" : action);
      if (!p && action == "present") thank_for_coming(ctx.app, sql, id, now);
    } else if (action == "agreement") {
      // An immersion's paper convention is marked signed; in a community of practice the organiser agrees.
      std::string by = ctx.user->name.empty() ? ctx.user->email : ctx.user->name;
      auto agreement = agreement_of_registration(sql, id);
      if (agreement && agreement->kind == "community_of_practice")
        p = agree(sql, agreement->id, {"organiser", ctx.user->id, by}, now);
      else
        p = sign_agreement(sql, id, now, ctx.user->id, by);
    } else {
      throw not_found();
    }
    notify_promoted(ctx.app, sql, promoted);
    if (!p) audit(sql, ctx, "registration." + action, "registration:" + std::to_string(id));
    return p;
  });
  // The attendance list is used on a phone at the door: htmx swaps only the row when it is there.
  ctx.flash(problem ? problem : N_("Done."));
  return Response::redirect("/offers/sessions/" + std::to_string(session_id) + "/registrations#r" + std::to_string(id));
}

// The employer's (or the participant's) consent given on paper, recorded by an organiser of the offer. Allowed
// whether or not the employer could agree on the platform: networks keep signing paper conventions, and a
// coordinator who is away should not hold a member back. The agreement shows who signed, and who recorded it.
Response record_paper_consent(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  std::int64_t session_id = 0, agreement_id = 0;
  {
    soci::session sql(ctx.app.db.pool());
    bool attendance_only = false;
    session_id = session_of_registration(ctx, sql, id, attendance_only).id;
    if (attendance_only) throw forbidden();  // the host of a session marks who came, it commits nobody
    auto a = agreement_of_registration(sql, id);
    if (!a || a->kind != "community_of_practice") throw not_found();
    agreement_id = a->id;
  }
  PaperForm typed{id, ctx.f("party"), ctx.f("signatory"), ctx.f("function"), {}};
  Consent consent{typed.party, ctx.user->id, ctx.user->name.empty() ? ctx.user->email : ctx.user->name, true,
                  clean_text(typed.signatory), clean_text(typed.function)};
  for (auto& problem : check_paper_consent(consent)) typed.errors.add(problem.field, problem.msgid);
  if (!typed.errors.empty()) return show_registrations(ctx, session_id, &typed, 422);
  const char* refusal = ctx.app.db.transact([&](soci::session& sql) {
    auto r = agree(sql, agreement_id, consent, now_seconds());
    if (!r) audit(sql, ctx, "agreement." + consent.party + ".paper", "agreement:" + std::to_string(agreement_id));
    return r;
  });
  ctx.flash(refusal ? refusal : N_("The consent given on paper is recorded."));
  return Response::redirect("/offers/sessions/" + std::to_string(session_id) + "/registrations#r" + std::to_string(id));
}

Response add_registration(RequestContext& ctx) {
  auto session_id = ctx.param_id("id");
  {
    soci::session sql(ctx.app.db.pool());
    auto s = find_session(sql, session_id, now_seconds());
    if (!s) throw not_found();
    organised_offer(ctx, sql, s->offer_id);
  }
  RegistrationRequest req;
  req.session_id = session_id;
  req.name = field(ctx.f("name"), 200);
  req.email = field(ctx.f("email"), 254);
  req.organisation_name = field(ctx.f("organisation"), 300);
  req.sector = ctx.f("sector");
  req.lang = ctx.lang == "qps" ? "en" : ctx.lang;
  req.by_organiser = true;
  req.email_verified = true;  // the organiser vouches for the address (or the number)
  std::string typed_phone = field(ctx.f("phone"), 30);
  TypedPerson typed{req.name, req.email, typed_phone, req.organisation_name, req.sector, {}};
  auto phone = normalise_phone(typed_phone);
  if (req.name.empty()) typed.errors.add("name", N_("Enter the person's name or a pseudonym."));
  if (!req.email.empty() && !looks_like_email(req.email))
    typed.errors.add("email", N_("Enter a valid e-mail address, such as name@organisation.be."));
  if (!typed_phone.empty() && !phone)
    typed.errors.add("phone", N_("Write a phone number we can call, such as 0470 12 34 56 or 02 511 22 33."));
  else if (req.email.empty() && !phone)
    typed.errors.add("email", N_("Enter the person's e-mail address or, without one, their phone number."));
  if (!req.sector.empty() && !sectors(ctx.app.db)->offered(req.sector)) typed.errors.add("sector", N_("Choose a sector from the list."));
  // Refused: the page again with what was typed, nothing written.
  if (!typed.errors.empty()) return show_registrations(ctx, session_id, nullptr, 422, nullptr, &typed);
  if (phone) req.phone = *phone;  // the SMS reminder's number, as a registration by phone keeps it
  if (req.email.empty()) {
    // A person without an address, as a registration by phone: the number is their contact, so that one number
    // registers once per session and every rule that follows a person by address follows them by number.
    req.email = phone_contact(*phone);
    req.by_phone = true;
  }
  auto out = register_and_notify(ctx.app, req);
  if (out.duplicate && req.by_phone) typed.errors.add("phone", N_("This phone number is already registered for this day."));
  else if (out.duplicate) typed.errors.add("email", N_("This person is already registered for this session."));
  else if (out.status == Status::Refused) typed.errors.add("name", out.reason ? out.reason : N_("Registration for this session is closed."));
  if (!typed.errors.empty()) return show_registrations(ctx, session_id, nullptr, 409, nullptr, &typed);
  ctx.flash(N_("The person is added."));
  return Response::redirect("/offers/sessions/" + std::to_string(session_id) + "/registrations");
}

Response offer_report_csv(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto o = organised_offer(ctx, sql, ctx.param_id("id"));
  std::string out = "session_start,name,email,organisation,function,sector,status,attendance,phone\r\n";
  for (auto& s : sessions_of(sql, o.id, now_seconds()))
    for (auto& r : registrations_of(sql, s.id))
      out += csv_cell(local_date_iso(s.starts_at) + " " + local_time_hm(s.starts_at)) + "," + csv_cell(r.name) + "," +
             csv_cell(is_phone_contact(r.email) ? "" : r.email) + "," + csv_cell(r.organisation_name) + "," + csv_cell(r.function) + "," +
             csv_cell(r.sector) + "," + csv_cell(status_code(r.status)) + "," + csv_cell(r.attendance) + "," + csv_cell(r.phone) + "\r\n";
  audit(sql, ctx, "offer.export", "offer:" + std::to_string(o.id));
  return Response::text(200, out, "text/csv; charset=utf-8")
      .header("Content-Disposition", "attachment; filename=\"offer-" + std::to_string(o.id) + ".csv\"");
}

}  // namespace maillage::offers
