#include "territory/population.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "platform/db.hpp"
#include "territory/zones.hpp"

namespace maillage::territory {

const std::array<const char*, kAgeBands> kAgeBandColumns = {"age_0_17", "age_18_64", "age_65_79", "age_80_plus"};
const std::array<const char*, kIndicators> kIndicatorColumns = {"unemployment_rate", "increased_reimbursement_share",
                                                                "single_person_households_share"};

namespace {

struct Facts {
  std::string source;
  std::int64_t population = 0;
  std::array<std::optional<std::int64_t>, kAgeBands> bands{};
  std::array<std::optional<double>, kIndicators> indicators{};
};

struct YearFacts {
  std::map<std::string, Facts> communes, quarters;
};

YearFacts load_year(soci::session& sql, int year) {
  YearFacts out;
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT territory_type, code, source, population, age_0_17, age_18_64, age_65_79, age_80_plus, "
                      "unemployment_rate, increased_reimbursement_share, single_person_households_share FROM population_facts "
                      "WHERE year = :y",
       soci::use(year));
  for (auto& r : rs) {
    Facts f;
    f.source = as_text(r, 2);
    f.population = as_int(r, 3);
    for (std::size_t i = 0; i < kAgeBands; ++i)
      if (r.get_indicator(4 + i) != soci::i_null) f.bands[i] = as_int(r, 4 + i);
    for (std::size_t i = 0; i < kIndicators; ++i)
      if (r.get_indicator(8 + i) != soci::i_null) f.indicators[i] = as_double(r, 8 + i);
    (as_text(r, 0) == "commune" ? out.communes : out.quarters)[as_text(r, 1)] = f;
  }
  return out;
}

// Sums parts into a Population: bands and indicators stay known only while every part gives them.
class Summer {
 public:
  explicit Summer(int year) { p_.year = year; }
  void add(const std::string& type, const std::string& code, const Facts& f) {
    if (first_) {
      for (std::size_t i = 0; i < kAgeBands; ++i) p_.age_bands[i] = f.bands[i] ? std::optional<std::int64_t>(0) : std::nullopt;
      for (std::size_t i = 0; i < kIndicators; ++i) weighted_[i] = f.indicators[i] ? std::optional<double>(0) : std::nullopt;
      first_ = false;
    }
    p_.population += f.population;
    for (std::size_t i = 0; i < kAgeBands; ++i)
      p_.age_bands[i] = p_.age_bands[i] && f.bands[i] ? std::optional<std::int64_t>(*p_.age_bands[i] + *f.bands[i]) : std::nullopt;
    for (std::size_t i = 0; i < kIndicators; ++i)
      weighted_[i] = weighted_[i] && f.indicators[i] ? std::optional<double>(*weighted_[i] + *f.indicators[i] * f.population)
                                                     : std::nullopt;
    if (std::find(p_.sources.begin(), p_.sources.end(), f.source) == p_.sources.end()) p_.sources.push_back(f.source);
    p_.parts.push_back({type, code, f.population});
  }
  void miss(const std::string& type, const std::string& code) { p_.missing.emplace_back(type, code); }
  std::optional<Population> result() {
    if (p_.parts.empty()) return std::nullopt;
    for (std::size_t i = 0; i < kIndicators; ++i)
      if (weighted_[i] && p_.population > 0) p_.indicators[i] = std::round(*weighted_[i] / p_.population * 10) / 10;
    return p_;
  }

 private:
  Population p_;
  bool first_ = true;
  std::array<std::optional<double>, kIndicators> weighted_{};
};

struct QuarterRow {
  std::string code, commune, bassin;
};

// A whole commune: its own figure, else the sum of its quarters' (missing when neither).
void add_commune(Summer& sum, const YearFacts& facts, const std::vector<QuarterRow>& quarters, const std::string& nis) {
  if (auto it = facts.communes.find(nis); it != facts.communes.end()) return sum.add("commune", nis, it->second);
  bool any = false;
  for (auto& q : quarters) {
    if (q.commune != nis) continue;
    if (auto it = facts.quarters.find(q.code); it != facts.quarters.end()) sum.add("quarter", q.code, it->second), any = true;
    else sum.miss("quarter", q.code);
  }
  if (!any) sum.miss("commune", nis);
}

void add_quarter(Summer& sum, const YearFacts& facts, const std::string& code) {
  if (auto it = facts.quarters.find(code); it != facts.quarters.end()) sum.add("quarter", code, it->second);
  else sum.miss("quarter", code);
}

}  // namespace

std::optional<Population> population_of(soci::session& sql, const TerritoryRef& t, int year) {
  YearFacts facts = load_year(sql, year);
  if (facts.communes.empty() && facts.quarters.empty()) return std::nullopt;
  std::vector<QuarterRow> quarters;
  {
    soci::rowset<soci::row> rs = sql.prepare << "SELECT code, commune_nis, bassin_slug FROM quarters ORDER BY code";
    for (auto& r : rs) quarters.push_back({as_text(r, 0), as_text(r, 1), as_text(r, 2)});
  }
  Summer sum(year);
  if (t.type == "region") {
    for (auto& c : list_communes(sql)) add_commune(sum, facts, quarters, c.nis);
  } else if (t.type == "commune") {
    add_commune(sum, facts, quarters, t.code);
  } else if (t.type == "quarter") {
    add_quarter(sum, facts, t.code);
  } else if (t.type == "bassin") {
    // A commune lies whole in the bassin when its postal codes and its quarters all do; a commune shared
    // between bassins counts by its quarters of this bassin.
    std::map<std::string, std::set<std::string>> bassins_of;
    {
      soci::rowset<soci::row> rs = sql.prepare << "SELECT commune_nis, bassin_slug FROM postal_codes";
      for (auto& r : rs) bassins_of[as_text(r, 0)].insert(as_text(r, 1));
    }
    for (auto& q : quarters) bassins_of[q.commune].insert(q.bassin);
    for (auto& [nis, bassins] : bassins_of) {
      if (!bassins.count(t.code)) continue;
      if (bassins.size() == 1) {
        add_commune(sum, facts, quarters, nis);
        continue;
      }
      bool any = false;
      for (auto& q : quarters)
        if (q.commune == nis && q.bassin == t.code) add_quarter(sum, facts, q.code), any = true;
      if (!any) sum.miss("commune", nis);
    }
  } else if (t.type == "zone") {
    auto zone = find_zone(sql, t.code);
    if (!zone) return std::nullopt;
    for (auto& nis : zone->communes) add_commune(sum, facts, quarters, nis);
    for (auto& code : zone->quarters) {
      auto q = std::find_if(quarters.begin(), quarters.end(), [&](auto& x) { return x.code == code; });
      if (q != quarters.end() && zone->holds_commune(q->commune)) continue;  // counted with its commune
      add_quarter(sum, facts, code);
    }
  } else {
    return std::nullopt;
  }
  return sum.result();
}

std::vector<int> population_years(soci::session& sql) {
  std::vector<int> out;
  soci::rowset<soci::row> rs = sql.prepare << "SELECT DISTINCT year FROM population_facts ORDER BY year DESC";
  for (auto& r : rs) out.push_back(static_cast<int>(as_int(r, 0)));
  return out;
}

namespace {

std::vector<std::string> split_line(const std::string& line, char sep) {
  std::vector<std::string> out;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') field += '"', ++i;
      else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"') quoted = true;
    else if (c == sep) out.push_back(field), field.clear();
    else if (c != '\r') field += c;
  }
  out.push_back(field);
  for (auto& f : out) {
    f.erase(0, f.find_first_not_of(" \t"));
    f.erase(f.find_last_not_of(" \t") + 1);
  }
  return out;
}

std::optional<std::int64_t> whole_number(std::string s) {
  s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
  if (s.empty() || s.size() > 12 || !std::all_of(s.begin(), s.end(), ::isdigit)) return std::nullopt;
  return std::stoll(s);
}

std::optional<double> percent(std::string s, char sep) {
  if (sep == ';') std::replace(s.begin(), s.end(), ',', '.');
  if (s.empty() || s.size() > 12) return std::nullopt;
  char* end = nullptr;
  double v = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size() || !std::isfinite(v) || v < 0 || v > 100) return std::nullopt;
  return v;
}

}  // namespace

PopulationImport import_population(soci::session& sql, const std::string& csv_text, std::int64_t now) {
  PopulationImport out;
  std::vector<std::string> lines;
  {
    std::size_t start = 0;
    while (start <= csv_text.size()) {
      auto nl = csv_text.find('\n', start);
      lines.push_back(csv_text.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
      if (nl == std::string::npos) break;
      start = nl + 1;
    }
  }
  if (!lines.empty() && lines[0].rfind("\xEF\xBB\xBF", 0) == 0) lines[0].erase(0, 3);  // a spreadsheet's byte order mark
  if (lines.empty() || lines[0].find_first_not_of(" \r") == std::string::npos) {
    out.fatal = "the file is empty: it needs a header line (code, year, source, population, ...)";
    return out;
  }
  char sep = lines[0].find(';') != std::string::npos && lines[0].find(',') == std::string::npos ? ';' : ',';
  auto header = split_line(lines[0], sep);
  std::map<std::string, std::size_t> col;
  for (std::size_t i = 0; i < header.size(); ++i) {
    std::string h = header[i];
    std::transform(h.begin(), h.end(), h.begin(), ::tolower);
    col[h] = i;
  }
  for (auto* needed : {"code", "year", "source", "population"})
    if (!col.count(needed)) {
      out.fatal = std::string("the header line has no column ") + needed + " (it needs code, year, source, population)";
      return out;
    }
  std::set<std::string> communes, quarters;
  for (auto& c : list_communes(sql)) communes.insert(c.nis);
  {
    soci::rowset<soci::row> rs = sql.prepare << "SELECT code FROM quarters";
    for (auto& r : rs) quarters.insert(as_text(r, 0));
  }
  std::set<std::pair<std::string, int>> seen;
  for (std::size_t n = 1; n < lines.size(); ++n) {
    const int line_number = static_cast<int>(n) + 1;
    if (lines[n].find_first_not_of(" \r;,") == std::string::npos) continue;  // blank lines
    auto fields = split_line(lines[n], sep);
    auto get = [&](const char* name) -> std::string {
      auto it = col.find(name);
      return it != col.end() && it->second < fields.size() ? fields[it->second] : "";
    };
    auto bad = [&](std::string reason) { out.bad_lines.emplace_back(line_number, std::move(reason)); };
    std::string code = get("code");
    std::string type = communes.count(code) ? "commune" : quarters.count(code) ? "quarter" : "";
    if (type.empty()) {
      bad("code " + code.substr(0, 40) + " is neither a commune's NIS code nor a loaded quarter's code");
      continue;
    }
    auto year = whole_number(get("year"));
    if (!year || *year < 1990 || *year > 2100) {
      bad("year must be a year such as 2024");
      continue;
    }
    std::string source = get("source");
    if (source.empty() || source.size() > 200) {
      bad("source must name where the figures come from (at most 200 characters), such as Statbel 2024");
      continue;
    }
    auto population = whole_number(get("population"));
    if (!population || *population > 2000000) {
      bad("population must be a whole number of inhabitants");
      continue;
    }
    std::array<std::int64_t, kAgeBands> bands{};
    std::array<soci::indicator, kAgeBands> band_ind{};
    std::string problem;
    std::int64_t band_sum = 0;
    for (std::size_t i = 0; i < kAgeBands && problem.empty(); ++i) {
      std::string v = get(kAgeBandColumns[i]);
      band_ind[i] = soci::i_null;
      if (v.empty()) continue;
      auto b = whole_number(v);
      if (!b) problem = std::string(kAgeBandColumns[i]) + " must be a whole number of inhabitants";
      else bands[i] = *b, band_ind[i] = soci::i_ok, band_sum += *b;
    }
    if (problem.empty() && band_sum > *population) problem = "the age bands add up to more than the population";
    std::array<double, kIndicators> indicators{};
    std::array<soci::indicator, kIndicators> ind_ind{};
    for (std::size_t i = 0; i < kIndicators && problem.empty(); ++i) {
      std::string v = get(kIndicatorColumns[i]);
      ind_ind[i] = soci::i_null;
      if (v.empty()) continue;
      auto p = percent(v, sep);
      if (!p) problem = std::string(kIndicatorColumns[i]) + " must be a percentage between 0 and 100";
      else indicators[i] = *p, ind_ind[i] = soci::i_ok;
    }
    if (!problem.empty()) {
      bad(problem);
      continue;
    }
    int y = static_cast<int>(*year);
    if (!seen.insert({code, y}).second) {
      bad("code " + code + " and year " + std::to_string(y) + " appear twice in the file: the second is skipped");
      continue;
    }
    int existing = 0;
    sql << "SELECT COUNT(*) FROM population_facts WHERE territory_type = :t AND code = :c AND year = :y", soci::use(type),
        soci::use(code), soci::use(y), soci::into(existing);
    if (existing) {
      sql << "DELETE FROM population_facts WHERE territory_type = :t AND code = :c AND year = :y", soci::use(type), soci::use(code),
          soci::use(y);
      ++out.updated;
    } else {
      ++out.created;
    }
    std::int64_t pop = *population;
    sql << "INSERT INTO population_facts (territory_type, code, year, source, population, age_0_17, age_18_64, age_65_79, "
           "age_80_plus, unemployment_rate, increased_reimbursement_share, single_person_households_share, imported_at) "
           "VALUES (:t, :c, :y, :s, :p, :a0, :a1, :a2, :a3, :i0, :i1, :i2, :n)",
        soci::use(type), soci::use(code), soci::use(y), soci::use(source), soci::use(pop), soci::use(bands[0], band_ind[0]),
        soci::use(bands[1], band_ind[1]), soci::use(bands[2], band_ind[2]), soci::use(bands[3], band_ind[3]),
        soci::use(indicators[0], ind_ind[0]), soci::use(indicators[1], ind_ind[1]), soci::use(indicators[2], ind_ind[2]),
        soci::use(now);
  }
  return out;
}

}  // namespace maillage::territory
