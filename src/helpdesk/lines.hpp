// The orientation lines (migrations/0030_helpdesk.sql): the regional line and one per bassin, data an
// administrator edits. Every request belongs to one line; responders are granted a line ("responder"/"line").
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace maillage::helpdesk {

struct Line {
  std::int64_t id = 0;
  std::string code;         // stable: "region", "nord", "nord-est", ...; CSV columns and URLs use it
  std::string bassin_slug;  // empty for the regional line
  std::string name_fr, name_nl, name_en;
  std::string phone, email;
  std::string opening_hours;  // one "day HH:MM-HH:MM" a line (mo..su); empty: weekdays 09:00-17:00
  int retention_months = 12;  // free text is purged this long after closing
  int position = 0;
  bool active = true;

  const std::string& name(const std::string& lang) const;
  bool regional() const { return bassin_slug.empty(); }
};

std::vector<Line> list_lines(soci::session& sql, bool include_inactive = false);
std::optional<Line> find_line(soci::session& sql, std::int64_t id);
std::optional<Line> find_line_by_code(soci::session& sql, const std::string& code);
// The line that answers for a bassin (the regional line when the bassin has none or is empty).
std::optional<Line> line_for_bassin(soci::session& sql, const std::string& bassin_slug);

// Inserts (id == 0) or updates a line; returns its id. The caller has checked the fields (check_line).
std::int64_t save_line(soci::session& sql, const Line& line, std::int64_t now);
// A refusal msgid for a line an administrator typed, or nullptr when it may be saved.
const char* check_line(const Line& line);

// Creates the regional line and one line per bassin of the territory when there is no line yet (demo data and
// a new installation); returns how many were created.
int ensure_default_lines(soci::session& sql, std::int64_t now);

// A new phone-system token for a line (POST /api/helpdesk/calls), returned once: only its SHA-256 is stored in
// call_token_hash, replacing the previous token.
std::string set_call_token(soci::session& sql, std::int64_t line_id);
// Whether the line has a phone-system token.
bool has_call_token(soci::session& sql, std::int64_t line_id);

}  // namespace maillage::helpdesk
