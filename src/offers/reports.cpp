// The offers' reports (/offers/reports): for each kind of offer the figures the networks publish, over a period
// and a care area; every table as CSV; every figure a link to the list it counts (/offers/reports/registrations,
// /offers/reports/sessions).
#include "offers/reports.hpp"
#include "platform/ascii.hpp"

#include <algorithm>
#include <cctype>
#include <regex>

#include "platform/brussels_time.hpp"
#include "offers/handlers.hpp"
#include "offers/model.hpp"
#include "offers/views.hpp"
#include "platform/app.hpp"
#include "platform/db.hpp"
#include "platform/i18n.hpp"
#include "platform/sectors.hpp"
#include "platform/views.hpp"
#include "territory/model.hpp"

namespace maillage::offers {

namespace report {

Period period_of(const std::string& code, std::int64_t now) {
  Period p;
  static const std::regex year("^(20[0-9]{2})$");
  if (std::regex_match(code, year)) {
    int y = std::stoi(code);
    auto from = from_brussels(code + "-01-01", "00:00"), to = from_brussels(std::to_string(y + 1) + "-01-01", "00:00");
    if (from && to) {
      p.code = code;
      p.from = *from;
      p.to = *to;
      return p;
    }
  }
  p.from = now - 365 * 86400;
  p.to = now;
  return p;
}

bool kind_has_type(const std::string& kind, const std::string& type) {
  if (kind.empty()) return true;
  if (kind == "opendoor") return type == "open_door";
  if (kind == "groups") return type == "intervision" || type == "community_of_practice";
  if (kind == "immersions") return type == "immersion";
  if (kind == "meetings")
    return type == "webinar" || type == "information_session" || type == "training" || type == "thematic_concertation";
  return false;
}

ReportData::ReportData(soci::session& sql, const Period& period, std::int64_t now) : now_(now) {
  {
    soci::rowset<soci::row> rs =
        (sql.prepare << "SELECT s.id, s.offer_id, COALESCE(o.campaign_id, 0), COALESCE(s.host_organisation_id, 0), o.type, "
                        "o.territory, COALESCE(h.name, ''), o.title_fr, o.title_nl, o.title_en, s.starts_at, s.ends_at FROM "
                        "offer_sessions s JOIN offers o ON o.id = s.offer_id LEFT JOIN organisations h ON h.id = "
                        "s.host_organisation_id WHERE s.status IN ('open', 'closed') AND s.starts_at >= :f AND s.starts_at < :t "
                        "ORDER BY s.starts_at, s.id",
         soci::use(period.from), soci::use(period.to));
    for (auto& r : rs) {
      SessionFact s{as_int(r, 0), as_int(r, 1), as_int(r, 2), as_int(r, 3), as_text(r, 4), as_text(r, 5), as_text(r, 6),
                    as_text(r, 7), as_text(r, 8), as_text(r, 9), as_int(r, 10), as_int(r, 11)};
      session_index_[s.id] = sessions.size();
      sessions.push_back(std::move(s));
    }
  }
  // The organisations' names and care areas, read once rather than joined to every registration.
  std::map<std::int64_t, std::pair<std::string, std::string>> organisations;
  {
    soci::rowset<soci::row> rs = (sql.prepare << "SELECT o.id, o.name, COALESCE(p.bassin_slug, '') FROM organisations o "
                                                 "LEFT JOIN postal_codes p ON p.code = o.postal_code");
    for (auto& r : rs) organisations.emplace(as_int(r, 0), std::make_pair(as_text(r, 1), as_text(r, 2)));
  }
  {
    soci::rowset<soci::row> rs =
        (sql.prepare << "SELECT r.id, r.session_id, COALESCE(r.organisation_id, 0), r.status, r.attendance, LOWER(r.email), "
                        "r.name, r.organisation_name, r.sector FROM registrations r JOIN offer_sessions s ON s.id = "
                        "r.session_id WHERE s.status IN ('open', 'closed') AND s.starts_at >= :f AND s.starts_at < :t AND "
                        "r.status = 'confirmed' ORDER BY s.starts_at, r.session_id, r.id",
         soci::use(period.from), soci::use(period.to));
    for (auto& r : rs) {
      RegistrationFact f{as_int(r, 0), as_int(r, 1), as_int(r, 2), 0, as_text(r, 3), as_text(r, 4), as_text(r, 5),
                         as_text(r, 6), as_text(r, 7), as_text(r, 8), ""};
      if (auto o = organisations.find(f.organisation_id); o != organisations.end()) {
        f.organisation_name = o->second.first;
        f.bassin = o->second.second;
      }
      auto it = session_index_.find(f.session_id);
      if (it == session_index_.end()) continue;
      f.session = it->second;
      session_bassins_[f.session_id].insert(f.bassin);
      const auto& s = sessions[f.session];
      by_offer_[s.offer_id].push_back(registrations.size());
      if (s.type == "immersion") immersion_registrations.push_back(registrations.size());
      registrations.push_back(std::move(f));
    }
  }
  {
    soci::rowset<soci::row> rs = (sql.prepare << "SELECT offer_id, organisation_id FROM offer_organisers");
    for (auto& r : rs) organisers[as_int(r, 0)].insert(as_int(r, 1));
  }
  {
    soci::rowset<soci::row> rs = (sql.prepare << "SELECT id, name FROM opendoor_campaigns");
    for (auto& r : rs) campaign_names[as_int(r, 0)] = as_text(r, 1);
  }
  {
    soci::rowset<soci::row> rs =
        (sql.prepare << "SELECT m.organisation_id, o.name, COALESCE(p.bassin_slug, '') FROM immersion_network_members m "
                        "JOIN organisations o ON o.id = m.organisation_id LEFT JOIN postal_codes p ON p.code = o.postal_code "
                        "WHERE m.left_at IS NULL ORDER BY o.name, o.id");
    for (auto& r : rs) members.push_back({as_int(r, 0), as_text(r, 1), as_text(r, 2)});
  }
}

const std::vector<std::size_t>& ReportData::registrations_of_offer(std::int64_t offer_id) const {
  static const std::vector<std::size_t> none;
  auto it = by_offer_.find(offer_id);
  return it == by_offer_.end() ? none : it->second;
}

bool ReportData::session_matches(const SessionFact& s, const Selection& sel) const {
  if (!kind_has_type(sel.kind, s.type)) return false;
  if (sel.offer && s.offer_id != sel.offer) return false;
  if (sel.campaign && s.campaign_id != sel.campaign) return false;
  if (sel.when == "past" && !ended(s)) return false;
  if (sel.when == "ahead" && ended(s)) return false;
  if (!sel.bassin.empty() && s.territory != sel.bassin) {
    // A region-wide session is the care area's when one of its participants comes from there.
    if (s.territory != "region") return false;
    auto it = session_bassins_.find(s.id);
    if (it == session_bassins_.end() || !it->second.count(sel.bassin)) return false;
  }
  return true;
}

bool ReportData::matches(const RegistrationFact& r, const Selection& sel) const {
  const auto& s = session_of(r);
  if (!kind_has_type(sel.kind, s.type)) return false;
  if (sel.offer && s.offer_id != sel.offer) return false;
  if (sel.campaign && s.campaign_id != sel.campaign) return false;
  if (sel.when == "past" && !ended(s)) return false;
  if (sel.when == "ahead" && ended(s)) return false;
  if (!sel.attendance.empty() && r.attendance != sel.attendance) return false;
  if (!sel.sector.empty() && r.sector != sel.sector) return false;
  if (!sel.participant_bassin.empty() && r.bassin != (sel.participant_bassin == "none" ? "" : sel.participant_bassin))
    return false;
  if (sel.hosted_by || sel.sent_by) {
    // As the immersion network counts them (network_reciprocity): hosted, a worker of another institution in an
    // immersion the member organises; sent, its own worker in one it does not organise; never a person absent.
    if (s.type != "immersion" || r.attendance == "no_show") return false;
    std::int64_t member = sel.hosted_by ? sel.hosted_by : sel.sent_by;
    auto it = organisers.find(s.offer_id);
    bool organised_by = it != organisers.end() && it->second.count(member);
    if (sel.hosted_by) return organised_by && r.organisation_id != sel.hosted_by;
    return !organised_by && r.organisation_id == sel.sent_by;
  }
  if (!sel.bassin.empty() && s.territory != sel.bassin && !(s.territory == "region" && r.bassin == sel.bassin)) return false;
  return true;
}

}  // namespace report

namespace {
using report::RegistrationFact;
using report::ReportData;
using report::Selection;
using report::SessionFact;

struct Cell {
  std::string text;  // as shown
  std::string csv;   // as written in the CSV (plain numbers)
  std::string link;  // the list it counts, "" for none
};
struct Table {
  std::string id;  // CSV name
  std::string heading;
  std::vector<std::string> columns, csv_columns;
  std::vector<std::vector<Cell>> rows;
};

// The query string of the page's filter, for links and CSV.
std::string filter_query(const report::Period& period, const std::string& bassin) {
  std::string q = "year=" + period.code;
  if (!bassin.empty()) q += "&bassin=" + bassin;
  return q;
}

std::string list_link(const std::string& list, const std::string& base, const Selection& sel) {
  std::string q = "/offers/reports/" + list + "?" + base;
  if (!sel.kind.empty()) q += "&kind=" + sel.kind;
  if (sel.offer) q += "&offer=" + std::to_string(sel.offer);
  if (sel.campaign) q += "&campaign=" + std::to_string(sel.campaign);
  if (!sel.attendance.empty()) q += "&attendance=" + sel.attendance;
  if (!sel.sector.empty()) q += "&sector=" + sel.sector;
  if (!sel.participant_bassin.empty()) q += "&participant_bassin=" + sel.participant_bassin;
  if (!sel.when.empty()) q += "&when=" + sel.when;
  if (sel.hosted_by) q += "&hosted_by=" + std::to_string(sel.hosted_by);
  if (sel.sent_by) q += "&sent_by=" + std::to_string(sel.sent_by);
  return q;
}

Cell number_cell(RequestContext& ctx, double v, int decimals, const std::string& link = "") {
  char csv[32];
  std::snprintf(csv, sizeof csv, "%.*f", decimals, v);
  return {ctx.app.i18n.number(ctx.lang, v, decimals), csv, link};
}
Cell count_cell(RequestContext& ctx, long n, const std::string& link) { return number_cell(ctx, static_cast<double>(n), 0, n ? link : ""); }
Cell text_cell(const std::string& s) { return {s, s, ""}; }

std::string title_of(RequestContext& ctx, const SessionFact& s) {
  const std::string& t = ctx.lang == "nl" ? s.title_nl : ctx.lang == "en" ? s.title_en : s.title_fr;
  if (!t.empty()) return t;
  return !s.title_fr.empty() ? s.title_fr : !s.title_nl.empty() ? s.title_nl : s.title_en;
}

// The offers (in the order of their first session) whose sessions the selection keeps.
std::vector<const SessionFact*> offers_of(const ReportData& data, const Selection& sel) {
  std::vector<const SessionFact*> out;
  std::set<std::int64_t> seen;
  for (auto& s : data.sessions)
    if (data.session_matches(s, sel) && seen.insert(s.offer_id).second) out.push_back(&s);
  return out;
}

std::string institution_key(const RegistrationFact& r) {
  if (r.organisation_id) return std::to_string(r.organisation_id);
  return ascii_lower(r.organisation_name);
}

struct Report {
  std::vector<Table> tables;
};

Report build(RequestContext& ctx, soci::session& sql, const ReportData& data, const report::Period& period,
             const std::string& bassin) {
  Report report;
  std::string base = filter_query(period, bassin);
  auto rate = [&](long part, long whole, const std::string& link) {
    if (!whole) return Cell{"—", "", ""};
    double r = 100.0 * static_cast<double>(part) / static_cast<double>(whole);
    char csv[32];
    std::snprintf(csv, sizeof csv, "%.1f", r);
    return Cell{ctx.app.i18n.number(ctx.lang, r, 0) + " %", csv, part ? link : ""};
  };

  // Open-door weeks, one row per campaign.
  {
    Table t{"opendoor", ctx.tr(N_("Open-door weeks")),
            {ctx.tr(N_("Open-door week")), ctx.tr(N_("Structures that opened their doors")), ctx.tr(N_("Visitors")),
             ctx.tr(N_("Visits")), ctx.tr(N_("No-show rate")), ctx.tr(N_("Sectors of the visitors"))},
            {"open_door_week", "structures", "visitors", "visits", "no_show_rate_percent", "sectors"},
            {}};
    Table sectors_table{"opendoor_sectors", ctx.tr(N_("Visits by sector of the visitor")), {ctx.tr(N_("Sector"))}, {"sector"}, {}};
    std::vector<std::int64_t> campaigns;
    for (auto& s : data.sessions)
      if (s.campaign_id && data.session_matches(s, {bassin, 0, s.campaign_id, "opendoor"}) &&
          std::find(campaigns.begin(), campaigns.end(), s.campaign_id) == campaigns.end())
        campaigns.push_back(s.campaign_id);
    std::map<std::string, std::map<std::int64_t, long>> by_sector;
    for (auto c : campaigns) {
      Selection sel{bassin, 0, c, "opendoor"};
      std::set<std::int64_t> hosts;
      for (auto& s : data.sessions)
        if (data.session_matches(s, sel) && s.host_id) hosts.insert(s.host_id);
      std::set<std::string> visitors, sectors;
      long visits = 0, marked = 0, no_shows = 0;
      std::set<std::int64_t> offers;
      for (auto& s : data.sessions)
        if (s.campaign_id == c) offers.insert(s.offer_id);
      for (auto o : offers)
      for (auto i : data.registrations_of_offer(o)) {
        auto& r = data.registrations[i];
        if (!data.matches(r, sel)) continue;
        ++visits;
        visitors.insert(r.email);
        if (!r.sector.empty()) sectors.insert(r.sector);
        if (!r.attendance.empty()) ++marked;
        if (r.attendance == "no_show") ++no_shows;
        ++by_sector[r.sector][c];
      }
      auto name = data.campaign_names.count(c) ? data.campaign_names.at(c) : std::to_string(c);
      auto regs = list_link("registrations", base, sel);
      auto absent = sel;
      absent.attendance = "no_show";
      t.rows.push_back({text_cell(name), count_cell(ctx, static_cast<long>(hosts.size()), list_link("sessions", base, sel)),
                        count_cell(ctx, static_cast<long>(visitors.size()), regs), count_cell(ctx, visits, regs),
                        rate(no_shows, marked, list_link("registrations", base, absent)),
                        count_cell(ctx, static_cast<long>(sectors.size()), regs)});
      sectors_table.columns.push_back(name);
      sectors_table.csv_columns.push_back(name);
    }
    // In the vocabulary's order, retired sectors included (their visits still count).
    auto sector_list = maillage::sectors(ctx.app.db, sql);
    for (auto& sector : sector_list->all()) {
      const std::string& code = sector.code;
      if (!by_sector.count(code)) continue;
      std::vector<Cell> row{{sector.label(ctx.lang), code, ""}};
      for (auto c : campaigns) {
        Selection sel{bassin, 0, c, "opendoor"};
        sel.sector = code;
        row.push_back(count_cell(ctx, by_sector[code][c], list_link("registrations", base, sel)));
      }
      sectors_table.rows.push_back(std::move(row));
    }
    report.tables.push_back(std::move(t));
    if (!campaigns.empty()) report.tables.push_back(std::move(sectors_table));
  }

  // Intervision groups and communities of practice, one row per offer.
  {
    Table t{"groups", ctx.tr(N_("Intervision groups and communities of practice")),
            {ctx.tr(N_("Offer")), ctx.tr(N_("Type")), ctx.tr(N_("Sessions held")), ctx.tr(N_("Participants")),
             ctx.tr(N_("Institutions")), ctx.tr(N_("Sectors")), ctx.tr(N_("Average attendance")),
             ctx.tr(N_("Hours of training certified"))},
            {"offer", "type", "sessions_held", "participants", "institutions", "sectors", "average_attendance",
             "certified_hours"},
            {}};
    for (auto* first : offers_of(data, {bassin, 0, 0, "groups"})) {
      Selection sel{bassin, first->offer_id, 0, "groups"};
      Selection held = sel;
      held.when = "past";
      long sessions_held = 0;
      for (auto& s : data.sessions)
        if (data.session_matches(s, held)) ++sessions_held;
      std::set<std::string> people, institutions, sectors;
      long present = 0;
      std::map<std::string, std::vector<std::pair<std::int64_t, std::int64_t>>> attended;
      for (auto i : data.registrations_of_offer(first->offer_id)) {
        auto& r = data.registrations[i];
        if (!data.matches(r, sel)) continue;
        people.insert(r.email);
        institutions.insert(institution_key(r));
        if (!r.sector.empty()) sectors.insert(r.sector);
        if (r.attendance == "present") {
          auto& s = data.session_of(r);
          attended[r.email].emplace_back(s.starts_at, s.ends_at);
          if (data.ended(s)) ++present;
        }
      }
      double hours = 0;
      for (auto& [email, list] : attended) hours += certified_hours(list);
      auto regs = list_link("registrations", base, sel);
      auto present_sel = sel;
      present_sel.attendance = "present";
      auto present_link = list_link("registrations", base, present_sel);
      t.rows.push_back({text_cell(title_of(ctx, *first)), {ctx.tr(offer_type_label(first->type)), first->type, ""},
                        count_cell(ctx, sessions_held, list_link("sessions", base, held)),
                        count_cell(ctx, static_cast<long>(people.size()), regs),
                        count_cell(ctx, static_cast<long>(institutions.size()), regs),
                        count_cell(ctx, static_cast<long>(sectors.size()), regs),
                        sessions_held ? number_cell(ctx, static_cast<double>(present) / sessions_held, 1, present ? present_link : "")
                                      : Cell{"—", "", ""},
                        number_cell(ctx, hours, hours == static_cast<long>(hours) ? 0 : 1, hours > 0 ? present_link : "")});
    }
    report.tables.push_back(std::move(t));
  }

  // Webinars, information sessions, trainings and concertations: registered, attended, by care area of the
  // participant's organisation.
  {
    auto bassins = territory::list_bassins(sql);
    Table t{"meetings", ctx.tr(N_("Webinars, information sessions, trainings and concertations")),
            {ctx.tr(N_("Offer")), ctx.tr(N_("Type")), ctx.tr(N_("Registered")), ctx.tr(N_("Attended"))},
            {"offer", "type", "registered", "attended"},
            {}};
    for (auto& b : bassins) {
      t.columns.push_back(ctx.tr(N_("Registered from")) + " " + b.name(ctx.lang));
      t.csv_columns.push_back("registered_" + b.slug);
    }
    t.columns.push_back(ctx.tr(N_("Registered from outside the network")));
    t.csv_columns.push_back("registered_outside");
    for (auto* first : offers_of(data, {bassin, 0, 0, "meetings"})) {
      Selection sel{bassin, first->offer_id, 0, "meetings"};
      long registered = 0, attended = 0;
      std::map<std::string, long> from;
      for (auto i : data.registrations_of_offer(first->offer_id)) {
        auto& r = data.registrations[i];
        if (!data.matches(r, sel)) continue;
        ++registered;
        if (r.attendance == "present") ++attended;
        ++from[r.bassin];
      }
      auto present_sel = sel;
      present_sel.attendance = "present";
      std::vector<Cell> row{text_cell(title_of(ctx, *first)), {ctx.tr(offer_type_label(first->type)), first->type, ""},
                            count_cell(ctx, registered, list_link("registrations", base, sel)),
                            count_cell(ctx, attended, list_link("registrations", base, present_sel))};
      for (auto& b : bassins) {
        auto one = sel;
        one.participant_bassin = b.slug;
        row.push_back(count_cell(ctx, from[b.slug], list_link("registrations", base, one)));
      }
      auto outside = sel;
      outside.participant_bassin = "none";
      row.push_back(count_cell(ctx, from[""], list_link("registrations", base, outside)));
      t.rows.push_back(std::move(row));
    }
    report.tables.push_back(std::move(t));
  }

  // Immersions: per member of the network, workers hosted and sent (done, and planned ahead).
  {
    Table t{"immersions", ctx.tr(N_("Immersions")),
            {ctx.tr(N_("Member of the immersion network")), ctx.tr(N_("Workers hosted")), ctx.tr(N_("Hosting planned")),
             ctx.tr(N_("Workers sent")), ctx.tr(N_("Sending planned"))},
            {"member", "hosted", "hosting_planned", "sent", "sending_planned"},
            {}};
    for (auto& m : data.members) {
      if (!bassin.empty() && m.bassin != bassin) continue;
      std::vector<Cell> row{text_cell(m.name)};
      for (bool hosting : {true, false})
        for (const char* when : {"past", "ahead"}) {
          Selection sel;
          sel.kind = "immersions";
          sel.when = when;
          (hosting ? sel.hosted_by : sel.sent_by) = m.id;
          long n = 0;
          for (auto i : data.immersion_registrations)
            if (data.matches(data.registrations[i], sel)) ++n;
          row.push_back(count_cell(ctx, n, list_link("registrations", "year=" + period.code, sel)));
        }
      t.rows.push_back(std::move(row));
    }
    report.tables.push_back(std::move(t));
  }
  return report;
}

// The page's filter: the period and the care area, checked.
struct Filter {
  report::Period period;
  std::string bassin;
};
Filter filter_of(RequestContext& ctx, soci::session& sql, std::int64_t now) {
  Filter f{report::period_of(ctx.q("year"), now), ctx.q("bassin")};
  if (!f.bassin.empty() && !territory::bassin_exists(sql, f.bassin)) f.bassin.clear();
  return f;
}

void fill_filter(RequestContext& ctx, soci::session& sql, Dictionary& d, const Filter& f,
                 std::int64_t now) {
  auto* twelve = d.AddSectionDictionary("YEAR_OPTION");
  twelve->SetValue("CODE", "12m");
  twelve->SetValue("LABEL", ctx.tr(N_("The last twelve months")));
  if (f.period.code == "12m") twelve->ShowSection("SELECTED");
  std::int64_t first = now;
  soci::indicator ind = soci::i_null;
  sql << "SELECT MIN(starts_at) FROM offer_sessions", soci::into(first, ind);
  if (ind != soci::i_ok) first = now;
  int last_year = std::stoi(local_date_iso(now + 92 * 86400).substr(0, 4));
  int first_year = std::max(std::stoi(local_date_iso(first).substr(0, 4)), last_year - 10);
  for (int y = last_year; y >= first_year; --y) {
    auto* o = d.AddSectionDictionary("YEAR_OPTION");
    o->SetValue("CODE", std::to_string(y));
    o->SetValue("LABEL", std::to_string(y));
    if (f.period.code == std::to_string(y)) o->ShowSection("SELECTED");
  }
  fill_bassin_options(ctx, sql, d, f.bassin, false);
  d.SetValue("QUERY", filter_query(f.period, f.bassin));
  d.SetValue("FROM", ctx.app.i18n.date(ctx.lang, f.period.from));
  d.SetValue("TO", ctx.app.i18n.date(ctx.lang, f.period.to - 1));
}

std::string csv_of(const Table& t) {
  std::string out;
  for (std::size_t i = 0; i < t.csv_columns.size(); ++i) out += (i ? "," : "") + csv_cell(t.csv_columns[i]);
  out += "\r\n";
  for (auto& row : t.rows) {
    for (std::size_t i = 0; i < row.size(); ++i) out += (i ? "," : "") + csv_cell(row[i].csv);
    out += "\r\n";
  }
  return out;
}

// The selection of a list page's query string.
Selection selection_of(RequestContext& ctx, const Filter& f) {
  Selection s;
  s.bassin = f.bassin;
  auto id = [&](const char* name) -> std::int64_t {
    try {
      return std::stoll(ctx.q(name));
    } catch (...) {
      return 0;
    }
  };
  s.offer = id("offer");
  s.campaign = id("campaign");
  s.hosted_by = id("hosted_by");
  s.sent_by = id("sent_by");
  auto kind = ctx.q("kind");
  if (kind == "opendoor" || kind == "groups" || kind == "meetings" || kind == "immersions") s.kind = kind;
  auto attendance = ctx.q("attendance");
  if (attendance == "present" || attendance == "no_show") s.attendance = attendance;
  auto sector = ctx.q("sector");
  if (maillage::sectors(ctx.app.db)->find(sector)) s.sector = sector;
  auto pb = ctx.q("participant_bassin");
  if (pb == "none" || (!pb.empty() && pb.size() < 40 && std::all_of(pb.begin(), pb.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) || c == '-'; })))
    s.participant_bassin = pb;
  auto when = ctx.q("when");
  if (when == "past" || when == "ahead") s.when = when;
  return s;
}

// What a list shows, in words: one line per criterion.
void describe(RequestContext& ctx, soci::session& sql, Dictionary& d, const ReportData& data,
              const Selection& s, const Filter& f) {
  auto line = [&](const char* label, const std::string& value) {
    auto* c = d.AddSectionDictionary("CRITERION");
    c->SetValue("LABEL", ctx.tr(label));
    c->SetValue("VALUE", value);
  };
  line(N_("Period"), ctx.app.i18n.date(ctx.lang, f.period.from) + " – " + ctx.app.i18n.date(ctx.lang, f.period.to - 1));
  if (!f.bassin.empty()) line(N_("Care area"), territory::bassin_name(sql, f.bassin, ctx.lang));
  if (s.kind == "opendoor") line(N_("Offers"), ctx.tr(N_("Open-door weeks")));
  if (s.kind == "groups") line(N_("Offers"), ctx.tr(N_("Intervision groups and communities of practice")));
  if (s.kind == "meetings") line(N_("Offers"), ctx.tr(N_("Webinars, information sessions, trainings and concertations")));
  if (s.kind == "immersions") line(N_("Offers"), ctx.tr(N_("Immersions")));
  if (s.campaign && data.campaign_names.count(s.campaign)) line(N_("Open-door week"), data.campaign_names.at(s.campaign));
  if (s.offer)
    for (auto& x : data.sessions)
      if (x.offer_id == s.offer) {
        line(N_("Offer"), title_of(ctx, x));
        break;
      }
  if (s.attendance == "present") line(N_("Attendance"), ctx.tr(N_("present")));
  if (s.attendance == "no_show") line(N_("Attendance"), ctx.tr(N_("absent")));
  if (!s.sector.empty()) line(N_("Sector"), sector_label(ctx, *maillage::sectors(ctx.app.db, sql), s.sector));
  if (s.participant_bassin == "none") line(N_("Participant's organisation"), ctx.tr(N_("outside the network")));
  else if (!s.participant_bassin.empty()) line(N_("Participant's organisation"), territory::bassin_name(sql, s.participant_bassin, ctx.lang));
  if (s.when == "past") line(N_("Sessions"), ctx.tr(N_("held")));
  if (s.when == "ahead") line(N_("Sessions"), ctx.tr(N_("ahead")));
  for (auto& m : data.members) {
    if (m.id == s.hosted_by) line(N_("Hosted by"), m.name);
    if (m.id == s.sent_by) line(N_("Sent by"), m.name);
  }
}
}  // namespace

std::vector<report::TextTable> report::text_tables(RequestContext& ctx, soci::session& sql, const Period& period,
                                                   const std::string& bassin, std::int64_t now) {
  ReportData data(sql, period, now);
  std::vector<TextTable> out;
  for (auto& t : build(ctx, sql, data, period, bassin).tables) {
    TextTable x{t.id, t.heading, t.columns, {}};
    for (auto& row : t.rows) {
      std::vector<std::string> cells;
      for (auto& c : row) cells.push_back(c.text);
      x.rows.push_back(std::move(cells));
    }
    out.push_back(std::move(x));
  }
  return out;
}

Response reports(RequestContext& ctx) {
  Page page(ctx, "offers/reports.tpl", N_("Offers: figures for the reports"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  std::int64_t now = now_seconds();
  auto f = filter_of(ctx, sql, now);
  fill_filter(ctx, sql, d, f, now);
  ReportData data(sql, f.period, now);
  for (auto& t : build(ctx, sql, data, f.period, f.bassin).tables) {
    auto* td = d.AddSectionDictionary("TABLE");
    td->SetValue("ID", t.id);
    td->SetValue("HEADING", t.heading);
    td->SetValue("QUERY", filter_query(f.period, f.bassin));
    for (auto& c : t.columns) td->AddSectionDictionary("COLUMN")->SetValue("LABEL", c);
    for (auto& row : t.rows) {
      auto* rd = td->AddSectionDictionary("ROW");
      rd->SetValue("LABEL", row.front().text);
      for (std::size_t i = 1; i < row.size(); ++i) {
        auto* cd = rd->AddSectionDictionary("CELL");
        cd->SetValue("TEXT", row[i].text);
        if (!row[i].link.empty()) {
          cd->SetValue("LINK", row[i].link);
          cd->ShowSection("HAS_LINK");
        } else {
          cd->ShowSection("NO_LINK");
        }
      }
    }
    if (t.rows.empty()) td->ShowSection("EMPTY");
  }
  return page.response();
}

Response reports_csv(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  std::int64_t now = now_seconds();
  auto f = filter_of(ctx, sql, now);
  ReportData data(sql, f.period, now);
  std::string wanted = ctx.q("table").empty() ? "opendoor" : ctx.q("table");
  for (auto& t : build(ctx, sql, data, f.period, f.bassin).tables)
    if (t.id == wanted)
      return Response::text(200, csv_of(t), "text/csv; charset=utf-8")
          .header("Content-Disposition", "attachment; filename=\"offers-" + t.id + "-" + f.period.code +
                                             (f.bassin.empty() ? "" : "-" + f.bassin) + ".csv\"");
  // An open-door sectors table exists only when a week is in the period: the same header, no rows.
  if (wanted == "opendoor_sectors")
    return Response::text(200, "\"sector\"\r\n", "text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"offers-opendoor_sectors.csv\"");
  throw not_found();
}

Response report_registrations(RequestContext& ctx) {
  Page page(ctx, "offers/report_registrations.tpl", N_("Registrations counted"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  std::int64_t now = now_seconds();
  auto f = filter_of(ctx, sql, now);
  ReportData data(sql, f.period, now);
  auto sel = selection_of(ctx, f);
  describe(ctx, sql, d, data, sel, f);
  std::map<std::string, std::string> bassin_names;
  for (auto& b : territory::list_bassins(sql)) bassin_names[b.slug] = b.name(ctx.lang);
  std::string present = ctx.tr(N_("present")), absent = ctx.tr(N_("absent"));
  long n = 0;
  std::set<std::string> people;
  auto sector_list = maillage::sectors(ctx.app.db, sql);
  for (auto& r : data.registrations) {
    if (!data.matches(r, sel)) continue;
    ++n;
    people.insert(r.email);
    auto& s = data.session_of(r);
    auto* rd = d.AddSectionDictionary("REGISTRATION");
    rd->SetValue("DATE", ctx.app.i18n.date(ctx.lang, s.starts_at));
    rd->SetValue("OFFER", title_of(ctx, s));
    rd->SetIntValue("SESSION_ID", s.id);
    rd->SetValue("NAME", r.name);
    rd->SetValue("ORGANISATION", r.organisation_name);
    rd->SetValue("SECTOR", r.sector.empty() ? "" : sector_label(ctx, *sector_list, r.sector));
    rd->SetValue("BASSIN", r.bassin.empty() ? ctx.tr(N_("outside the network")) : bassin_names[r.bassin]);
    rd->SetValue("ATTENDANCE", r.attendance == "present" ? present : r.attendance == "no_show" ? absent : "");
  }
  d.SetIntValue("COUNT", n);
  d.SetIntValue("PEOPLE", static_cast<long>(people.size()));
  d.SetValue("QUERY", filter_query(f.period, f.bassin));
  if (!n) d.ShowSection("NONE");
  return page.response();
}

Response report_sessions(RequestContext& ctx) {
  Page page(ctx, "offers/report_sessions.tpl", N_("Sessions counted"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  std::int64_t now = now_seconds();
  auto f = filter_of(ctx, sql, now);
  ReportData data(sql, f.period, now);
  auto sel = selection_of(ctx, f);
  describe(ctx, sql, d, data, sel, f);
  std::map<std::int64_t, std::pair<long, long>> counts;  // registered, present
  for (auto& r : data.registrations) {
    auto& c = counts[r.session_id];
    ++c.first;
    if (r.attendance == "present") ++c.second;
  }
  long n = 0;
  std::set<std::int64_t> hosts;
  for (auto& s : data.sessions) {
    if (!data.session_matches(s, sel)) continue;
    ++n;
    if (s.host_id) hosts.insert(s.host_id);
    auto* sd = d.AddSectionDictionary("SESSION");
    sd->SetIntValue("SESSION_ID", s.id);
    sd->SetValue("DATE", ctx.app.i18n.datetime(ctx.lang, s.starts_at));
    sd->SetValue("OFFER", title_of(ctx, s));
    sd->SetValue("HOST", s.host_name);
    sd->SetIntValue("REGISTERED", counts[s.id].first);
    sd->SetIntValue("PRESENT", counts[s.id].second);
  }
  d.SetIntValue("COUNT", n);
  d.SetIntValue("HOSTS", static_cast<long>(hosts.size()));
  d.SetValue("QUERY", filter_query(f.period, f.bassin));
  if (!n) d.ShowSection("NONE");
  return page.response();
}

}  // namespace maillage::offers
