#include "accounts/demo_world.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "accounts/model.hpp"
#include "platform/db.hpp"
#include "platform/security.hpp"

namespace maillage::accounts::demo {

namespace {
// First names and family names as one meets them in Brussels' social and health services: Belgian (French and
// Flemish), Moroccan, Turkish, Polish, Romanian, Congolese, Senegalese, Portuguese, Spanish, Italian, Albanian,
// Vietnamese, Syrian, Greek. Letters outside Latin-1 (ş, ł, ğ, ı, ș, ț, ő, ễ...) on purpose.
const char* kFirstNames[] = {
    "Marie", "Thomas", "Yasmina", "Łukasz", "Ayşe", "Pieter", "Aminata", "João", "Gaëlle", "Karim", "Els", "Ștefan",
    "Nadia", "Emre", "Sophie", "Małgorzata", "François", "Fatima", "Wouter", "Grâce", "Mehmet", "Ioana", "Julie",
    "Rachid", "Zoë", "Youssef", "Liesbeth", "Çağla", "Benoît", "Samira", "Koen", "Agnieszka", "Mamadou", "Inês",
    "Nicolas", "Hanane", "Tuğba", "Bram", "Chantal", "Paweł", "Joëlle", "Ilias", "Andreea", "Giulia", "Arbër",
    "Céline", "Soufiane", "Özlem", "Griet", "Jean-Pierre", "Imane", "Gülşen", "Lucía", "Mihai", "Blerta", "Noël",
    "Rania", "Kofi", "Anaïs", "Omar", "Sofie", "Hakan", "Katarzyna", "Dimitra", "Loïc", "Elif", "Gonçalo"};
const char* kFamilyNames[] = {
    "Dubois", "El Amrani", "Yılmaz", "Peeters", "Kowalski", "Mbuyi", "Lambert", "Şahin", "Janssens", "Benali",
    "Popescu", "Gonçalves", "Dupont", "Doğan", "Wiśniewska", "Diallo", "Maes", "Bouzidi", "Ionescu", "Kabeya",
    "Renard", "Çelik", "Claes", "El Idrissi", "Zieliński", "Fernández", "Lejeune", "Öztürk", "Vermeulen", "Azzouzi",
    "Rădulescu", "Tshibangu", "Mertens", "Kaya", "Nowak", "Hoxha", "Leroy", "Aydın", "Van den Broeck", "Chaouki",
    "Nguyễn", "Ndiaye", "Wauters", "Koç", "Wójcik", "Pereira", "De Smet", "Haddouchi", "Krasniqi", "Esposito",
    "Goossens", "Ouali", "Papadopoulos", "Lukusa", "Mahieu", "Al-Hassan", "Willems", "Brahimi", "García", "Noël",
    "Martin", "Szabó", "Russo", "Ţurcanu", "Erdoğan"};
constexpr std::size_t kFirst = std::size(kFirstNames), kFamily = std::size(kFamilyNames);

struct KindSector {
  const char* prefix;
  const char* sector;
};
// The kinds of the directory demo and of the accounts' demo organisations, by the start of their name.
const KindSector kKinds[] = {
    {"Service de santé mentale", "mental_health"},
    {"Service d'accompagnement en santé mentale", "mental_health"},
    {"Équipe mobile de psychiatrie", "mental_health"},
    {"Service d'accompagnement double diagnostic", "mental_health"},
    {"Groupe de pair-aidance", "mental_health"},
    {"CPAS", "social"},
    {"OCMW", "social"},
    {"CAW", "social"},
    {"Service d'insertion socioprofessionnelle", "social"},
    {"Centre d'aide aux victimes", "social"},
    {"Accueil des personnes exilées", "social"},
    {"Maison médicale", "primary_care"},
    {"Wijkgezondheidscentrum", "primary_care"},
    {"Centre de planning familial", "primary_care"},
    {"Centre de jour pour personnes sans abri", "homelessness"},
    {"Restaurant social", "homelessness"},
    {"Service d'aide et de soins à domicile", "home_care"},
    {"Plateforme de soins palliatifs", "home_care"},
    {"Antenne de réduction des risques", "addictions"},
    {"Permanence juridique", "justice"},
    {"Maison de jeunes", "youth"},
    {"Consultation pour enfants", "youth"},
    {"Agence immobilière sociale", "housing"},
    {"Service d'accompagnement des aînés", "elderly"},
    {"Maison de repos", "elderly"},
};

// Job titles by sector (French, inclusive), for the registrations' "function".
const char* function_of(const std::string& sector, const std::string& role, std::size_t n) {
  if (role == "coordinator") return n % 2 ? "Coordinateur·rice" : "Directeur·rice";
  static const std::map<std::string, std::vector<const char*>> by_sector = {
      {"mental_health", {"Psychologue", "Psychiatre", "Assistant·e social·e", "Infirmier·ère psychiatrique"}},
      {"social", {"Assistant·e social·e", "Travailleur·euse social·e", "Agent·e d'accueil"}},
      {"primary_care", {"Médecin généraliste", "Infirmier·ère", "Assistant·e social·e", "Accueillant·e"}},
      {"homelessness", {"Travailleur·euse social·e", "Éducateur·rice", "Accueillant·e"}},
      {"home_care", {"Infirmier·ère à domicile", "Aide familial·e", "Coordinateur·rice de soins"}},
      {"addictions", {"Travailleur·euse de rue", "Infirmier·ère", "Pair-aidant·e"}},
      {"justice", {"Juriste", "Avocat·e"}},
      {"youth", {"Animateur·rice", "Éducateur·rice", "Infirmier·ère en santé communautaire"}},
      {"housing", {"Assistant·e social·e", "Chargé·e de l'accompagnement des locataires"}},
      {"elderly", {"Ergothérapeute", "Assistant·e social·e", "Infirmier·ère"}},
  };
  auto it = by_sector.find(sector);
  if (it == by_sector.end()) return "Travailleur·euse social·e";
  return it->second[n % it->second.size()];
}

// The local part of an e-mail address from a name: lower-case ASCII, the letters with diacritics folded.
std::string ascii_of(const std::string& name) {
  static const std::map<std::string, char> folded = {
      {"à", 'a'}, {"â", 'a'}, {"ä", 'a'}, {"á", 'a'}, {"ã", 'a'}, {"ă", 'a'}, {"ç", 'c'}, {"č", 'c'}, {"ć", 'c'},
      {"é", 'e'}, {"è", 'e'}, {"ê", 'e'}, {"ë", 'e'}, {"ễ", 'e'}, {"É", 'e'}, {"ğ", 'g'}, {"ı", 'i'}, {"î", 'i'},
      {"ï", 'i'}, {"í", 'i'}, {"ł", 'l'}, {"Ł", 'l'}, {"ñ", 'n'}, {"ń", 'n'}, {"ö", 'o'}, {"ó", 'o'}, {"ô", 'o'},
      {"ő", 'o'}, {"Ö", 'o'}, {"ş", 's'}, {"ș", 's'}, {"ś", 's'}, {"Ş", 's'}, {"Ș", 's'}, {"ţ", 't'}, {"ț", 't'},
      {"Ţ", 't'}, {"ü", 'u'}, {"ú", 'u'}, {"û", 'u'}, {"ż", 'z'}, {"ź", 'z'}, {"Ç", 'c'}};
  std::string out;
  for (std::size_t i = 0; i < name.size();) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : 4;
    std::string ch = name.substr(i, len);
    i += len;
    if (len == 1) {
      if (std::isalpha(c)) out += static_cast<char>(std::tolower(c));
      else if (c == ' ' || c == '-') out += out.empty() || out.back() == '.' ? "" : ".";
      continue;
    }
    auto f = folded.find(ch);
    if (f != folded.end()) out += f->second;
  }
  return out;
}
}  // namespace

std::string sector_of_organisation(const std::string& name) {
  for (auto& k : kKinds)
    if (name.rfind(k.prefix, 0) == 0) return k.sector;
  return "other";
}

int seed_world(soci::session& sql, std::int64_t now) {
  struct Org {
    std::int64_t id;
    std::string name, bassin;
    int coordinators = 0, editors = 0, members = 0;
  };
  std::vector<Org> orgs;
  {
    soci::rowset<soci::row> rs =
        (sql.prepare << "SELECT o.id, o.name, COALESCE(p.bassin_slug, ''), (SELECT COUNT(*) FROM memberships m WHERE "
                        "m.organisation_id = o.id AND m.role = 'coordinator'), (SELECT COUNT(*) FROM memberships m WHERE "
                        "m.organisation_id = o.id AND m.role = 'editor'), (SELECT COUNT(*) FROM memberships m WHERE "
                        "m.organisation_id = o.id AND m.role = 'member') FROM organisations o LEFT JOIN postal_codes p ON "
                        "p.code = o.postal_code ORDER BY o.id");
    for (auto& r : rs)
      orgs.push_back({as_int(r, 0), as_text(r, 1), as_text(r, 2), static_cast<int>(as_int(r, 3)),
                      static_cast<int>(as_int(r, 4)), static_cast<int>(as_int(r, 5))});
  }
  std::set<std::string> names, emails;
  {
    soci::rowset<soci::row> rs = (sql.prepare << "SELECT name, email FROM users");
    for (auto& r : rs) {
      names.insert(as_text(r, 0));
      emails.insert(as_text(r, 1));
    }
  }
  // One hash for everyone: hashing is slow on purpose, and these accounts share their password anyway.
  std::string hash = security::hash_password(kWorldPassword);
  std::size_t n = 0;
  int created = 0;
  auto next_person = [&](std::int64_t org, const std::string& role, const std::string& sector) {
    std::string name;
    for (;;) {
      // Walks the pairs of first and family names so that neighbours differ in both and no pair repeats.
      std::size_t first = (n * 7) % kFirst, family = (n * 5 + n / kFirst) % kFamily;
      ++n;
      name = std::string(kFirstNames[first]) + " " + kFamilyNames[family];
      if (!names.count(name)) break;
    }
    names.insert(name);
    std::string email = ascii_of(name);
    for (int k = 2; emails.count(email + kEmailDomain); ++k) email = ascii_of(name) + std::to_string(k);
    email += kEmailDomain;
    emails.insert(email);
    // About one in five works in Dutch.
    std::string lang = n % 5 == 2 ? "nl" : "fr";
    std::int64_t id = 0;
    sql << "INSERT INTO users (email, name, lang, password_hash, created_at) VALUES (:e, :n, :l, :h, :c) RETURNING id",
        soci::use(email), soci::use(name), soci::use(lang), soci::use(hash), soci::use(now), soci::into(id);
    set_membership(sql, id, org, role);
    (void)sector;
    ++created;
  };
  for (std::size_t i = 0; i < orgs.size(); ++i) {
    auto& o = orgs[i];
    std::string sector = sector_of_organisation(o.name);
    if (o.coordinators == 0) next_person(o.id, "coordinator", sector);
    if (i % 3 == 0 && o.editors == 0) next_person(o.id, "editor", sector);
    for (int m = o.members; m < 1 + static_cast<int>(i % 3); ++m) next_person(o.id, "member", sector);
  }
  return created;
}

World load_world(soci::session& sql) {
  World w;
  soci::rowset<soci::row> os =
      (sql.prepare << "SELECT o.id, o.name, COALESCE(o.postal_code, ''), COALESCE(p.bassin_slug, '') FROM organisations o "
                      "LEFT JOIN postal_codes p ON p.code = o.postal_code ORDER BY o.id");
  for (auto& r : os) {
    DemoOrganisation o{as_int(r, 0), as_text(r, 1), as_text(r, 2), as_text(r, 3), ""};
    o.sector = sector_of_organisation(o.name);
    w.organisations.push_back(std::move(o));
  }
  std::string like = std::string("%") + kEmailDomain;
  soci::rowset<soci::row> ps =
      (sql.prepare << "SELECT u.id, u.name, u.email, u.lang, m.organisation_id, m.role FROM memberships m JOIN users u ON "
                      "u.id = m.user_id WHERE u.email LIKE :d AND u.disabled = 0 ORDER BY u.id, m.organisation_id",
       soci::use(like));
  std::size_t n = 0;
  for (auto& r : ps) {
    DemoPerson p;
    p.user_id = as_int(r, 0);
    p.name = as_text(r, 1);
    p.email = as_text(r, 2);
    p.lang = as_text(r, 3);
    p.organisation_id = as_int(r, 4);
    p.role = as_text(r, 5);
    if (auto* o = w.organisation(p.organisation_id)) {
      p.organisation_name = o->name;
      p.sector = o->sector;
      p.bassin = o->bassin;
    }
    p.function = function_of(p.sector, p.role, n++);
    w.people.push_back(std::move(p));
  }
  return w;
}

const DemoOrganisation* World::organisation(std::int64_t id) const {
  auto it = std::lower_bound(organisations.begin(), organisations.end(), id,
                             [](const DemoOrganisation& o, std::int64_t v) { return o.id < v; });
  return it != organisations.end() && it->id == id ? &*it : nullptr;
}

std::vector<const DemoPerson*> World::people_of(std::int64_t organisation_id) const {
  std::vector<const DemoPerson*> out;
  for (auto* role : {"coordinator", "editor", "member"})
    for (auto& p : people)
      if (p.organisation_id == organisation_id && p.role == role) out.push_back(&p);
  return out;
}

const DemoPerson* World::coordinator_of(std::int64_t organisation_id) const {
  for (auto& p : people)
    if (p.organisation_id == organisation_id && p.role == "coordinator") return &p;
  return nullptr;
}

std::vector<const DemoOrganisation*> World::organisations_in(const std::string& bassin, const std::string& sector) const {
  std::vector<const DemoOrganisation*> out;
  for (auto& o : organisations)
    if ((bassin.empty() || o.bassin == bassin) && (sector.empty() || o.sector == sector)) out.push_back(&o);
  return out;
}

std::vector<const DemoPerson*> World::people_in(const std::string& bassin, const std::string& sector) const {
  std::vector<const DemoPerson*> out;
  for (auto& p : people)
    if ((bassin.empty() || p.bassin == bassin) && (sector.empty() || p.sector == sector)) out.push_back(&p);
  return out;
}

const DemoPerson& World::person(const std::string& sector, const std::string& bassin, std::size_t n) const {
  auto some = people_in(bassin, sector);
  if (some.empty()) some = people_in(bassin);
  if (some.empty()) some = people_in("");
  return *some.at(n % some.size());
}

}  // namespace maillage::accounts::demo
