#include "observatory/publications.hpp"

#include <nlohmann/json.hpp>

#include <map>

#include "platform/db.hpp"

namespace maillage::observatory {

namespace {
using nlohmann::json;

json table_json(const Table& t) {
  json chart = json::array();
  for (auto& [label, v] : t.chart) chart.push_back({label, v});
  return {{"id", t.id}, {"title", t.title}, {"columns", t.columns}, {"rows", t.rows}, {"note", t.note}, {"widths", t.widths}, {"chart", chart}};
}
Table table_of(const json& j) {
  Table t;
  t.id = j.value("id", "");
  t.title = j.value("title", "");
  t.columns = j.value("columns", std::vector<std::string>{});
  t.rows = j.value("rows", std::vector<std::vector<std::string>>{});
  t.note = j.value("note", "");
  t.widths = j.value("widths", std::vector<double>{});
  for (auto& c : j.value("chart", json::array())) t.chart.push_back({c[0].get<std::string>(), c[1].get<double>()});
  return t;
}

// The plans' definitions the report came from: actions, deliverables, indicators (not their values).
std::string definitions_json(soci::session& sql, const std::string& territory, int year) {
  json plans = json::array();
  std::vector<std::string> covered = territory == "all" ? territories(sql) : std::vector<std::string>{territory};
  for (auto& t : covered) {
    auto plan = find_plan_for(sql, t, year);
    if (!plan) continue;
    json actions = json::array();
    for (auto& a : actions_of(sql, plan->id)) {
      json indicators = json::array(), deliverables = json::array();
      for (auto& i : a.indicators)
        indicators.push_back({{"id", i.id}, {"name", i.name}, {"kind", i.kind}, {"element", i.element_code}, {"bassin", i.bassin},
                              {"from", i.period_from.value_or(0)}, {"to", i.period_to.value_or(0)},
                              {"denominator", i.denominator_code}, {"denominator_value", i.denominator_value.value_or(0)},
                              {"multiplier", i.multiplier}, {"manual_value", i.manual_value.value_or(0)},
                              {"entered_by", i.entered_by_name}, {"entered_at", i.entered_at}});
      for (auto& d : a.deliverables)
        deliverables.push_back({{"text", d.text}, {"target", d.target.value_or(0)}, {"indicator", d.indicator_id}});
      actions.push_back({{"id", a.id}, {"reference", a.reference}, {"title_fr", a.title_fr}, {"title_nl", a.title_nl},
                         {"title_en", a.title_en}, {"indicators", indicators}, {"deliverables", deliverables}});
    }
    plans.push_back({{"territory", t}, {"year", year}, {"plan", plan->id}, {"actions", actions}});
  }
  return plans.dump();
}

std::vector<std::string> changes_between(const YearlyReport& before, const YearlyReport& after) {
  std::map<std::string, std::string> old_tables, new_tables;
  for (auto& c : before.chapters)
    for (auto& t : c.tables) old_tables[c.title + " — " + t.title] += table_json(t).dump();
  for (auto& c : after.chapters)
    for (auto& t : c.tables) new_tables[c.title + " — " + t.title] += table_json(t).dump();
  std::vector<std::string> changed;
  for (auto& [title, text] : new_tables)
    if (!old_tables.count(title) || old_tables[title] != text) changed.push_back(title);
  for (auto& [title, text] : old_tables)
    if (!new_tables.count(title)) changed.push_back(title);
  return changed;
}

const char* const kColumns =
    "SELECT id, territory, year, version, lang, published_at, published_by_name, note, changes FROM observatory_publications";
Publication publication_of(const soci::row& r) {
  Publication p;
  p.id = as_int(r, 0);
  p.territory = as_text(r, 1);
  p.year = static_cast<int>(as_int(r, 2));
  p.version = static_cast<int>(as_int(r, 3));
  p.lang = as_text(r, 4);
  p.published_at = as_int(r, 5);
  p.published_by_name = as_text(r, 6);
  p.note = as_text(r, 7);
  auto changes = json::parse(as_text(r, 8).empty() ? "[]" : as_text(r, 8), nullptr, false);
  if (changes.is_array())
    for (auto& c : changes) p.changes.push_back(c.get<std::string>());
  return p;
}
}  // namespace

std::string report_to_json(const YearlyReport& report) {
  json chapters = json::array();
  for (auto& c : report.chapters) {
    json tables = json::array();
    for (auto& t : c.tables) tables.push_back(table_json(t));
    chapters.push_back({{"id", c.id}, {"title", c.title}, {"annex", c.annex}, {"intro", c.intro}, {"tables", tables}});
  }
  return json{{"territory", report.territory}, {"territory_name", report.territory_name}, {"year", report.year}, {"chapters", chapters}}
      .dump();
}

YearlyReport report_from_json(const std::string& text) {
  YearlyReport r;
  auto j = json::parse(text);
  r.territory = j.value("territory", "");
  r.territory_name = j.value("territory_name", "");
  r.year = j.value("year", 0);
  for (auto& c : j.value("chapters", json::array())) {
    Chapter ch;
    ch.id = c.value("id", "");
    ch.title = c.value("title", "");
    ch.annex = c.value("annex", false);
    ch.intro = c.value("intro", "");
    for (auto& t : c.value("tables", json::array())) ch.tables.push_back(table_of(t));
    r.chapters.push_back(std::move(ch));
  }
  return r;
}

PublishResult publish_report(App& app, soci::session& sql, const std::string& territory, int year, const std::string& lang,
                             std::int64_t user_id, const std::string& user_name, const std::string& note, std::int64_t now) {
  auto report = build_report(app, sql, territory, year, lang);
  std::string text = report_to_json(report);
  int version = 0;
  std::int64_t latest_id = 0;
  std::string latest_text;
  {
    soci::rowset<soci::row> rs = (sql.prepare << "SELECT id, version, report FROM observatory_publications WHERE territory = :t AND "
                                                 "year = :y AND lang = :l ORDER BY version DESC",
                                  soci::use(territory), soci::use(year), soci::use(lang));
    for (auto& r : rs) {
      latest_id = as_int(r, 0);
      latest_text = as_text(r, 2);
      break;
    }
    sql << "SELECT COALESCE(MAX(version), 0) FROM observatory_publications WHERE territory = :t AND year = :y",
        soci::use(territory), soci::use(year), soci::into(version);
  }
  if (latest_id && latest_text == text) return {latest_id, true};
  std::vector<std::string> changes;
  if (latest_id) changes = changes_between(report_from_json(latest_text), report);
  std::string changes_text = json(changes).dump(), definitions = definitions_json(sql, territory, year);
  int next = version + 1;
  std::int64_t id = 0;
  soci::indicator by_ind = user_id ? soci::i_ok : soci::i_null;
  sql << "INSERT INTO observatory_publications (territory, year, version, lang, published_at, published_by, published_by_name, note, "
         "changes, report, definitions) VALUES (:t, :y, :v, :l, :a, :b, :bn, :n, :c, :r, :d) RETURNING id",
      soci::use(territory), soci::use(year), soci::use(next), soci::use(lang), soci::use(now), soci::use(user_id, by_ind),
      soci::use(user_name), soci::use(note), soci::use(changes_text), soci::use(text), soci::use(definitions), soci::into(id);
  return {id, false};
}

std::optional<Publication> find_publication(soci::session& sql, std::int64_t id) {
  std::optional<Publication> out;
  {
    soci::rowset<soci::row> rs = (sql.prepare << std::string(kColumns) + " WHERE id = :id", soci::use(id));
    for (auto& r : rs) out = publication_of(r);
  }
  if (!out) return out;
  std::string text;
  sql << "SELECT report FROM observatory_publications WHERE id = :id", soci::use(id), soci::into(text);
  out->report = report_from_json(text);
  return out;
}

std::vector<Publication> list_publications(soci::session& sql, const std::string& territory, int year) {
  std::vector<Publication> out;
  std::string q = std::string(kColumns) + (territory.empty() ? "" : " WHERE territory = :t AND year = :y") +
                  " ORDER BY year DESC, territory, version DESC";
  if (territory.empty()) {
    soci::rowset<soci::row> rs = sql.prepare << q;
    for (auto& r : rs) out.push_back(publication_of(r));
  } else {
    soci::rowset<soci::row> rs = (sql.prepare << q, soci::use(territory), soci::use(year));
    for (auto& r : rs) out.push_back(publication_of(r));
  }
  return out;
}

}  // namespace maillage::observatory
