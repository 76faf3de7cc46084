#include "concertation/demo.hpp"

#include <string>
#include <vector>

#include "accounts/demo_world.hpp"
#include "accounts/model.hpp"
#include "concertation/groups.hpp"
#include "concertation/meetings.hpp"
#include "concertation/situations.hpp"
#include "directory/model.hpp"
#include "platform/app.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"

namespace maillage::concertation {

namespace {

constexpr std::int64_t kDay = 86400;

// The participants of the report, in its order; the police officer is not bound by professional secrecy.
const char* const kParticipants[] = {
    "DGGZ Antonin Artaud",
    "Antenne OCMW Béguinage",
    "SSM SeSame",
    "SSM Rivage Den Zaet",
    "CGG Brussel deelwerking Kruidtuin",
    "CAW Foyer Bodeghem",
    "CAW Puerto",
    "Le Logement Bruxellois",
    "Médecin généraliste du quartier Helix",
    "LDC Het Anker",
    "LDC Het Forum",
    "Agent de quartier — Police Bruxelles-Capitale Ixelles",
    "Maison Médicale Enseignement",
    "Home Baudouin",
    "PCS Chantier-Houthulst",
    "Source",
    "Centre Social du Béguinage",
    "Pigment asbl",
    "Antenne HERMESplus",
};
constexpr std::size_t kPolice = 11;
constexpr std::size_t kHermes = 18;
constexpr std::size_t kSesame = 2;

// The report's meetings (new situations, day and month, participants; all by video, 1:30).
struct ReportMeeting {
  int new_situations, day, month, participants;
};
const ReportMeeting kMeetings[] = {{3, 13, 1, 4}, {2, 10, 2, 5}, {2, 10, 3, 6}, {3, 21, 4, 8},
                                   {1, 26, 5, 5}, {3, 23, 6, 7}, {2, 6, 10, 4}, {3, 8, 12, 5}};

// The 19 situations: age band, gender, themes, life domains, summary, outcome ("" still followed), and the
// agreements (what, carried by the participant of that index).
struct DemoAgreement {
  const char* what;
  std::size_t who;
};
struct DemoSituation {
  const char* age;
  const char* gender;
  std::vector<const char*> themes;
  std::vector<const char*> domains;
  const char* summary;
  const char* outcome;
  const char* informed;
  std::vector<DemoAgreement> agreements;
};
const std::vector<DemoSituation>& situations() {
  static const std::vector<DemoSituation> v = {
      {"65_plus", "female", {"elderly", "home-care"}, {"health", "daily_life"},
       "Admissions répétées aux urgences, retour à domicile sans relais. Vit seule, refuse l'aide familiale.",
       "bridge_hospital_home", "yes", {{"Contacter le service social de l'hôpital avant la sortie", 0}, {"Mettre en place l'aide familiale", 12}}},
      {"40_64", "male", {"mental-health", "housing"}, {"mental_health", "housing"},
       "Risque d'expulsion, troubles du comportement signalés par les voisins. Suivi psychiatrique interrompu.",
       "admission_avoided", "yes", {{"Reprendre contact pour un rendez-vous au SSM", 2}, {"Négocier un plan d'apurement avec le bailleur", 7}}},
      {"26_39", "female", {"domestic-violence", "youth"}, {"family", "social_ties"},
       "Jeune mère isolée, tensions familiales, enfant en bas âge. Demande de soutien au quotidien.",
       "social_support_reinforced", "yes", {{"Proposer un accompagnement par la maison de quartier", 9}, {"Orientation vers le CAW", 5}}},
      {"65_plus", "male", {"elderly", "addictions"}, {"health", "social_ties"},
       "Consommation d'alcool, chutes répétées, isolement. Hospitalisations fréquentes.",
       "bridge_hospital_home", "yes", {{"Coordonner la sortie avec le médecin traitant", 8}, {"Visite à domicile de l'infirmière", 12}}},
      {"40_64", "female", {"mental-health"}, {"mental_health", "income"},
       "Dépression sévère, factures impayées, ne sort plus. Le CPAS est déjà en contact.",
       "oriented", "yes", {{"Demander un rendez-vous au CGG", 4}}},
      {"18_25", "male", {"homelessness", "addictions"}, {"housing", "justice"},
       "Jeune adulte sans domicile fixe dans le quartier, consommation, contacts avec la police.",
       "oriented", "no", {{"Proposer un accueil de jour", 6}, {"Informer des possibilités de logement de transit", 15}}},
      {"65_plus", "female", {"elderly", "housing"}, {"housing", "daily_life"},
       "Logement insalubre, accumulation d'objets, voisinage inquiet. Refuse l'entrée aux services.",
       "social_support_reinforced", "yes", {{"Visite commune avec le gestionnaire de logement", 7}, {"Proposer une aide ménagère", 16}}},
      {"40_64", "male", {"mental-health", "crisis"}, {"mental_health", "justice"},
       "Crise aiguë, menaces envers des tiers, famille épuisée. Hospitalisation sous contrainte évoquée.",
       "admission_avoided", "yes", {{"Intervention de l'équipe mobile", 0}, {"Soutien aux proches par le SSM", 3}}},
      {"26_39", "male", {"migration", "legal-aid"}, {"income", "justice"},
       "Séjour précaire, travail non déclaré, problèmes de santé non soignés.",
       "no_solution", "yes", {{"Orienter vers une permanence juridique", 16}}},
      {"65_plus", "male", {"palliative-care", "home-care"}, {"health", "family"},
       "Fin de vie à domicile souhaitée, épouse âgée aidante, retours d'hôpital difficiles.",
       "bridge_hospital_home", "yes", {{"Organiser la coordination de soins à domicile", 12}, {"Contacter l'équipe de soutien palliatif", 8}}},
      {"40_64", "female", {"disability", "housing"}, {"housing", "daily_life"},
       "Handicap physique, logement inadapté au troisième étage sans ascenseur.",
       "oriented", "yes", {{"Demande de mutation au logement social", 7}}},
      {"18_25", "female", {"mental-health", "youth"}, {"mental_health", "family"},
       "Décrochage scolaire, isolement, parents inquiets. Aucun suivi en place.",
       "social_support_reinforced", "yes", {{"Proposer un premier entretien au SSM", 2}, {"Activité de groupe au centre social", 16}}},
      {"65_plus", "female", {"elderly"}, {"social_ties", "daily_life"},
       "Isolement après un veuvage, ne se nourrit plus correctement.",
       "oriented", "yes", {{"Repas à domicile via le CPAS", 1}}},
      {"40_64", "male", {"addictions", "employment"}, {"income", "health"},
       "Perte d'emploi, consommation accrue, dettes.",
       "no_solution", "no", {{"Proposer un rendez-vous au service de médiation de dettes", 1}}},
      {"26_39", "female", {"perinatality", "mental-health"}, {"family", "mental_health"},
       "Grossesse, épuisement, pas de suivi prénatal régulier.",
       "oriented", "yes", {{"Lien avec la maison médicale pour le suivi prénatal", 12}}},
      {"65_plus", "male", {"elderly", "mental-health"}, {"mental_health", "social_ties"},
       "Troubles cognitifs débutants, conflits de voisinage, famille à l'étranger.",
       "", "yes", {{"Bilan mémoire chez le médecin traitant", 8}, {"Rencontre avec le gestionnaire de logement", 7}}},
      {"40_64", "female", {"housing", "food-aid"}, {"housing", "income"},
       "Famille nombreuse en surpeuplement, aide alimentaire ponctuelle.",
       "", "", {{"Inscription à l'épicerie sociale", 16}, {"Dossier de demande de logement", 7}}},
      {"18_25", "male", {"mental-health", "homelessness"}, {"mental_health", "housing"},
       "Sortie d'institution sans solution de logement, premiers épisodes psychotiques.",
       "", "yes", {{"Contact avec l'équipe mobile pour une évaluation", 0}, {"Chercher une place en logement accompagné", 5}}},
      {"65_plus", "female", {"home-care", "elderly"}, {"health", "daily_life"},
       "Perte d'autonomie, aide à domicile insuffisante, famille en désaccord.",
       "", "", {{"Réunion avec la famille et l'aide à domicile", 13}}},
  };
  return v;
}

const char* kCharterFr =
    "Charte de la concertation de quartier 1000 Bruxelles\n\n"
    "1. Les participants partagent le secret professionnel dans la seule mesure nécessaire à l'aide à la personne.\n"
    "2. Les situations sont présentées sous un code, sans nom, adresse ni date de naissance.\n"
    "3. La personne est informée de la concertation et, si possible, associée.\n"
    "4. Rien ne sort du groupe sans passer par l'arbre de décision : intérêt vital, consentement, conflit d'intérêts.\n"
    "5. Seuls des chiffres anonymes quittent le groupe.";
const char* kCharterNl =
    "Charter van het buurtoverleg 1000 Brussel\n\n"
    "1. De deelnemers delen het beroepsgeheim enkel voor zover nodig voor de hulp aan de persoon.\n"
    "2. Situaties worden voorgesteld onder een code, zonder naam, adres of geboortedatum.\n"
    "3. De persoon wordt op de hoogte gebracht van het overleg en waar mogelijk betrokken.\n"
    "4. Niets verlaat de groep zonder de beslissingsboom: vitaal belang, toestemming, belangenconflict.\n"
    "5. Enkel anonieme cijfers verlaten de groep.";
const char* kCharterEn =
    "Charter of the 1000 Brussels neighbourhood concertation\n\n"
    "1. Participants share professional secrecy only as far as helping the person requires.\n"
    "2. Situations are presented under a code, without name, address or date of birth.\n"
    "3. The person is told of the concertation and, where possible, involved.\n"
    "4. Nothing leaves the group without the decision tree: vital interest, consent, conflict of interests.\n"
    "5. Only anonymous counts leave the group.";

std::int64_t organisation_named(soci::session& sql, const std::string& name) {
  std::int64_t id = 0;
  soci::indicator ind = soci::i_null;
  sql << "SELECT MIN(id) FROM organisations WHERE name = :n", soci::use(name), soci::into(id, ind);
  return ind == soci::i_ok ? id : 0;
}

std::int64_t user_named(soci::session& sql, const std::string& email) {
  std::int64_t id = 0;
  soci::indicator ind = soci::i_null;
  sql << "SELECT id FROM users WHERE email = :e", soci::use(email), soci::into(id, ind);
  return sql.got_data() && ind == soci::i_ok ? id : 0;
}

// A fixed demo login of the world: its password is the world's.
std::int64_t demo_login(soci::session& sql, const char* email, const char* name, std::int64_t org) {
  std::int64_t id = user_named(sql, email);
  if (!id) {
    id = accounts::create_user(sql, email, name, "fr");
    accounts::set_password(sql, id, accounts::demo::kWorldPassword);
  }
  accounts::set_membership(sql, id, org, "member");
  return id;
}

std::int64_t at_local(int year, int month, int day, const char* time) {
  char date[32];
  std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, month, day);
  return from_brussels(date, time).value_or(0);
}

}  // namespace

int seed_demo(App& app) {
  return app.db.transact([&](soci::session& sql) -> int {
    int existing = 0;
    sql << "SELECT COUNT(*) FROM concertation_groups", soci::into(existing);
    if (existing) return 0;
    std::int64_t now = now_seconds();
    // The report's organisations, as directory organisations (with their HSDS id) when the world lacks them.
    std::vector<std::int64_t> orgs;
    for (auto* name : kParticipants) {
      auto id = organisation_named(sql, name);
      if (!id) id = accounts::create_organisation(sql, name, "1000");
      orgs.push_back(id);
    }
    directory::ensure_organisation_ids(sql);
    std::int64_t organiser = demo_login(sql, kDemoOrganiserEmail, "Sarah Vermeulen", orgs[kHermes]);
    std::int64_t ssm = demo_login(sql, kDemoMemberEmail, "Karim El Idrissi", orgs[kSesame]);
    std::int64_t police = demo_login(sql, kDemoPoliceEmail, "Luc Janssens", orgs[kPolice]);
    // Coordinators and members for the new organisations, as the world gives every organisation.
    accounts::demo::seed_world(sql, now);
    auto world = accounts::demo::load_world(sql);

    // The group, its charter and its members: one professional per organisation, its coordinator accepting for it.
    Group g;
    g.name = "Concertation de quartier 1000 Bruxelles";
    g.kind = "neighbourhood";
    g.territory_kind = "commune";
    g.territory_code = "21004";
    g.rhythm = "monthly";
    g.default_minutes = 90;
    g.default_place = "https://visio.example.org/concertation-1000";
    g.default_video = true;
    g.legal_basis = "prosecutor";
    g.legal_reference = "Code pénal, art. 458ter — autorisation du procureur du Roi (démonstration)";
    std::int64_t gid = create_group(sql, g, 0, now - 400 * kDay);
    std::int64_t charter_at = now - 400 * kDay;
    int version = publish_charter(sql, gid, kCharterFr, kCharterNl, kCharterEn, organiser, charter_at);
    std::vector<std::int64_t> members;  // user per participant
    for (std::size_t i = 0; i < orgs.size(); ++i) {
      std::int64_t user = i == kHermes ? organiser : i == kSesame ? ssm : i == kPolice ? police : 0;
      if (!user) {
        auto* p = world.coordinator_of(orgs[i]);
        if (!p) {
          auto people = world.people_of(orgs[i]);
          if (people.empty()) continue;
          p = people.front();
        }
        user = p->user_id;
      }
      invite_member(sql, gid, user, orgs[i], i == kHermes, i != kPolice, organiser, charter_at);
      accept_charter(sql, gid, user, version, charter_at + static_cast<std::int64_t>(i) * 3600);
      auto* coordinator = world.coordinator_of(orgs[i]);
      // Two organisations signed on paper; the others accepted online by their coordinator.
      bool paper = i == 4 || i == 13 || !coordinator;
      record_organisation_acceptance(sql, gid, orgs[i], version, paper, paper ? "La direction (signature sur papier)" : "",
                                     paper ? organiser : coordinator->user_id, charter_at + kDay);
      members.push_back(user);
    }
    std::vector<std::int64_t> member_of_org(orgs.size(), 0);
    for (auto& m : members_of(sql, gid))
      for (std::size_t i = 0; i < orgs.size(); ++i)
        if (orgs[i] == m.organisation_id) member_of_org[i] = m.user_id;

    // The report's year is the last calendar year; its meetings at 10:00, by video, 1:30.
    int year = to_brussels(now).year - 1;
    std::vector<std::int64_t> meeting_ids;
    std::size_t next_situation = 0;
    std::vector<std::int64_t> situation_ids;
    std::vector<std::size_t> situation_meeting;  // index of the meeting that presented it
    for (std::size_t k = 0; k < std::size(kMeetings); ++k) {
      auto& rm = kMeetings[k];
      Meeting m;
      m.group_id = gid;
      m.starts_at = at_local(year, rm.month, rm.day, "10:00");
      m.duration_minutes = 90;
      m.video = true;
      m.place = g.default_place;
      auto mid = create_meeting(sql, m, organiser, m.starts_at - 14 * kDay);
      meeting_ids.push_back(mid);
      // Participants: the organiser and the next ones of the list, as many as the report counts.
      std::vector<std::int64_t> present{organiser};
      for (std::size_t j = 0; present.size() < static_cast<std::size_t>(rm.participants); ++j) {
        std::size_t idx = (k * 5 + j) % orgs.size();
        if (member_of_org[idx] && member_of_org[idx] != organiser) present.push_back(member_of_org[idx]);
      }
      set_participants(sql, mid, present);
      // The feedback on situations presented before, with short minutes.
      for (std::size_t s = 0; s < situation_ids.size(); ++s)
        if (situation_meeting[s] + 1 == k || situation_meeting[s] + 2 == k) {
          put_on_agenda(sql, mid, situation_ids[s], false, m.starts_at);
          save_minutes(sql, mid, situation_ids[s], "Retour succinct : les accords avancent, à revoir si besoin.", m.starts_at);
        }
      // Its new situations, presented by a member bound by secrecy.
      for (int n = 0; n < rm.new_situations && next_situation < situations().size(); ++n, ++next_situation) {
        auto& ds = situations()[next_situation];
        std::size_t presenter_idx = (next_situation * 3 + 2) % orgs.size();
        if (presenter_idx == kPolice) presenter_idx = kSesame;
        if (!member_of_org[presenter_idx]) presenter_idx = kHermes;
        Situation s;
        s.group_id = gid;
        char code[32];
        std::snprintf(code, sizeof code, "B1000-%02zu", next_situation + 1);
        s.code = code;
        s.presenter_user_id = member_of_org[presenter_idx];
        s.presenter_organisation_id = orgs[presenter_idx];
        s.age_band = ds.age;
        s.gender = ds.gender;
        s.postal_code = "1000";
        s.quarter_code = next_situation % 3 == 0 ? "demo-marolles" : "";
        for (auto* t : ds.themes) s.themes.push_back(t);
        for (auto* d : ds.domains) s.life_domains.push_back(d);
        s.summary = ds.summary;
        s.status = "followed";
        s.informed = ds.informed;
        s.informed_how = s.informed == "yes" ? "Par le professionnel qui présente, lors d'un entretien"
                         : s.informed == "no" ? "Pas encore joignable" : "";
        s.informed_by = s.informed.empty() ? 0 : s.presenter_user_id;
        if (next_situation % 4 == 1) s.case_manager_user_id = member_of_org[kHermes];
        s.created_at = m.starts_at;
        auto sid = create_situation(sql, s, m.starts_at);
        put_on_agenda(sql, mid, sid, true, m.starts_at);
        save_minutes(sql, mid, sid, "Présentation de la situation ; accords proposés et conclus en séance.", m.starts_at);
        bool closing = ds.outcome[0] != 0;
        for (std::size_t a = 0; a < ds.agreements.size(); ++a) {
          Agreement ag;
          ag.situation_id = sid;
          ag.group_id = gid;
          ag.what = ds.agreements[a].what;
          ag.who_user_id = member_of_org[ds.agreements[a].who];
          if (!ag.who_user_id) ag.who_organisation_id = orgs[ds.agreements[a].who];
          ag.due_at = m.starts_at + (21 + static_cast<std::int64_t>(a) * 14) * kDay;
          ag.status = "concluded";
          ag.proposed_meeting_id = mid;
          ag.concluded_meeting_id = mid;
          ag.created_at = m.starts_at;
          auto aid = add_agreement(sql, ag, s.presenter_user_id, m.starts_at);
          // Closed situations had their agreements carried out; the open ones keep some open, one overdue.
          if (closing) set_agreement_status(sql, aid, a == 0 || next_situation % 2 ? "done" : "abandoned", 0, m.starts_at + 30 * kDay);
        }
        if (closing) close_situation(sql, sid, ds.outcome, m.starts_at + 70 * kDay);
        situation_ids.push_back(sid);
        situation_meeting.push_back(k);
      }
    }
    // One meeting ahead, with the feedback list generated from the open agreements.
    Meeting ahead;
    ahead.group_id = gid;
    ahead.starts_at = now + 12 * kDay - (now % kDay) + 9 * 3600;
    ahead.duration_minutes = 90;
    ahead.video = true;
    ahead.place = g.default_place;
    create_meeting(sql, ahead, organiser, now);

    // The Unmet Need steering committee: monthly, an hour, a handful of organisations, no situation.
    Group u;
    u.name = "Unmet Need — comité de pilotage";
    u.kind = "steering";
    u.territory_kind = "bassin";
    u.territory_code = "centre-ouest";
    u.rhythm = "monthly";
    u.default_minutes = 60;
    u.default_place = "Antenne HERMESplus, salle de réunion";
    u.default_video = false;
    u.legal_basis = "ordinance";
    u.legal_reference = "Ordonnance relative à l'aide aux personnes (démonstration)";
    std::int64_t uid = create_group(sql, u, 0, now - 400 * kDay);
    int uv = publish_charter(sql, uid, kCharterFr, kCharterNl, kCharterEn, organiser, now - 400 * kDay);
    std::vector<std::int64_t> steering;
    for (std::size_t i : {kHermes, std::size_t{0}, std::size_t{1}, std::size_t{kSesame}, std::size_t{12}}) {
      std::int64_t user = member_of_org[i];
      if (!user) continue;
      invite_member(sql, uid, user, orgs[i], i == kHermes, true, organiser, now - 400 * kDay);
      accept_charter(sql, uid, user, uv, now - 399 * kDay);
      record_organisation_acceptance(sql, uid, orgs[i], uv, true, "La direction (signature sur papier)", organiser,
                                     now - 399 * kDay);
      steering.push_back(user);
    }
    for (int month = 1; month <= 12; ++month) {
      Meeting m;
      m.group_id = uid;
      m.starts_at = at_local(year, month, 15, "14:00");
      m.duration_minutes = 60;
      m.place = u.default_place;
      auto mid = create_meeting(sql, m, organiser, m.starts_at - 20 * kDay);
      set_participants(sql, mid, steering);
    }
    return static_cast<int>(situation_ids.size());
  });
}

}  // namespace maillage::concertation
