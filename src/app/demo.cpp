#include "app/demo.hpp"
#include "app/setup.hpp"

#include "accounts/demo_world.hpp"
#include "accounts/model.hpp"
#include "caseload/demo.hpp"
#include "concertation/demo.hpp"
#include "agenda/demo.hpp"
#include "focus/demo.hpp"
#include "newsletters/demo.hpp"
#include "directory/demo.hpp"
#include "helpdesk/rota_pages.hpp"
#include "helpdesk/demo_responders.hpp"
#include "helpdesk/demo.hpp"
#include "offers/demo.hpp"
#include "observatory/demo.hpp"
#include "platform/resources.hpp"
#include "territory/demo.hpp"

namespace maillage {

namespace {
// Generic names of the kinds of organisations found in each bassin; no real phone numbers or addresses.
struct DemoOrganisation {
  const char* name;
  const char* postal_code;
};
const DemoOrganisation kOrganisations[] = {
    {"CPAS d'Anderlecht — service social général", "1070"},
    {"Service de santé mentale — Saint-Gilles", "1060"},
    {"Maison médicale du Vieux Molenbeek", "1080"},
    {"Centre de jour pour personnes sans abri — Bruxelles-Centre", "1000"},
    {"Service d'aide et de soins à domicile — Schaerbeek", "1030"},
    {"OCMW Jette — sociale dienst", "1090"},
    {"Wijkgezondheidscentrum Laken", "1020"},
    {"Centre de planning familial — Ixelles", "1050"},
    {"Service d'accompagnement en santé mentale — Etterbeek", "1040"},
    {"Antenne de réduction des risques — Saint-Josse", "1210"},
    {"Maison de repos et de soins — Uccle", "1180"},
    {"CAW Brussel — onthaal Evere", "1140"},
    {"Équipe mobile de psychiatrie — Woluwe", "1200"},
    {"Plateforme de soins palliatifs — Auderghem", "1160"},
    {"Service d'insertion socioprofessionnelle — Forest", "1190"},
};
}  // namespace

const std::vector<DemoLogin>& demo_logins() {
  static const std::vector<DemoLogin> logins{
      {"administrator", "admin@demo.maillage.brussels", "demo-admin-2026"},
      {"regional coordinator", "coordination@demo.maillage.brussels", "demo-coord-2026"},
      {"coordinator of the Sud bassin", "sud@demo.maillage.brussels", "demo-sud-2026"},
      {"organisation coordinator (SSM Saint-Gilles)", "ssm.coordination@demo.maillage.brussels", "demo-org-2026"},
      {"organisation editor (CPAS Anderlecht)", "cpas.editor@demo.maillage.brussels", "demo-editor-2026"},
      {"professional (Maison médicale Molenbeek)", "professional@demo.maillage.brussels", "demo-pro-2026"},
      {"helpdesk responder (regional line)", "helpdesk@demo.maillage.brussels", "demo-helpdesk-2026"},
      {"helpdesk responder (Sud line)", "helpdesk.sud@demo.maillage.brussels", "demo-helpdesk-sud-2026"},
      {"caseload worker (Housing First team)", "caseload@demo.maillage.brussels", "demo-caseload-2026"},
      {"caseload coordinator (mobile team)", "caseload.mobile@demo.maillage.brussels", "demo-caseload-mobile-2026"},
  };
  return logins;
}

std::vector<DemoLogin> demo_world_logins() {
  const std::string password = accounts::demo::kWorldPassword;
  return {
      {"concertation organiser (1000 Bruxelles)", concertation::kDemoOrganiserEmail, password},
      {"concertation member bound by secrecy (SSM)", concertation::kDemoMemberEmail, password},
      {"concertation member not bound by secrecy (police)", concertation::kDemoPoliceEmail, password},
  };
}

bool seed_demo(App& app) {
  bool seeded = app.db.transact([&](soci::session& sql) {
    int users = 0;
    sql << "SELECT COUNT(*) FROM users", soci::into(users);
    if (users > 0) return false;
    // The territory's demo: quarters drawn by hand, Rézone's and a mobile team's zones, population figures.
    territory::seed_demo(sql, now_seconds());
    std::vector<std::int64_t> orgs;
    for (auto& o : kOrganisations) orgs.push_back(accounts::create_organisation(sql, o.name, o.postal_code));
    const char* names[] = {"Alex Administrateur", "Camille Coordination", "Sam Sud", "Inès Haddad", "Jan Peeters", "Fatou Diallo", "Nadia Benali", "Claire Lambert", "Sofia Martins", "Thomas Dubois"};
    const char* langs[] = {"fr", "fr", "fr", "fr", "nl", "fr", "fr", "fr", "fr", "fr"};
    std::vector<std::int64_t> ids;
    for (std::size_t i = 0; i < demo_logins().size(); ++i) {
      auto& l = demo_logins()[i];
      auto id = accounts::create_user(sql, l.email, names[i], langs[i]);
      accounts::set_password(sql, id, l.password);
      ids.push_back(id);
    }
    accounts::add_grant(sql, ids[0], {0, "admin", "region", ""}, 0);
    accounts::add_grant(sql, ids[1], {0, "coordinator", "region", ""}, 0);
    accounts::add_grant(sql, ids[2], {0, "coordinator", "bassin", "sud"}, 0);
    accounts::set_membership(sql, ids[3], orgs[1], "coordinator");
    accounts::set_membership(sql, ids[4], orgs[0], "editor");
    accounts::set_membership(sql, ids[5], orgs[2], "member");
    return true;
  });
  if (seeded) {
    directory::seed_demo(app);
    // The demo world: coordinators, editors and members of every organisation, for every part's demo.
    app.db.transact([](soci::session& sql) { accounts::demo::seed_world(sql, now_seconds()); });
    offers::seed_demo(app);
    agenda::seed_demo(app);  // themes and audiences on the offers' year, activities for service users
    newsletters::seed_demo(app);  // a list per bassin, subscribers, a campaign sent with its figures
    focus::seed_demo(app);        // two curated selections of the directory
    helpdesk::seed_rota_demo(app);
    helpdesk::seed_demo_responders(app);
    helpdesk::seed_demo(app);  // after the directory (organisations, services) and the responders
    caseload::seed_demo(app);  // after the demo world (its organisations and people)
    concertation::seed_demo(app);  // after the world: its organisations and people
    observatory::seed_demo(app);  // last: its indicators and links read every other part's demo
    refresh_planner_statistics(app);  // a year of records loaded at once
  }
  return seeded;
}

}  // namespace maillage
