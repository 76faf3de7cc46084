#include "helpdesk/requests.hpp"

#include <algorithm>
#include <array>
#include <ctime>
#include <map>

#include "helpdesk/lines.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"
#include "platform/forms.hpp"
#include "platform/i18n.hpp"
#include "platform/security.hpp"
#include "territory/model.hpp"

namespace maillage::helpdesk {

namespace {
const Coded kChannels[] = {
    {"phone", N_("Phone")},
    {"email", N_("E-mail")},
    {"web_form", N_("Web form")},
    {"in_person", N_("In person")},
};
const Coded kAgeBands[] = {
    {"under_18", N_("Under 18")},  {"18_25", N_("18 to 25")},       {"26_39", N_("26 to 39")},
    {"40_64", N_("40 to 64")},     {"65_plus", N_("65 and over")},  {"unknown", N_("Age not known")},
};
const Coded kGenders[] = {
    {"female", N_("Woman")},
    {"male", N_("Man")},
    {"other", N_("Other gender")},
    {"unknown", N_("Gender not known")},
};
const Coded kPersonStatuses[] = {
    {"legal_residence", N_("Legal residence")},
    {"eu_unregistered", N_("EU citizen not registered")},
    {"asylum_seeker", N_("Asylum seeker")},
    {"undocumented", N_("Without residence permit")},
    {"unknown", N_("Status not known")},
};
const Coded kComplexities[] = {
    {"information", N_("Information or administrative question")},
    {"complex", N_("Complex situation")},
};
const Coded kOrientationOutcomes[] = {
    {"proposed", N_("Proposed")},   {"contacted", N_("Contacted")}, {"accepted", N_("Accepted")},
    {"refused", N_("Refused")},     {"no_answer", N_("No answer")},
};
const Coded kClosingOutcomes[] = {
    {"oriented", N_("Oriented to a service")},
    {"information", N_("Information given")},
    {"no_solution", N_("No solution found")},
    {"transferred", N_("Transferred")},
};
const Coded kLevels[] = {
    {"bassin", N_("Services of the care area")},
    {"region", N_("Services of the region")},
    {"specialised", N_("Specialised helplines")},
};
const Coded kRequestStatuses[] = {
    {"open", N_("Open")},
    {"closed", N_("Closed")},
};
const Coded kEventKinds[] = {
    {"created", N_("Request recorded")},
    {"note", N_("Note")},
    {"contact", N_("Contact with the requester")},
    {"callback", N_("Call-back planned")},
    {"orientation", N_("Service proposed")},
    {"orientation_outcome", N_("Orientation outcome")},
    {"sheet_sent", N_("Orientation sheet sent")},
    {"feedback", N_("Feedback given")},
    {"levels", N_("Levels explored")},
    {"transfer_proposed", N_("Transfer proposed")},
    {"transfer_accepted", N_("Transfer accepted")},
    {"transfer_declined", N_("Transfer declined")},
    {"unmet_need", N_("Unmet need flagged")},
    {"closed", N_("Request closed")},
    {"reopened", N_("Request reopened")},
    {"legal_hold", N_("Legal hold put")},
    {"corrected", N_("Coded fields corrected")},
    {"legal_hold_lifted", N_("Legal hold lifted")},
};
const Coded kTransferStatuses[] = {
    {"proposed", N_("Proposed")},
    {"accepted", N_("Accepted")},
    {"declined", N_("Declined")},
};

const char* kRequestColumns =
    "id, reference, line_id, line_reached_id, channel, received_at, status, requester_user_id, "
    "requester_organisation_id, requester_organisation_text, requester_function, requester_sector, "
    "requester_contact, person_age_band, person_gender, person_postal_code, person_commune_nis, "
    "person_bassin_slug, person_languages, person_status, complexity, question, feedback, levels_explored, "
    "first_orientation_at, feedback_at, callback_at, callback_user_id, outcome, closed_at, closed_by, legal_hold, "
    "purged_at, created_by, created_at, updated_at, legal_hold_reason, person_quarter_code FROM helpdesk_requests ";

OrientationRequest request_from(const soci::row& r) {
  OrientationRequest q;
  std::size_t i = 0;
  q.id = as_int(r, i++);
  q.reference = as_text(r, i++);
  q.line_id = as_int(r, i++);
  q.line_reached_id = as_int(r, i++);
  q.channel = as_text(r, i++);
  q.received_at = as_int(r, i++);
  q.status = as_text(r, i++);
  q.requester_user_id = as_int(r, i++);
  q.requester_organisation_id = as_int(r, i++);
  q.requester_organisation_text = as_text(r, i++);
  q.requester_function = as_text(r, i++);
  q.requester_sector = as_text(r, i++);
  q.requester_contact = as_text(r, i++);
  q.person_age_band = as_text(r, i++);
  q.person_gender = as_text(r, i++);
  q.person_postal_code = as_text(r, i++);
  q.person_commune_nis = as_text(r, i++);
  q.person_bassin_slug = as_text(r, i++);
  q.person_languages = split_codes(as_text(r, i++));
  q.person_status = as_text(r, i++);
  q.complexity = as_text(r, i++);
  q.question = as_text(r, i++);
  q.feedback = as_text(r, i++);
  q.levels_explored = split_codes(as_text(r, i++));
  q.first_orientation_at = as_int(r, i++);
  q.feedback_at = as_int(r, i++);
  q.callback_at = as_int(r, i++);
  q.callback_user_id = as_int(r, i++);
  q.outcome = as_text(r, i++);
  q.closed_at = as_int(r, i++);
  q.closed_by = as_int(r, i++);
  q.legal_hold = as_int(r, i++) != 0;
  q.purged_at = as_int(r, i++);
  q.created_by = as_int(r, i++);
  q.created_at = as_int(r, i++);
  q.updated_at = as_int(r, i++);
  q.legal_hold_reason = as_text(r, i++);
  q.person_quarter_code = as_text(r, i++);
  return q;
}

std::vector<std::string> themes_of(soci::session& sql, std::int64_t id) {
  std::vector<std::string> themes;
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT theme FROM helpdesk_request_themes WHERE request_id = :id ORDER BY theme", soci::use(id));
  for (auto& r : rs) themes.push_back(as_text(r, 0));
  return themes;
}

void save_themes(soci::session& sql, std::int64_t id, std::vector<std::string> themes) {
  std::sort(themes.begin(), themes.end());
  themes.erase(std::unique(themes.begin(), themes.end()), themes.end());
  sql << "DELETE FROM helpdesk_request_themes WHERE request_id = :id", soci::use(id);
  for (auto& t : themes)
    sql << "INSERT INTO helpdesk_request_themes (request_id, theme, request_received_at) VALUES (:id, :t, (SELECT "
           "received_at FROM helpdesk_requests WHERE id = :id2))",
        soci::use(id), soci::use(t), soci::use(id);
}

// The person's place from the postal code, and the line from the bassin, when the caller left them empty.
void complete_place(soci::session& sql, OrientationRequest& r) {
  if (!r.person_postal_code.empty() && (r.person_bassin_slug.empty() || r.person_commune_nis.empty())) {
    if (auto place = territory::locate(sql, r.person_postal_code)) {
      if (r.person_bassin_slug.empty()) r.person_bassin_slug = place->bassin.slug;
      if (r.person_commune_nis.empty()) r.person_commune_nis = place->commune.nis;
    }
  }
  if (r.line_id == 0) {
    if (auto line = line_for_bassin(sql, r.person_bassin_slug)) r.line_id = line->id;
  }
}

std::int64_t or_null(std::int64_t v, soci::indicator& ind) {
  ind = v ? soci::i_ok : soci::i_null;
  return v;
}

std::string lines_in(const std::vector<std::int64_t>& ids) {
  // A handful of ids the handler took from the caller's grants: written as numbers, never as text.
  std::string in;
  for (auto id : ids) in += (in.empty() ? "" : ",") + std::to_string(id);
  return in.empty() ? "0" : in;
}

const char* kSummarySelect =
    "SELECT r.id, r.reference, r.line_id, r.channel, r.status, r.complexity, r.person_bassin_slug, r.outcome, "
    "r.received_at, r.callback_at, r.callback_user_id, r.requester_user_id, "
    "COALESCE(o.name, r.requester_organisation_text) FROM helpdesk_requests r "
    "LEFT JOIN organisations o ON o.id = r.requester_organisation_id WHERE ";

RequestSummary summary_from(const soci::row& r) {
  RequestSummary s;
  s.id = as_int(r, 0);
  s.reference = as_text(r, 1);
  s.line_id = as_int(r, 2);
  s.channel = as_text(r, 3);
  s.status = as_text(r, 4);
  s.complexity = as_text(r, 5);
  s.person_bassin_slug = as_text(r, 6);
  s.outcome = as_text(r, 7);
  s.received_at = as_int(r, 8);
  s.callback_at = as_int(r, 9);
  s.callback_user_id = as_int(r, 10);
  s.requester_user_id = as_int(r, 11);
  s.requester = as_text(r, 12);
  return s;
}

std::vector<RequestSummary> read_summaries(soci::session& sql, soci::rowset<soci::row>& rs) {
  std::vector<RequestSummary> out;
  for (auto& r : rs) out.push_back(summary_from(r));
  // The themes of the whole list in one query, not one per request.
  if (!out.empty()) {
    std::string ids;
    std::map<std::int64_t, RequestSummary*> by_id;
    for (auto& s : out) {
      ids += (ids.empty() ? "" : ",") + std::to_string(s.id);
      by_id[s.id] = &s;
    }
    soci::rowset<soci::row> themes = sql.prepare << "SELECT request_id, theme FROM helpdesk_request_themes WHERE "
                                                    "request_id IN (" + ids + ") ORDER BY request_id, theme";
    for (auto& t : themes) by_id[as_int(t, 0)]->themes.push_back(as_text(t, 1));
  }
  return out;
}

std::string limit_clause(int limit) { return " LIMIT " + std::to_string(std::clamp(limit, 1, 1000)); }
}  // namespace

CodeList channels() { return kChannels; }
CodeList age_bands() { return kAgeBands; }
CodeList genders() { return kGenders; }
CodeList person_statuses() { return kPersonStatuses; }
CodeList complexities() { return kComplexities; }
CodeList orientation_outcomes() { return kOrientationOutcomes; }
CodeList closing_outcomes() { return kClosingOutcomes; }
CodeList levels() { return kLevels; }
CodeList request_statuses() { return kRequestStatuses; }
CodeList event_kinds() { return kEventKinds; }
CodeList transfer_statuses() { return kTransferStatuses; }

const std::vector<std::string>& person_languages() {
  static const std::vector<std::string> v = {"fr", "nl", "en", "ar", "tr", "es", "pt", "it", "pl", "ro",
                                             "bg", "ru", "uk", "fa", "ps", "ber", "ln", "sw", "so", "ti",
                                             "sq", "ur", "de", "sgn"};
  return v;
}

std::string join_codes(const std::vector<std::string>& codes) {
  std::string out;
  for (auto& c : codes)
    if (!c.empty()) out += (out.empty() ? "" : ",") + c;
  return out;
}

std::vector<std::string> split_codes(const std::string& stored) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= stored.size()) {
    auto end = stored.find(',', start);
    if (end == std::string::npos) end = stored.size();
    if (end > start) out.push_back(stored.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::vector<std::pair<std::string, const char*>> check_request(const OrientationRequest& r) {
  std::vector<std::pair<std::string, const char*>> errors;
  if (!is_code(channels(), r.channel)) errors.emplace_back("channel", N_("Choose how the request came in."));
  if (r.received_at <= 0) errors.emplace_back("received_date", N_("Enter the date and time of the request."));
  if (!r.person_age_band.empty() && !is_code(age_bands(), r.person_age_band))
    errors.emplace_back("person_age_band", N_("Choose an age band from the list."));
  if (!r.person_gender.empty() && !is_code(genders(), r.person_gender))
    errors.emplace_back("person_gender", N_("Choose a gender from the list."));
  if (!r.person_status.empty() && !is_code(person_statuses(), r.person_status))
    errors.emplace_back("person_status", N_("Choose an administrative status from the list."));
  if (!is_code(complexities(), r.complexity)) errors.emplace_back("complexity", N_("Choose the complexity of the request."));
  for (auto& l : r.person_languages)
    if (std::find(person_languages().begin(), person_languages().end(), l) == person_languages().end()) {
      errors.emplace_back("person_languages", N_("Choose the languages from the list."));
      break;
    }
  for (auto& l : r.levels_explored)
    if (!is_code(levels(), l)) {
      errors.emplace_back("levels", N_("Choose the levels explored from the list."));
      break;
    }
  if (clean_text(r.question).empty()) errors.emplace_back("question", N_("Write the question in a few words."));
  if (utf8_length(r.question) > kMaxQuestionChars) errors.emplace_back("question", N_("The question is too long (4,000 characters at most)."));
  auto too_long = [](const std::string& s) { return utf8_length(s) > kMaxShortChars; };
  if (too_long(r.requester_organisation_text)) errors.emplace_back("requester_organisation", N_("This field is too long (200 characters at most)."));
  if (too_long(r.requester_function)) errors.emplace_back("requester_function", N_("This field is too long (200 characters at most)."));
  if (too_long(r.requester_contact)) errors.emplace_back("requester_contact", N_("This field is too long (200 characters at most)."));
  if (r.person_postal_code.size() > 10) errors.emplace_back("person_postal_code", N_("Enter a postal code of four digits."));
  return errors;
}

std::int64_t create_request(soci::session& sql, OrientationRequest r, std::int64_t now) {
  complete_place(sql, r);
  if (r.received_at == 0) r.received_at = now;
  if (r.created_at == 0) r.created_at = now;
  std::string temporary = "new-" + security::random_token(12);
  std::string languages = join_codes(r.person_languages), levels_text = join_codes(r.levels_explored);
  soci::indicator reached_i, user_i, org_i, cb_i, cbu_i, by_i;
  std::int64_t reached = or_null(r.line_reached_id, reached_i), user = or_null(r.requester_user_id, user_i),
               org = or_null(r.requester_organisation_id, org_i), cb = or_null(r.callback_at, cb_i),
               cbu = or_null(r.callback_user_id, cbu_i), by = or_null(r.created_by, by_i);
  std::int64_t id = 0;
  sql << "INSERT INTO helpdesk_requests (reference, line_id, line_reached_id, channel, received_at, status, "
         "requester_user_id, requester_organisation_id, requester_organisation_text, requester_function, "
         "requester_sector, requester_contact, person_age_band, person_gender, person_postal_code, "
         "person_commune_nis, person_bassin_slug, person_languages, person_status, complexity, question, "
         "levels_explored, callback_at, callback_user_id, created_by, created_at, updated_at, person_quarter_code) "
         "VALUES (:ref, :line, :reached, :channel, :received, 'open', :user, :org, :orgtext, :fn, :sector, :contact, "
         ":age, :gender, :pc, :nis, :bassin, :langs, :status, :complexity, :question, :levels, :cb, :cbu, :by, "
         ":created, :updated, :quarter) RETURNING id",
      soci::use(temporary), soci::use(r.line_id), soci::use(reached, reached_i), soci::use(r.channel),
      soci::use(r.received_at), soci::use(user, user_i), soci::use(org, org_i), soci::use(r.requester_organisation_text),
      soci::use(r.requester_function), soci::use(r.requester_sector), soci::use(r.requester_contact),
      soci::use(r.person_age_band), soci::use(r.person_gender), soci::use(r.person_postal_code),
      soci::use(r.person_commune_nis), soci::use(r.person_bassin_slug), soci::use(languages),
      soci::use(r.person_status), soci::use(r.complexity), soci::use(r.question), soci::use(levels_text),
      soci::use(cb, cb_i), soci::use(cbu, cbu_i), soci::use(by, by_i), soci::use(r.created_at), soci::use(now),
      soci::use(r.person_quarter_code), soci::into(id);
  // The reference a responder reads out on the phone: the year received (in Brussels) and the id, unique
  // because the id is.
  char ref[40];
  std::snprintf(ref, sizeof ref, "HD-%04d-%06lld", to_brussels(r.received_at).year, static_cast<long long>(id));
  std::string reference = ref;
  sql << "UPDATE helpdesk_requests SET reference = :ref WHERE id = :id", soci::use(reference), soci::use(id);
  save_themes(sql, id, r.themes);
  soci::indicator ev_user_i;
  std::int64_t ev_user = or_null(r.created_by, ev_user_i);
  sql << "INSERT INTO helpdesk_events (request_id, at, user_id, kind, line_id, note) VALUES (:r, :at, :u, 'created', "
         ":l, '')",
      soci::use(id), soci::use(r.created_at), soci::use(ev_user, ev_user_i), soci::use(r.line_id);
  return id;
}

std::optional<OrientationRequest> find_request(soci::session& sql, std::int64_t id) {
  std::optional<OrientationRequest> found;
  soci::rowset<soci::row> rs = (sql.prepare << std::string("SELECT ") + kRequestColumns + "WHERE id = :id", soci::use(id));
  for (auto& r : rs) found = request_from(r);
  if (found) found->themes = themes_of(sql, found->id);
  return found;
}

std::string correct_request(soci::session& sql, const OrientationRequest& old, const OrientationRequest& c,
                            std::int64_t user_id, std::int64_t now) {
  std::string changes;
  auto note = [&](const char* field, const std::string& before, const std::string& after) {
    if (before == after) return;
    changes += (changes.empty() ? "" : "; ") + std::string(field) + ": " + (before.empty() ? "-" : before) + " -> " +
               (after.empty() ? "-" : after);
  };
  auto id_text = [](std::int64_t id) { return id ? std::to_string(id) : std::string(); };
  auto sorted = [](std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return join_codes(v);
  };
  note("channel", old.channel, c.channel);
  note("line_reached", id_text(old.line_reached_id), id_text(c.line_reached_id));
  note("requester_organisation", id_text(old.requester_organisation_id), id_text(c.requester_organisation_id));
  note("requester_organisation_text", old.requester_organisation_text, c.requester_organisation_text);
  note("requester_function", old.requester_function, c.requester_function);
  note("requester_sector", old.requester_sector, c.requester_sector);
  note("person_age_band", old.person_age_band, c.person_age_band);
  note("person_gender", old.person_gender, c.person_gender);
  note("person_postal_code", old.person_postal_code, c.person_postal_code);
  note("person_commune", old.person_commune_nis, c.person_commune_nis);
  note("person_bassin", old.person_bassin_slug, c.person_bassin_slug);
  note("person_quarter", old.person_quarter_code, c.person_quarter_code);
  note("person_languages", sorted(old.person_languages), sorted(c.person_languages));
  note("person_status", old.person_status, c.person_status);
  note("themes", sorted(old.themes), sorted(c.themes));
  note("complexity", old.complexity, c.complexity);
  if (changes.empty()) return changes;
  std::string languages = join_codes(c.person_languages);
  soci::indicator reached_i, org_i;
  std::int64_t reached = or_null(c.line_reached_id, reached_i), org = or_null(c.requester_organisation_id, org_i);
  sql << "UPDATE helpdesk_requests SET channel = :channel, line_reached_id = :reached, requester_organisation_id = :org, "
         "requester_organisation_text = :orgtext, requester_function = :fn, requester_sector = :sector, "
         "person_age_band = :age, person_gender = :gender, person_postal_code = :pc, person_commune_nis = :nis, "
         "person_bassin_slug = :bassin, person_languages = :langs, person_status = :status, complexity = :complexity, "
         "person_quarter_code = :quarter, updated_at = :t WHERE id = :id",
      soci::use(c.channel), soci::use(reached, reached_i), soci::use(org, org_i), soci::use(c.requester_organisation_text),
      soci::use(c.requester_function), soci::use(c.requester_sector), soci::use(c.person_age_band),
      soci::use(c.person_gender), soci::use(c.person_postal_code), soci::use(c.person_commune_nis),
      soci::use(c.person_bassin_slug), soci::use(languages), soci::use(c.person_status), soci::use(c.complexity),
      soci::use(c.person_quarter_code), soci::use(now), soci::use(old.id);
  if (sorted(old.themes) != sorted(c.themes)) save_themes(sql, old.id, c.themes);
  soci::indicator user_i;
  std::int64_t user = or_null(user_id, user_i);
  sql << "INSERT INTO helpdesk_events (request_id, at, user_id, kind, line_id, note) VALUES (:r, :at, :u, "
         "'corrected', :l, :n)",
      soci::use(old.id), soci::use(now), soci::use(user, user_i), soci::use(old.line_id), soci::use(changes);
  return changes;
}

std::optional<OrientationRequest> find_request_by_reference(soci::session& sql, const std::string& reference) {
  std::int64_t id = 0;
  soci::indicator ind;
  sql << "SELECT id FROM helpdesk_requests WHERE reference = :r", soci::use(reference), soci::into(id, ind);
  if (!sql.got_data() || ind != soci::i_ok) return std::nullopt;
  return find_request(sql, id);
}

std::vector<RequestSummary> open_requests(soci::session& sql, const std::vector<std::int64_t>& line_ids, int limit) {
  soci::rowset<soci::row> rs = sql.prepare << std::string(kSummarySelect) + "r.line_id IN (" + lines_in(line_ids) +
                                                  ") AND r.status = 'open' ORDER BY r.received_at DESC, r.id DESC" +
                                                  limit_clause(limit);
  return read_summaries(sql, rs);
}

std::vector<RequestSummary> callbacks_between(soci::session& sql, const std::vector<std::int64_t>& line_ids,
                                              std::int64_t from, std::int64_t to) {
  soci::rowset<soci::row> rs =
      (sql.prepare << std::string(kSummarySelect) + "r.line_id IN (" + lines_in(line_ids) +
                          ") AND r.status = 'open' AND r.callback_at >= :f AND r.callback_at < :t "
                          "ORDER BY r.callback_at, r.id" + limit_clause(500),
       soci::use(from), soci::use(to));
  return read_summaries(sql, rs);
}

namespace {
std::string page_clause(int offset, int limit) {
  return " LIMIT " + std::to_string(std::clamp(limit, 1, 1000)) + " OFFSET " + std::to_string(std::max(0, offset));
}
}  // namespace

WorkingLists working_lists(soci::session& sql, const std::vector<std::int64_t>& line_ids, std::int64_t user_id,
                           std::int64_t due_before, std::int64_t calls_since, const std::array<int, 3>& offsets,
                           int limit) {
  WorkingLists w;
  limit = std::clamp(limit, 1, 1000);
  // The lines, the user and the time are numbers the server holds, written as numbers (never text from a request).
  const std::string in = lines_in(line_ids), user = std::to_string(user_id), due = std::to_string(due_before);
  const std::string open = "r.line_id IN (" + in + ") AND r.status = 'open'";
  const std::string own = "r.callback_user_id = " + user + " AND r.callback_at IS NOT NULL AND r.callback_at < " + due;
  // The counts in one round trip, each on its index: the lines' open requests and their due call-backs
  // (helpdesk_requests_callbacks covers both), the user's own (helpdesk_requests_callback_user), the calls not taken
  // and the transfers proposed to the lines.
  std::int64_t open_total = 0, due_total = 0, own_total = 0;
  soci::indicator due_i;
  sql << "SELECT COUNT(*), SUM(CASE WHEN r.callback_at < " + due + " THEN 1 ELSE 0 END), (SELECT COUNT(*) FROM "
             "helpdesk_requests r WHERE " + own + " AND " + open + "), (SELECT COUNT(*) FROM helpdesk_calls c WHERE "
             "c.line_id IN (" + in + ") AND c.status = 'new' AND c.received_at >= " + std::to_string(calls_since) +
             "), (SELECT COUNT(*) FROM helpdesk_transfers t WHERE t.to_line_id IN (" + in + ") AND t.status = "
             "'proposed') FROM helpdesk_requests r WHERE " + open,
      soci::into(open_total), soci::into(due_total, due_i), soci::into(own_total), soci::into(w.unanswered_calls),
      soci::into(w.pending_transfers);
  if (due_i != soci::i_ok) due_total = 0;
  w[0].total = own_total;
  w[1].total = due_total - own_total;
  w[2].total = open_total;
  // The three pages in one round trip: each list's page as a subquery, tagged with its number.
  const std::string conditions[3] = {
      open + " AND " + own + " ORDER BY r.callback_at, r.id",
      open + " AND (r.callback_user_id IS NULL OR r.callback_user_id <> " + user + ") AND r.callback_at IS NOT NULL AND "
          "r.callback_at < " + due + " ORDER BY r.callback_at, r.id",
      open + " ORDER BY r.received_at DESC, r.id DESC"};
  // Each row's themes in the same query (one round trip less: three on PostgreSQL, which prepares a rowset).
  const std::string themes =
      "(SELECT " + joined_text_aggregate(sql, "t.theme") + " FROM helpdesk_request_themes t WHERE t.request_id = ";
  std::string query;
  for (int k = 0; k < 3; ++k) {
    if (w[k].total == 0) continue;
    int offset = std::max(0, offsets[k]);
    if (offset >= w[k].total) offset = static_cast<int>((w[k].total - 1) / limit) * limit;  // past the end: the last page
    std::string alias = "l" + std::to_string(k);
    query += std::string(query.empty() ? "" : " UNION ALL ") + "SELECT " + alias + ".*, " + std::to_string(k) + ", " +
             themes + alias + ".id) FROM (" + kSummarySelect + conditions[k] + page_clause(offset, limit) + ") " + alias;
  }
  if (query.empty()) return w;
  soci::rowset<soci::row> rs = sql.prepare << query;
  for (auto& r : rs) {
    auto& row = w[static_cast<std::size_t>(as_int(r, 13))].rows.emplace_back(summary_from(r));
    row.themes = split_codes(as_text(r, 14));
    std::sort(row.themes.begin(), row.themes.end());
  }
  // A union keeps no order of its own: each page in its list's order again.
  auto soonest = [](const RequestSummary& a, const RequestSummary& b) {
    return a.callback_at != b.callback_at ? a.callback_at < b.callback_at : a.id < b.id;
  };
  std::sort(w[0].rows.begin(), w[0].rows.end(), soonest);
  std::sort(w[1].rows.begin(), w[1].rows.end(), soonest);
  std::sort(w[2].rows.begin(), w[2].rows.end(), [](const RequestSummary& a, const RequestSummary& b) {
    return a.received_at != b.received_at ? a.received_at > b.received_at : a.id > b.id;
  });
  return w;
}

std::vector<RequestSummary> requests_of_requester(soci::session& sql, std::int64_t user_id, int limit) {
  soci::rowset<soci::row> rs =
      (sql.prepare << std::string(kSummarySelect) + "r.requester_user_id = :u ORDER BY r.received_at DESC, r.id DESC" +
                          limit_clause(limit),
       soci::use(user_id));
  return read_summaries(sql, rs);
}

}  // namespace maillage::helpdesk
