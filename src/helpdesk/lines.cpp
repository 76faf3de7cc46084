#include "helpdesk/lines.hpp"

#include "platform/db.hpp"
#include "platform/i18n.hpp"
#include "platform/security.hpp"

namespace maillage::helpdesk {

namespace {

const char* kLineColumns =
    "id, code, bassin_slug, name_fr, name_nl, name_en, phone, email, opening_hours, retention_months, position, active "
    "FROM helpdesk_lines ";

Line line_from(const soci::row& r) {
  Line l;
  l.id = as_int(r, 0);
  l.code = as_text(r, 1);
  l.bassin_slug = as_text(r, 2);
  l.name_fr = as_text(r, 3);
  l.name_nl = as_text(r, 4);
  l.name_en = as_text(r, 5);
  l.phone = as_text(r, 6);
  l.email = as_text(r, 7);
  l.opening_hours = as_text(r, 8);
  l.retention_months = static_cast<int>(as_int(r, 9));
  l.position = static_cast<int>(as_int(r, 10));
  l.active = as_int(r, 11) != 0;
  return l;
}

}  // namespace

const std::string& Line::name(const std::string& lang) const {
  const std::string& n = lang == "nl" ? name_nl : lang == "en" ? name_en : name_fr;
  return n.empty() ? name_fr : n;
}

std::vector<Line> list_lines(soci::session& sql, bool include_inactive) {
  std::vector<Line> lines;
  std::string q = std::string("SELECT ") + kLineColumns + (include_inactive ? "" : "WHERE active = 1 ") +
                  "ORDER BY position, id";
  soci::rowset<soci::row> rs = sql.prepare << q;
  for (auto& r : rs) lines.push_back(line_from(r));
  return lines;
}

std::optional<Line> find_line(soci::session& sql, std::int64_t id) {
  soci::rowset<soci::row> rs = (sql.prepare << std::string("SELECT ") + kLineColumns + "WHERE id = :id", soci::use(id));
  for (auto& r : rs) return line_from(r);
  return std::nullopt;
}

std::optional<Line> find_line_by_code(soci::session& sql, const std::string& code) {
  soci::rowset<soci::row> rs =
      (sql.prepare << std::string("SELECT ") + kLineColumns + "WHERE code = :c", soci::use(code));
  for (auto& r : rs) return line_from(r);
  return std::nullopt;
}

std::optional<Line> line_for_bassin(soci::session& sql, const std::string& bassin_slug) {
  if (!bassin_slug.empty()) {
    soci::rowset<soci::row> rs = (sql.prepare << std::string("SELECT ") + kLineColumns +
                                                     "WHERE bassin_slug = :b AND active = 1 ORDER BY position, id",
                                  soci::use(bassin_slug));
    for (auto& r : rs) return line_from(r);
  }
  soci::rowset<soci::row> rs = sql.prepare << std::string("SELECT ") + kLineColumns +
                                                  "WHERE bassin_slug IS NULL AND active = 1 ORDER BY position, id";
  for (auto& r : rs) return line_from(r);
  return std::nullopt;
}

const char* check_line(const Line& line) {
  if (line.code.empty() || line.code.size() > 40) return N_("Give the line a short code (letters, digits, hyphens).");
  for (char c : line.code)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
      return N_("Give the line a short code (letters, digits, hyphens).");
  if (line.name_fr.empty() || line.name_nl.empty() || line.name_en.empty())
    return N_("Give the line a name in French, Dutch and English.");
  if (line.retention_months < 1 || line.retention_months > 120)
    return N_("The retention period is between 1 and 120 months.");
  return nullptr;
}

std::int64_t save_line(soci::session& sql, const Line& l, std::int64_t now) {
  soci::indicator bassin = l.bassin_slug.empty() ? soci::i_null : soci::i_ok;
  int active = l.active ? 1 : 0;
  if (l.id == 0) {
    std::int64_t id = 0;
    sql << "INSERT INTO helpdesk_lines (code, bassin_slug, name_fr, name_nl, name_en, phone, email, opening_hours, "
           "retention_months, position, active, created_at, updated_at) VALUES (:code, :b, :fr, :nl, :en, :ph, :em, "
           ":oh, :rm, :pos, :act, :t, :t2) RETURNING id",
        soci::use(l.code), soci::use(l.bassin_slug, bassin), soci::use(l.name_fr), soci::use(l.name_nl),
        soci::use(l.name_en), soci::use(l.phone), soci::use(l.email), soci::use(l.opening_hours),
        soci::use(l.retention_months), soci::use(l.position), soci::use(active), soci::use(now), soci::use(now),
        soci::into(id);
    return id;
  }
  sql << "UPDATE helpdesk_lines SET code = :code, bassin_slug = :b, name_fr = :fr, name_nl = :nl, name_en = :en, "
         "phone = :ph, email = :em, opening_hours = :oh, retention_months = :rm, position = :pos, active = :act, "
         "updated_at = :t WHERE id = :id",
      soci::use(l.code), soci::use(l.bassin_slug, bassin), soci::use(l.name_fr), soci::use(l.name_nl),
      soci::use(l.name_en), soci::use(l.phone), soci::use(l.email), soci::use(l.opening_hours),
      soci::use(l.retention_months), soci::use(l.position), soci::use(active), soci::use(now), soci::use(l.id);
  return l.id;
}

int ensure_default_lines(soci::session& sql, std::int64_t now) {
  int existing = 0;
  sql << "SELECT COUNT(*) FROM helpdesk_lines", soci::into(existing);
  if (existing > 0) return 0;
  Line region;
  region.code = "region";
  region.name_fr = "Ligne régionale";
  region.name_nl = "Gewestelijke lijn";
  region.name_en = "Regional line";
  region.position = 0;
  save_line(sql, region, now);
  int created = 1;
  soci::rowset<soci::row> rs = sql.prepare << "SELECT slug, name_fr, name_nl, name_en, position FROM bassins ORDER BY position, slug";
  std::vector<Line> bassin_lines;
  for (auto& r : rs) {
    Line l;
    l.code = as_text(r, 0);
    l.bassin_slug = l.code;
    l.name_fr = as_text(r, 1);
    l.name_nl = as_text(r, 2);
    l.name_en = as_text(r, 3);
    l.position = static_cast<int>(as_int(r, 4)) + 1;
    bassin_lines.push_back(l);
  }
  for (auto& l : bassin_lines) {
    save_line(sql, l, now);
    ++created;
  }
  return created;
}

std::string set_call_token(soci::session& sql, std::int64_t line_id) {
  std::string token = security::random_token(32);
  std::string hash = security::sha256_hex(token);
  std::int64_t now = now_seconds();
  sql << "UPDATE helpdesk_lines SET call_token_hash = :h, updated_at = :t WHERE id = :id", soci::use(hash), soci::use(now),
      soci::use(line_id);
  return token;
}

bool has_call_token(soci::session& sql, std::int64_t line_id) {
  std::string hash;
  soci::indicator ind = soci::i_null;
  sql << "SELECT call_token_hash FROM helpdesk_lines WHERE id = :id", soci::use(line_id), soci::into(hash, ind);
  return ind == soci::i_ok && !hash.empty();
}

}  // namespace maillage::helpdesk
