// What the caseload's pages share: who the caller is for a team (a member, its coordinator, or a reader of its
// figures from outside), labels of the team's vocabularies in the caller's language, and form helpers.
#pragma once
#include "platform/dictionary.hpp"
#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "caseload/model.hpp"
#include "platform/http.hpp"
#include "platform/identifying_data.hpp"

namespace maillage::caseload {

// Members hold the grant "caseload" on scope ("team", id); coordinators "caseload_coordinator" on the same scope
// (a coordinator is a member). Administrators hold neither unless granted: they read no record.
bool is_member(const CurrentUser& u, std::int64_t team_id);
bool is_coordinator(const CurrentUser& u, std::int64_t team_id);
std::vector<std::int64_t> member_team_ids(const CurrentUser& u);
// Throws 403 unless a member (or a coordinator when `coordinator`).
void require_member(const RequestContext& ctx, std::int64_t team_id, bool coordinator = false);
// Readers of a team's figures from outside: administrators, regional coordinators, and coordinators of the
// team's bassin. They see counts below the team's threshold as "< 5".
bool reads_figures_outside(const CurrentUser& u, const Team& team);

// A term's label in the caller's language (the defaults are catalogue msgids, a team's own terms its words).
std::string term_label(const RequestContext& ctx, const Term& t);
std::string term_label(const RequestContext& ctx, const std::vector<Term>& list, const std::string& code);
// Options of a vocabulary: CODE, LABEL, SELECTED (when in `selected`), into section `section`.
void add_term_options(const RequestContext& ctx, Dictionary& d, const char* section,
                      const std::vector<Term>& list, const std::vector<std::string>& selected);
void add_code_options(const RequestContext& ctx, Dictionary& d, const char* section, CodeList list,
                      const std::string& selected);

std::int64_t to_id(const std::string& s);  // 0 when not a positive number
std::optional<int> to_int(const std::string& s);
// A date "YYYY-MM-DD" and an optional time "HH:MM" (default 12:00) in Brussels.
std::optional<std::int64_t> parse_local(const std::string& date, const std::string& time);
// Monday 00:00 of the Brussels week containing `t`.
std::int64_t week_start(std::int64_t t);

// The identifying-data findings of a note, shown with their kind; ctx.f("confirm_not_person") == "1" confirms.
bool note_needs_confirmation(const RequestContext& ctx, const std::string& note, Dictionary& d);

std::string team_url(std::int64_t team_id);
std::string person_name(soci::session& sql, std::int64_t user_id);  // a member's name ("" for 0)

}  // namespace maillage::caseload
