#include "app/setup.hpp"

#include "accounts/model.hpp"
#include "caseload/protection.hpp"
#include "caseload/publish.hpp"
#include "concertation/counts.hpp"
#include "concertation/protection.hpp"
#include "directory/handlers.hpp"
#include "directory/model.hpp"
#include "directory/vocabularies.hpp"
#include "helpdesk/rota.hpp"
#include "helpdesk/protection.hpp"
#include "helpdesk/publishing.hpp"
#include "offers/publishing.hpp"
#include "newsletters/service.hpp"
#include "offers/service.hpp"
#include "platform/mail.hpp"
#include "platform/retention.hpp"
#include "territory/model.hpp"

namespace maillage {

// What each part publishes to the observatory (activities, data elements, report tables): one line per part.
void register_publishers() {
  observatory::register_publisher(caseload::publisher());
  observatory::register_publisher(concertation::publisher());
  observatory::register_publisher(offers::publisher());
  observatory::register_publisher(helpdesk::publisher());
}

void wire(App& app) {
  register_publishers();
  app.load_user = accounts::resolve_session;
  app.save_language = [](App& a, std::int64_t user_id, const std::string& lang) {
    a.db.transact([&](soci::session& sql) {
      sql << "UPDATE users SET lang = :l WHERE id = :id", soci::use(lang), soci::use(user_id);
      accounts::access_changed(sql);  // the cached session carries the language
    });
  };
}

int prepare_database(App& app) {
  int n = app.db.migrate();
  territory::load_initial_facts(app.db);
  app.db.transact([](soci::session& sql) {
    directory::ensure_vocabularies(sql);
    directory::ensure_synonyms(sql);
    directory::ensure_organisation_ids(sql);
  });
  app.load_secret();
  return n;
}

void register_jobs(Jobs& jobs) {
  register_mail_jobs(jobs);
  directory::register_jobs(jobs);
  offers::register_jobs(jobs);
  helpdesk::register_rota_jobs(jobs);
  helpdesk::register_jobs(jobs);
  caseload::register_jobs(jobs);
  concertation::register_jobs(jobs);
  newsletters::register_jobs(jobs);  // campaigns sent at their rate, undeliverable addresses marked
  // The free text of closed confidential records, past their retention period (rules registered by the parts).
  register_retention_job(jobs);
  jobs.every("planner_statistics", 86400, [](App& app, const JobRun&) { refresh_planner_statistics(app); });
  // Housekeeping: expired sessions and tokens, old login attempts, finished jobs.
  jobs.every("housekeeping", 3600, [](App& app, const JobRun&) {
    app.db.transact([](soci::session& sql) {
      std::int64_t now = now_seconds();
      std::int64_t idle = now - accounts::kSessionIdleSeconds;
      std::int64_t attempts = now - accounts::kAttemptWindowSeconds;
      std::int64_t month = now - 30 * 86400;
      sql << "DELETE FROM sessions WHERE expires_at < :n OR last_seen_at < :i", soci::use(now), soci::use(idle);
      sql << "DELETE FROM login_attempts WHERE at < :a", soci::use(attempts);
      sql << "DELETE FROM one_time_tokens WHERE expires_at < :m", soci::use(month);
      sql << "DELETE FROM jobs WHERE status = 'done' AND finished_at < :m", soci::use(month);
    });
  });
}

void refresh_planner_statistics(App& app) {
  soci::session sql(app.db.pool());
  sql << "ANALYZE";
}

}  // namespace maillage
