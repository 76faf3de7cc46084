// Demonstration directory: about 210 services of the usual kinds across the 22 postal codes (five care areas),
// covering every theme. Generic names ("Service de santé mentale — Saint-Gilles"), fictitious addresses and
// 02 000 00 xx phone numbers: nothing here is a real organisation's contact.
#include "directory/demo.hpp"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "directory/hsds.hpp"
#include "directory/model.hpp"
#include "platform/app.hpp"
#include "territory/model.hpp"

namespace maillage::directory {

using nlohmann::json;

namespace {
struct Kind {
  const char* fr;
  const char* nl;
  const char* en;
  const char* about_fr;
  const char* about_nl;
  const char* about_en;
  std::vector<const char*> themes, publics, access;
};

const std::vector<Kind>& kinds() {
  static const std::vector<Kind> k = {
      {"Service de santé mentale", "Centrum voor geestelijke gezondheidszorg", "Community mental-health service",
       "Consultations psychologiques et psychiatriques ambulatoires pour enfants, adolescents et adultes.",
       "Ambulante psychologische en psychiatrische consultaties voor kinderen, jongeren en volwassenen.",
       "Outpatient psychological and psychiatric consultations for children, adolescents and adults.",
       {"mental-health"}, {"children", "adolescents", "adults"}, {"interpreting"}},
      {"CPAS — service social général", "OCMW — algemene sociale dienst", "Public social welfare centre — social service",
       "Aide sociale, revenu d'intégration, aide médicale urgente, aide au logement et à l'énergie.",
       "Sociale hulp, leefloon, dringende medische hulp, hulp bij huisvesting en energie.",
       "Social assistance, integration income, urgent medical aid, help with housing and energy.",
       {"housing", "food-aid", "employment"}, {"adults", "families"}, {"free", "walk-in-hours", "without-address", "undocumented"}},
      {"Maison médicale", "Wijkgezondheidscentrum", "Community health centre",
       "Médecine générale, soins infirmiers, kinésithérapie et accompagnement psychosocial au forfait.",
       "Huisartsgeneeskunde, verpleegkunde, kinesitherapie en psychosociale begeleiding, forfaitair.",
       "General practice, nursing, physiotherapy and psychosocial support, on a flat fee.",
       {"perinatality", "elderly", "mental-health"}, {"families", "adults", "older-people"}, {"free", "undocumented", "interpreting"}},
      {"Centre de jour pour personnes sans abri", "Dagcentrum voor daklozen", "Day centre for homeless people",
       "Accueil de jour, douches, repas, domiciliation et accompagnement social.",
       "Dagopvang, douches, maaltijden, domiciliëring en sociale begeleiding.",
       "Day shelter, showers, meals, postal address and social support.",
       {"homelessness", "food-aid"}, {"adults"}, {"free", "without-appointment", "without-address", "anonymous", "undocumented"}},
      {"Service d'aide et de soins à domicile", "Thuiszorgdienst", "Home care service",
       "Aides familiales, soins infirmiers à domicile et coordination des soins.",
       "Gezinszorg, thuisverpleging en zorgcoördinatie.",
       "Home helpers, home nursing and care coordination.",
       {"home-care", "elderly", "disability"}, {"older-people", "adults"}, {}},
      {"Centre de planning familial", "Centrum voor gezinsplanning", "Family planning centre",
       "Contraception, grossesse, consultations psychologiques et juridiques, animations EVRAS.",
       "Anticonceptie, zwangerschap, psychologische en juridische consultaties, relationele en seksuele vorming.",
       "Contraception, pregnancy, psychological and legal consultations, relationship and sexuality education.",
       {"perinatality", "domestic-violence", "youth"}, {"adolescents", "young-adults", "women"}, {"anonymous", "free"}},
      {"Antenne de réduction des risques", "Schadebeperkingspunt", "Harm reduction point",
       "Matériel stérile, dépistage, information et orientation pour les personnes qui consomment des drogues.",
       "Steriel materiaal, screening, informatie en doorverwijzing voor mensen die drugs gebruiken.",
       "Sterile equipment, testing, information and referral for people who use drugs.",
       {"addictions"}, {"adults", "young-adults"}, {"anonymous", "free", "without-appointment"}},
      {"Équipe mobile de psychiatrie", "Mobiel psychiatrisch team", "Mobile psychiatric team",
       "Interventions à domicile en situation de crise psychique, sur demande d'un professionnel.",
       "Interventies aan huis bij een psychische crisis, op vraag van een professional.",
       "Home interventions in a mental-health crisis, at a professional's request.",
       {"mental-health", "crisis"}, {"adults"}, {"referral-required", "free"}},
      {"Plateforme de soins palliatifs", "Palliatief netwerk", "Palliative care platform",
       "Soutien aux soins palliatifs à domicile, formation et accompagnement des proches.",
       "Ondersteuning van palliatieve thuiszorg, vorming en begeleiding van naasten.",
       "Support for palliative care at home, training and support for relatives.",
       {"palliative-care", "home-care"}, {"older-people", "families"}, {"free"}},
      {"Service d'insertion socioprofessionnelle", "Dienst socioprofessionele inschakeling", "Employment insertion service",
       "Orientation, formation de base et accompagnement vers l'emploi.",
       "Oriëntatie, basisopleiding en begeleiding naar werk.",
       "Guidance, basic training and support towards employment.",
       {"employment"}, {"adults", "young-adults"}, {"free"}},
      {"Permanence juridique de première ligne", "Juridische eerstelijnsbijstand", "First-line legal advice",
       "Premiers conseils juridiques gratuits : logement, famille, dettes, séjour.",
       "Gratis eerste juridisch advies: huisvesting, gezin, schulden, verblijf.",
       "Free first legal advice: housing, family, debts, residence.",
       {"legal-aid", "migration"}, {"adults"}, {"free", "without-appointment", "walk-in-hours"}},
      {"Centre d'aide aux victimes de violences conjugales", "Hulp voor slachtoffers van partnergeweld", "Domestic violence support centre",
       "Écoute, accompagnement psychosocial et hébergement d'urgence.",
       "Luisterend oor, psychosociale begeleiding en noodopvang.",
       "Listening, psychosocial support and emergency shelter.",
       {"domestic-violence", "crisis"}, {"women", "children"}, {"anonymous", "free", "undocumented"}},
      {"Accueil des personnes exilées", "Onthaal van mensen op de vlucht", "Reception of people in exile",
       "Information sur le séjour, accès aux droits, cours de langue et orientation.",
       "Informatie over verblijf, toegang tot rechten, taallessen en doorverwijzing.",
       "Information on residence, access to rights, language classes and referral.",
       {"migration", "legal-aid"}, {"people-in-exile"}, {"undocumented", "interpreting", "free"}},
      {"Maison de jeunes", "Jeugdhuis", "Youth centre",
       "Activités, soutien scolaire et écoute pour les jeunes du quartier.",
       "Activiteiten, huiswerkbegeleiding en een luisterend oor voor jongeren uit de buurt.",
       "Activities, homework support and listening for young people of the neighbourhood.",
       {"youth", "peer-support"}, {"adolescents", "young-adults"}, {"free", "without-appointment"}},
      {"Service d'accompagnement double diagnostic", "Begeleiding dubbele diagnose", "Dual diagnosis support service",
       "Accompagnement des personnes avec une déficience intellectuelle et des troubles psychiques.",
       "Begeleiding van personen met een verstandelijke beperking en psychische problemen.",
       "Support for people with an intellectual disability and mental-health problems.",
       {"dual-diagnosis", "disability", "mental-health"}, {"adults", "families"}, {"referral-required"}},
      {"Groupe de pair-aidance", "Groep ervaringsdeskundigen", "Peer support group",
       "Rencontres animées par des pairs-aidants : rétablissement, assuétudes, santé mentale.",
       "Bijeenkomsten begeleid door ervaringsdeskundigen: herstel, verslaving, geestelijke gezondheid.",
       "Meetings led by peer workers: recovery, addictions, mental health.",
       {"peer-support", "mental-health", "addictions"}, {"adults"}, {"anonymous", "free", "without-appointment"}},
      {"Restaurant social", "Sociaal restaurant", "Social restaurant",
       "Repas chauds à petit prix et colis alimentaires sur orientation.",
       "Warme maaltijden tegen een lage prijs en voedselpakketten na doorverwijzing.",
       "Low-cost hot meals and food parcels on referral.",
       {"food-aid", "homelessness"}, {"adults", "families"}, {"without-appointment", "without-address"}},
      {"Agence immobilière sociale", "Sociaal verhuurkantoor", "Social rental agency",
       "Logements à loyer modéré et accompagnement des locataires.",
       "Woningen met een betaalbare huur en begeleiding van huurders.",
       "Affordable rented housing and support for tenants.",
       {"housing"}, {"families", "adults"}, {}},
      {"Service d'accompagnement des aînés", "Ouderenbegeleiding", "Support for older people",
       "Visites à domicile, lutte contre l'isolement et aide aux démarches.",
       "Huisbezoeken, strijd tegen eenzaamheid en hulp bij administratie.",
       "Home visits, fighting isolation and help with paperwork.",
       {"elderly", "home-care"}, {"older-people"}, {"free"}},
      {"Consultation pour enfants", "Consultatiebureau voor kinderen", "Child health clinic",
       "Suivi préventif des nourrissons et jeunes enfants, soutien à la parentalité.",
       "Preventieve opvolging van baby's en peuters, opvoedingsondersteuning.",
       "Preventive follow-up of babies and toddlers, parenting support.",
       {"perinatality", "youth"}, {"children", "families"}, {"free", "undocumented"}},
  };
  return k;
}

const char* kOtherLanguages[] = {"ar", "tr", "es", "pt", "ro", "pl", "en", "ber", "ln", "ru"};

std::string uuid(int kind, int n) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "d1ec7000-0000-4000-8000-%04d%08d", kind, n);
  return buf;
}

std::string with_place(const std::string& kind, const std::string& place) { return kind + " — " + place; }

// "CPAS d'Anderlecht — service social général": the accounts' demo organisations keep their names.
std::string organisation_name(const Kind& k, const std::string& place) {
  std::string fr = k.fr;
  if (fr.rfind("CPAS", 0) == 0) {
    bool vowel = !place.empty() && std::string("AEIOUÉ").find(place[0]) != std::string::npos;
    return std::string("CPAS ") + (vowel ? "d'" : "de ") + place + " — service social général";
  }
  return with_place(fr, place);
}
}  // namespace

int seed_demo(App& app) {
  auto places = app.db.transact([](soci::session& sql) { return territory::list_places(sql); });
  auto terms = app.db.transact([](soci::session& sql) { return list_terms(sql); });
  auto& ks = kinds();
  int count = 0;
  std::int64_t now = now_seconds();
  for (std::size_t p = 0; p < places.size(); ++p) {
    auto& place = places[p];
    // Eight services per place; more in the Sud and Sud-Est care areas, whose open-door weeks of the demo year
    // open the doors of about a hundred structures between them.
    std::size_t per_place = place.bassin.slug == "sud" ? 11 : place.bassin.slug == "sud-est" ? 13 : 8;
    for (std::size_t j = 0; j < per_place; ++j) {
      // Every place has its CPAS and its mental-health service; the other kinds rotate.
      std::size_t ki = j < 2 ? 1 - j : 2 + (p * 3 + j * 5) % (ks.size() - 2);
      auto& k = ks[ki];
      int n = static_cast<int>(p * 100 + j);
      std::string org_name = organisation_name(k, place.label_fr);
      std::string sid = uuid(1, n), oid = uuid(2, n), lid = uuid(3, n);
      // Small fixed offsets around the postal code's centre, so markers do not sit on one another.
      double lat = place.lat + ((n * 37) % 21 - 10) * 0.0007, lng = place.lng + ((n * 53) % 21 - 10) * 0.0010;
      json attributes = json::array();
      int a = 0;
      auto attr = [&](const char* code) {
        for (auto& t : terms)
          if (t.code == code) attributes.push_back({{"id", uuid(5, n * 20 + a++)}, {"taxonomy_term_id", t.hsds_id}, {"link_type", "service"}});
      };
      for (auto* t : k.themes) attr(t);
      for (auto* t : k.publics) attr(t);
      for (auto* t : k.access) attr(t);
      json languages = json::array({{{"id", uuid(6, n * 4)}, {"code", "fr"}, {"name", "French"}},
                                    {{"id", uuid(6, n * 4 + 1)}, {"code", "nl"}, {"name", "Dutch"}}});
      languages.push_back({{"id", uuid(6, n * 4 + 2)}, {"code", kOtherLanguages[n % 10]}, {"name", kOtherLanguages[n % 10]}});
      char phone[32];
      std::snprintf(phone, sizeof phone, "02 000 00 %02d", n % 100);
      bool walk_in = std::find(k.access.begin(), k.access.end(), std::string_view("without-appointment")) != k.access.end();
      json schedules = json::array({{{"id", uuid(7, n * 2)}, {"freq", "WEEKLY"}, {"byday", "MO,TU,WE,TH,FR"},
                                     {"opens_at", "09:00"}, {"closes_at", walk_in ? "17:00" : "12:30"}}});
      if (!walk_in) schedules.push_back({{"id", uuid(7, n * 2 + 1)}, {"freq", "WEEKLY"}, {"byday", "TU,TH"}, {"opens_at", "14:00"}, {"closes_at", "18:00"}});
      for (auto* lang : {"fr", "nl", "en"}) {
        std::string l = lang;
        std::string kname = l == "fr" ? k.fr : l == "nl" ? k.nl : k.en;
        std::string place_name = l == "nl" ? place.label_nl : place.label_fr;
        json service = {
            {"id", sid},
            {"name", with_place(kname, place_name)},
            {"description", l == "fr" ? k.about_fr : l == "nl" ? k.about_nl : k.about_en},
            {"status", n % 41 == 7 ? "inactive" : "active"},
            {"email", "contact@service-" + std::to_string(n) + ".example.org"},
            {"organization", {{"id", oid}, {"name", l == "fr" ? org_name : with_place(kname, place_name)}, {"description", ""}}},
            {"phones", json::array({{{"id", uuid(4, n)}, {"number", phone}, {"type", "voice"}}})},
            {"languages", languages},
            {"schedules", schedules},
            {"service_at_locations",
             json::array({{{"id", uuid(8, n)},
                           {"location",
                            {{"id", lid},
                             {"location_type", "physical"},
                             {"name", l == "nl" ? "Hoofdzetel" : l == "en" ? "Main site" : "Siège"},
                             {"latitude", lat},
                             {"longitude", lng},
                             {"addresses", json::array({{{"id", uuid(9, n)},
                                                         {"address_1", "Rue de l'Exemple / Voorbeeldstraat " + std::to_string(1 + n % 90)},
                                                         {"city", place.label_fr + " / " + place.label_nl},
                                                         {"state_province", "Bruxelles-Capitale"},
                                                         {"postal_code", place.postal_code},
                                                         {"country", "BE"},
                                                         {"address_type", "physical"}}})}}}}})},
            {"attributes", attributes}};
        ImportOptions options;
        options.lang = l;
        options.updated_by = "demo";
        std::vector<ImportProblem> warnings;
        app.db.transact([&](soci::session& sql) {
          // The accounts' demo organisation of the same name (not in the directory yet) becomes this record's.
          sql << "UPDATE organisations SET hsds_id = :h WHERE name = :n AND hsds_id <> :h2 AND id NOT IN "
                 "(SELECT organisation_id FROM directory_services WHERE organisation_id IS NOT NULL)",
              soci::use(oid), soci::use(org_name), soci::use(oid);
          import_service(sql, service, options, warnings);
          // The organisation's own postal code (HSDS keeps it on the location): the care area it belongs to for
          // the coordination pages and the demo world.
          sql << "UPDATE organisations SET postal_code = :p WHERE hsds_id = :h AND postal_code IS NULL",
              soci::use(place.postal_code), soci::use(oid);
          std::int64_t id = service_id_of(sql, sid);
          // Verified between 0 and 17 months ago: some records are due for a check.
          mark_verified(sql, id, "demo", now - static_cast<std::int64_t>((n * 7919) % 520) * 86400);
        });
      }
      ++count;
    }
  }
  return count;
}

}  // namespace maillage::directory
