#include "helpdesk/calls.hpp"

#include <charconv>
#include <nlohmann/json.hpp>

#include "platform/app.hpp"
#include "platform/db.hpp"
#include "platform/forms.hpp"
#include "platform/security.hpp"

namespace maillage::helpdesk {

namespace {
Call call_from(const soci::row& r) {
  return {as_int(r, 0), as_int(r, 1), as_int(r, 2), as_text(r, 3), as_text(r, 4), as_int(r, 5)};
}
const char* kCallColumns = "id, line_id, received_at, caller_number, status, request_id FROM helpdesk_calls ";
}  // namespace

std::string set_call_token(soci::session& sql, std::int64_t line_id) {
  std::string token = security::random_token(24);
  std::string hash = security::sha256_hex(token);
  sql << "UPDATE helpdesk_lines SET call_token_hash = :h WHERE id = :id", soci::use(hash), soci::use(line_id);
  return token;
}

void clear_call_token(soci::session& sql, std::int64_t line_id) {
  sql << "UPDATE helpdesk_lines SET call_token_hash = '' WHERE id = :id", soci::use(line_id);
}

std::optional<std::int64_t> line_of_call_token(soci::session& sql, const std::string& token) {
  if (token.size() < 16 || token.size() > 200) return std::nullopt;
  std::string hash = security::sha256_hex(token);
  std::int64_t id = 0;
  soci::indicator ind;
  sql << "SELECT id FROM helpdesk_lines WHERE call_token_hash = :h AND call_token_hash <> '' AND active = 1",
      soci::use(hash), soci::into(id, ind);
  if (!sql.got_data() || ind != soci::i_ok) return std::nullopt;
  return id;
}

std::int64_t record_call(soci::session& sql, std::int64_t line_id, std::int64_t at, const std::string& caller, std::int64_t now) {
  std::int64_t id = 0;
  sql << "INSERT INTO helpdesk_calls (line_id, received_at, caller_number, status, created_at) VALUES (:l, :at, :c, "
         "'new', :now) RETURNING id",
      soci::use(line_id), soci::use(at), soci::use(caller), soci::use(now), soci::into(id);
  return id;
}

std::optional<Call> find_call(soci::session& sql, std::int64_t id) {
  soci::rowset<soci::row> rs = (sql.prepare << std::string("SELECT ") + kCallColumns + "WHERE id = :id", soci::use(id));
  for (auto& r : rs) return call_from(r);
  return std::nullopt;
}

std::vector<Call> unanswered_calls(soci::session& sql, const std::vector<std::int64_t>& line_ids, std::int64_t since) {
  std::vector<Call> out;
  std::string in;
  for (auto id : line_ids) in += (in.empty() ? "" : ",") + std::to_string(id);
  if (in.empty()) return out;
  soci::rowset<soci::row> rs =
      (sql.prepare << std::string("SELECT ") + kCallColumns + "WHERE line_id IN (" + in +
                          ") AND status = 'new' AND received_at >= :s ORDER BY received_at DESC, id DESC LIMIT 50",
       soci::use(since));
  for (auto& r : rs) out.push_back(call_from(r));
  return out;
}

void take_call(soci::session& sql, std::int64_t call_id, std::int64_t request_id, std::int64_t user_id) {
  sql << "UPDATE helpdesk_calls SET status = 'taken', request_id = :r, taken_by = :u WHERE id = :id", soci::use(request_id),
      soci::use(user_id), soci::use(call_id);
}

void dismiss_call(soci::session& sql, std::int64_t call_id, std::int64_t user_id) {
  sql << "UPDATE helpdesk_calls SET status = 'dismissed', taken_by = :u WHERE id = :id", soci::use(user_id),
      soci::use(call_id);
}

Response api_record_call(RequestContext& ctx) {
  auto error = [](int status, const char* code) {
    return Response::json(status, nlohmann::json{{"error", code}}.dump());
  };
  std::string auth = ctx.header("authorization");
  if (auth.rfind("Bearer ", 0) != 0) return error(401, "missing_token").header("WWW-Authenticate", "Bearer");
  std::string token = auth.substr(7);
  std::string caller = ctx.f("caller"), at_text = ctx.f("at");
  if (ctx.header("content-type").rfind("application/json", 0) == 0) {
    auto body = nlohmann::json::parse(ctx.body, nullptr, false);
    if (!body.is_object()) return error(400, "invalid_json");
    if (body.contains("caller") && body["caller"].is_string()) caller = body["caller"].get<std::string>();
    if (body.contains("at") && body["at"].is_number_integer()) at_text = std::to_string(body["at"].get<std::int64_t>());
  }
  caller = clean_text(caller);
  if (utf8_length(caller) > kMaxCallerChars) return error(400, "caller_too_long");
  std::int64_t now = now_seconds(), at = now;
  if (!at_text.empty()) {
    auto [p, ec] = std::from_chars(at_text.data(), at_text.data() + at_text.size(), at);
    // A phone system's clock may lag; a call from the future or from days ago is a mistake.
    if (ec != std::errc() || p != at_text.data() + at_text.size() || at > now + 300 || at < now - 7 * 86400)
      return error(400, "invalid_time");
  }
  std::optional<std::int64_t> id;
  bool known = ctx.app.db.transact([&](soci::session& sql) {
    auto line = line_of_call_token(sql, token);
    if (!line) return false;
    id = record_call(sql, *line, at, caller, now);
    return true;
  });
  if (!known) return error(401, "invalid_token").header("WWW-Authenticate", "Bearer");
  return Response::json(201, nlohmann::json{{"id", *id}}.dump());
}

}  // namespace maillage::helpdesk
