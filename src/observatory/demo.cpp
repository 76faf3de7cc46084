#include "observatory/demo.hpp"

#include <cstdio>

#include "accounts/model.hpp"
#include "observatory/model.hpp"
#include "platform/app.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"

namespace maillage::observatory {

namespace {

struct DemoIndicator {
  const char* name;
  const char* kind;
  const char* element;
  const char* denominator = "";
  double denominator_value = 0;
  double multiplier = 1;
  bool by_territory = false;
  const char* territory = "";  // "" = the plan's; "zone:rezone" counts Rézone's zone
};
struct DemoDeliverable {
  const char* text;
  double target;
  int indicator;  // 1-based index in the action's indicators, 0 for none
};
struct DemoAction {
  const char* reference;
  const char* title_fr;
  const char* title_nl;
  const char* title_en;
  const char* description_fr;
  const char* perspectives;
  std::vector<DemoIndicator> indicators;
  std::vector<DemoDeliverable> deliverables;
  const char* assessment = "";
};

std::int64_t add_action(soci::session& sql, std::int64_t plan, const DemoAction& d, std::int64_t now) {
  Action a;
  a.plan_id = plan;
  a.reference = d.reference;
  a.title_fr = d.title_fr;
  a.title_nl = d.title_nl;
  a.title_en = d.title_en;
  a.description_fr = d.description_fr;
  a.assessment = d.assessment;
  a.perspectives = d.perspectives;
  std::int64_t id = save_action(sql, a, now);
  std::vector<std::int64_t> indicators;
  for (auto& di : d.indicators) {
    Indicator i;
    i.action_id = id;
    i.name = di.name;
    i.kind = di.kind;
    i.element_code = di.element;
    i.denominator_code = di.denominator;
    if (di.denominator_value > 0) i.denominator_value = di.denominator_value;
    i.multiplier = di.multiplier;
    i.by_territory = di.by_territory;
    i.bassin = di.territory;
    indicators.push_back(add_indicator(sql, i));
  }
  for (auto& dd : d.deliverables) {
    Deliverable dl;
    dl.text = dd.text;
    if (dd.target > 0) dl.target = dd.target;
    if (dd.indicator > 0 && dd.indicator <= static_cast<int>(indicators.size())) dl.indicator_id = indicators[dd.indicator - 1];
    a.deliverables.push_back(dl);
  }
  a.id = id;
  save_action(sql, a, now);
  return id;
}

std::int64_t at(int year, int month, int day, const char* time) {
  char date[16];
  std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, month, day);
  return from_brussels(date, time).value_or(0);
}

}  // namespace

int demo_year() {
  auto local = to_brussels(now_seconds());
  return local.month >= 7 ? local.year : local.year - 1;
}

void seed_demo(App& app) {
  int year = demo_year();
  std::int64_t now = now_seconds();
  app.db.transact([&](soci::session& sql) {
    auto sud_coordinator = accounts::find_user_by_email(sql, "sud@demo.maillage.brussels");
    auto regional = accounts::find_user_by_email(sql, "coordination@demo.maillage.brussels");
    std::int64_t sud_id = sud_coordinator ? sud_coordinator->id : 0, region_id = regional ? regional->id : 0;
    std::string sud_name = sud_coordinator ? sud_coordinator->name : "", region_name = regional ? regional->name : "";

    // The region.
    auto region = create_plan(sql, kRegion, year, "Plan d'action régional " + std::to_string(year), now);
    add_action(sql, region,
               {"1", "Helpdesk", "Helpdesk", "Helpdesk",
                "Six lignes d'orientation (une régionale, une par bassin) répondent aux professionnel·les qui cherchent un "
                "service pour une personne.",
                "Ouvrir la ligne aux demandes par formulaire en ligne dans chaque bassin.",
                {{"Contacts", "element", "helpdesk.contacts"},
                 {"Contacts par téléphone", "element", "helpdesk.contacts.phone"},
                 {"Contacts par e-mail", "element", "helpdesk.contacts.email"},
                 {"Demandes au helpdesk pour 10 000 habitant·es", "ratio", "helpdesk.contacts", kPopulationDenominator, 0, 10000, true},
                 {"Besoins non rencontrés signalés", "element", "helpdesk.unmet_needs"}},
                {{"lignes d'orientation", 6, 0}, {"dossiers", 1000, 1}}},
               now);
    auto focus = add_action(
        sql, region,
        {"2", "Focus live et webinaires", "Focus live en webinars", "Focus live sessions and webinars",
         "Quatre webinaires par an sur une question de terrain, ouverts à tout le réseau.",
         "Garder quatre dates et enregistrer chaque séance.",
         {{"Webinaires tenus", "element", "offers.sessions.webinar"},
          {"Inscrit·es aux webinaires", "element", "offers.registrations.webinar"},
          {"Présent·es", "element", "offers.attendance.webinar"},
          {"Taux de présence (%)", "ratio", "offers.attendance.webinar", "offers.registrations.webinar", 0, 100}},
         {{"webinaires", 4, 1}, {"participant·es", 500, 3}}},
        now);
    add_action(sql, region,
               {"3", "Communautés de pratique", "Praktijkgemeenschappen", "Communities of practice",
                "Trois communautés de pratique se réunissent dix fois par an.", "Ouvrir une quatrième communauté.",
                {{"Rencontres", "element", "offers.sessions.community_of_practice"},
                 {"Présences", "element", "offers.attendance.community_of_practice"},
                 {"Participant·es en moyenne par rencontre", "ratio", "offers.attendance.community_of_practice",
                  "offers.sessions.community_of_practice", 0, 1}},
                {{"rencontres", 30, 1}}},
               now);

    // Sud.
    auto sud = create_plan(sql, "sud", year, "Plan d'action du bassin Sud " + std::to_string(year), now);
    auto workshops = add_action(
        sql, sud,
        {"1", "Ateliers du changement & Conseil de l'Action du Bassin", "Veranderingsateliers & Actieraad van de zorgzone",
         "Change workshops & the care area's Action Council",
         "Les acteurs du bassin se rencontrent trois fois par an pour construire la feuille de route du bassin.",
         "Les CAB démarrent en février.",
         {{"Ateliers du changement tenus", "manual", ""}},
         {{"rencontres", 3, 1}, {"synthèse par ADC", 1, 0}, {"feuille de route", 1, 0}},
         "3 Ateliers du changement en février, juin et octobre."},
        now);
    add_action(sql, sud,
               {"2", "Portes ouvertes", "Opendeurweek", "Open-door week",
                "Une semaine où les structures du bassin ouvrent leurs portes aux professionnel·les.",
                "Une nouvelle semaine à l'automne, avec plus de structures du secteur du logement.",
                {{"Structures ouvertes", "element", "offers.open_door.structures"},
                 {"Visites", "element", "offers.registrations.open_door"},
                 {"Visites faites", "element", "offers.attendance.open_door"}},
                {{"structures", 50, 1}, {"visites", 200, 2}}},
               now);
    add_action(sql, sud,
               {"3", "Helpdesk du bassin", "Helpdesk van de zorgzone", "The care area's helpdesk",
                "La ligne du bassin Sud.", "",
                {{"Contacts de la ligne Sud", "element", "helpdesk.contacts"},
                 {"Contacts pour 10 000 habitant·es du bassin", "ratio", "helpdesk.contacts", kPopulationDenominator, 0, 10000},
                 // Rézone's zone (five communes and the Louise quarter): the people who live there, whichever line
                 // they reached.
                 {"Contacts des habitant·es de la zone de Rézone", "element", "helpdesk.contacts", "", 0, 1, false, "zone:rezone"},
                 {"Contacts pour 10 000 habitant·es de la zone de Rézone", "ratio", "helpdesk.contacts", kPopulationDenominator, 0,
                  10000, false, "zone:rezone"}},
                {{"dossiers", 150, 1}}},
               now);

    // Sud-Est.
    auto sud_est = create_plan(sql, "sud-est", year, "Plan d'action du bassin Sud-Est " + std::to_string(year), now);
    add_action(sql, sud_est,
               {"1", "Portes ouvertes", "Opendeurweek", "Open-door week",
                "La semaine portes ouvertes du bassin Sud-Est, au printemps.", "Reconduire la semaine au printemps.",
                {{"Structures ouvertes", "element", "offers.open_door.structures"},
                 {"Visites", "element", "offers.registrations.open_door"}},
                {{"structures", 50, 1}, {"visites", 200, 2}}},
               now);
    auto sud_est_workshops = add_action(
        sql, sud_est,
        {"2", "Ateliers du changement", "Veranderingsateliers", "Change workshops",
         "Deux ateliers du changement dans l'année.", "Un troisième atelier, sur l'accès au logement.", {}, {{"rencontres", 2, 0}}},
        now);

    // What happened outside Maillage: the workshops, with who came and the hours the teams gave.
    struct Workshop {
      const char* territory;
      int month, day;
      const char* title;
      const char* place;
      int participants;
      std::vector<std::string> organisations;
      std::int64_t action;
    };
    std::vector<Workshop> held{
        {"sud", 2, 13, "Atelier du changement — février", "Maison des Cultures de Saint-Gilles", 34,
         {"CPAS de Saint-Gilles", "Service de santé mentale — Saint-Gilles", "Maison médicale Forest"}, workshops},
        {"sud", 6, 12, "Atelier du changement — juin", "Centre culturel de Forest", 29,
         {"CPAS de Forest", "Service de santé mentale — Saint-Gilles", "Antenne logement Anderlecht"}, workshops},
        {"sud", 10, 9, "Atelier du changement — octobre", "Maison des Cultures de Saint-Gilles", 38,
         {"CPAS d'Anderlecht — service social général", "Service d'insertion socioprofessionnelle — Forest"}, workshops},
        {"sud-est", 3, 20, "Atelier du changement — mars", "Maison communale d'Ixelles", 22,
         {"Centre de planning familial — Ixelles", "Plateforme de soins palliatifs — Auderghem"}, sud_est_workshops},
        {"sud-est", 11, 14, "Atelier du changement — novembre", "Centre culturel d'Etterbeek", 25,
         {"Service d'accompagnement en santé mentale — Etterbeek", "Équipe mobile de psychiatrie — Woluwe"}, sud_est_workshops},
    };
    for (auto& w : held) {
      ManualActivity a;
      a.kind = "change_workshop";
      a.title = w.title;
      a.starts_at = at(year, w.month, w.day, "09:30");
      a.duration_minutes = 180;
      a.place = w.place;
      a.territory = w.territory;
      a.participants = w.participants;
      a.organisations = w.organisations;
      a.staff = {{"Équipe du bassin", 0, 12}, {"Brusano", 0, 6}};
      auto id = create_activity(sql, a, sud_id, sud_name, now);
      link_activity(sql, w.action, kManualSource, "activity:" + std::to_string(id), now);
    }
    // The Sud workshops' indicator, typed by the bassin's coordinator (no data source in Maillage).
    {
      std::int64_t indicator = 0;
      sql << "SELECT id FROM observatory_indicators WHERE action_id = :a AND kind = 'manual'", soci::use(workshops),
          soci::into(indicator);
      if (indicator) set_manual_value(sql, indicator, 3, "février, juin, octobre", sud_id, sud_name, now);
    }
    // A Conseil de l'Action du Bassin, region-wide.
    {
      ManualActivity a;
      a.kind = "action_council";
      a.title = "Conseil de l'Action — préparation";
      a.starts_at = at(year, 12, 1, "14:00");
      a.duration_minutes = 120;
      a.place = "Brusano";
      a.territory = "sud";
      a.participants = 14;
      a.organisations = {"CPAS de Saint-Gilles", "CPAS de Forest", "Service de santé mentale — Saint-Gilles"};
      a.staff = {{"Équipe du bassin", 0, 6}};
      auto id = create_activity(sql, a, sud_id, sud_name, now);
      link_activity(sql, workshops, kManualSource, "activity:" + std::to_string(id), now);
    }
    // The webinars of the year, attached to the Focus action (published by the offers).
    {
      auto period = year_period(year).value_or(Period{});
      soci::rowset<soci::row> rs =
          (sql.prepare << "SELECT s.id FROM offer_sessions s JOIN offers o ON o.id = s.offer_id WHERE o.type = 'webinar' AND "
                          "s.status IN ('open', 'closed') AND s.starts_at >= :f AND s.starts_at < :t",
           soci::use(period.from), soci::use(period.to));
      std::vector<std::int64_t> sessions;
      for (auto& r : rs) sessions.push_back(as_int(r, 0));
      for (auto s : sessions) link_activity(sql, focus, "offers", "session:" + std::to_string(s), now);
    }
    // Needs observed in the field, entered by hand.
    struct Need {
      const char* theme;
      const char* public_group;
      const char* territory;
      int month;
      const char* sentence;
    };
    const Need needs[] = {
        {"Logement", "Familles monoparentales", "sud", 3, "Aucune solution d'hébergement d'urgence pour une mère et trois enfants à Forest."},
        {"Santé mentale", "Jeunes adultes", "sud", 5, "Délais de plus de trois mois pour un premier rendez-vous en SSM."},
        {"Santé mentale", "Personnes sans abri", "region", 9, "Pas d'équipe mobile disponible le week-end."},
        {"Logement", "Personnes âgées", "sud-est", 10, "Pas de logement adapté pour une personne en chaise roulante à Ixelles."},
        {"Assuétudes", "Personnes sans abri", "sud", 11, "Pas de place en post-cure francophone avant deux mois."},
    };
    for (auto& n : needs)
      add_need(sql, {n.theme, n.public_group, n.territory, n.sentence, at(year, n.month, 15, "12:00")}, region_id, region_name, now);
  });
}

}  // namespace maillage::observatory
