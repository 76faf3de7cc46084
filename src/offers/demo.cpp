#include "offers/demo.hpp"

#include "offers/dates.hpp"
#include "offers/model.hpp"
#include "offers/network.hpp"
#include "platform/db.hpp"

namespace maillage::offers {

namespace {
struct DemoOffer {
  const char* type;
  const char* title_fr;
  const char* title_nl;
  const char* description_fr;
  const char* territory;
  const char* languages;
  const char* visibility;
  int capacity;
  bool one_per_institution, approval;
  int sector_quota;
  int sessions, every_days, hours_start, minutes, duration_minutes;
};

const DemoOffer kOffers[] = {
    {"intervision", "Intervision intersectorielle — santé mentale et précarité", "Intersectorale intervisie — geestelijke gezondheid en armoede",
     "Un cycle de huit séances mensuelles, une personne par institution, deux co-animateurs ; chaque participant accueille une séance.",
     "sud", "fr", "professionals", 12, true, false, 3, 8, 30, 9, 30, 150},
    {"community_of_practice", "Communauté de pratique « premier accueil »", "Praktijkgemeenschap 'eerste onthaal'",
     "Des travailleurs de l'accueil des CPAS, maisons médicales et services sociaux partagent leurs pratiques.",
     "region", "fr,nl", "professionals", 25, false, false, 0, 3, 42, 13, 30, 120},
    {"immersion", "Immersion d'une journée dans un service de santé mentale", "Inlevingsdag in een centrum voor geestelijke gezondheidszorg",
     "Accueil d'un·e travailleur·euse pour une journée : réunion d'équipe, accueil, échanges. Convention et attestation.",
     "sud", "fr", "members", 2, true, true, 0, 2, 21, 9, 0, 420},
    {"information_session", "Séance d'information : l'aide médicale urgente", "Infosessie: dringende medische hulp",
     "Qui y a droit, comment la demander au CPAS, quels soins sont couverts. Questions-réponses.",
     "region", "fr,nl", "public", 60, false, false, 0, 2, 14, 10, 0, 120},
    {"webinar", "Webinaire : orienter une personne sans chez-soi", "Webinar: iemand zonder thuis doorverwijzen",
     "Les services de jour, d'urgence et de logement ; les critères d'accès ; les bons réflexes.", "region", "fr,nl,en",
     "public", 200, false, false, 0, 1, 7, 12, 30, 60},
    {"thematic_concertation", "Concertation thématique : assuétudes et logement", "Thematisch overleg: verslaving en huisvesting",
     "Partage de situations anonymisées et de pistes de collaboration entre secteurs.", "nord", "fr", "professionals",
     30, false, false, 0, 2, 35, 14, 0, 150},
    {"training", "Formation : le secret professionnel partagé", "Opleiding: het gedeeld beroepsgeheim",
     "Deux demi-journées pour comprendre le cadre légal et déontologique du travail en réseau. Reconnue comme formation continue.",
     "region", "fr,nl", "public", 20, false, false, 4, 2, 7, 9, 0, 210},
};
}  // namespace

void seed_demo(App& app) {
  app.db.transact([&](soci::session& sql) {
    std::vector<std::int64_t> orgs;
    soci::rowset<soci::row> rs = (sql.prepare << "SELECT id FROM organisations ORDER BY id");
    for (auto& r : rs) orgs.push_back(as_int(r, 0));
    if (orgs.size() < 3) return;
    std::int64_t now = now_seconds();
    // Sessions start on whole days from tomorrow on, at local times.
    auto at = [&](int days_ahead, int hour, int minute) {
      auto day = local_date_iso(now + static_cast<std::int64_t>(days_ahead) * 86400);
      char time[8];
      std::snprintf(time, sizeof time, "%02d:%02d", hour, minute);
      return from_brussels(day, time).value_or(now + days_ahead * 86400);
    };
    int k = 0;
    for (auto& d : kOffers) {
      Offer o;
      o.type = d.type;
      o.title_fr = d.title_fr;
      o.title_nl = d.title_nl;
      o.description_fr = d.description_fr;
      o.territory = d.territory;
      o.languages = d.languages;
      o.visibility = d.visibility;
      o.status = "published";
      o.capacity = d.capacity;
      o.policy.one_per_institution = d.one_per_institution;
      o.policy.approval_required = d.approval;
      o.policy.sector_quota = d.sector_quota;
      // The demo organisation coordinator (SSM Saint-Gilles, the second organisation) organises every offer.
      o.organisers = {orgs[1], orgs[k % orgs.size()]};
      if (std::string(d.type) == "immersion") o.immersion_conditions = "Une journée, de 9 h à 16 h ; confidentialité ; convention signée par les deux institutions.";
      save_offer(sql, o);
      for (int i = 0; i < d.sessions; ++i) {
        Session s;
        s.offer_id = o.id;
        s.starts_at = at(3 + k + i * d.every_days, d.hours_start, d.minutes);
        s.ends_at = s.starts_at + d.duration_minutes * 60;
        s.capacity = d.capacity;
        if (std::string(d.type) == "webinar") {
          s.format = "online";
          s.online_url = "https://visio.example.org/maillage-" + std::to_string(o.id);
        } else {
          s.place = "Rue de la Victoire 26, 1060 Saint-Gilles";
          s.postal_code = "1060";
        }
        if (std::string(d.type) == "intervision") s.host_organisation_id = orgs[(k + i) % orgs.size()];
        save_session(sql, s);
      }
      ++k;
    }
    // Three organisations in the immersion network, among them the one organising the demo immersion, so that
    // its staff see the immersions and the reciprocity page has members to show; the others are not yet.
    for (std::size_t i = 0; i < 3 && i < orgs.size(); ++i)
      join_network(sql, orgs[i], {0, "Démo"}, now - static_cast<std::int64_t>(30 + 10 * i) * 86400);
    // The Sud care area's open-door week, in four weeks, its programme published and registrations open.
    std::int64_t week = at(28, 0, 0);
    std::int64_t campaign = 0;
    std::int64_t opens = now - 86400, deadline = week - 7 * 86400;
    std::string name = "Semaine portes ouvertes du bassin Sud";
    sql << "INSERT INTO opendoor_campaigns (bassin_slug, name, week_start, slots_deadline, registration_opens_at, status, "
           "created_at) VALUES ('sud', :n, :w, :d, :o, 'published', :c) RETURNING id",
        soci::use(name), soci::use(week), soci::use(deadline), soci::use(opens), soci::use(now), soci::into(campaign);
    Offer od;
    od.type = "open_door";
    od.title_fr = name;
    od.title_nl = "Opendeurweek van de zorgzone Zuid";
    od.description_fr = "Des services du bassin Sud ouvrent leurs portes par créneaux d'1h30 : visite, présentation, rencontre de l'équipe.";
    od.territory = "sud";
    od.languages = "fr,nl";
    od.status = "published";
    od.campaign_id = campaign;
    od.organisers = {orgs[1]};
    save_offer(sql, od);
    const char* themes[] = {"Santé mentale", "Sans-abrisme", "Aide sociale", "Soins à domicile", "Périnatalité"};
    const char* codes[] = {"1060", "1070", "1190", "1180", "1060"};
    const int starts[][2] = {{9, 0}, {10, 45}, {13, 30}, {15, 15}};
    for (int day = 0; day < 5; ++day)
      for (int slot = 0; slot < 2; ++slot) {
        Session s;
        s.offer_id = od.id;
        s.starts_at = at(28 + day, starts[(day + slot) % 4][0], starts[(day + slot) % 4][1]);
        s.ends_at = s.starts_at + 90 * 60;
        s.capacity = 10 + (day + slot) % 6;
        s.format = slot ? "presentation" : "visit";
        s.theme = themes[(day + slot) % 5];
        s.postal_code = codes[(day + slot) % 5];
        s.place = "Adresse du service, " + s.postal_code;
        s.host_organisation_id = orgs[(day * 2 + slot) % orgs.size()];
        save_session(sql, s);
      }
  });
}

}  // namespace maillage::offers
