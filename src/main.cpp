// maillage: the one binary of the platform. Subcommands serve, migrate, seed-demo, create-admin, backup, restore,
// import-hsds, import-bruxelles-social, export-hsds, ingest-bounces and others (`maillage --help`).
#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include "accounts/demo_world.hpp"
#include "accounts/model.hpp"
#include "app/demo.hpp"
#include "directory/search_service.hpp"
#include "directory/synthetic_seed.hpp"
#include "app/routes.hpp"
#include "app/setup.hpp"
#include "directory/bruxelles_social.hpp"
#include "directory/hsds.hpp"
#include "newsletters/bounces.hpp"
#include "observatory/report.hpp"
#include "offers/places.hpp"
#include "platform/app.hpp"
#include "platform/jobs.hpp"
#include "platform/server.hpp"
#include "territory/population.hpp"
#include "territory/quarters.hpp"

using namespace maillage;

namespace {
void add_db_option(CLI::App* cmd, Config& config) {
  cmd->add_option("--db", config.db_url,
                  "Database: sqlite:///path/to.db (default ./data/maillage.db) or postgresql://user:password@host/db; "
                  "MAILLAGE_DB does the same")
      ->capture_default_str();
}

int serve(Config config) {
  App app(config);
  wire(app);
  int n = prepare_database(app);
  if (n) spdlog::info("{{\"event\":\"migrated\",\"count\":{}}}", n);
  Jobs jobs(app);
  register_jobs(jobs);
  if (config.run_jobs) jobs.start();
  Server server(app, route_table());

  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);  // worker threads inherit the mask; only sigwait sees them

  server.start(config.host, config.port, config.threads);
  app.config.port = server.port();  // with --port 0, links in e-mails must carry the port actually opened
  std::cout << "Maillage is serving on http://" << config.host << ":" << server.port() << "/ (database "
            << app.db.url().display << ", " << config.threads << " threads). Stop with Ctrl+C." << std::endl;
  int sig = 0;
  sigwait(&signals, &sig);
  std::cout << "Stopping." << std::endl;
  server.stop();
  jobs.stop();
  return 0;
}
}  // namespace

int main(int argc, char** argv) {
  CLI::App cli{"Maillage: the coordination platform of the Brussels social-health territory."};
  cli.require_subcommand(1);
  Config config = Config::from_environment();

  auto* serve_cmd = cli.add_subcommand("serve", "Serve the web application (migrates the database first).");
  add_db_option(serve_cmd, config);
  serve_cmd->add_option("--host", config.host, "Address to listen on")->capture_default_str();
  serve_cmd->add_option("--port", config.port, "Port to listen on (0 picks a free one)")->capture_default_str();
  serve_cmd->add_option("--threads", config.threads, "Worker threads")->capture_default_str()->check(CLI::Range(1, 64));
  serve_cmd->add_option("--base-url", config.base_url, "Public address used in e-mails (default http://HOST:PORT)");
  serve_cmd->add_option("--mail-dir", config.mail_dir, "Folder for e-mails when no SMTP server is set (MAILLAGE_SMTP_URL)")
      ->capture_default_str();
  serve_cmd->add_flag("--behind-tls", config.behind_tls, "The server is behind a TLS proxy: cookies get Secure");
  serve_cmd->add_option("--trusted-proxy", config.trusted_proxies,
                        "Address of a reverse proxy whose X-Forwarded-For gives the visitor's address (repeatable; "
                        "MAILLAGE_TRUSTED_PROXY, comma-separated, does the same). From other addresses the header is ignored.");
  serve_cmd->add_option("--metrics-allow", config.metrics_allow,
                        "Who may read /metrics: addresses, and 'admin' for logged-in administrators (repeatable; "
                        "MAILLAGE_METRICS_ALLOW, comma-separated). Default: anyone.");
  serve_cmd->add_option("--embed-allow", config.embed_allow,
                        "A site that may show the agenda and directory frames (/agenda/embed, /directory/embed), as a "
                        "CSP source such as https://www.example.brussels (repeatable; MAILLAGE_EMBED_ALLOW, "
                        "comma-separated). Default: none.");
  serve_cmd->add_flag("--demo", config.demo, "Demonstration mode: the home page says the data is not real");
  bool no_jobs = false, quiet = false;
  serve_cmd->add_flag("--no-jobs", no_jobs, "Do not run background jobs in this process");
  serve_cmd->add_flag("--quiet", quiet, "No access log");

  auto* migrate_cmd = cli.add_subcommand("migrate", "Apply the database migrations not yet applied.");
  add_db_option(migrate_cmd, config);

  auto* seed_cmd = cli.add_subcommand("seed-demo", "Load demonstration data and accounts into an empty database.");
  add_db_option(seed_cmd, config);

  std::string admin_email, admin_name;
  auto* admin_cmd = cli.add_subcommand("create-admin", "Create an administrator and print a one-time link to set the password.");
  add_db_option(admin_cmd, config);
  admin_cmd->add_option("EMAIL", admin_email, "E-mail address of the administrator")->required();
  admin_cmd->add_option("--name", admin_name, "Name shown in the interface");
  admin_cmd->add_option("--base-url", config.base_url, "Public address of the server, used in the link");

  std::string backup_file;
  auto* backup_cmd = cli.add_subcommand("backup", "Copy the SQLite database to FILE while it is in use (PostgreSQL: use pg_dump).");
  add_db_option(backup_cmd, config);
  backup_cmd->add_option("FILE", backup_file, "Destination file")->required();

  std::string restore_file;
  auto* restore_cmd = cli.add_subcommand(
      "restore",
      "Replace the SQLite database by a backup FILE (checked first). Refused while a server or command uses the "
      "database; the replaced database is kept as DB.before-restore. PostgreSQL: use pg_restore.");
  add_db_option(restore_cmd, config);
  restore_cmd->add_option("FILE", restore_file, "Backup written by maillage backup")->required()->check(CLI::ExistingFile);

  std::string import_path, export_dir, hsds_lang = "fr";
  auto* import_cmd = cli.add_subcommand(
      "import-hsds",
      "Import Open Referral HSDS 3.0 data: a JSON file (a service, an array of services or a page) or a CSV data "
      "package (its folder or datapackage.json; tables beside it or in data/). Records with the same id are updated; a "
      "bad record is reported and skipped; a service whose organisation the source lacks is kept on a placeholder "
      "organisation for review; the summary counts every record by fate. Exits 1 when nothing could be read.");
  add_db_option(import_cmd, config);
  import_cmd->add_option("PATH", import_path, "JSON file, data package folder or datapackage.json")->required();
  import_cmd->add_option("--lang", hsds_lang, "Language of the text in the source: fr, nl or en")
      ->capture_default_str()->check(CLI::IsMember({"fr", "nl", "en"}));
  std::string bxl_path, bxl_mapping;
  auto* bxl_cmd = cli.add_subcommand(
      "import-bruxelles-social",
      "Import Bruxelles Social (social.brussels) organisations from a JSON file (an array of records, one record or a "
      "page holding them): French and Dutch fields into the fr and nl texts, their categories mapped onto our "
      "vocabularies by share/directory/bruxelles-social-mapping.tsv (or --mapping) and the others kept as extra "
      "categories, permanency hours kept as text (and as weekly hours when the French text is unambiguous), Lambert 72 "
      "coordinates converted. Records with the same id are updated; re-importing changes nothing; the summary counts "
      "every record by fate. Exits 1 on a file that is not such JSON.");
  add_db_option(bxl_cmd, config);
  bxl_cmd->add_option("PATH", bxl_path, "JSON file of Bruxelles Social records")->required();
  bxl_cmd->add_option("--mapping", bxl_mapping, "Category mapping (TSV: kind, id, French label, term code)")
      ->check(CLI::ExistingFile);
  auto* export_cmd = cli.add_subcommand(
      "export-hsds", "Export the directory as HSDS 3.0: DIR/services.json, DIR/organizations.json and the CSV data package in DIR/csv.");
  add_db_option(export_cmd, config);
  export_cmd->add_option("DIR", export_dir, "Destination folder (created if missing)")->required();
  export_cmd->add_option("--lang", hsds_lang, "Language of the exported text (missing translations fall back): fr, nl or en")
      ->capture_default_str()->check(CLI::IsMember({"fr", "nl", "en"}));

  std::size_t synthetic_count = 20000;
  auto* synthetic_cmd = cli.add_subcommand("seed-synthetic", "Add N generated services to the directory (benchmarks).");
  add_db_option(synthetic_cmd, config);
  synthetic_cmd->add_option("N", synthetic_count, "How many services")->capture_default_str()->check(CLI::Range(1, 1000000));
  auto* reindex_cmd = cli.add_subcommand("reindex", "Rebuild the directory's search index from the database.");
  add_db_option(reindex_cmd, config);
  for (auto* cmd : {serve_cmd, reindex_cmd})
    cmd->add_option("--index-dir", config.index_dir,
                    "Search index folder (default: beside the SQLite file, or ./data/index with PostgreSQL)");

  std::string territory_file;
  auto* territory_cmd = cli.add_subcommand(
      "import-territory",
      "Import quarters (the region's monitoring quarters) from a GeoJSON FeatureCollection of polygons with their code, "
      "names and, optionally, commune_nis and bassin; same code: updated; then places every directory location with "
      "coordinates in its quarter (see docs/territory.md).");
  add_db_option(territory_cmd, config);
  territory_cmd->add_option("FILE", territory_file, "GeoJSON file")->required()->check(CLI::ExistingFile);
  auto* reterritory_cmd = cli.add_subcommand(
      "reindex-territory",
      "Place every directory location with coordinates, and every offer session with a point, in its quarter again (after "
      "importing quarters or the directory).");
  add_db_option(reterritory_cmd, config);
  std::string population_file;
  auto* population_cmd = cli.add_subcommand(
      "import-population",
      "Import population figures per commune (NIS code) or quarter and year from a CSV with a header line: code, year, "
      "source, population and optionally age bands and indicators; bad lines are reported with their number and "
      "skipped; the same code and year again replaces the figures (see docs/territory.md).");
  add_db_option(population_cmd, config);
  population_cmd->add_option("FILE", population_file, "CSV file")->required()->check(CLI::ExistingFile);

  std::string bounces_path;
  auto* bounces_cmd = cli.add_subcommand(
      "ingest-bounces",
      "Read delivery status notifications (RFC 3464) and common bounces from PATH: one message file (.eml), a maildir "
      "(its new/ and cur/) or a folder of message files. Each is matched to the newsletter subscriber it was sent to "
      "(by the original's Message-ID, else by its List-Unsubscribe link): a permanent failure (5.x.x) marks the "
      "subscriber bounced for that list, a temporary one (4.x.x) on the third within 30 days. Files are left in place; "
      "reading them again counts nothing twice. One line per message, then a summary; a file that is no mail is "
      "reported and skipped (exit status 0).");
  add_db_option(bounces_cmd, config);
  bounces_cmd->add_option("PATH", bounces_path, "Message file, maildir or folder")->required()->check(CLI::ExistingPath);

  observatory::ReportFile report_file;
  auto* report_cmd = cli.add_subcommand("report", "Write the yearly report of a territory, or of the whole organisation, to a file.");
  add_db_option(report_cmd, config);
  report_cmd->add_option("--territory", report_file.territory, "region, a bassin (nord, sud...), a zone (zone:rezone...) or all")->capture_default_str();
  report_cmd->add_option("--year", report_file.year, "The calendar year")->required()->check(CLI::Range(2000, 2100));
  report_cmd->add_option("--format", report_file.format, "html (printable), pdf, xlsx (a sheet per table) or csv (every table)")
      ->capture_default_str()
      ->check(CLI::IsMember({"html", "pdf", "xlsx", "csv"}));
  report_cmd->add_option("--lang", report_file.lang, "fr, nl or en")->capture_default_str()->check(CLI::IsMember({"fr", "nl", "en"}));
  report_cmd->add_option("--out", report_file.path, "The file to write")->required();

  CLI11_PARSE(cli, argc, argv);
  config.run_jobs = !no_jobs;
  config.access_log = !quiet;

  try {
    if (*restore_cmd) {
      auto url = parse_db_url(config.db_url);
      auto r = restore_sqlite(url, restore_file);
      std::cout << "Restored " << restore_file << " onto " << url.display << ": schema version " << r.schema_version << ", "
                << r.tables << " tables, " << r.rows << " rows."
                << (r.previous_copy.empty() ? "" : " The database it replaced is kept as " + r.previous_copy + ".")
                << std::endl;
      return 0;
    }
    // Every other command marks the database in use for as long as it runs, so that a restore is refused
    // meanwhile (and a command started during a restore waits for it to end).
    InUseLock in_use(parse_db_url(config.db_url), InUseLock::Mode::Shared, true);
    if (*serve_cmd) return serve(config);
    config.access_log = false;
    App app(config);
    wire(app);
    if (*migrate_cmd) {
      int n = prepare_database(app);
      std::cout << "Applied " << n << " migration(s); schema version " << app.db.schema_version() << "." << std::endl;
      return 0;
    }
    prepare_database(app);
    if (*seed_cmd) {
      if (!seed_demo(app)) {
        std::cout << "The database already has accounts: demo data not loaded." << std::endl;
        return 0;
      }
      std::cout << "Demo data loaded. Demo logins:" << std::endl;
      for (auto& l : demo_logins()) std::cout << "  " << l.role << ": " << l.email << " / " << l.password << std::endl;
      for (auto& l : demo_world_logins()) std::cout << "  " << l.role << ": " << l.email << " / " << l.password << std::endl;
      std::cout << "  every other demo professional (see /admin/users): password " << accounts::demo::kWorldPassword
                << std::endl;
      return 0;
    }
    if (*admin_cmd) {
      std::string token;
      bool created = app.db.transact([&](soci::session& sql) {
        auto existing = accounts::find_user_by_email(sql, admin_email);
        std::int64_t id = existing ? existing->id : accounts::create_user(sql, admin_email, admin_name, "fr");
        accounts::add_grant(sql, id, {0, "admin", "region", ""}, 0);
        accounts::TokenRequest r;
        r.purpose = "password";
        r.user_id = id;
        token = accounts::issue_token(sql, r);
        return !existing;
      });
      std::cout << (created ? "Administrator created: " : "Administrator role granted to the existing account: ")
                << accounts::normalise_email(admin_email) << "\nSet the password within 24 hours at:\n  "
                << app.base_url() << "/password/set/" << token << std::endl;
      return 0;
    }
    if (*import_cmd) {
      directory::ImportOptions options;
      options.lang = hsds_lang;
      options.updated_by = "import-hsds";
      auto report = directory::import_path(app.db, import_path, options);
      for (auto& p : report.problems) std::cerr << (p.id.empty() ? "" : p.id + ": ") << p.reason << std::endl;
      std::cout << report.summary() << std::endl;
      return !report.fatal.empty() || (report.read == 0 && !report.problems.empty()) ? 1 : 0;
    }
    if (*bxl_cmd) {
      directory::BruxellesSocialOptions options;
      options.mapping_path = bxl_mapping;
      auto report = directory::import_bruxelles_social(app.db, bxl_path, options);
      for (auto& p : report.problems) std::cerr << (p.id.empty() ? "" : p.id + ": ") << p.reason << std::endl;
      if (!report.fatal.empty()) {
        std::cerr << "maillage: nothing imported: " << report.fatal << std::endl;
        return 1;
      }
      std::cout << report.summary() << std::endl;
      return 0;
    }
    if (*export_cmd) {
      int n = directory::export_to_directory(app.db, export_dir, hsds_lang);
      std::cout << n << " service(s) exported to " << export_dir << " (services.json, organizations.json, csv/)." << std::endl;
      return 0;
    }
    if (*synthetic_cmd) {
      auto started = std::chrono::steady_clock::now();
      auto n = directory::seed_synthetic(app, synthetic_count);
      double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
      std::cout << n << " synthetic service(s) added in " << seconds << " s." << std::endl;
      return 0;
    }
    if (*reindex_cmd) {
      auto started = std::chrono::steady_clock::now();
      std::filesystem::remove_all(directory::index_path(app));  // a clean build, not an update
      std::size_t n = directory::search_service(app).size();
      double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
      std::cout << "Search index rebuilt: " << n << " service(s) in " << seconds << " s (" << directory::index_path(app)
                << ")." << std::endl;
      return 0;
    }
    if (*territory_cmd || *reterritory_cmd) {
      std::int64_t now = now_seconds();
      if (*territory_cmd) {
        std::ifstream in(territory_file, std::ios::binary);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        auto report = app.db.transact([&](soci::session& sql) {
          return territory::import_quarters(sql, text, std::filesystem::path(territory_file).filename().string(), now);
        });
        for (auto& [code, reason] : report.refused) std::cerr << code << ": " << reason << std::endl;
        if (!report.fatal.empty()) {
          std::cerr << "maillage: nothing imported: " << report.fatal << std::endl;
          return 1;
        }
        std::cout << report.created << " quarter(s) created, " << report.updated << " updated, " << report.refused.size()
                  << " refused." << std::endl;
      }
      int sessions = 0;
      int moved = app.db.transact([&](soci::session& sql) {
        auto index = territory::load_quarter_index(sql);
        sessions = offers::reindex_session_places(sql, index);
        return territory::reindex_locations(sql, index, now);
      });
      territory::invalidate_quarter_index(app.db);
      std::cout << moved << " directory location(s) placed in a new quarter or bassin." << std::endl;
      std::cout << sessions << " offer session(s) placed at a new point or in a new quarter." << std::endl;
      return 0;
    }
    if (*population_cmd) {
      std::ifstream in(population_file, std::ios::binary);
      std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      auto report = app.db.transact([&](soci::session& sql) { return territory::import_population(sql, text, now_seconds()); });
      for (auto& [line, reason] : report.bad_lines) std::cerr << population_file << ":" << line << ": " << reason << std::endl;
      if (!report.fatal.empty()) {
        std::cerr << "maillage: nothing imported: " << report.fatal << std::endl;
        return 1;
      }
      std::cout << report.created << " figure(s) created, " << report.updated << " replaced, " << report.bad_lines.size()
                << " bad line(s) skipped." << std::endl;
      return 0;
    }
    if (*bounces_cmd) {
      auto results = newsletters::ingest_bounce_path(app, bounces_path, now_seconds());
      std::map<std::string, int> counts;
      for (auto& f : results) {
        auto& r = f.result;
        ++counts[newsletters::outcome_code(r.outcome)];
        std::cout << f.path << ": " << newsletters::outcome_code(r.outcome);
        if (!r.reading.status.empty()) std::cout << " " << r.reading.status;
        if (r.subscriber_id) std::cout << " subscriber " << r.subscriber_id << " (list " << r.list_id << ")";
        if (r.outcome == newsletters::BounceOutcome::SoftCounted)
          std::cout << ", " << r.soft_in_window << " of " << newsletters::kSoftBouncesToBounce << " in 30 days";
        std::cout << std::endl;
      }
      std::cout << results.size() << " message(s):";
      for (auto& [code, n] : counts) std::cout << " " << code << " " << n;
      std::cout << "." << std::endl;
      return 0;
    }
    if (*report_cmd) {
      std::string problem = observatory::write_report_file(app, report_file);
      if (!problem.empty()) {
        std::cerr << "maillage: " << problem << std::endl;
        return 1;
      }
      std::cout << "Report written to " << report_file.path << "." << std::endl;
      return 0;
    }
    if (*backup_cmd) {
      app.db.backup_to(backup_file);
      std::cout << "Backup written to " << backup_file << "." << std::endl;
      return 0;
    }
  } catch (const std::exception& e) {
    std::cerr << "maillage: " << e.what() << std::endl;
    return 1;
  }
  return 0;
}
