#include "platform/pages.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "platform/app.hpp"
#include "platform/audit.hpp"
#include "platform/resources.hpp"
#include "platform/security.hpp"
#include "platform/views.hpp"

namespace maillage::platform {

namespace {
std::string content_type_for(const std::string& path) {
  auto dot = path.rfind('.');
  std::string ext = dot == std::string::npos ? "" : path.substr(dot + 1);
  if (ext == "css") return "text/css; charset=utf-8";
  if (ext == "js") return "text/javascript; charset=utf-8";
  if (ext == "png") return "image/png";
  if (ext == "svg") return "image/svg+xml";
  if (ext == "json" || ext == "geojson") return "application/json; charset=utf-8";
  if (ext == "ico") return "image/x-icon";
  return "application/octet-stream";
}
}  // namespace

Response static_file(RequestContext& ctx) {
  std::string rest = ctx.param("*");
  if (rest.find("..") != std::string::npos) throw not_found();
  auto data = resources::find("static/" + rest);
  if (!data) throw not_found();
  // The ETag is a hash of the embedded content: computed per request but cheap next to the network.
  static std::mutex mutex;
  static std::map<std::string, std::string> etags;
  std::string etag;
  {
    std::lock_guard lock(mutex);
    auto& e = etags[rest];
    if (e.empty()) e = "\"" + security::sha256_hex(*data).substr(0, 16) + "\"";
    etag = e;
  }
  if (ctx.header("if-none-match") == etag) {
    Response r;
    r.status = 304;
    r.content_type.clear();
    return r.header("ETag", etag).header("Cache-Control", "public, max-age=86400");
  }
  return Response::text(200, std::string(*data), content_type_for(rest))
      .header("ETag", etag)
      .header("Cache-Control", "public, max-age=86400");
}

Response healthz(RequestContext& ctx) {
  int version = ctx.app.db.schema_version();
  nlohmann::json j = {{"status", version > 0 ? "ok" : "no schema"}, {"schema_version", version},
                      {"database", ctx.app.db.kind() == DbKind::Sqlite ? "sqlite" : "postgresql"}};
  return Response::json(version > 0 ? 200 : 503, j.dump());
}

Response metrics(RequestContext& ctx) {
  const auto& allow = ctx.app.config.metrics_allow;
  if (!allow.empty()) {
    bool by_address = std::find(allow.begin(), allow.end(), ctx.remote_ip) != allow.end();
    bool as_admin = ctx.user && ctx.user->is_admin() && std::find(allow.begin(), allow.end(), "admin") != allow.end();
    if (!by_address && !as_admin) throw forbidden();
  }
  std::string text = ctx.app.metrics.prometheus_text();
  soci::session sql(ctx.app.db.pool());
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT status, COUNT(*) FROM jobs GROUP BY status");
  text += "# HELP maillage_jobs_in_table Background jobs in the table, by status.\n# TYPE maillage_jobs_in_table gauge\n";
  for (auto& r : rs) text += "maillage_jobs_in_table{status=\"" + as_text(r, 0) + "\"} " + std::to_string(as_int(r, 1)) + "\n";
  soci::rowset<soci::row> mail = (sql.prepare << "SELECT status, COUNT(*) FROM outbox GROUP BY status");
  text += "# HELP maillage_outbox_messages Messages in the outbox, by status.\n# TYPE maillage_outbox_messages gauge\n";
  for (auto& r : mail) text += "maillage_outbox_messages{status=\"" + as_text(r, 0) + "\"} " + std::to_string(as_int(r, 1)) + "\n";
  return Response::text(200, text, "text/plain; version=0.0.4; charset=utf-8");
}

Response admin_index(RequestContext& ctx) {
  Page page(ctx, "platform/admin_index.tpl", N_("Administration"));
  soci::session sql(ctx.app.db.pool());
  int users = 0, orgs = 0, queued = 0, failed = 0;
  sql << "SELECT COUNT(*) FROM users", soci::into(users);
  sql << "SELECT COUNT(*) FROM organisations", soci::into(orgs);
  sql << "SELECT COUNT(*) FROM outbox WHERE status IN ('queued', 'retrying')", soci::into(queued);
  sql << "SELECT COUNT(*) FROM jobs WHERE status = 'failed'", soci::into(failed);
  auto& d = page.dict();
  d.SetValue("USERS", ctx.app.i18n.number(ctx.lang, users));
  d.SetValue("ORGANISATIONS", ctx.app.i18n.number(ctx.lang, orgs));
  d.SetValue("QUEUED", ctx.app.i18n.number(ctx.lang, queued));
  d.SetValue("FAILED", ctx.app.i18n.number(ctx.lang, failed));
  return page.response();
}

namespace {
const char* outbox_status_label(const std::string& s) {
  if (s == "sent") return N_("Sent");
  if (s == "retrying") return N_("Will be retried");
  if (s == "failed") return N_("Failed");
  return N_("Waiting to be sent");
}
}  // namespace

Response admin_outbox(RequestContext& ctx) {
  Page page(ctx, "platform/admin_outbox.tpl", N_("Outgoing mail"));
  auto& d = page.dict();
  std::string to = ctx.q("to");
  std::string like = "%" + to + "%";
  soci::session sql(ctx.app.db.pool());
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT id, created_at, recipient, subject, status, attempts, last_error "
                                               "FROM outbox WHERE recipient LIKE :r ORDER BY id DESC LIMIT 200",
                                soci::use(like));
  int n = 0;
  for (auto& r : rs) {
    ++n;
    auto* s = d.AddSectionDictionary("MESSAGE");
    s->SetIntValue("ID", as_int(r, 0));
    s->SetValue("CREATED", ctx.app.i18n.datetime(ctx.lang, as_int(r, 1)));
    s->SetValue("TO", as_text(r, 2));
    // A text message (SMS) has no subject: the link still needs words.
    s->SetValue("SUBJECT", as_text(r, 3).empty() ? ctx.tr(N_("Text message (no subject)")) : as_text(r, 3));
    s->SetValue("STATUS", ctx.tr(outbox_status_label(as_text(r, 4))));
    s->SetIntValue("ATTEMPTS", as_int(r, 5));
    s->SetValue("ERROR", as_text(r, 6));
  }
  if (!n) d.ShowSection("EMPTY");
  d.SetValue("TO", to);
  if (ctx.app.config.smtp_url.empty()) d.SetValueAndShowSection("MAIL_DIR", ctx.app.config.mail_dir, "DEV_MODE");
  return page.response();
}

Response admin_outbox_message(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  soci::session sql(ctx.app.db.pool());
  std::string to, subject, body, status, attachment;
  std::int64_t created = 0;
  soci::indicator ind = soci::i_null;
  sql << "SELECT recipient, subject, body, status, created_at, attachment_name FROM outbox WHERE id = :id", soci::use(id),
      soci::into(to, ind), soci::into(subject), soci::into(body), soci::into(status), soci::into(created),
      soci::into(attachment);
  if (ind != soci::i_ok) throw not_found();
  // Mail bodies may hold one-time links: reading them is logged.
  audit(sql, ctx, "outbox.read", "outbox:" + std::to_string(id));
  Page page(ctx, "platform/admin_outbox_message.tpl", N_("Message"));
  if (!subject.empty()) page.set_title(subject);  // a text message has none: the page keeps "Message"
  auto& d = page.dict();
  d.SetValue("TO", to);
  d.SetValue("BODY", body);
  d.SetValue("STATUS", ctx.tr(outbox_status_label(status)));
  d.SetValue("CREATED", ctx.app.i18n.datetime(ctx.lang, created));
  if (!attachment.empty()) d.SetValueAndShowSection("ATTACHMENT", attachment, "HAS_ATTACHMENT");
  return page.response();
}

Response admin_audit(RequestContext& ctx) {
  Page page(ctx, "platform/admin_audit.tpl", N_("Audit log"));
  auto& d = page.dict();
  std::string action = ctx.q("action"), user = ctx.q("user"), target = ctx.q("target");
  std::string from = ctx.q("from"), to = ctx.q("to");
  d.SetValue("ACTION", action);
  d.SetValue("USER", user);
  d.SetValue("TARGET", target);
  d.SetValue("FROM", from);
  d.SetValue("TO", to);
  auto day = [](const std::string& iso, std::int64_t fallback) -> std::int64_t {
    std::tm tm{};
    if (iso.size() != 10 || !strptime(iso.c_str(), "%Y-%m-%d", &tm)) return fallback;
    return static_cast<std::int64_t>(timegm(&tm)) - 3600;  // Brussels midnight, near enough for a filter
  };
  std::int64_t since = day(from, 0), until = to.empty() ? 4102444800LL : day(to, 4102444800LL) + 86400;
  std::string action_like = action + "%", target_like = "%" + target + "%", user_like = "%" + user + "%";
  soci::session sql(ctx.app.db.pool());
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT a.at, COALESCE(u.email, ''), a.action, a.target, a.ip, a.detail FROM audit_log a LEFT JOIN "
                      "users u ON u.id = a.user_id WHERE a.action LIKE :a AND a.target LIKE :t AND a.at >= :s AND a.at < "
                      ":e AND COALESCE(u.email, '') LIKE :u ORDER BY a.id DESC LIMIT 500",
       soci::use(action_like), soci::use(target_like), soci::use(since), soci::use(until), soci::use(user_like));
  int n = 0;
  for (auto& r : rs) {
    ++n;
    auto* s = d.AddSectionDictionary("ENTRY");
    s->SetValue("AT", ctx.app.i18n.datetime(ctx.lang, as_int(r, 0)));
    s->SetValue("USER", as_text(r, 1));
    s->SetValue("ACTION", as_text(r, 2));
    s->SetValue("TARGET", as_text(r, 3));
    s->SetValue("IP", as_text(r, 4));
    s->SetValue("DETAIL", as_text(r, 5));
  }
  if (!n) d.ShowSection("EMPTY");
  if (n == 500) d.ShowSection("TRUNCATED");
  return page.response();
}

Response admin_jobs(RequestContext& ctx) {
  Page page(ctx, "platform/admin_jobs.tpl", N_("Background jobs"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT id, kind, status, run_at, attempts, max_attempts, last_error FROM "
                                               "jobs WHERE status <> 'done' ORDER BY run_at LIMIT 200");
  int n = 0;
  for (auto& r : rs) {
    ++n;
    auto* s = d.AddSectionDictionary("JOB");
    s->SetIntValue("ID", as_int(r, 0));
    s->SetValue("KIND", as_text(r, 1));
    auto status = as_text(r, 2);
    s->SetValue("STATUS", ctx.tr(status == "failed"    ? N_("Failed")
                                 : status == "running" ? N_("Running")
                                                       : N_("Waiting")));
    s->SetValue("RUN_AT", ctx.app.i18n.datetime(ctx.lang, as_int(r, 3)));
    s->SetValue("ATTEMPTS", std::to_string(as_int(r, 4)) + "/" + std::to_string(as_int(r, 5)));
    s->SetValue("ERROR", as_text(r, 6));
  }
  if (!n) d.ShowSection("EMPTY");
  return page.response();
}

}  // namespace maillage::platform
