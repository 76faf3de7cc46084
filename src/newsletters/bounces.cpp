#include "newsletters/bounces.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>

#include "newsletters/model.hpp"
#include "newsletters/service.hpp"
#include "platform/app.hpp"
#include "platform/db.hpp"
#include "platform/http.hpp"
#include "platform/mail_reader.hpp"
#include "platform/security.hpp"

namespace maillage::newsletters {

namespace {

constexpr std::size_t kMaxScannedText = 256 * 1024;
constexpr std::size_t kMaxDiagnostic = 300;

bool contains_any(const std::string& lowered, std::initializer_list<const char*> words) {
  for (auto* w : words)
    if (lowered.find(w) != std::string::npos) return true;
  return false;
}

// No std::regex here: libstdc++ matches repetitions by recursion, and a long run of one character in a hostile
// message would exhaust the stack. These scans are linear and bounded.

bool address_char(char c) {
  return !std::isspace(static_cast<unsigned char>(c)) && c != '<' && c != '>' && c != '"' && c != '\'' && c != ';' &&
         c != ',' && c != '(' && c != ')';
}

// "rfc822; Name@Example.org" or "<name@example.org>" -> "name@example.org".
std::string address_of(const std::string& value) {
  std::size_t from = value.find(';');
  from = from == std::string::npos ? 0 : from + 1;
  auto at = value.find('@', from);
  if (at == std::string::npos || at == from) return "";
  std::size_t a = at, b = at + 1;
  while (a > from && address_char(value[a - 1]) && at - a < 256) --a;
  while (b < value.size() && address_char(value[b]) && b - at < 256) ++b;
  if (a == at || b == at + 1) return "";
  return ascii_lower(value.substr(a, b - a));
}

bool digit(char c) { return c >= '0' && c <= '9'; }

// 1 to 3 digits at `i`; their end, or npos.
std::size_t digits_at(const std::string& t, std::size_t i) {
  std::size_t e = i;
  while (e < t.size() && digit(t[e]) && e - i < 4) ++e;
  return e == i || e - i > 3 ? std::string::npos : e;
}

// The first enhanced status code (RFC 3463) of a text that is not a success: "5.1.1", "4.2.2".
std::string status_code_in(const std::string& t) {
  for (std::size_t i = 0; i + 4 < t.size(); ++i) {
    if ((t[i] != '4' && t[i] != '5') || t[i + 1] != '.' || (i > 0 && (digit(t[i - 1]) || t[i - 1] == '.'))) continue;
    auto e1 = digits_at(t, i + 2);
    if (e1 == std::string::npos || e1 >= t.size() || t[e1] != '.') continue;
    auto e2 = digits_at(t, e1 + 1);
    if (e2 == std::string::npos || (e2 < t.size() && digit(t[e2]))) continue;
    return t.substr(i, e2 - i);
  }
  return "";
}

// A basic SMTP reply code ("550 ...", "452-...") at the start of a line or after "said:", when the text gives no
// enhanced code: its class, '4' or '5', else 0.
char smtp_class_in(const std::string& t) {
  auto code_at = [&](std::size_t i) -> char {
    while (i < t.size() && (t[i] == ' ' || t[i] == '\t')) ++i;
    if (i + 3 < t.size() && (t[i] == '4' || t[i] == '5') && digit(t[i + 1]) && digit(t[i + 2]) &&
        (t[i + 3] == ' ' || t[i + 3] == '-'))
      return t[i];
    return 0;
  };
  std::size_t pos = 0;
  while (pos < t.size()) {
    auto end = t.find('\n', pos);
    if (char c = code_at(pos)) return c;
    auto said = t.find("said:", pos);
    if (said != std::string::npos && (end == std::string::npos || said < end))
      if (char c = code_at(said + 5)) return c;
    pos = end == std::string::npos ? t.size() : end + 1;
  }
  return 0;
}

void add_unique(std::vector<std::string>& v, const std::string& s) {
  if (!s.empty() && v.size() < 20 && std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

void scan_unsubscribe_tokens(const std::string& text, std::vector<std::string>& out) {
  static const std::string marker = "/newsletters/unsubscribe/";
  for (auto at = text.find(marker); at != std::string::npos; at = text.find(marker, at + 1)) {
    std::size_t b = at + marker.size(), e = b;
    while (e < text.size() && e - b < 200 && (std::isalnum(static_cast<unsigned char>(text[e])) || text[e] == '.' ||
                                              text[e] == '_' || text[e] == '-'))
      ++e;
    add_unique(out, text.substr(b, e - b));
  }
}

// Each line of a text without the indentation or '>' quoting before it (and without trailing spaces), until `fn`
// returns true.
template <class Fn>
void each_quoted_line(const std::string& text, Fn&& fn) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    auto end = text.find('\n', pos);
    std::string line = text.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
    pos = end == std::string::npos ? text.size() : end + 1;
    std::size_t i = line.find_first_not_of(" \t>");
    if (i == std::string::npos) continue;
    line.erase(0, i);
    while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.pop_back();
    if (fn(line)) return;
  }
}

// Message-ID lines of a quoted original ("Message-ID: <...>").
void scan_message_ids(const std::string& text, std::vector<std::string>& out) {
  each_quoted_line(text, [&](const std::string& line) {
    if (line.size() < 12 || ascii_lower(line.substr(0, 11)) != "message-id:") return false;
    auto lt = line.find('<'), gt = line.find('>', lt == std::string::npos ? 0 : lt);
    if (lt != std::string::npos && gt != std::string::npos) add_unique(out, line.substr(lt, gt - lt + 1));
    return false;
  });
}

// The failed address of a bounce written as text: qmail's "<address>:" line, else the quoted original's "To:" line.
std::string recipient_in_text(const std::string& text) {
  std::string qmail, to;
  each_quoted_line(text, [&](const std::string& line) {
    if (line.size() > 3 && line.front() == '<' && line.substr(line.size() - 2) == ">:" && line.find('@') != std::string::npos)
      qmail = address_of(line);
    else if (to.empty() && line.size() > 3 && ascii_lower(line.substr(0, 3)) == "to:")
      to = address_of(line.substr(3));
    return !qmail.empty();
  });
  return qmail.empty() ? to : qmail;
}

// Where the original message sits in a bounce: a message/rfc822 or text/rfc822-headers part, with its header fields.
void collect(const MailPart& part, const MailPart*& status_part, std::vector<const MailPart*>& originals,
             std::string& text, bool top) {
  if (part.content_type == "message/delivery-status" || part.content_type == "message/global-delivery-status") {
    if (!status_part) status_part = &part;
    return;
  }
  bool embedded = part.content_type == "message/rfc822" || part.content_type == "message/global" ||
                  part.content_type == "text/rfc822-headers" || part.content_type == "message/global-headers";
  if (embedded) {
    for (auto& inner : part.parts) originals.push_back(&inner);
  }
  if (!top && !embedded && part.parts.empty() && part.content_type.rfind("text/", 0) == 0 && text.size() < kMaxScannedText)
    text += part.body.substr(0, kMaxScannedText - text.size()) + "\n";
  if (embedded && text.size() < kMaxScannedText) {
    // The original's headers as text too: some servers quote it under text/plain, others attach it.
    for (auto& inner : part.parts)
      for (auto& [name, value] : inner.headers) text += name + ": " + value + "\n";
  }
  for (auto& child : part.parts) collect(child, status_part, originals, text, false);
}

}  // namespace

BounceReading read_bounce(const std::string& raw) {
  BounceReading r;
  auto mail = read_mail(raw);
  if (!mail) return r;
  r.readable = true;
  r.report_id = mail->header("message-id");
  if (r.report_id.empty() || r.report_id.size() > 300) r.report_id = "sha256:" + security::sha256_hex(raw);

  const MailPart* status_part = nullptr;
  std::vector<const MailPart*> originals;
  std::string text;
  // A single-part bounce: its body is the text to read.
  if (mail->parts.empty() && mail->content_type.rfind("text/", 0) == 0) text = mail->body.substr(0, kMaxScannedText);
  collect(*mail, status_part, originals, text, true);

  for (auto* o : originals) {
    add_unique(r.original_message_ids, o->header("message-id"));
    scan_unsubscribe_tokens(o->header("list-unsubscribe"), r.unsubscribe_tokens);
  }

  if (status_part) {
    // RFC 3464: the first block is about the message, each further one about a recipient. (Read wherever the part
    // sits: some servers wrap the report in a multipart/mixed.)
    r.standard = true;
    auto blocks = read_field_blocks(status_part->body);
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      auto& b = blocks[i];
      std::string action = ascii_lower(header_value(b, "action"));
      std::string status = status_code_in(" " + header_value(b, "status"));
      if (action.empty() && status.empty()) continue;
      BounceKind kind = BounceKind::None;
      if (action == "failed") kind = !status.empty() && status[0] == '4' ? BounceKind::Soft : BounceKind::Hard;
      else if (action == "delayed") kind = BounceKind::Soft;
      // delivered, relayed, expanded: no failure. The first failure found is the one read (one recipient per
      // newsletter message).
      if (kind == BounceKind::None && r.kind != BounceKind::None) continue;
      r.kind = kind;
      r.status = status;
      r.recipient = address_of(header_value(b, "original-recipient"));
      if (r.recipient.empty()) r.recipient = address_of(header_value(b, "final-recipient"));
      r.diagnostic = header_value(b, "diagnostic-code").substr(0, kMaxDiagnostic);
      if (kind != BounceKind::None) break;
    }
  } else {
    // Not a report: a bounce only when it says so (who sent it, its subject, X-Failed-Recipients), never an
    // automatic reply ("out of office"), and with a failure code in its text.
    std::string from = ascii_lower(mail->header("from")), subject = ascii_lower(mail->header("subject"));
    std::string auto_submitted = ascii_lower(mail->header("auto-submitted"));
    // Mail servers mark their bounces auto-replied too: only the subject's word is not enough then.
    bool from_server = contains_any(from, {"mailer-daemon", "postmaster", "mail delivery"}) ||
                       !mail->header("x-failed-recipients").empty();
    bool subject_says = contains_any(subject, {"undeliver", "delivery status", "delivery failure", "delivery failed",
                                               "delivery notification", "returned mail", "failure notice",
                                               "mail delivery", "non remis", "non distribu", "onbestelbaar",
                                               "niet afgeleverd", "unzustellbar"});
    bool says_bounce = from_server || (subject_says && auto_submitted.rfind("auto-replied", 0) != 0);
    if (says_bounce) {
      r.status = status_code_in(text);
      char smtp = r.status.empty() ? smtp_class_in(text) : r.status[0];
      std::string lowered = ascii_lower(text);
      if (smtp == '5') r.kind = BounceKind::Hard;
      else if (smtp == '4') r.kind = BounceKind::Soft;
      else if (contains_any(lowered, {"mailbox full", "quota", "temporar", "try again", "will retry", "delayed"}))
        r.kind = BounceKind::Soft;
      else if (contains_any(lowered, {"user unknown", "no such user", "unknown user", "does not exist", "no mailbox",
                                      "mailbox unavailable", "address rejected", "recipient rejected", "invalid recipient"}))
        r.kind = BounceKind::Hard;
      r.recipient = address_of(mail->header("x-failed-recipients"));
      if (r.recipient.empty())
        for (auto* o : originals)
          if (r.recipient.empty()) r.recipient = address_of(o->header("to"));
      if (r.recipient.empty()) r.recipient = recipient_in_text(text);
      auto diag = lowered.find("diagnostic");
      if (diag != std::string::npos) r.diagnostic = text.substr(diag, kMaxDiagnostic);
    }
  }
  scan_message_ids(text, r.original_message_ids);
  // The notification's own Message-ID is not the original's.
  r.original_message_ids.erase(std::remove(r.original_message_ids.begin(), r.original_message_ids.end(), mail->header("message-id")),
                               r.original_message_ids.end());
  scan_unsubscribe_tokens(text, r.unsubscribe_tokens);
  return r;
}

const char* outcome_code(BounceOutcome o) {
  switch (o) {
    case BounceOutcome::Bounced: return "bounced";
    case BounceOutcome::SoftCounted: return "soft";
    case BounceOutcome::AlreadyBounced: return "already_bounced";
    case BounceOutcome::AlreadyCounted: return "already_counted";
    case BounceOutcome::NotABounce: return "not_a_bounce";
    case BounceOutcome::NoMatch: return "no_match";
    case BounceOutcome::Unreadable: return "unreadable";
  }
  return "unreadable";
}

namespace {
// The outcome of a message that reports no failure, read without the database.
std::optional<BounceResult> without_failure(const BounceReading& reading) {
  if (reading.readable && reading.kind != BounceKind::None) return std::nullopt;
  BounceResult res;
  res.reading = reading;
  res.outcome = reading.readable ? BounceOutcome::NotABounce : BounceOutcome::Unreadable;
  return res;
}
}  // namespace

BounceResult apply_bounce(App& app, soci::session& sql, const BounceReading& reading, std::int64_t now) {
  if (auto none = without_failure(reading)) return *none;
  BounceResult res;
  res.reading = reading;
  auto subscriber_list = [&](std::int64_t id) {
    soci::indicator ind = soci::i_null;
    std::int64_t list = 0;
    sql << "SELECT list_id FROM newsletter_subscribers WHERE id = :id", soci::use(id), soci::into(list, ind);
    if (ind == soci::i_ok) res.subscriber_id = id, res.list_id = list;
  };
  // 1. The original's Message-ID, as the outbox recorded it when it sent the campaign's message.
  for (auto& mid : reading.original_message_ids) {
    if (res.subscriber_id) break;
    std::int64_t sid = 0;
    soci::indicator ind = soci::i_null;
    sql << "SELECT d.subscriber_id FROM outbox o JOIN newsletter_deliveries d ON d.outbox_id = o.id "
           "WHERE o.message_id = :m",
        soci::use(mid), soci::into(sid, ind);
    if (ind == soci::i_ok) subscriber_list(sid);
  }
  // 2. The signed unsubscribe link of its List-Unsubscribe: the subscriber, or (a test send, the preview) the
  // campaign's list, whose subscriber is then the address that failed.
  for (auto& token : reading.unsubscribe_tokens) {
    if (res.subscriber_id) break;
    auto link = parse_unsubscribe_token(app, token);
    if (!link) continue;
    if (link->subscriber_id) subscriber_list(link->subscriber_id);
    else if (link->campaign_id && !reading.recipient.empty()) {
      std::int64_t sid = 0;
      soci::indicator ind = soci::i_null;
      sql << "SELECT s.id FROM newsletter_subscribers s JOIN newsletter_campaigns c ON c.list_id = s.list_id "
             "WHERE c.id = :c AND LOWER(s.email) = :e",
          soci::use(link->campaign_id), soci::use(reading.recipient), soci::into(sid, ind);
      if (ind == soci::i_ok) subscriber_list(sid);
    }
  }
  if (!res.subscriber_id) {
    res.outcome = BounceOutcome::NoMatch;
    return res;
  }
  std::string status;
  sql << "SELECT status FROM newsletter_subscribers WHERE id = :id", soci::use(res.subscriber_id), soci::into(status);
  if (status == "bounced") {
    res.outcome = BounceOutcome::AlreadyBounced;
    return res;
  }
  int seen = 0;
  sql << "SELECT COUNT(*) FROM newsletter_bounces WHERE subscriber_id = :s AND report_id = :r", soci::use(res.subscriber_id),
      soci::use(reading.report_id), soci::into(seen);
  if (seen) {
    res.outcome = BounceOutcome::AlreadyCounted;
    return res;
  }
  std::string kind = reading.kind == BounceKind::Hard ? "hard" : "soft";
  sql << "INSERT INTO newsletter_bounces (subscriber_id, report_id, kind, status, recipient, diagnostic, received_at) "
         "VALUES (:s, :r, :k, :st, :rc, :d, :t)",
      soci::use(res.subscriber_id), soci::use(reading.report_id), soci::use(kind), soci::use(reading.status),
      soci::use(reading.recipient), soci::use(reading.diagnostic), soci::use(now);
  if (reading.kind == BounceKind::Soft) {
    std::int64_t since = now - kSoftBounceWindowSeconds;
    sql << "SELECT COUNT(*) FROM newsletter_bounces WHERE subscriber_id = :s AND kind = 'soft' AND received_at > :t",
        soci::use(res.subscriber_id), soci::use(since), soci::into(res.soft_in_window);
    if (res.soft_in_window < kSoftBouncesToBounce) {
      res.outcome = BounceOutcome::SoftCounted;
      return res;
    }
  }
  mark_bounced(sql, res.subscriber_id, now);
  res.outcome = BounceOutcome::Bounced;
  return res;
}

BounceResult ingest_bounce(App& app, const std::string& raw, std::int64_t now) {
  auto reading = read_bounce(raw);
  if (auto none = without_failure(reading)) return *none;
  return app.db.transact([&](soci::session& sql) { return apply_bounce(app, sql, reading, now); });
}

std::vector<IngestedFile> ingest_bounce_path(App& app, const std::string& path, std::int64_t now) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  if (fs::is_directory(path)) {
    std::vector<fs::path> folders{path};
    if (fs::is_directory(fs::path(path) / "new") || fs::is_directory(fs::path(path) / "cur"))
      folders = {fs::path(path) / "new", fs::path(path) / "cur"};  // a maildir (its tmp/ is being written)
    for (auto& folder : folders) {
      if (!fs::is_directory(folder)) continue;
      for (auto& entry : fs::directory_iterator(folder))
        if (entry.is_regular_file() && entry.path().filename().string()[0] != '.') files.push_back(entry.path().string());
    }
    std::sort(files.begin(), files.end());
  } else {
    files.push_back(path);
  }
  std::vector<IngestedFile> out;
  for (auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::string raw;
    raw.resize(kMaxMailBytes);
    in.read(raw.data(), static_cast<std::streamsize>(raw.size()));
    raw.resize(static_cast<std::size_t>(in.gcount()));
    out.push_back({file, ingest_bounce(app, raw, now)});
  }
  return out;
}

Response api_bounce(RequestContext& ctx) {
  auto error = [](int status, const char* code) { return Response::json(status, nlohmann::json{{"error", code}}.dump()); };
  std::string auth = ctx.header("authorization");
  if (auth.rfind("Bearer ", 0) != 0) return error(401, "missing_token").header("WWW-Authenticate", "Bearer");
  // Read at each call: the operator sets it in the server's environment (none: every call is refused).
  const char* env = std::getenv("MAILLAGE_BOUNCE_TOKEN");
  std::string expected = env ? env : "";
  // Hashes compared, so that the comparison takes the same time whatever the lengths.
  if (expected.empty() || !security::equal_constant_time(security::sha256_hex(auth.substr(7)), security::sha256_hex(expected)))
    return error(401, "invalid_token").header("WWW-Authenticate", "Bearer");
  if (ctx.body.empty()) return error(400, "empty_body");
  auto r = ingest_bounce(ctx.app, ctx.body, now_seconds());
  nlohmann::json j{{"outcome", outcome_code(r.outcome)}};
  if (!r.reading.status.empty()) j["status"] = r.reading.status;
  if (r.subscriber_id) j["subscriber_id"] = r.subscriber_id;
  if (r.outcome == BounceOutcome::SoftCounted) j["soft_in_30_days"] = r.soft_in_window;
  return Response::json(r.outcome == BounceOutcome::Unreadable ? 422 : 200, j.dump());
}

}  // namespace maillage::newsletters
