#include "platform/mail.hpp"

#include <curl/curl.h>

#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <cctype>
#include <string_view>
#include <stdexcept>

#include "platform/app.hpp"
#include "platform/db.hpp"
#include "platform/jobs.hpp"
#include "platform/security.hpp"

namespace maillage {

Mail compose_mail(App& app, const std::string& lang, const std::string& name, const Dictionary& dict,
                  const std::string& to) {
  std::string text = app.views.render(lang, "mail/" + name + ".txt", dict);
  Mail m;
  m.to = to;
  auto nl = text.find('\n');
  m.subject = text.substr(0, nl);
  m.body = nl == std::string::npos ? "" : text.substr(nl + 1);
  while (!m.body.empty() && m.body.front() == '\n') m.body.erase(0, 1);
  return m;
}

namespace {
std::string one_line(const std::string& s) {
  std::string out;
  for (char c : s)
    if (c != '\r' && c != '\n') out += c;
  return out;
}
std::string header_lines(const Mail& m) {
  std::string out;
  for (auto& [name, value] : m.headers) out += one_line(name) + ": " + one_line(value) + "\n";
  return out;
}
std::vector<std::pair<std::string, std::string>> parse_header_lines(const std::string& text) {
  std::vector<std::pair<std::string, std::string>> out;
  std::size_t start = 0;
  while (start < text.size()) {
    auto nl = text.find('\n', start);
    std::string line = text.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    if (auto colon = line.find(": "); colon != std::string::npos) out.emplace_back(line.substr(0, colon), line.substr(colon + 2));
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  return out;
}
}  // namespace

namespace {
const std::string kOutboxInsert =
    "INSERT INTO outbox (created_at, channel, recipient, subject, body, attachment_name, attachment_type, "
    "attachment, headers, html) VALUES (:c, 'email', :r, :s, :b, :an, :at, :a, :h, :html) RETURNING id";
// On PostgreSQL the message and its sending job are one statement: one round trip fewer, inside transactions
// that often hold a lock (a registration's seats). SQLite has no INSERT in WITH, and no round trip to save.
const std::string kOutboxInsertWithJob =
    "WITH o AS (" + kOutboxInsert + ", created_at), j AS (INSERT INTO jobs (kind, payload, status, run_at, "
    "max_attempts, created_at) SELECT 'mail.send', CAST(o.id AS TEXT), 'queued', o.created_at, " +
    std::to_string(EnqueueOptions{}.max_attempts) + ", o.created_at FROM o) SELECT id FROM o";
}  // namespace

std::int64_t queue_mail(soci::session& sql, const Mail& m) {
  std::int64_t now = now_seconds();
  std::int64_t id = 0;
  std::string headers = header_lines(m);
  bool with_job = is_postgres(sql);
  sql << (with_job ? kOutboxInsertWithJob : kOutboxInsert), soci::use(now), soci::use(m.to), soci::use(m.subject),
      soci::use(m.body), soci::use(m.attachment_name), soci::use(m.attachment_type), soci::use(m.attachment),
      soci::use(headers), soci::use(m.html), soci::into(id);
  if (with_job) return id;
  Jobs::enqueue(sql, "mail.send", std::to_string(id));
  return id;
}

void queue_mail_at_commit(soci::session& sql, const Mail& m) {
  if (!is_postgres(sql)) {
    queue_mail(sql, m);
    return;
  }
  defer_until_commit(sql, kOutboxInsertWithJob,
                     {std::to_string(now_seconds()), m.to, m.subject, m.body, m.attachment_name, m.attachment_type,
                      m.attachment, header_lines(m), m.html});
}

// One "@" between a non-empty local part and a domain with a dot that has a character before it and two after it;
// no white space, angle bracket, quote, comma or semicolon. Checked by hand: std::regex was a few per cent of a
// registration's time.
bool looks_like_email(const std::string& s) {
  if (s.size() > 254) return false;
  for (unsigned char c : s)
    if (std::isspace(c) || c == '<' || c == '>' || c == '"' || c == '\'' || c == ',' || c == ';') return false;
  auto at = s.find('@');
  if (at == 0 || at == std::string::npos || s.find('@', at + 1) != std::string::npos) return false;
  std::string_view domain(s.data() + at + 1, s.size() - at - 1);
  auto dot = domain.find('.', 1);
  return dot != std::string_view::npos && dot + 2 < domain.size();
}

namespace {
std::string encode_header(const std::string& s) {
  bool ascii = true;
  for (unsigned char c : s)
    if (c >= 128) ascii = false;
  if (ascii) return s;
  std::string b64;
  // RFC 2047 encoded-word, base64.
  static const char* tbl = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::size_t i = 0;
  while (i + 2 < s.size()) {
    unsigned v = (static_cast<unsigned char>(s[i]) << 16) | (static_cast<unsigned char>(s[i + 1]) << 8) |
                 static_cast<unsigned char>(s[i + 2]);
    b64 += tbl[v >> 18];
    b64 += tbl[(v >> 12) & 63];
    b64 += tbl[(v >> 6) & 63];
    b64 += tbl[v & 63];
    i += 3;
  }
  if (i < s.size()) {
    unsigned v = static_cast<unsigned char>(s[i]) << 16;
    if (i + 1 < s.size()) v |= static_cast<unsigned char>(s[i + 1]) << 8;
    b64 += tbl[v >> 18];
    b64 += tbl[(v >> 12) & 63];
    b64 += i + 1 < s.size() ? tbl[(v >> 6) & 63] : '=';
    b64 += '=';
  }
  return "=?UTF-8?B?" + b64 + "?=";
}

std::string base64_lines(const std::string& data) {
  std::string out;
  static const char* tbl = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  int col = 0;
  for (std::size_t i = 0; i < data.size(); i += 3) {
    unsigned v = static_cast<unsigned char>(data[i]) << 16;
    if (i + 1 < data.size()) v |= static_cast<unsigned char>(data[i + 1]) << 8;
    if (i + 2 < data.size()) v |= static_cast<unsigned char>(data[i + 2]);
    out += tbl[v >> 18];
    out += tbl[(v >> 12) & 63];
    out += i + 1 < data.size() ? tbl[(v >> 6) & 63] : '=';
    out += i + 2 < data.size() ? tbl[v & 63] : '=';
    if ((col += 4) >= 76) {
      out += "\r\n";
      col = 0;
    }
  }
  return out + "\r\n";
}

std::string crlf(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\n' && (i == 0 || s[i - 1] != '\r')) out += '\r';
    out += s[i];
  }
  return out;
}
}  // namespace

namespace {
// "<outbox-ID.RANDOM@DOMAIN-OF-FROM>". The outbox records it (outbox.message_id) when it sends the message, so that a
// delivery status notification quoting it names the message (newsletters/bounces.hpp).
std::string new_message_id(const std::string& from, std::int64_t id) {
  return "<outbox-" + std::to_string(id) + "." + security::random_token(8) + "@" + from.substr(from.find('@') + 1) + ">";
}

std::string message_with_id(const Mail& m, const std::string& from, const std::string& message_id) {
  char date[64];
  std::time_t t = std::time(nullptr);
  std::strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S +0000", std::gmtime(&t));
  std::string out = "From: Maillage <" + from + ">\r\nTo: " + m.to + "\r\nSubject: " + encode_header(m.subject) +
                    "\r\nDate: " + date + "\r\nMessage-ID: " + message_id + "\r\nMIME-Version: 1.0\r\n";
  for (auto& [name, value] : m.headers) out += one_line(name) + ": " + one_line(value) + "\r\n";
  if (m.attachment_name.empty() && !m.html.empty()) {
    std::string boundary = "maillage-alt-" + security::random_token(12);
    out += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n--" + boundary +
           "\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + crlf(m.body) +
           "\r\n--" + boundary + "\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" +
           crlf(m.html) + "\r\n--" + boundary + "--\r\n";
  } else if (m.attachment_name.empty()) {
    out += "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + crlf(m.body);
  } else {
    std::string boundary = "maillage-" + security::random_token(12);
    out += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n--" + boundary +
           "\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + crlf(m.body) +
           "\r\n--" + boundary + "\r\nContent-Type: " + m.attachment_type + "; name=\"" + m.attachment_name +
           "\"\r\nContent-Disposition: attachment; filename=\"" + m.attachment_name +
           "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64_lines(m.attachment) + "--" + boundary + "--\r\n";
  }
  return out;
}
}  // namespace

std::string mime_message(const Mail& m, const std::string& from, std::int64_t id) {
  return message_with_id(m, from, new_message_id(from, id));
}

namespace {
struct Upload {
  const std::string* data;
  std::size_t pos = 0;
};
std::size_t read_cb(char* buf, std::size_t size, std::size_t n, void* user) {
  auto* u = static_cast<Upload*>(user);
  std::size_t len = std::min(size * n, u->data->size() - u->pos);
  std::memcpy(buf, u->data->data() + u->pos, len);
  u->pos += len;
  return len;
}

void send_smtp(const Config& cfg, const std::string& to, const std::string& message) {
  CURL* curl = curl_easy_init();
  if (!curl) throw std::runtime_error("curl_easy_init failed");
  Upload up{&message};
  curl_slist* rcpt = curl_slist_append(nullptr, to.c_str());
  curl_easy_setopt(curl, CURLOPT_URL, cfg.smtp_url.c_str());
  if (!cfg.smtp_user.empty()) {
    curl_easy_setopt(curl, CURLOPT_USERNAME, cfg.smtp_user.c_str());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, cfg.smtp_password.c_str());
  }
  curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_TRY));
  curl_easy_setopt(curl, CURLOPT_MAIL_FROM, ("<" + cfg.mail_from + ">").c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
  curl_easy_setopt(curl, CURLOPT_READFUNCTION, read_cb);
  curl_easy_setopt(curl, CURLOPT_READDATA, &up);
  curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
  CURLcode rc = curl_easy_perform(curl);
  curl_slist_free_all(rcpt);
  curl_easy_cleanup(curl);
  if (rc != CURLE_OK) throw std::runtime_error(std::string("SMTP: ") + curl_easy_strerror(rc));
}

void deliver(App& app, const JobRun& job) {
  std::int64_t id = std::stoll(job.payload);
  Mail m;
  std::string status, headers;
  {
    soci::session sql(app.db.pool());
    sql << "SELECT recipient, subject, body, attachment_name, attachment_type, attachment, status, headers, html "
           "FROM outbox WHERE id = :id",
        soci::use(id), soci::into(m.to), soci::into(m.subject), soci::into(m.body), soci::into(m.attachment_name),
        soci::into(m.attachment_type), soci::into(m.attachment), soci::into(status), soci::into(headers),
        soci::into(m.html);
  }
  m.headers = parse_header_lines(headers);
  if (status == "sent" || m.to.empty()) return;
  // Recorded with the outcome: a delivery status notification names the message by it (newsletters/bounces.hpp).
  std::string message_id = new_message_id(app.config.mail_from, id);
  std::string message = message_with_id(m, app.config.mail_from, message_id);
  try {
    if (app.config.smtp_url.empty()) {
      std::filesystem::create_directories(app.config.mail_dir);
      std::ofstream out(std::filesystem::path(app.config.mail_dir) / (std::to_string(id) + ".eml"), std::ios::binary);
      out << message;
      if (!out) throw std::runtime_error("cannot write to " + app.config.mail_dir);
    } else {
      send_smtp(app.config, m.to, message);
    }
  } catch (const std::exception& e) {
    std::string err = e.what();
    std::string next = job.last_attempt() ? "failed" : "retrying";
    app.db.transact([&](soci::session& sql) {
      sql << "UPDATE outbox SET status = :s, attempts = :a, last_error = :e, message_id = :m WHERE id = :id", soci::use(next),
          soci::use(job.attempt), soci::use(err), soci::use(message_id), soci::use(id);
    });
    throw;
  }
  std::int64_t now = now_seconds();
  app.db.transact([&](soci::session& sql) {
    sql << "UPDATE outbox SET status = 'sent', attempts = :a, sent_at = :t, last_error = '', message_id = :m WHERE id = :id",
        soci::use(job.attempt), soci::use(now), soci::use(message_id), soci::use(id);
  });
}
}  // namespace

void register_mail_jobs(Jobs& jobs) { jobs.on("mail.send", deliver); }

}  // namespace maillage
