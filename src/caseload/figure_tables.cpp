#include "caseload/figure_tables.hpp"

#include <cmath>
#include <cstdio>

#include "platform/i18n.hpp"
#include "platform/sectors.hpp"
#include "platform/small_counts.hpp"

namespace maillage::caseload {

namespace {

// Numbers as the report prints them: a decimal comma in French and Dutch.
std::string format_number(double v, int decimals, const std::string& lang) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  std::string s = buf;
  if (lang != "en" && lang != "qps")
    for (auto& c : s)
      if (c == '.') c = ',';
  return s;
}

struct Builder {
  soci::session& sql;
  const Figures& f;
  const Team& team;
  bool outside;
  const Tr& tr;
  const std::string& lang;

  int threshold() const { return team.small_count_threshold > 0 ? team.small_count_threshold : kDefaultSmallCountThreshold; }
  ShownCount one(long n) const { return shown_count(n, !outside, threshold()); }
  std::vector<ShownCount> many(const std::vector<long>& cells) const { return shown_counts(cells, !outside, threshold()); }
  static FigureCell cell(const ShownCount& c, bool series = false) {
    return {c.text, series && !c.suppressed && !c.secondary ? std::to_string(c.value) : ""};
  }
  FigureCell share(const ShownCount& part, const ShownCount& total) const {
    if (outside) {
      std::string s = shown_share(part, total, 1);
      if (s.empty() || part.secondary || total.secondary) return {"", ""};
      return {format_number(total.value ? 100.0 * double(part.value) / double(total.value) : 0, 1, lang), ""};
    }
    return {format_number(percent(part.value, total.value), 1, lang), ""};
  }
  std::string label(const std::vector<Term>& list, const std::string& code) const {
    if (code.empty()) return tr(N_("Not recorded"));
    for (auto& t : list)
      if (t.code == code) return t.builtin ? tr(t.label.c_str()) : t.label;
    return code;
  }
  std::vector<Term> vocabulary(const char* v) const { return terms(sql, team.id, v, false); }
  FigureTable table(const char* id, const char* title, std::vector<std::string> columns, std::vector<std::size_t> series,
                    const char* chart) const {
    FigureTable t;
    t.id = id;
    t.title = tr(title);
    t.columns = std::move(columns);
    t.series = std::move(series);
    t.chart = chart;
    if (outside) t.note = tr(N_("Counts below 5 are shown as “< 5”; “*” hides a count from which a hidden one could be worked out."));
    return t;
  }
  // A breakdown with its share of a total shown beside (people, mentions, requests).
  FigureTable breakdown(const char* id, const char* title, const std::string& heading, const std::string& count_heading,
                        const std::vector<std::pair<std::string, long>>& rows, long total, const char* chart) const {
    auto t = table(id, title, {heading, count_heading, tr(N_("Share (%)"))}, {1}, chart);
    std::vector<long> cells;
    for (auto& r : rows) cells.push_back(r.second);
    auto shown = many(cells);
    auto shown_total = one(total);
    for (std::size_t i = 0; i < rows.size(); ++i)
      t.rows.push_back({{rows[i].first, ""}, cell(shown[i], true), share(shown[i], shown_total)});
    return t;
  }
};

}  // namespace

std::vector<FigureTable> figure_tables(soci::session& sql, const Figures& f, const Team& team, bool outside,
                                       const Tr& tr, const std::string& lang) {
  Builder b{sql, f, team, outside, tr, lang};
  std::vector<FigureTable> out;

  // Requests versus people followed ("107 demandes et 64 accompagnements").
  {
    auto t = b.table("funnel", N_("Requests and people followed"), {tr(N_("Figure")), tr(N_("Count"))}, {1}, "bar");
    auto decided = b.many({f.accepted, f.refused, f.oriented, f.pending});
    auto row = [&](const char* label, const ShownCount& c) { t.rows.push_back({{tr(label), ""}, Builder::cell(c, true)}); };
    row(N_("Requests received"), b.one(f.requests));
    row(N_("accepted into follow-up"), decided[0]);
    row(N_("refused"), decided[1]);
    row(N_("oriented elsewhere"), decided[2]);
    row(N_("waiting for a decision"), decided[3]);
    row(N_("People followed"), b.one(f.people_followed));
    row(N_("of whom started in the period"), b.one(f.people_started));
    row(N_("of whom ended in the period"), b.one(f.people_ended));
    out.push_back(std::move(t));
  }
  {
    std::vector<std::pair<std::string, long>> rows;
    // Read here, not from the cache of platform/sectors.hpp: the observatory's report calls this with a session and
    // no App; a figures page reads far more than these few rows anyway.
    SectorList sectors(load_sectors(sql));
    for (auto& c : f.requests_by_sector) {
      auto* s = sectors.find(c.code);
      rows.emplace_back(c.code.empty() ? tr(N_("Not recorded")) : s ? s->label(lang) : tr(N_("Other sector")), c.count);
    }
    out.push_back(b.breakdown("sectors", N_("Requests by sector of the requester"), tr(N_("Sector")), tr(N_("Requests")), rows,
                              f.requests, "bar"));
  }
  {
    auto refusals = b.vocabulary(kRefusals);
    std::vector<std::pair<std::string, long>> rows;
    for (auto& c : f.refusals) rows.emplace_back(b.label(refusals, c.code), c.count);
    out.push_back(b.breakdown("refusals", N_("Refusals by reason"), tr(N_("Reason")), tr(N_("Requests")), rows, f.refused, ""));
  }
  // Contacts by type, with the period before.
  {
    auto types = b.vocabulary(kContactTypes);
    auto t = b.table("contacts", N_("Contacts by type"),
                     {tr(N_("Type of contact")), tr(N_("Contacts")), tr(N_("Period before")), tr(N_("Change (%)"))}, {1, 2}, "bar");
    std::vector<long> now, before;
    long ftf_now = 0, ftf_before = 0;
    for (auto& r : f.by_type) {
      now.push_back(r.count);
      before.push_back(r.previous);
      if (face_to_face(r.code)) ftf_now += r.count, ftf_before += r.previous;
    }
    auto shown_now = b.many(now), shown_before = b.many(before);
    auto change = [&](const ShownCount& a, const ShownCount& c) -> FigureCell {
      if (a.suppressed || a.secondary || c.suppressed || c.secondary || a.value == 0) return {"", ""};
      double pct = change_percent(a.value, c.value);
      return {(pct > 0 ? "+" : "") + format_number(pct, 0, lang), ""};
    };
    for (std::size_t i = 0; i < f.by_type.size(); ++i)
      t.rows.push_back({{b.label(types, f.by_type[i].code), ""}, Builder::cell(shown_now[i], true),
                        Builder::cell(shown_before[i], true), change(shown_before[i], shown_now[i])});
    auto fn = b.one(ftf_now), fb = b.one(ftf_before), tn = b.one(f.contacts), tb = b.one(f.contacts_previous);
    t.rows.push_back({{tr(N_("Met face to face (visits, accompaniments, office)")), ""}, Builder::cell(fn), Builder::cell(fb), change(fb, fn)});
    t.rows.push_back({{tr(N_("Total")), ""}, Builder::cell(tn), Builder::cell(tb), change(tb, tn)});
    out.push_back(std::move(t));
  }
  // How the contacts went.
  {
    auto t = b.table("how", N_("Duration, pairs and missed appointments"), {tr(N_("Figure")), tr(N_("Value"))}, {}, "");
    auto missed = b.many({f.absent, f.cancelled, f.appointments - f.absent - f.cancelled});
    auto appointments = b.one(f.appointments);
    auto pair = b.one(f.in_pair), ftf_held = b.one(f.face_to_face_held);
    auto row = [&](const char* label, FigureCell c) { t.rows.push_back({{tr(label), ""}, std::move(c)}); };
    row(N_("Average duration of a contact held (minutes)"), {format_number(f.average_minutes(), 0, lang), ""});
    row(N_("Share in pair of the face-to-face contacts held (%)"), b.share(pair, ftf_held));
    row(N_("Appointments (face to face, and any missed)"), Builder::cell(appointments));
    ShownCount all_missed = b.one(f.absent + f.cancelled);
    auto hidden = [](const ShownCount& c) { return c.suppressed || c.secondary; };
    // One of the two hidden and the sum shown would give it away.
    if (hidden(missed[0]) != hidden(missed[1])) all_missed.secondary = true, all_missed.text = "*";
    row(N_("Missed appointments"), Builder::cell(all_missed));
    row(N_("of which the person was absent"), Builder::cell(missed[0]));
    row(N_("of which the person cancelled"), Builder::cell(missed[1]));
    row(N_("Share of appointments missed (%)"), b.share(all_missed, appointments));
    row(N_("Full-time equivalents of the team"), {format_number(f.fte, 1, lang), ""});
    row(N_("People followed per full-time equivalent"), {f.fte > 0 ? format_number(f.people_per_fte(), 1, lang) : "", ""});
    out.push_back(std::move(t));
  }
  {
    auto reasons = b.vocabulary(kReasons);
    std::vector<std::pair<std::string, long>> rows;
    // In the team's order of the life domains, as the report lists them.
    for (auto& term : reasons) {
      long n = 0;
      for (auto& c : f.reasons)
        if (c.code == term.code) n = c.count;
      if (n || term.active) rows.emplace_back(b.label(reasons, term.code), n);
    }
    for (auto& c : f.reasons) {
      bool known = false;
      for (auto& term : reasons) known = known || term.code == c.code;
      if (!known) rows.emplace_back(c.code, c.count);
    }
    out.push_back(b.breakdown("reasons", N_("Reasons of the contacts by life domain"), tr(N_("Life domain")), tr(N_("Mentions")),
                              rows, f.reason_mentions, "bar"));
  }
  {
    auto profiles = b.vocabulary(kProfiles);
    std::vector<std::pair<std::string, long>> rows;
    for (auto& term : profiles) {
      long n = 0;
      for (auto& c : f.profiles)
        if (c.code == term.code) n = c.count;
      if (n || term.active) rows.emplace_back(b.label(profiles, term.code), n);
    }
    // People have several profiles: each share is of the people followed, no total row.
    auto t = b.table("profiles", N_("Profiles of the people followed"),
                     {tr(N_("Profile")), tr(N_("People")), tr(N_("Share of the people followed (%)"))}, {1}, "bar");
    auto total = b.one(f.people_followed);
    for (auto& [label, n] : rows) {
      auto c = b.one(n);
      t.rows.push_back({{label, ""}, Builder::cell(c, true), b.share(c, total)});
    }
    out.push_back(std::move(t));
  }
  // The functioning-score table: averages over the valid pairs, "no news" left out.
  {
    auto instruments = b.vocabulary(kInstruments);
    auto t = b.table("scores", N_("Functioning scores"),
                     {tr(N_("Instrument")), tr(N_("People with an entry score")), tr(N_("No news")), tr(N_("Valid pairs")),
                      tr(N_("Average at entry")), tr(N_("Average now")), tr(N_("Average improvement"))},
                     {}, "");
    for (auto& s : f.scores) {
      bool averages = !b.outside || s.valid_pairs >= b.threshold();
      auto avg = [&](double v) -> FigureCell { return {averages && s.valid_pairs ? format_number(v, 1, lang) : "", ""}; };
      t.rows.push_back({{b.label(instruments, s.instrument), ""}, Builder::cell(b.one(s.people)), Builder::cell(b.one(s.no_news)),
                        Builder::cell(b.one(s.valid_pairs)), avg(s.entry_average), avg(s.now_average), avg(s.improvement_average)});
    }
    std::string note = tr(N_("Averages over the valid pairs only: an entry score and a later score of the same instrument, people without news for three months left out."));
    t.note = t.note.empty() ? note : note + " " + t.note;
    out.push_back(std::move(t));
  }
  return out;
}

std::string figures_csv_text(const std::vector<FigureTable>& tables) {
  auto cell = [](std::string s) {
    if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@')) s = "'" + s;
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string o = "\"";
    for (char c : s) o += c == '"' ? std::string("\"\"") : std::string(1, c);
    return o + "\"";
  };
  std::string out = "table,row,column,value\r\n";
  for (auto& t : tables)
    for (auto& row : t.rows)
      for (std::size_t c = 1; c < row.size() && c < t.columns.size(); ++c)
        out += cell(t.id) + "," + cell(row[0].text) + "," + cell(t.columns[c]) + "," + cell(row[c].text) + "\r\n";
  return out;
}

}  // namespace maillage::caseload
