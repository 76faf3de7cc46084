#include "helpdesk/demo.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <vector>

#include "helpdesk/followup.hpp"
#include "helpdesk/lines.hpp"
#include "helpdesk/requests.hpp"
#include "platform/brussels_time.hpp"
#include "platform/app.hpp"
#include "platform/db.hpp"
#include "territory/model.hpp"
#include "territory/quarters.hpp"

namespace maillage::helpdesk {

namespace {

constexpr std::int64_t kDay = 86400;

// splitmix64: the same numbers on every machine and standard library, so that the demo is the same everywhere.
struct Prng {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  int below(int n) { return n <= 0 ? 0 : static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
  bool chance(int percent) { return below(100) < percent; }
  template <class T>
  const T& pick(const std::vector<T>& v) { return v[static_cast<std::size_t>(below(static_cast<int>(v.size())))]; }
  // An index drawn with these weights.
  std::size_t weighted(std::initializer_list<int> weights) {
    int total = 0;
    for (int w : weights) total += w;
    int x = below(total);
    std::size_t i = 0;
    for (int w : weights) {
      if (x < w) return i;
      x -= w;
      ++i;
    }
    return 0;
  }
};

// The networks' yearly table (Brusano, 2024): line reached per 652 contacts, and the channels.
struct Quota {
  const char* code;  // line code, "" for non notifié
  int count;
};
const Quota kLinesReached[] = {{"region", 547}, {"nord", 11},    {"nord-est", 8}, {"centre-ouest", 10},
                               {"sud", 30},     {"sud-est", 14}, {"", 32}};
const Quota kChannels[] = {{"phone", 530}, {"email", 105}, {"web_form", 12}, {"in_person", 5}};
constexpr int kTableTotal = 652;

// A list of `n` codes in the table's proportions (exactly the table for n = 652), shuffled.
std::vector<std::string> quota_slots(Prng& rng, const Quota* quotas, std::size_t count, int n,
                                     const std::map<std::string, int>& already = {}, int scale = 0) {
  // `scale` requests in the table's proportions, less those `already` there: n slots.
  if (scale == 0) scale = n;
  std::vector<std::string> slots;
  for (std::size_t i = 0; i < count; ++i) {
    int k = static_cast<int>((static_cast<long long>(quotas[i].count) * scale + kTableTotal / 2) / kTableTotal);
    if (auto it = already.find(quotas[i].code); it != already.end()) k = std::max(0, k - it->second);
    for (int j = 0; j < k && static_cast<int>(slots.size()) < n; ++j) slots.push_back(quotas[i].code);
  }
  while (static_cast<int>(slots.size()) < n) slots.push_back(quotas[0].code);
  for (std::size_t i = slots.size(); i > 1; --i) std::swap(slots[i - 1], slots[static_cast<std::size_t>(rng.below(static_cast<int>(i)))]);
  return slots;
}

// Questions as responders write them: the situation, never a name. Most in French, some in Dutch.
struct Question {
  const char* theme;
  const char* text;
};
const std::vector<Question>& questions_fr() {
  static const std::vector<Question> q = {
      {"housing", "Une assistante sociale cherche un logement de transit pour une mère seule avec deux enfants, expulsée à la fin du mois."},
      {"housing", "Quelles démarches pour une demande de logement social quand la personne n'a pas encore de domicile fixe ?"},
      {"housing", "Le propriétaire refuse de réparer le chauffage ; la personne âgée vit seule. Vers qui orienter ?"},
      {"mental-health", "Un médecin généraliste demande un suivi psychologique en français et en arabe, à prix réduit, près de Molenbeek."},
      {"mental-health", "Liste d'attente trop longue au service de santé mentale : existe-t-il une alternative pour un adolescent ?"},
      {"mental-health", "Personne en décrochage après une hospitalisation, sans suivi : quelle équipe peut passer à domicile ?"},
      {"food-aid", "Où orienter une famille pour un colis alimentaire cette semaine, sans carte du CPAS ?"},
      {"food-aid", "Restaurant social ouvert le week-end dans le bas de la ville ?"},
      {"employment", "Un jeune de 20 ans sans diplôme cherche une formation qualifiante avec accompagnement."},
      {"homelessness", "Homme sans abri depuis deux semaines, sans papiers d'identité : où peut-il se domicilier et dormir ce soir ?"},
      {"homelessness", "Quels centres de jour acceptent les chiens ?"},
      {"elderly", "Une fille demande des aides à domicile pour sa mère qui sort de l'hôpital la semaine prochaine."},
      {"home-care", "Besoin de soins infirmiers à domicile deux fois par jour, la mutuelle ne répond pas."},
      {"disability", "Quelles aides pour adapter le logement d'une personne en fauteuil roulant ?"},
      {"addictions", "Un éducateur cherche un lieu de réduction des risques ouvert en soirée pour un jeune usager."},
      {"perinatality", "Femme enceinte de cinq mois sans suivi médical ni mutuelle : où la suivre rapidement ?"},
      {"palliative-care", "Une famille souhaite un accompagnement en soins palliatifs à domicile : qui contacter ?"},
      {"youth", "Adolescente en rupture familiale, cherche un lieu d'écoute sans rendez-vous."},
      {"legal-aid", "Question sur l'aide juridique de première ligne pour un recours contre une décision du CPAS."},
      {"migration", "Personne en demande de protection internationale sans hébergement : quelles possibilités à Bruxelles ?"},
      {"domestic-violence", "Une infirmière signale une situation de violences conjugales ; la victime cherche un hébergement discret."},
      {"crisis", "Situation de crise psychique à domicile, le médecin traitant demande une intervention rapide."},
      {"dual-diagnosis", "Personne avec un handicap mental et des troubles psychiatriques : quel service accepte les deux ?"},
      {"peer-support", "Existe-t-il un groupe d'entraide pour des proches de personnes souffrant de troubles psychiques ?"},
  };
  return q;
}
const std::vector<Question>& questions_nl() {
  static const std::vector<Question> q = {
      {"housing", "Een maatschappelijk werker zoekt een noodwoning voor een gezin dat volgende week uit huis gezet wordt."},
      {"mental-health", "Huisarts vraagt naar een Nederlandstalige psycholoog met korte wachttijd in Jette."},
      {"elderly", "Oudere man alleen thuis na een val: welke thuiszorgdienst kan snel starten?"},
      {"homelessness", "Waar kan een dakloze vrouw vannacht terecht, zonder verblijfsdocumenten?"},
      {"food-aid", "Voedselhulp voor een gezin met drie kinderen, zonder doorverwijzing van het OCMW?"},
      {"addictions", "Welke dienst begeleidt jongeren met een cannabisprobleem, in het Nederlands?"},
  };
  return q;
}

const std::vector<std::string> kFunctions = {"assistante sociale", "infirmier", "médecin généraliste", "psychologue",
                                             "éducatrice", "coordinatrice de soins", "maatschappelijk werker", "accueillant"};
const std::vector<std::string> kFeedback = {
    "Deux services proposés, le demandeur a pris contact ; suivi fait par téléphone.",
    "Information donnée sur les démarches ; le demandeur rappellera si besoin.",
    "Orientation acceptée par le service, premier rendez-vous fixé.",
    "Aucune place disponible dans le bassin ; pistes régionales communiquées.",
    "Terugkoppeling gegeven: de dienst neemt contact op met de aanvrager.",
};
const std::vector<std::string> kNotes = {
    "Appel du demandeur : précisions sur la situation, la personne parle surtout arabe.",
    "Service contacté, en attente de réponse de l'assistante sociale.",
    "Rappel prévu : le demandeur attend la décision du CPAS.",
    "Le service demande un rapport social avant d'accepter.",
};

struct Org {
  std::int64_t id = 0;
  std::string name, postal_code, sector;
  bool dutch = false;
};

// What a generated request draws from: the lines, the organisations and the services of the directory.
struct Pools {
  std::map<std::string, std::int64_t> line;  // code -> id
  std::map<std::string, std::string> bassin_of_line;
  std::vector<Org> orgs;
  std::vector<std::string> postal_codes;
  std::map<std::string, std::vector<std::string>> postal_codes_of_bassin;
  std::map<std::string, std::string> bassin_of_postal_code, nis_of_postal_code;
  std::map<std::string, std::vector<territory::Quarter>> quarters_of_commune;  // the quarters loaded, by NIS
  std::map<std::string, std::vector<std::int64_t>> services_of_theme;
  std::vector<std::int64_t> all_services;
  std::vector<std::string> themes;
  std::int64_t responder = 0, sud_responder = 0;
};

std::string sector_of(const std::string& name) {
  auto has = [&](const char* w) { return name.find(w) != std::string::npos; };
  if (has("CPAS") || has("OCMW") || has("CAW")) return "social";
  if (has("santé mentale") || has("psychiatrie")) return "mental_health";
  if (has("médicale") || has("gezondheid")) return "primary_care";
  if (has("sans abri")) return "homelessness";
  if (has("domicile") || has("palliatifs")) return "home_care";
  if (has("repos")) return "elderly";
  if (has("risques")) return "addictions";
  if (has("planning")) return "youth";
  if (has("logement") || has("Logement")) return "housing";
  if (has("hôpital") || has("Hôpital") || has("ziekenhuis")) return "hospital";
  return "";  // drawn per request from the usual spread
}

Pools load_pools(soci::session& sql) {
  Pools p;
  ensure_default_lines(sql, now_seconds());
  for (auto& l : list_lines(sql, true)) {
    p.line[l.code] = l.id;
    p.bassin_of_line[l.code] = l.bassin_slug;
  }
  {
    soci::rowset<soci::row> rs = sql.prepare << "SELECT id, name, postal_code FROM organisations ORDER BY id";
    for (auto& r : rs) {
      Org o{as_int(r, 0), as_text(r, 1), as_text(r, 2), ""};
      o.sector = sector_of(o.name);
      o.dutch = o.name.find("OCMW") != std::string::npos || o.name.find("CAW") != std::string::npos ||
                o.name.find("Wijk") != std::string::npos;
      p.orgs.push_back(std::move(o));
    }
  }
  for (auto& place : territory::list_places(sql)) {
    p.postal_codes.push_back(place.postal_code);
    p.postal_codes_of_bassin[place.bassin.slug].push_back(place.postal_code);
    p.bassin_of_postal_code[place.postal_code] = place.bassin.slug;
    p.nis_of_postal_code[place.postal_code] = place.commune.nis;
  }
  for (auto& q : territory::list_quarters(sql))
    if (!q.commune_nis.empty() && !q.bassin_slug.empty()) p.quarters_of_commune[q.commune_nis].push_back(q);
  {
    soci::rowset<soci::row> rs =
        sql.prepare << "SELECT a.owner_id, t.code FROM directory_attributes a JOIN directory_taxonomy_terms t ON t.id = "
                       "a.taxonomy_term_id JOIN directory_taxonomies x ON x.id = t.taxonomy_id WHERE a.owner_type = "
                       "'service' AND x.code = 'themes' ORDER BY a.owner_id, t.code";
    for (auto& r : rs) p.services_of_theme[as_text(r, 1)].push_back(as_int(r, 0));
    soci::rowset<soci::row> all = sql.prepare << "SELECT id FROM directory_services ORDER BY id";
    for (auto& r : all) p.all_services.push_back(as_int(r, 0));
  }
  for (auto& q : questions_fr()) p.themes.push_back(q.theme);
  // The demo's responders of the regional and the Sud lines, whoever created them (the first granted each).
  auto responder_of = [&](const char* code) -> std::int64_t {
    if (!p.line.count(code)) return 0;
    std::string scope = std::to_string(p.line.at(code));
    long long id = 0;
    soci::indicator ind = soci::i_null;
    sql << "SELECT MIN(user_id) FROM grants WHERE role = 'responder' AND scope_type = 'line' AND scope_id = :s",
        soci::use(scope), soci::into(id, ind);
    return ind == soci::i_ok ? static_cast<std::int64_t>(id) : 0;
  };
  p.responder = responder_of("region");
  p.sud_responder = responder_of("sud");
  return p;
}

// One orientation: a service of the directory and its outcome.
struct DrawnOrientation {
  std::int64_t service_id = 0;
  std::string outcome;
  std::int64_t at = 0;
};

// A generated request: the coded fields intake records and what the follow-up did with it.
struct Drawn {
  OrientationRequest request;
  std::vector<DrawnOrientation> orientations;
  std::int64_t intake_line = 0;  // the line that took the request (before an accepted transfer)
  std::string transfer_to, transfer_status;  // a line code and proposed/accepted/declined, or empty
  std::int64_t transfer_at = 0;
  bool unmet_need = false;
};

std::int64_t local_time(std::int64_t day, int minutes) {
  auto at = from_brussels(local_date_iso(day), "00:00");
  return (at ? *at : day) + minutes * 60LL;
}

Drawn draw(Prng& rng, const Pools& p, const std::string& reached, const std::string& channel, std::int64_t end,
           int days, bool with_text) {
  Drawn d;
  auto& r = d.request;
  r.channel = channel;
  // A weekday; phone and in-person contacts during the opening hours, e-mails and web forms at any hour.
  std::int64_t day = 0;
  int minutes = 0;
  for (int attempt = 0; attempt < 20; ++attempt) {
    day = end - static_cast<std::int64_t>(rng.below(days)) * kDay;
    int weekday = to_brussels(day).weekday;
    bool office = channel == "phone" || channel == "in_person";
    if (office && weekday >= 5) continue;
    minutes = office ? 9 * 60 + rng.below(8 * 60) : 7 * 60 + rng.below(15 * 60);
    if (local_time(day, minutes) < end) break;
  }
  r.received_at = std::min(local_time(day, minutes), end - 60);
  // Recorded a few minutes after the call, never after `end`: a row written "in the future" would hide every change
  // from the statistics' fingerprint (MAX(updated_at)) and keep their memory of figures from serving until then.
  r.created_at = std::min(r.received_at + 60 * (1 + rng.below(10)), end - 1);

  // The person: from the bassin of the line reached, mostly; anywhere in Brussels for the regional line.
  std::string bassin = reached.empty() || reached == "region" ? "" : p.bassin_of_line.at(reached);
  const auto& codes = !bassin.empty() && rng.chance(85) && p.postal_codes_of_bassin.count(bassin)
                          ? p.postal_codes_of_bassin.at(bassin)
                          : p.postal_codes;
  if (!codes.empty() && rng.chance(94)) {
    r.person_postal_code = rng.pick(codes);
    r.person_bassin_slug = p.bassin_of_postal_code.at(r.person_postal_code);
    r.person_commune_nis = p.nis_of_postal_code.at(r.person_postal_code);
    // One person in five of a commune with quarters loaded is placed in one (the responder named it): the quarter
    // gives the bassin. Drawn from the time received, not from the generator, so the rest of the year is unchanged.
    auto qs = p.quarters_of_commune.find(r.person_commune_nis);
    if (qs != p.quarters_of_commune.end() && (r.received_at / 60) % 5 == 0) {
      const auto& q = qs->second[static_cast<std::size_t>(r.received_at / 300) % qs->second.size()];
      r.person_quarter_code = q.code;
      r.person_postal_code.clear();
      r.person_bassin_slug = q.bassin_slug;
    }
  }
  static const std::vector<std::string> ages = {"under_18", "18_25", "26_39", "40_64", "65_plus", "unknown"};
  r.person_age_band = ages[rng.weighted({6, 14, 28, 30, 16, 6})];
  static const std::vector<std::string> genders = {"female", "male", "other", "unknown"};
  r.person_gender = genders[rng.weighted({52, 42, 1, 5})];
  static const std::vector<std::string> statuses = {"legal_residence", "eu_unregistered", "asylum_seeker", "undocumented",
                                                    "unknown"};
  r.person_status = statuses[rng.weighted({70, 6, 6, 8, 10})];
  static const std::vector<std::vector<std::string>> languages = {{"fr"}, {"nl"}, {"fr", "ar"}, {"en"}, {"fr", "es"}, {"ar"}};

  // Who asks: a professional of the directory's organisations, sometimes typed.
  bool dutch = false;
  if (!p.orgs.empty() && rng.chance(85)) {
    auto& o = rng.pick(p.orgs);
    r.requester_organisation_id = o.id;
    static const std::vector<std::string> usual = {"social", "mental_health", "primary_care", "hospital", "home_care",
                                                   "homelessness", "housing", "youth", "elderly", "justice", "other"};
    r.requester_sector = !o.sector.empty() && rng.chance(85) ? o.sector : usual[rng.weighted({24, 16, 14, 12, 8, 7, 5, 5, 4, 2, 3})];
    dutch = o.dutch;
  } else {
    r.requester_organisation_text = rng.chance(50) ? "Hôpital — service social" : "Maison de quartier";
    r.requester_sector = rng.chance(50) ? "hospital" : "other";
  }
  if (rng.chance(12)) dutch = true;
  r.person_languages = dutch ? std::vector<std::string>{"nl"} : languages[rng.weighted({62, 0, 14, 6, 4, 6})];
  r.requester_function = rng.pick(kFunctions);
  if (with_text) r.requester_contact = channel == "email" ? "accueil@service.example" : "02 000 0" + std::to_string(100 + rng.below(900));

  // The question: mostly information or administrative, a few complex situations.
  const auto& q = dutch ? rng.pick(questions_nl()) : rng.pick(questions_fr());
  r.themes = {q.theme};
  if (rng.chance(20)) r.themes.push_back(rng.pick(p.themes));
  if (with_text) r.question = q.text;
  r.complexity = rng.chance(7) ? "complex" : "information";

  // The lines: the one reached handles it, a non-notified contact goes to the region's line mostly.
  r.line_reached_id = reached.empty() ? 0 : p.line.at(reached);
  std::string handling = reached.empty() ? (rng.chance(80) || r.person_bassin_slug.empty() ? "region" : r.person_bassin_slug) : reached;
  if (!p.line.count(handling)) handling = "region";
  r.line_id = p.line.at(handling);
  d.intake_line = r.line_id;
  r.created_by = handling == "sud" && p.sud_responder ? p.sud_responder : p.responder;

  // Follow-up. Older requests are closed; the last days' are often still open.
  std::int64_t age = end - r.received_at;
  bool recent = age < 7 * kDay;
  bool open = recent ? rng.chance(55) : rng.chance(1);
  // A transfer between lines: bassin to region for a complex situation, region to the person's bassin.
  if (rng.chance(3)) {
    std::string to = handling == "region" && !r.person_bassin_slug.empty() ? r.person_bassin_slug : "region";
    if (to != handling && p.line.count(to)) {
      d.transfer_to = to;
      d.transfer_status = open ? "proposed" : (rng.chance(85) ? "accepted" : "declined");
      d.transfer_at = r.received_at + 3600 * (1 + rng.below(20));
      if (d.transfer_at >= end) d.transfer_at = end - 30;
      if (d.transfer_status == "accepted") r.line_id = p.line.at(to);
    }
  }
  bool oriented = rng.chance(r.complexity == "complex" ? 70 : 38);
  if (oriented) {
    auto& pool = p.services_of_theme.count(r.themes[0]) ? p.services_of_theme.at(r.themes[0]) : p.all_services;
    int n = pool.empty() ? 0 : 1 + (rng.chance(35) ? 1 : 0);
    std::int64_t at = r.received_at + 60 * (15 + rng.below(r.complexity == "complex" ? 2880 : 600));
    if (at >= end) at = end - 30;
    for (int i = 0; i < n; ++i) {
      auto service = rng.pick(pool);
      if (!d.orientations.empty() && d.orientations[0].service_id == service) continue;
      static const std::vector<std::string> outcomes = {"accepted", "contacted", "proposed", "refused", "no_answer"};
      std::string outcome = open ? outcomes[rng.weighted({10, 30, 60, 0, 0})] : outcomes[rng.weighted({50, 20, 5, 12, 13})];
      d.orientations.push_back({service, outcome, at});
    }
    if (!d.orientations.empty()) r.first_orientation_at = at;
  }
  if (!open) {
    r.status = "closed";
    r.closed_at = std::min(end - 10, r.received_at + 3600 * (1 + rng.below(r.complexity == "complex" ? 240 : 30)));
    if (!d.orientations.empty()) r.outcome = "oriented";
    else if (r.complexity == "complex" && rng.chance(60)) r.outcome = "no_solution";
    else if (rng.chance(3)) r.outcome = "transferred";
    else r.outcome = "information";
    if (r.outcome == "no_solution" && rng.chance(70)) d.unmet_need = true;
    if (rng.chance(75)) {
      r.feedback_at = std::max(r.first_orientation_at, r.received_at) + 60 * (20 + rng.below(2000));
      if (r.feedback_at > r.closed_at) r.closed_at = std::min(end - 5, r.feedback_at + 600);
      if (r.feedback_at >= end) r.feedback_at = end - 10;
      if (with_text) r.feedback = rng.pick(kFeedback);
    }
    static const std::vector<std::vector<std::string>> levels = {{"bassin"}, {"bassin", "region"}, {"region"}, {"bassin", "region", "specialised"}};
    r.levels_explored = levels[rng.weighted({40, 30, 20, 10})];
  }
  return d;
}

// What the follow-up did with a demo request, through the same functions as the request page, in the order it
// happened (each step at its own time, so that the history reads as lived).
void follow_up(soci::session& sql, const Pools& p, const Drawn& d, std::int64_t id, Prng& rng, std::int64_t end) {
  const auto& drawn = d.request;
  auto current = [&] { return *find_request(sql, id); };
  std::int64_t user = drawn.created_by;
  if (rng.chance(30)) add_note(sql, current(), "contact", rng.pick(kNotes), user, drawn.created_at + 120);
  for (auto& o : d.orientations) {
    add_orientation(sql, current(), o.service_id, "Correspond au thème et au bassin de la personne.", user, o.at);
    if (o.outcome == "proposed") continue;
    long long oid = 0;
    sql << "SELECT id FROM helpdesk_orientations WHERE request_id = :r AND service_id = :s", soci::use(id),
        soci::use(o.service_id), soci::into(oid);
    set_orientation_outcome(sql, current(), oid, o.outcome, user, std::min(end - 20, o.at + 86400));
  }
  if (!d.transfer_to.empty()) {
    std::int64_t transfer = 0;
    std::string reason = d.transfer_to == "region" ? "Situation complexe : relais vers la ligne régionale."
                                                   : "La personne habite le bassin : relais vers la ligne du bassin.";
    if (!propose_transfer(sql, current(), p.line.at(d.transfer_to), reason, user, d.transfer_at, &transfer) &&
        d.transfer_status != "proposed") {
      std::int64_t answered = std::min(end - 15, d.transfer_at + 1800);
      answer_transfer(sql, transfer, d.transfer_status == "accepted",
                      d.transfer_status == "accepted" ? "" : "Pas de disponibilité dans le bassin cette semaine.",
                      d.transfer_to == "sud" && p.sud_responder ? p.sud_responder : user, answered);
    }
  }
  if (drawn.feedback_at) give_feedback(sql, current(), drawn.feedback, user, drawn.feedback_at);
  if (drawn.status != "closed") {
    if (drawn.callback_at) set_callback(sql, current(), drawn.callback_at, drawn.callback_user_id, user, drawn.created_at + 300);
    return;
  }
  set_levels(sql, current(), drawn.levels_explored, user, drawn.closed_at - 5);
  if (d.unmet_need) {
    UnmetNeed need;
    need.bassin_slug = drawn.person_bassin_slug;
    need.themes = drawn.themes;
    need.public_code = drawn.person_age_band == "65_plus" ? "older-people" : drawn.person_age_band == "under_18" ? "adolescents" : "adults";
    need.summary = "Aucune place disponible pour ce public dans le bassin ni en région.";
    flag_unmet_need(sql, current(), need, user, drawn.closed_at - 2);
  }
  close_request(sql, current(), drawn.outcome, user, drawn.closed_at);
}

}  // namespace

int seed_demo(App& app) {
  return app.db.transact([&](soci::session& sql) {
    Pools p = load_pools(sql);
    Prng rng{20240652};
    std::int64_t end = now_seconds();
    // The requests already there (the responders' demo) count in the table: the year adds what they lack.
    std::map<std::string, int> reached_already, channels_already;
    int already = 0;
    {
      soci::rowset<soci::row> rs =
          (sql.prepare << "SELECT COALESCE(l.code, ''), r.channel, COUNT(*) FROM helpdesk_requests r LEFT JOIN "
                          "helpdesk_lines l ON l.id = r.line_reached_id GROUP BY l.code, r.channel");
      for (auto& row : rs) {
        int n = static_cast<int>(as_int(row, 2));
        reached_already[as_text(row, 0)] += n;
        channels_already[as_text(row, 1)] += n;
        already += n;
      }
    }
    int count = std::max(0, kTableTotal - already);
    auto reached = quota_slots(rng, kLinesReached, std::size(kLinesReached), count, reached_already, kTableTotal);
    auto channels = quota_slots(rng, kChannels, std::size(kChannels), count, channels_already, kTableTotal);
    std::vector<Drawn> drawn;
    for (int i = 0; i < count; ++i) drawn.push_back(draw(rng, p, reached[i], channels[i], end, 365, true));
    // Call-backs: the open requests wait for one; a few are due today (some hours from now), others this week.
    std::int64_t today = local_time(end, 0);
    int due_today = 0;
    for (auto& d : drawn) {
      auto& r = d.request;
      if (r.status != "open") continue;
      r.callback_user_id = r.created_by;
      if (due_today < 4) {
        r.callback_at = std::max(r.received_at + 600, today + 60 * (9 * 60 + 30 + 120 * due_today));
        ++due_today;
      } else {
        r.callback_at = local_time(end + kDay * (1 + rng.below(4)), 9 * 60 + 30 * rng.below(14));
      }
    }
    // A transfer or two still waiting for the receiving line's answer.
    int pending = 0;
    for (auto& d : drawn) {
      auto& r = d.request;
      if (pending >= 2 || r.status != "open" || !d.transfer_to.empty() || r.person_bassin_slug.empty() ||
          d.intake_line != p.line.at("region") || !p.line.count(r.person_bassin_slug))
        continue;
      d.transfer_to = r.person_bassin_slug;
      d.transfer_status = "proposed";
      d.transfer_at = std::min(end - 60, r.received_at + 3600);
      ++pending;
    }
    int n = 0;
    for (auto& d : drawn) {
      // Intake as a responder records it, then what the follow-up did.
      // Intake as a responder records it (the line that took it, no follow-up yet), then the follow-up.
      OrientationRequest intake = d.request;
      intake.line_id = d.intake_line;
      intake.status = "open";
      intake.feedback.clear();
      intake.first_orientation_at = intake.feedback_at = intake.callback_at = intake.callback_user_id = 0;
      intake.closed_at = 0;
      intake.outcome.clear();
      intake.levels_explored.clear();
      std::int64_t id = create_request(sql, intake, intake.created_at);
      follow_up(sql, p, d, id, rng, end);
      ++n;
    }
    return n;
  });
}

int generate_requests(soci::session& sql, const GeneratorOptions& o) {
  Pools p = load_pools(sql);
  Prng rng{o.seed};
  std::int64_t end = o.end ? o.end : now_seconds();
  auto reached = quota_slots(rng, kLinesReached, std::size(kLinesReached), o.requests);
  auto channels = quota_slots(rng, kChannels, std::size(kChannels), o.requests);
  long long first_id = 0;
  soci::indicator first_ind = soci::i_null;
  sql << "SELECT MAX(id) FROM helpdesk_requests", soci::into(first_id, first_ind);
  if (first_ind != soci::i_ok) first_id = 0;

  // Prepared once, executed per row: bound variables are read at each execute.
  Drawn d;
  auto& r = d.request;
  std::string reference, languages, levels;
  std::int64_t id = 0, reached_id = 0, org = 0, fo = 0, fb = 0, cl = 0, cb = 0;
  soci::indicator reached_i, org_i, fo_i, fb_i, cl_i, cb_i;
  soci::statement insert =
      (sql.prepare << "INSERT INTO helpdesk_requests (id, reference, line_id, line_reached_id, channel, received_at, "
                      "status, requester_organisation_id, requester_organisation_text, requester_function, "
                      "requester_sector, person_age_band, person_gender, person_postal_code, person_commune_nis, "
                      "person_bassin_slug, person_languages, person_status, complexity, levels_explored, "
                      "first_orientation_at, feedback_at, callback_at, outcome, closed_at, created_at, updated_at, "
                      "person_quarter_code) VALUES (:id, :ref, :l, :lr, :ch, :at, :st, :org, :orgt, :fn, :sec, :age, :g, "
                      ":pc, :nis, :b, :langs, :ps, :cx, :lv, :fo, :fb, :cb, :o, :cl, :c, :u, :q)",
       soci::use(id), soci::use(reference), soci::use(r.line_id), soci::use(reached_id, reached_i), soci::use(r.channel),
       soci::use(r.received_at), soci::use(r.status), soci::use(org, org_i), soci::use(r.requester_organisation_text),
       soci::use(r.requester_function), soci::use(r.requester_sector), soci::use(r.person_age_band),
       soci::use(r.person_gender), soci::use(r.person_postal_code), soci::use(r.person_commune_nis),
       soci::use(r.person_bassin_slug), soci::use(languages), soci::use(r.person_status), soci::use(r.complexity),
       soci::use(levels), soci::use(fo, fo_i), soci::use(fb, fb_i), soci::use(cb, cb_i), soci::use(r.outcome),
       soci::use(cl, cl_i), soci::use(r.created_at), soci::use(r.created_at), soci::use(r.person_quarter_code));
  std::string theme;
  soci::statement insert_theme =
      (sql.prepare << "INSERT INTO helpdesk_request_themes (request_id, theme, request_received_at) VALUES (:r, :t, :at)",
       soci::use(id), soci::use(theme), soci::use(r.received_at));
  std::int64_t service = 0, at = 0;
  std::string outcome;
  soci::statement insert_orientation =
      (sql.prepare << "INSERT INTO helpdesk_orientations (request_id, service_id, outcome, created_at, updated_at, "
                      "request_received_at) VALUES (:r, :s, :o, :c, :u, :at)",
       soci::use(id), soci::use(service), soci::use(outcome), soci::use(at), soci::use(at), soci::use(r.received_at));
  std::int64_t from = 0, to = 0;
  std::string transfer_status;
  soci::statement insert_transfer =
      (sql.prepare << "INSERT INTO helpdesk_transfers (request_id, from_line_id, to_line_id, status, proposed_at) VALUES "
                      "(:r, :f, :t, :s, :p)",
       soci::use(id), soci::use(from), soci::use(to), soci::use(transfer_status), soci::use(at));
  for (int i = 0; i < o.requests; ++i) {
    d = draw(rng, p, reached[i], channels[i], end, o.days, false);
    id = first_id + 1 + i;
    reference = "HD-GEN-" + std::to_string(id);
    reached_id = r.line_reached_id;
    reached_i = reached_id ? soci::i_ok : soci::i_null;
    org = r.requester_organisation_id;
    org_i = org ? soci::i_ok : soci::i_null;
    fo = r.first_orientation_at, fb = r.feedback_at, cl = r.closed_at;
    fo_i = fo ? soci::i_ok : soci::i_null;
    fb_i = fb ? soci::i_ok : soci::i_null;
    cl_i = cl ? soci::i_ok : soci::i_null;
    // Open requests of the last week wait for a call-back, some of them today.
    cb = r.status == "open" ? local_time(end, 9 * 60 + 30 * rng.below(16)) + kDay * rng.below(3) : 0;
    cb_i = cb ? soci::i_ok : soci::i_null;
    languages = join_codes(r.person_languages);
    levels = join_codes(r.levels_explored);
    insert.execute(true);
    for (auto& t : r.themes) {
      if (&t != &r.themes[0] && t == r.themes[0]) continue;
      theme = t;
      insert_theme.execute(true);
    }
    for (auto& x : d.orientations) {
      service = x.service_id;
      outcome = x.outcome;
      at = x.at;
      insert_orientation.execute(true);
    }
    if (!d.transfer_to.empty()) {
      from = d.intake_line;
      to = p.line.at(d.transfer_to);
      transfer_status = d.transfer_status;
      at = d.transfer_at;
      insert_transfer.execute(true);
    }
  }
  // PostgreSQL's sequence does not know of ids written explicitly.
  if (is_postgres(sql))
    sql << "SELECT setval(pg_get_serial_sequence('helpdesk_requests', 'id'), (SELECT MAX(id) FROM helpdesk_requests))";
  return o.requests;
}

}  // namespace maillage::helpdesk
