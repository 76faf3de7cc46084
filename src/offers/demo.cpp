// The demo year of the offers, on the demo world (accounts/demo_world.hpp): twelve months that happened and three
// months ahead, dates relative to the day it runs. Shaped like the networks' own published figures (Brusano 2024,
// Smes 2020, HERMESplus 2021): two open-door weeks (Sud, Sud-Est) with about 105 structures, 261 visitors and 442
// visits; three communities of practice meeting ten times a year with about eight members; four webinars with 141,
// 158, 150 and 188 registered; intervision groups of 10-12 people of different sectors, one per institution; an
// immersion network whose members host and send. Registrations go through register_for (with the time they were
// made), attendance through mark_attendance, agreements through agree(); only the questionnaire answers are
// written directly. Deterministic: the same day gives the same year.
#include "offers/demo.hpp"

#include <map>
#include <set>

#include "accounts/demo_world.hpp"
#include "offers/agreements.hpp"
#include "platform/brussels_time.hpp"
#include "offers/model.hpp"
#include "offers/network.hpp"
#include "offers/questions.hpp"
#include "platform/db.hpp"

namespace maillage::offers {

namespace {
using accounts::demo::DemoOrganisation;
using accounts::demo::DemoPerson;
using accounts::demo::World;

constexpr std::int64_t kDay = 86400;

// A small deterministic generator (PCG-style LCG): the same sequence on every machine.
struct Rng {
  std::uint64_t s = 2026;
  std::uint32_t next() {
    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::uint32_t>(s >> 33);
  }
  std::size_t below(std::size_t n) { return n ? next() % n : 0; }
  bool chance(int percent) { return static_cast<int>(below(100)) < percent; }
};

struct OfferSpec {
  const char* type;
  const char* title_fr;
  const char* title_nl;
  const char* description_fr;
  const char* territory;
  const char* languages;
  const char* visibility;
  int capacity;
  bool one_per_institution = false, approval = false;
  int sector_quota = 0;
};

class DemoYear {
 public:
  DemoYear(soci::session& sql, const World& w, std::int64_t now) : sql_(sql), w_(w), now_(now) {}

  void build() {
    open_door_weeks();
    communities_of_practice();
    webinars_and_sessions();
    intervisions();
    immersions();
    trainings_and_concertations();
  }

 private:
  soci::session& sql_;
  const World& w_;
  std::int64_t now_;
  Rng rng_;
  std::map<std::int64_t, std::vector<Question>> questionnaires_;

  // Brussels local time on the day `days` from today (negative: in the past).
  std::int64_t at(int days, int hour, int minute) const {
    auto day = local_date_iso(now_ + static_cast<std::int64_t>(days) * kDay);
    char time[8];
    std::snprintf(time, sizeof time, "%02d:%02d", hour, minute);
    return from_brussels(day, time).value_or(now_ + days * kDay);
  }
  // The number of days from today to the Monday on or before the day `days` from today.
  int monday(int days) const {
    std::int64_t t = now_ + static_cast<std::int64_t>(days) * kDay;
    // 1970-01-01 was a Thursday: (days since the epoch + 3) % 7 is 0 on Mondays.
    int weekday = static_cast<int>(((t + 2 * 3600) / kDay + 3) % 7);
    return days - weekday;
  }
  // Shifts a day forward to the next weekday when it falls on a Saturday or Sunday.
  int weekday_on_or_after(int days) const {
    int m = monday(days);
    return days - m >= 5 ? m + 7 : days;
  }

  const DemoOrganisation& org_of(const DemoPerson& p) const { return *w_.organisation(p.organisation_id); }

  Offer offer(const OfferSpec& spec, std::vector<std::int64_t> organisers, std::int64_t campaign = 0) {
    Offer o;
    o.type = spec.type;
    o.title_fr = spec.title_fr;
    o.title_nl = spec.title_nl;
    o.description_fr = spec.description_fr;
    o.territory = spec.territory;
    o.languages = spec.languages;
    o.visibility = spec.visibility;
    o.status = "published";
    o.capacity = spec.capacity;
    o.policy.one_per_institution = spec.one_per_institution;
    o.policy.approval_required = spec.approval;
    o.policy.sector_quota = spec.sector_quota;
    o.organisers = std::move(organisers);
    o.campaign_id = campaign;
    if (o.type == "immersion")
      o.immersion_conditions = "Une journée, de 9 h à 16 h ; confidentialité ; convention signée par les deux institutions.";
    save_offer(sql_, o);
    return o;
  }

  std::int64_t session(const Offer& o, std::int64_t starts, int minutes, int capacity, const DemoOrganisation* host,
                       const std::string& format = "on_site", const std::string& theme = "") {
    Session s;
    s.offer_id = o.id;
    s.starts_at = starts;
    s.ends_at = starts + minutes * 60;
    s.capacity = capacity;
    s.format = format;
    s.theme = theme;
    if (format == "online") {
      s.online_url = "https://visio.example.org/maillage-" + std::to_string(o.id);
    } else if (host) {
      s.place = host->name + ", " + host->postal_code;
      s.postal_code = host->postal_code;
    } else {
      s.place = "Rue de la Victoire 26, 1060 Saint-Gilles";
      s.postal_code = "1060";
      // No directory location there: the point typed, by the Parvis de Saint-Gilles (a demo quarter).
      s.latitude = 50.8290;
      s.longitude = 4.3460;
    }
    if (host) s.host_organisation_id = host->id;
    save_session(sql_, s);
    return s.id;
  }

  RegistrationOutcome enrol(const DemoPerson& p, std::int64_t session_id, std::int64_t when, bool cycle = false) {
    RegistrationRequest r;
    r.session_id = session_id;
    r.user_id = p.user_id;
    r.email = p.email;
    r.name = p.name;
    r.organisation_id = p.organisation_id;
    r.organisation_name = p.organisation_name;
    r.function = p.function;
    r.sector = p.sector;
    r.lang = p.lang;
    r.email_verified = true;
    if (!cycle) return register_for(sql_, r, when);
    auto all = register_for_cycle(sql_, r, when);
    return all.empty() ? RegistrationOutcome{} : all.front();
  }

  // Someone outside the network, registered with the public form and their address confirmed: a name of the world
  // read the other way round, an organisation that is not on the platform.
  RegistrationOutcome enrol_outsider(std::int64_t session_id, std::int64_t when, std::size_t n) {
    struct Outside {
      const char* organisation;
      const char* sector;
      const char* function;
    };
    static const Outside outside[] = {
        {"CHU Saint-Pierre — service social", "hospital", "Assistant·e social·e hospitalier·ère"},
        {"UZ Brussel — sociale dienst", "hospital", "Maatschappelijk werker"},
        {"Hôpital Érasme — liaison psychiatrique", "hospital", "Infirmier·ère de liaison"},
        {"Commune de Forest — cohésion sociale", "other", "Chargé·e de projet"},
        {"Centre PMS de la Ville de Bruxelles", "youth", "Psychologue"},
        {"Mutualité — service social", "social", "Assistant·e social·e"},
    };
    auto& o = outside[n % std::size(outside)];
    auto& a = w_.people[(n * 13) % w_.people.size()];
    auto& b = w_.people[(n * 29 + 7) % w_.people.size()];
    std::string first = a.name.substr(0, a.name.find(' ')), family = b.name.substr(b.name.find(' ') + 1);
    RegistrationRequest r;
    r.session_id = session_id;
    r.name = first + " " + family;
    r.email = "externe." + std::to_string(session_id) + "." + std::to_string(n) + "@example.org";
    r.organisation_name = o.organisation;
    r.sector = o.sector;
    r.function = o.function;
    r.email_verified = true;
    return register_for(sql_, r, when);
  }

  // Marks every confirmed registration of a past session: present, or absent for about `absent` percent.
  void attend(std::int64_t session_id, int absent, int answering = 50) {
    std::vector<std::int64_t> ids;
    soci::rowset<soci::row> rs = (sql_.prepare << "SELECT id FROM registrations WHERE session_id = :s AND status = "
                                                  "'confirmed' ORDER BY id", soci::use(session_id));
    for (auto& r : rs) ids.push_back(as_int(r, 0));
    for (auto id : ids) {
      bool present = !rng_.chance(absent);
      mark_attendance(sql_, id, present ? "present" : "no_show");
      if (present && rng_.chance(answering)) answer(id);
    }
  }

  // The questionnaire answered, mostly satisfied, now and then a comment.
  void answer(std::int64_t registration_id) {
    std::int64_t offer_id = 0, ends = 0;
    sql_ << "SELECT r.offer_id, s.ends_at FROM registrations r JOIN offer_sessions s ON s.id = r.session_id WHERE r.id = :id",
        soci::use(registration_id), soci::into(offer_id), soci::into(ends);
    auto& qs = questionnaires_[offer_id];
    if (qs.empty()) qs = questionnaire_of(sql_, *find_offer(sql_, offer_id));
    static const char* comments[] = {"Très utile pour mieux orienter.", "Des contacts précieux pour la suite.",
                                     "Un peu court, on aurait aimé plus de temps d'échange.",
                                     "Heel leerrijk, bedankt!", "Enfin un visage derrière le numéro de téléphone."};
    std::int64_t at = ends + static_cast<std::int64_t>(1 + rng_.below(5)) * 3600;
    for (auto& q : qs) {
      int score = 3 + static_cast<int>(rng_.below(3));
      soci::indicator scored = q.kind == "scale" ? soci::i_ok : soci::i_null;
      std::string text;
      if (q.kind == "choice") text = rng_.chance(90) ? q.choice_list().front() : q.choice_list().back();
      if (q.kind == "text") {
        if (!rng_.chance(30)) continue;
        text = comments[rng_.below(std::size(comments))];
      }
      sql_ << "INSERT INTO evaluation_answers (registration_id, question_id, score, answer, answered_at) VALUES (:r, :q, "
              ":s, :a, :t)",
          soci::use(registration_id), soci::use(q.id), soci::use(score, scored), soci::use(text), soci::use(at);
    }
  }

  // People of the world, in a fixed shuffled order, so that each offer draws a different mix.
  std::vector<const DemoPerson*> shuffled(std::vector<const DemoPerson*> people) {
    for (std::size_t i = people.size(); i > 1; --i) std::swap(people[i - 1], people[rng_.below(i)]);
    return people;
  }
  std::vector<const DemoPerson*> everyone() {
    std::vector<const DemoPerson*> out;
    std::set<std::int64_t> seen;
    for (auto& p : w_.people)
      if (seen.insert(p.user_id).second) out.push_back(&p);
    return out;
  }
  const DemoPerson* login(const std::string& email) const {
    for (auto& p : w_.people)
      if (p.email == email) return &p;
    return nullptr;
  }

  // --- Open-door weeks ---------------------------------------------------------------------------------------
  std::int64_t campaign(const std::string& bassin, const std::string& name, int week_days) {
    std::int64_t week = at(week_days, 0, 0), id = 0;
    // A week ahead opened its registrations a few days ago.
    std::int64_t deadline = week - 14 * kDay, opens = std::min(week - 30 * kDay, now_ - 5 * kDay), created = week - 60 * kDay;
    sql_ << "INSERT INTO opendoor_campaigns (bassin_slug, name, week_start, slots_deadline, registration_opens_at, status, "
            "created_at) VALUES (:b, :n, :w, :d, :o, 'published', :c) RETURNING id",
        soci::use(bassin), soci::use(name), soci::use(week), soci::use(deadline), soci::use(opens), soci::use(created),
        soci::into(id);
    return id;
  }

  // One week: `hosts` structures of the bassin open one or two slots; `visitors` people (not of the bassin's hosts'
  // own staff for their own slots) make `visits` visits between them.
  void open_door_week(const std::string& bassin, const char* name_fr, const char* name_nl, int week_days, std::size_t hosts,
                      std::vector<const DemoPerson*> visitors, std::size_t visits, bool past) {
    auto id = campaign(bassin, name_fr, week_days);
    OfferSpec spec{"open_door", name_fr, name_nl,
                   "Des services du bassin ouvrent leurs portes par créneaux d'1h30 : visite, présentation, rencontre de "
                   "l'équipe.", "", "fr,nl", "public", 12};
    spec.territory = bassin.c_str();
    auto coordinator_org = w_.organisations_in(bassin);
    Offer od = offer(spec, {coordinator_org.front()->id}, id);
    static const char* themes[] = {"Santé mentale", "Sans-abrisme", "Aide sociale", "Soins à domicile", "Périnatalité",
                                   "Assuétudes", "Jeunesse", "Logement", "Personnes âgées", "Exil et droits"};
    static const int starts[][2] = {{9, 0}, {10, 45}, {13, 30}, {15, 15}};
    auto structures = w_.organisations_in(bassin);
    if (structures.size() > hosts) structures.resize(hosts);
    struct Slot {
      std::int64_t id;
      std::int64_t host;
      int capacity, taken = 0;
    };
    std::vector<Slot> slots;
    for (std::size_t h = 0; h < structures.size(); ++h) {
      int count = h % 3 == 0 ? 2 : 1;
      for (int k = 0; k < count; ++k) {
        int day = static_cast<int>((h + k * 2) % 5), slot = static_cast<int>((h / 5 + k) % 4);
        int capacity = 10 + static_cast<int>((h + k) % 6);
        auto sid = session(od, at(week_days + day, starts[slot][0], starts[slot][1]), 90, capacity, structures[h],
                           k ? "presentation" : "visit", themes[(h + k) % std::size(themes)]);
        slots.push_back({sid, structures[h]->id, capacity});
      }
    }
    // Each visitor one visit, the first ones a second and a third, until the visits are made.
    std::vector<int> per_visitor(visitors.size(), 1);
    for (std::size_t extra = visits > visitors.size() ? visits - visitors.size() : 0, i = 0; extra > 0; --extra, ++i)
      ++per_visitor[i % visitors.size()];
    std::int64_t week = at(week_days, 9, 0);
    for (std::size_t v = 0; v < visitors.size(); ++v) {
      std::set<std::int64_t> chosen;
      for (int k = 0; k < per_visitor[v]; ++k) {
        for (int tries = 0; tries < 50; ++tries) {
          auto& s = slots[rng_.below(slots.size())];
          if (s.taken >= s.capacity || s.host == visitors[v]->organisation_id || chosen.count(s.id)) continue;
          std::int64_t when = past ? week - static_cast<std::int64_t>(2 + rng_.below(25)) * kDay
                                   : std::min(now_ - 3600, week - 30 * kDay + static_cast<std::int64_t>(rng_.below(20)) * kDay);
          auto out = enrol(*visitors[v], s.id, when);
          if (out.status != Status::Confirmed) continue;
          ++s.taken;
          chosen.insert(s.id);
          break;
        }
      }
      // One in twelve also booked a visit they cancelled in time.
      if (v % 12 == 5) {
        auto& s = slots[rng_.below(slots.size())];
        if (!chosen.count(s.id) && s.host != visitors[v]->organisation_id && s.taken < s.capacity) {
          std::int64_t when = past ? week - 20 * kDay : now_ - 5 * kDay;
          auto out = enrol(*visitors[v], s.id, when);
          std::vector<std::int64_t> promoted;
          if (out.id && out.status == Status::Confirmed) cancel_registration(sql_, out.id, false, when + 3 * kDay, promoted);
        }
      }
    }
    if (!past) return;
    // The hosts marked attendance, all but a few; about one visit in ten was missed.
    for (std::size_t i = 0; i < slots.size(); ++i)
      if (i % 19 != 7) attend(slots[i].id, 10, 55);
  }

  void open_door_weeks() {
    auto people = shuffled(everyone());
    // Visitors come mostly from the bassin and its neighbours; the two weeks' visitors are different people.
    std::vector<const DemoPerson*> sud, sud_est;
    for (auto* p : people) {
      bool near_sud = p->bassin == "sud" || p->bassin == "centre-ouest";
      if (near_sud && sud.size() < 140) sud.push_back(p);
      else if (!near_sud && sud_est.size() < 121) sud_est.push_back(p);
    }
    for (auto* p : people)  // topped up from anywhere when a part of the territory has too few people
      if (sud.size() < 140 && std::find(sud_est.begin(), sud_est.end(), p) == sud_est.end() &&
          std::find(sud.begin(), sud.end(), p) == sud.end())
        sud.push_back(p);
    if (auto* fatou = login("professional@demo.maillage.brussels"))
      if (std::find(sud.begin(), sud.end(), fatou) == sud.end() && std::find(sud_est.begin(), sud_est.end(), fatou) == sud_est.end())
        sud.back() = fatou;
    open_door_week("sud-est", "Semaine portes ouvertes du bassin Sud-Est", "Opendeurweek van de zorgzone Zuidoost",
                   monday(-230), 51, sud_est, 207, true);
    open_door_week("sud", "Semaine portes ouvertes du bassin Sud", "Opendeurweek van de zorgzone Zuid", monday(-125), 54, sud,
                   235, true);
    // The season ahead: the Nord bassin's week, its programme published, registrations coming in.
    std::vector<const DemoPerson*> nord;
    for (auto* p : people)
      if (nord.size() < 30 && p->bassin != "nord") nord.push_back(p);
    open_door_week("nord", "Semaine portes ouvertes du bassin Nord", "Opendeurweek van de zorgzone Noord", monday(70), 18,
                   nord, 44, false);
  }

  // --- Communities of practice -------------------------------------------------------------------------------
  void communities_of_practice() {
    const OfferSpec specs[] = {
        {"community_of_practice", "Communauté de pratique « premier accueil »", "Praktijkgemeenschap 'eerste onthaal'",
         "Des travailleurs de l'accueil des CPAS, maisons médicales et services sociaux partagent leurs pratiques, une "
         "fois par mois.", "region", "fr,nl", "professionals", 10},
        {"community_of_practice", "Communauté de pratique « logement d'abord et santé mentale »",
         "Praktijkgemeenschap 'housing first en geestelijke gezondheid'",
         "Travailleurs du logement, de la santé mentale et du sans-abrisme : situations, outils, partenariats.",
         "centre-ouest", "fr", "professionals", 10},
        {"community_of_practice", "Communauté de pratique « soins à domicile et fin de vie »",
         "Praktijkgemeenschap 'thuiszorg en levenseinde'",
         "Infirmiers, aides familiales, médecins et équipes palliatives du Sud-Est se retrouvent chaque mois.", "sud-est",
         "fr,nl", "professionals", 10},
    };
    const char* sectors_of[][3] = {{"social", "primary_care", "homelessness"},
                                   {"housing", "mental_health", "homelessness"},
                                   {"home_care", "primary_care", "elderly"}};
    auto people = shuffled(everyone());
    std::set<std::int64_t> taken;
    for (std::size_t c = 0; c < std::size(specs); ++c) {
      std::string bassin = specs[c].territory == std::string("region") ? "" : specs[c].territory;
      // Organised by a structure of its first sector (the first for the region-wide one: SSM Saint-Gilles's
      // coordinator organises it, as in the demo logins).
      auto orgs = w_.organisations_in(bassin, sectors_of[c][0]);
      std::int64_t organiser = c == 0 ? w_.organisations[1].id : orgs.empty() ? w_.organisations.front().id : orgs.front()->id;
      Offer o = offer(specs[c], {organiser});
      // Ten meetings over the past twelve months (a summer break), two in the coming three.
      std::vector<std::int64_t> past, ahead;
      const int days[] = {-350, -315, -280, -245, -210, -175, -112, -77, -42, -14};
      for (int d : days) past.push_back(session(o, at(weekday_on_or_after(d + static_cast<int>(c)), 13, 30), 120, 10, nullptr));
      for (int d : {21, 56}) ahead.push_back(session(o, at(weekday_on_or_after(d + static_cast<int>(c)), 13, 30), 120, 10, nullptr));
      // Eight members of the right sectors, plus a ninth who left after a few months (cancelled the rest).
      std::vector<const DemoPerson*> members;
      if (c == 0)
        if (auto* fatou = login("professional@demo.maillage.brussels")) members.push_back(fatou);
      for (auto* p : people) {
        if (members.size() >= 9) break;
        bool fits = std::find(std::begin(sectors_of[c]), std::end(sectors_of[c]), p->sector) != std::end(sectors_of[c]) &&
                    (bassin.empty() || p->bassin == bassin || members.size() >= 6);
        if (fits && !taken.count(p->user_id) && p->organisation_id != organiser) {
          members.push_back(p);
          taken.insert(p->user_id);
        }
      }
      std::int64_t joined = at(-365, 10, 0);
      for (std::size_t m = 0; m < members.size(); ++m) {
        auto first = enrol(*members[m], past.front(), joined + static_cast<std::int64_t>(m) * kDay, true);
        if (first.status != Status::Confirmed) continue;
        auto agreement = open_community_agreement(sql_, first.id, joined + static_cast<std::int64_t>(m) * kDay);
        agreements_of_community(agreement, *members[m], organiser, m, joined + static_cast<std::int64_t>(m + 2) * kDay);
      }
      if (members.size() == 9) {
        // The ninth left in the spring: the registrations from the sixth meeting on are cancelled.
        soci::rowset<soci::row> rs = (sql_.prepare << "SELECT r.id, s.starts_at FROM registrations r JOIN offer_sessions s ON "
                                                      "s.id = r.session_id WHERE r.offer_id = :o AND r.user_id = :u ORDER BY "
                                                      "s.starts_at", soci::use(o.id), soci::use(members[8]->user_id));
        std::vector<std::int64_t> ids;
        for (auto& r : rs) ids.push_back(as_int(r, 0));
        for (std::size_t i = 5; i < ids.size(); ++i) {
          std::vector<std::int64_t> promoted;
          cancel_registration(sql_, ids[i], false, at(-190, 9, 0), promoted);
        }
      }
      for (auto s : past) attend(s, 14, 30);
    }
  }

  // The three consents of a member's agreement: most complete, one waits for the employer, one for the
  // participant, one employer signed on paper.
  void agreements_of_community(std::int64_t agreement, const DemoPerson& member, std::int64_t organiser, std::size_t m,
                               std::int64_t when) {
    if (!agreement) return;
    auto* org_coord = w_.coordinator_of(organiser);
    auto* employer = w_.coordinator_of(member.organisation_id);
    agree(sql_, agreement, {"organiser", org_coord ? org_coord->user_id : 0, org_coord ? org_coord->name : "Démo"}, when);
    if (m != 4) agree(sql_, agreement, {"participant", member.user_id, member.name}, when + kDay);
    if (m == 3) return;  // waiting for the employer
    if (m == 6 || !employer) {
      agree(sql_, agreement, {"employer", org_coord ? org_coord->user_id : 0, org_coord ? org_coord->name : "Démo", true,
                              employer ? employer->name : "Direction", "Direction"}, when + 5 * kDay);
      return;
    }
    agree(sql_, agreement, {"employer", employer->user_id, employer->name}, when + 3 * kDay);
  }

  // --- Webinars and information sessions ---------------------------------------------------------------------
  void webinars_and_sessions() {
    struct Webinar {
      const char* title_fr;
      const char* title_nl;
      const char* description;
      int days;
      int registered;
    };
    const Webinar webinars[] = {
        {"Webinaire : orienter une personne sans chez-soi", "Webinar: iemand zonder thuis doorverwijzen",
         "Les services de jour, d'urgence et de logement ; les critères d'accès ; les bons réflexes.", -320, 141},
        {"Webinaire : la santé mentale des personnes exilées", "Webinar: geestelijke gezondheid van mensen op de vlucht",
         "Traumas, interprétariat, accès aux soins : ce que chaque service peut faire.", -215, 158},
        {"Webinaire : repérer et orienter les violences conjugales", "Webinar: partnergeweld herkennen en doorverwijzen",
         "Les signaux, la première écoute, les services spécialisés de la Région.", -130, 150},
        {"Webinaire : le secret professionnel partagé au quotidien", "Webinar: het gedeeld beroepsgeheim in de praktijk",
         "Ce qu'on peut dire, à qui, avec quel accord : cas pratiques du travail en réseau.", -45, 188},
    };
    auto people = everyone();
    std::int64_t ssm = w_.organisations[1].id;
    std::size_t offset = 0;
    for (auto& wb : webinars) {
      Offer o = offer({"webinar", wb.title_fr, wb.title_nl, wb.description, "region", "fr,nl", "public", 200}, {ssm});
      auto sid = session(o, at(weekday_on_or_after(wb.days), 12, 30), 60, 200, nullptr, "online");
      std::int64_t starts = at(weekday_on_or_after(wb.days), 12, 30);
      int made = 0;
      for (std::size_t i = 0; made < wb.registered && i < people.size(); ++i) {
        std::int64_t when = starts - static_cast<std::int64_t>(1 + rng_.below(20)) * kDay;
        // One in eleven comes from outside the network: a hospital, a commune, a school, by the public form.
        auto out = i % 11 == 4 ? enrol_outsider(sid, when, i) : enrol(*people[(offset + i * 3) % people.size()], sid, when);
        if (out.status == Status::Confirmed && !out.duplicate) ++made;
      }
      // A few cancelled in time (they are not counted as registered).
      for (std::size_t i = 0; i < 6; ++i) {
        auto& p = *people[(offset + 1 + i * 11) % people.size()];
        auto out = enrol(p, sid, starts - 10 * kDay);
        std::vector<std::int64_t> promoted;
        if (out.status == Status::Confirmed && !out.duplicate) cancel_registration(sql_, out.id, false, starts - 2 * kDay, promoted);
      }
      offset += 97;
      attend(sid, 38, 35);  // online, many who register do not connect
    }
    // The season ahead: a fifth webinar open, already well filled.
    Offer next = offer({"webinar", "Webinaire : l'aide alimentaire à Bruxelles", "Webinar: voedselhulp in Brussel",
                        "Colis, restaurants sociaux, épiceries solidaires : qui oriente où.", "region", "fr,nl,en", "public", 200},
                       {ssm});
    auto sid = session(next, at(weekday_on_or_after(38), 12, 30), 60, 200, nullptr, "online");
    for (std::size_t i = 0; i < 64; ++i) enrol(*people[(i * 5 + 3) % people.size()], sid, now_ - static_cast<std::int64_t>(i % 9) * kDay - 3600);

    // Information sessions: two held, one ahead almost full.
    Offer info = offer({"information_session", "Séance d'information : l'aide médicale urgente", "Infosessie: dringende medische hulp",
                        "Qui y a droit, comment la demander au CPAS, quels soins sont couverts. Questions-réponses.", "region",
                        "fr,nl", "public", 60},
                       {w_.organisations[0].id});
    struct Edition {
      int days, registered;
    };
    for (auto e : {Edition{-200, 47}, Edition{-60, 52}, Edition{25, 57}}) {
      auto s = session(info, at(weekday_on_or_after(e.days), 10, 0), 120, 60, w_.organisation(w_.organisations[0].id));
      std::int64_t starts = at(weekday_on_or_after(e.days), 10, 0);
      for (int i = 0; i < e.registered; ++i) {
        auto& p = *people[(static_cast<std::size_t>(e.days + 400) * 13 + static_cast<std::size_t>(i) * 7) % people.size()];
        std::int64_t when = e.days < 0 ? starts - static_cast<std::int64_t>(1 + rng_.below(15)) * kDay : now_ - static_cast<std::int64_t>(i % 10) * kDay - 3600;
        enrol(p, s, when);
      }
      if (e.days < 0) attend(s, 15, 40);
    }
  }

  // --- Intervision groups ------------------------------------------------------------------------------------
  void intervisions() {
    struct Group {
      const char* title_fr;
      const char* title_nl;
      const char* bassin;
      int first_day;   // first session, days from today
      int members;     // people registered for the whole cycle
      int waiting;     // on the waiting list
    };
    const Group groups[] = {
        {"Intervision intersectorielle — santé mentale et précarité", "Intersectorale intervisie — geestelijke gezondheid en armoede",
         "sud", -290, 11, 0},
        {"Intervision intersectorielle — premières lignes du Nord-Est", "Intersectorale intervisie — eerste lijn Noordoost",
         "nord-est", -130, 12, 2},
        {"Intervision intersectorielle — jeunes en errance", "Intersectorale intervisie — jongeren zonder vaste verblijfplaats",
         "centre-ouest", 30, 10, 0},
    };
    for (auto& g : groups) {
      // One person per institution, from as many sectors as the bassin has, the others of neighbouring bassins.
      std::vector<const DemoPerson*> members;
      std::set<std::int64_t> institutions;
      std::set<std::string> sectors;
      for (int pass = 0; pass < 3 && static_cast<int>(members.size()) < g.members + g.waiting; ++pass)
        for (auto* p : shuffled(everyone())) {
          if (static_cast<int>(members.size()) >= g.members + g.waiting) break;
          if (institutions.count(p->organisation_id) || (pass < 2 && p->bassin != g.bassin)) continue;
          if (pass == 0 && sectors.count(p->sector)) continue;
          members.push_back(p);
          institutions.insert(p->organisation_id);
          sectors.insert(p->sector);
        }
      OfferSpec spec{"intervision", g.title_fr, g.title_nl,
                     "Un cycle de huit séances mensuelles, une personne par institution, deux co-animateurs ; chaque "
                     "participant accueille une séance.", g.bassin, "fr", "professionals", 12, true, false, 3};
      Offer o = offer(spec, {members.front()->organisation_id, w_.organisations[1].id});
      std::vector<std::int64_t> ids;
      for (int i = 0; i < 8; ++i) {
        int day = weekday_on_or_after(g.first_day + i * 30);
        ids.push_back(session(o, at(day, 9, 30), 150, 12, &org_of(*members[i % members.size()])));
      }
      std::int64_t joined = at(g.first_day - 40, 10, 0);
      for (std::size_t m = 0; m < members.size(); ++m)
        enrol(*members[m], ids.front(), std::min(now_ - 3600, joined + static_cast<std::int64_t>(m) * kDay), true);
      for (std::size_t i = 0; i < ids.size(); ++i)
        if (at(weekday_on_or_after(g.first_day + static_cast<int>(i) * 30), 12, 0) < now_) attend(ids[i], 8, 40);
    }
  }

  // --- The immersion network ---------------------------------------------------------------------------------
  void immersions() {
    // Twelve member institutions of different sectors, among them the three first organisations (the demo logins').
    std::vector<const DemoOrganisation*> members;
    std::set<std::string> sectors;
    for (std::size_t i = 0; i < 3; ++i) members.push_back(&w_.organisations[i]);
    for (auto& o : w_.organisations) {
      if (members.size() >= 12) break;
      if (std::find(members.begin(), members.end(), &o) != members.end() || sectors.count(o.sector) || o.bassin.empty()) continue;
      if (!w_.coordinator_of(o.id)) continue;
      members.push_back(&o);
      sectors.insert(o.sector);
    }
    for (auto& o : w_.organisations) {  // more of the same sectors when the sectors run out
      if (members.size() >= 12) break;
      if (std::find(members.begin(), members.end(), &o) == members.end() && !o.bassin.empty()) members.push_back(&o);
    }
    for (std::size_t i = 0; i < members.size(); ++i) {
      auto* c = w_.coordinator_of(members[i]->id);
      join_network(sql_, members[i]->id, {c ? c->user_id : 0, c ? c->name : "Démo"}, at(-400 + static_cast<int>(i) * 6, 10, 0));
    }
    std::size_t m = members.size();
    for (std::size_t i = 0; i < m; ++i) {
      std::string title = "Immersion d'une journée — " + members[i]->name;
      std::string title_nl = "Inlevingsdag — " + members[i]->name;
      OfferSpec spec{"immersion", title.c_str(), title_nl.c_str(),
                     "Accueil d'un·e travailleur·euse pour une journée : réunion d'équipe, accueil, échanges. Convention "
                     "et attestation.", members[i]->bassin.c_str(), "fr", "members", 2, true, true};
      Offer o = offer(spec, {members[i]->id});
      auto* host_coord = w_.coordinator_of(members[i]->id);
      // Two days held this year, one ahead; guests from two other members each time.
      for (int k = 0; k < 3; ++k) {
        int day = weekday_on_or_after(k == 2 ? 15 + static_cast<int>(i) * 6 : -300 + static_cast<int>(i) * 17 + k * 120);
        auto sid = session(o, at(day, 9, 0), 420, 2, members[i]);
        std::int64_t starts = at(day, 9, 0);
        for (std::size_t g = 0; g < (k == 2 ? 1u : 2u); ++g) {
          auto* sender = members[(i + 1 + g * 4 + k) % m];
          auto staff = w_.people_of(sender->id);
          if (staff.empty()) continue;
          auto& guest = *staff[(k + g) % staff.size()];
          std::int64_t asked = k == 2 ? now_ - 2 * kDay : starts - 30 * kDay;
          auto out = enrol(guest, sid, asked);
          if (out.status != Status::PendingApproval) continue;
          if (k == 2 && g == 0 && i % 3 == 0) continue;  // the season ahead: some still to approve
          approve_registration(sql_, out.id, asked + 2 * kDay);
          open_agreement(sql_, out.id);
          sign_agreement(sql_, out.id, asked + 9 * kDay, host_coord ? host_coord->user_id : 0, host_coord ? host_coord->name : "");
        }
        if (starts < now_) attend(sid, 0, 60);
      }
    }
  }

  // --- Trainings and thematic concertations ------------------------------------------------------------------
  void trainings_and_concertations() {
    auto people = shuffled(everyone());
    Offer training = offer({"training", "Formation : le secret professionnel partagé", "Opleiding: het gedeeld beroepsgeheim",
                            "Deux demi-journées pour comprendre le cadre légal et déontologique du travail en réseau. "
                            "Reconnue comme formation continue.", "region", "fr,nl", "public", 20},
                           {w_.organisations[1].id});
    std::size_t next = 0;
    // Held twice in the year; the two sessions ahead: one full with a waiting list, one nearly full.
    struct Edition {
      int days, registered;
    };
    for (auto e : {Edition{-260, 20}, Edition{-95, 19}, Edition{18, 24}, Edition{62, 18}}) {
      auto s = session(training, at(weekday_on_or_after(e.days), 9, 0), 210, 20, w_.organisation(w_.organisations[1].id));
      std::int64_t starts = at(weekday_on_or_after(e.days), 9, 0);
      for (int i = 0; i < e.registered; ++i) {
        std::int64_t when = e.days < 0 ? starts - static_cast<std::int64_t>(5 + i) * kDay : now_ - static_cast<std::int64_t>(30 - i) * 3600;
        enrol(*people[next++ % people.size()], s, when);
      }
      if (e.days < 0) attend(s, 5, 60);
    }
    Offer concertation = offer({"thematic_concertation", "Concertation thématique : assuétudes et logement",
                                "Thematisch overleg: verslaving en huisvesting",
                                "Partage de situations anonymisées et de pistes de collaboration entre secteurs.", "nord", "fr",
                                "professionals", 30},
                               {w_.organisations_in("nord").front()->id});
    auto nord = w_.people_in("nord");
    for (int d : {-300, -210, -120, -30, 60}) {
      auto s = session(concertation, at(weekday_on_or_after(d), 14, 0), 150, 30, w_.organisations_in("nord").front());
      std::int64_t starts = at(weekday_on_or_after(d), 14, 0);
      for (std::size_t i = 0; i < 17 && !nord.empty(); ++i)
        enrol(*nord[(i * 3 + static_cast<std::size_t>(d + 300) / 30) % nord.size()], s,
              d < 0 ? starts - 10 * kDay : now_ - static_cast<std::int64_t>(i) * 3600 - 3600);
      if (d < 0) attend(s, 12, 30);
    }
  }
};
}  // namespace

void seed_demo(App& app) {
  app.db.transact([&](soci::session& sql) {
    auto world = accounts::demo::load_world(sql);
    if (world.organisations.size() < 3 || world.people.empty()) return;
    DemoYear(sql, world, now_seconds()).build();
  });
}

}  // namespace maillage::offers
