// Synthetic services shaped like the Brussels offer, for tests and benchmarks at scale.
#include "directory/search/synthetic.hpp"

#include <algorithm>
#include <random>
#include <string>

namespace maillage::directory::search {

namespace {

struct Commune {
  const char* nis;
  const char* fr;
  const char* nl;
  const char* bassin;
  double lat, lng;  // about the centre
};

constexpr Commune kCommunes[] = {
    {"21001", "Anderlecht", "Anderlecht", "centre-ouest", 50.8365, 4.3082},
    {"21002", "Auderghem", "Oudergem", "sud-est", 50.8156, 4.4331},
    {"21003", "Berchem-Sainte-Agathe", "Sint-Agatha-Berchem", "nord", 50.8640, 4.2950},
    {"21004", "Bruxelles", "Brussel", "centre-ouest", 50.8467, 4.3525},
    {"21005", "Etterbeek", "Etterbeek", "sud-est", 50.8333, 4.3890},
    {"21006", "Evere", "Evere", "nord-est", 50.8710, 4.4030},
    {"21007", "Forest", "Vorst", "sud", 50.8100, 4.3240},
    {"21008", "Ganshoren", "Ganshoren", "nord", 50.8710, 4.3170},
    {"21009", "Ixelles", "Elsene", "sud", 50.8270, 4.3720},
    {"21010", "Jette", "Jette", "nord", 50.8780, 4.3260},
    {"21011", "Koekelberg", "Koekelberg", "nord", 50.8620, 4.3300},
    {"21012", "Molenbeek-Saint-Jean", "Sint-Jans-Molenbeek", "centre-ouest", 50.8550, 4.3230},
    {"21013", "Saint-Gilles", "Sint-Gillis", "sud", 50.8270, 4.3450},
    {"21014", "Saint-Josse-ten-Noode", "Sint-Joost-ten-Node", "nord-est", 50.8530, 4.3730},
    {"21015", "Schaerbeek", "Schaarbeek", "nord-est", 50.8670, 4.3780},
    {"21016", "Uccle", "Ukkel", "sud", 50.8000, 4.3370},
    {"21017", "Watermael-Boitsfort", "Watermaal-Bosvoorde", "sud", 50.7990, 4.4150},
    {"21018", "Woluwe-Saint-Lambert", "Sint-Lambrechts-Woluwe", "sud-est", 50.8460, 4.4300},
    {"21019", "Woluwe-Saint-Pierre", "Sint-Pieters-Woluwe", "sud-est", 50.8320, 4.4400},
};

struct Theme {
  const char* code;
  const char* names_fr[3];
  const char* names_nl[3];
  const char* what_fr;
  const char* what_nl;
};

constexpr Theme kThemes[] = {
    {"mental-health", {"Service de santé mentale", "Centre de guidance", "Consultation psychologique"},
     {"Centrum Geestelijke Gezondheidszorg", "Psychologisch consult", "Begeleidingscentrum"},
     "consultations psychologiques et psychiatriques, suivi thérapeutique",
     "psychologische en psychiatrische consultaties, therapeutische begeleiding"},
    {"addictions", {"Centre d'aide aux assuétudes", "Réduction des risques", "Consultation toxicomanie"},
     {"Centrum voor verslavingszorg", "Drugpunt", "Ambulante verslavingszorg"},
     "accompagnement des usagers de drogues et d'alcool, réduction des risques",
     "begeleiding van gebruikers van drugs en alcohol, schadebeperking"},
    {"housing", {"Service logement", "Agence immobilière sociale", "Aide au relogement"},
     {"Woonloket", "Sociaal verhuurkantoor", "Woonbegeleiding"},
     "aide à la recherche de logement, guidance locative, lutte contre l'insalubrité",
     "hulp bij het zoeken naar een woning, woonbegeleiding"},
    {"homelessness", {"Centre d'accueil pour sans-abri", "Abri de nuit", "Accueil de jour pour sans-abri"},
     {"Opvangcentrum voor daklozen", "Nachtopvang", "Dagcentrum voor daklozen"},
     "accueil, douches, repas et accompagnement des personnes sans-abri",
     "onthaal, douches, maaltijden en begeleiding van daklozen"},
    {"food-aid", {"Épicerie sociale", "Restaurant social", "Distribution de colis alimentaires"},
     {"Sociale kruidenier", "Sociaal restaurant", "Voedselbedeling"},
     "aide alimentaire, colis et repas à petit prix", "voedselhulp, pakketten en goedkope maaltijden"},
    {"employment", {"Service d'insertion socioprofessionnelle", "Mission locale pour l'emploi", "Atelier de formation"},
     {"Werkwinkel", "Trajectbegeleiding naar werk", "Opleidingscentrum"},
     "accompagnement vers l'emploi et la formation", "begeleiding naar werk en opleiding"},
    {"disability", {"Service d'accompagnement handicap", "Centre de jour pour personnes handicapées", "Répit handicap"},
     {"Dienst ondersteuning personen met een handicap", "Dagcentrum", "Respijtzorg"},
     "soutien aux personnes en situation de handicap et à leurs proches",
     "ondersteuning van personen met een beperking en hun naasten"},
    {"dual-diagnosis", {"Équipe double diagnostic", "Unité double diagnostic", "Soutien double diagnostic"},
     {"Team dubbele diagnose", "Eenheid dubbele diagnose", "Ondersteuning dubbele diagnose"},
     "soutien aux personnes avec déficience intellectuelle et troubles psychiques",
     "ondersteuning van personen met een verstandelijke beperking en psychische problemen"},
    {"perinatality", {"Consultation prénatale", "Maison de naissance", "Accompagnement périnatal"},
     {"Prenatale consultatie", "Geboortehuis", "Perinatale begeleiding"},
     "suivi de grossesse et soutien aux jeunes parents", "zwangerschapsbegeleiding en steun aan jonge ouders"},
    {"palliative-care", {"Équipe de soins palliatifs", "Soins palliatifs à domicile", "Accompagnement fin de vie"},
     {"Palliatief support team", "Palliatieve thuiszorg", "Begeleiding levenseinde"},
     "soins palliatifs et accompagnement en fin de vie", "palliatieve zorg en begeleiding bij het levenseinde"},
    {"home-care", {"Soins infirmiers à domicile", "Aide familiale", "Centre de coordination de soins à domicile"},
     {"Thuisverpleging", "Gezinszorg", "Thuiszorgcoördinatie"},
     "soins et aide à domicile, coordination des intervenants", "zorg en hulp aan huis, coördinatie van zorgverleners"},
    {"elderly", {"Maison de repos", "Centre de jour pour personnes âgées", "Service seniors"},
     {"Woonzorgcentrum", "Dagverzorgingscentrum", "Seniorendienst"},
     "accueil et activités pour les personnes âgées", "opvang en activiteiten voor ouderen"},
    {"youth", {"Service d'aide en milieu ouvert", "Maison de jeunes", "Service jeunesse"},
     {"Jeugdhuis", "Jongerenwerking", "Jongerenpunt"},
     "écoute et accompagnement des jeunes et de leurs familles", "luisteren naar en begeleiden van jongeren en gezinnen"},
    {"legal-aid", {"Permanence juridique", "Bureau d'aide juridique", "Service droits des étrangers"},
     {"Juridische permanentie", "Bureau voor juridische bijstand", "Rechtswinkel"},
     "conseil juridique gratuit, aide pour les démarches", "gratis juridisch advies, hulp bij formaliteiten"},
    {"migration", {"Accueil des primo-arrivants", "Service aux migrants", "Bureau d'accueil pour nouveaux arrivants"},
     {"Onthaalbureau inburgering", "Dienst voor migranten", "Nieuwkomersloket"},
     "accueil, cours de langue et accompagnement des personnes migrantes",
     "onthaal, taallessen en begeleiding van nieuwkomers"},
    {"domestic-violence", {"Écoute violences conjugales", "Refuge pour victimes de violences", "Accompagnement des victimes"},
     {"Hulp bij partnergeweld", "Vluchthuis", "Slachtofferhulp"},
     "écoute, hébergement et accompagnement des victimes de violences conjugales",
     "luisteren, opvang en begeleiding van slachtoffers van partnergeweld"},
    {"peer-support", {"Groupe de pairs-aidants", "Entraide", "Association de pair-aidance"},
     {"Ervaringsdeskundigen", "Zelfhulpgroep", "Lotgenotencontact"},
     "soutien par des pairs-aidants qui ont vécu la même situation", "steun door ervaringsdeskundigen"},
    {"crisis", {"Équipe mobile de crise", "Urgence psychiatrique", "Cellule de crise"},
     {"Mobiel crisisteam", "Psychiatrische spoed", "Crisisopvang"},
     "intervention rapide en situation de crise, 24 heures sur 24", "snelle tussenkomst in crisissituaties, 24 uur op 24"},
};

constexpr const char* kPublics[] = {"adults", "youth", "children", "elderly", "families", "women",
                                    "men", "migrants", "homeless", "lgbtqia", "students", "parents"};
constexpr const char* kLanguages[] = {"fr", "nl", "en", "ar", "tr", "es", "pt", "ro", "pl", "ber"};
constexpr const char* kAccess[] = {"free",        "without-appointment", "walk-in",   "referral-required",
                                   "no-residence-permit", "no-address",   "anonymous", "interpreting"};
constexpr const char* kOrganisationsFr[] = {"asbl Le Pont", "asbl Entr'aide", "CPAS", "asbl La Gerbe",
                                            "asbl Solidarité", "Maison médicale", "asbl Le Canal", "asbl L'Îlot"};
constexpr const char* kOrganisationsNl[] = {"vzw De Brug", "vzw Onderdak", "OCMW", "vzw De Schakel",
                                            "vzw Solidariteit", "Wijkgezondheidscentrum", "vzw Het Kanaal",
                                            "vzw Het Eiland"};
constexpr const char* kQuarters[] = {"Centre", "Nord", "Gare", "Parc", "Marché", "Canal", "Cité", "Chaussée",
                                     "Église", "Abbaye"};

template <class T, std::size_t N>
const T& pick(const T (&a)[N], std::mt19937& rng) {
  return a[std::uniform_int_distribution<std::size_t>(0, N - 1)(rng)];
}

template <std::size_t N>
std::vector<std::string> some(const char* const (&a)[N], std::size_t min, std::size_t max, std::mt19937& rng) {
  std::vector<std::string> all(a, a + N);
  std::shuffle(all.begin(), all.end(), rng);
  all.resize(std::uniform_int_distribution<std::size_t>(min, max)(rng));
  return all;
}

std::vector<OpeningInterval> hours(std::mt19937& rng) {
  std::vector<OpeningInterval> out;
  switch (std::uniform_int_distribution<int>(0, 5)(rng)) {
    case 0:
      return out;  // unknown
    case 1:
      for (int d = 0; d < 7; ++d) out.push_back({d * 1440, (d + 1) * 1440});  // 24/7 (crisis lines, shelters)
      return out;
    case 2:
      for (int d = 0; d < 5; ++d) {
        out.push_back({d * 1440 + 9 * 60, d * 1440 + 12 * 60 + 30});
        out.push_back({d * 1440 + 13 * 60 + 30, d * 1440 + 17 * 60});
      }
      return out;
    case 3:
      for (int d = 0; d < 6; ++d) out.push_back({d * 1440 + 8 * 60, d * 1440 + 20 * 60});
      return out;
    default: {
      int days = std::uniform_int_distribution<int>(1, 4)(rng);
      for (int i = 0; i < days; ++i) {
        int d = std::uniform_int_distribution<int>(0, 4)(rng), start = std::uniform_int_distribution<int>(8, 14)(rng);
        out.push_back({d * 1440 + start * 60, d * 1440 + (start + 4) * 60});
      }
      return out;
    }
  }
}

}  // namespace

std::vector<ServiceDocument> synthetic_services(std::size_t n, unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> jitter(-0.012, 0.012), unit(0, 1);
  std::vector<ServiceDocument> out;
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Commune& c = pick(kCommunes, rng);
    const Theme& t = pick(kThemes, rng);
    int variant = std::uniform_int_distribution<int>(0, 2)(rng);
    int org = std::uniform_int_distribution<int>(0, std::size(kOrganisationsFr) - 1)(rng);
    const char* quarter = pick(kQuarters, rng);
    ServiceDocument s;
    s.id = "svc-" + std::to_string(seed) + "-" + std::to_string(i);
    s.organisation_id = "org-" + std::to_string(seed) + "-" + std::to_string(i / 4);
    s.name["fr"] = std::string(t.names_fr[variant]) + " " + c.fr + " " + quarter;
    s.name["nl"] = std::string(t.names_nl[variant]) + " " + c.nl;
    if (unit(rng) < 0.2) s.name["en"] = std::string(t.code) + " service " + c.fr;
    std::string org_fr = kOrganisationsFr[org], org_nl = kOrganisationsNl[org];
    if (org_fr == "CPAS") org_fr += std::string(" d'") + c.fr, org_nl += std::string(" ") + c.nl;
    s.organisation_name["fr"] = org_fr;
    s.organisation_name["nl"] = org_nl;
    s.description["fr"] = std::string("À ") + c.fr + " : " + t.what_fr + ". Quartier " + quarter + ".";
    if (unit(rng) < 0.7) s.description["nl"] = std::string("In ") + c.nl + ": " + t.what_nl + ".";
    s.themes = {t.code};
    if (unit(rng) < 0.3) s.themes.push_back(pick(kThemes, rng).code);
    s.publics = some(kPublics, 1, 3, rng);
    s.languages = {"fr"};
    if (unit(rng) < 0.6) s.languages.push_back("nl");
    for (auto& l : some(kLanguages, 0, 2, rng))
      if (std::find(s.languages.begin(), s.languages.end(), l) == s.languages.end()) s.languages.push_back(l);
    s.access = some(kAccess, 0, 3, rng);
    s.bassins = {c.bassin};
    s.communes = {c.nis};
    s.extra_terms = {t.code};
    s.lat = std::clamp(c.lat + jitter(rng), 50.77, 50.91);
    s.lng = std::clamp(c.lng + jitter(rng) * 1.5, 4.25, 4.48);
    s.opening = hours(rng);
    double st = unit(rng);
    s.status = st < 0.03 ? "defunct" : st < 0.08 ? "inactive" : "active";
    s.verified_at = 1700000000 + static_cast<std::int64_t>(unit(rng) * 60000000);
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace maillage::directory::search
