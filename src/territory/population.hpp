// Population facts per territory ("responsabilité populationnelle"): figures per commune or quarter and year
// (population, age bands, a few indicators, with their source), imported from a CSV by an operator and summed
// over any territory (region, bassin, commune, quarter, zone). The observatory's indicators use
// population_of() as a denominator ("requests per 10,000 inhabitants").
#pragma once
#include <soci/soci.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace maillage::territory {

// Which territory: type "region" (code ""), "bassin" (slug), "commune" (NIS), "quarter" (code), "zone" (slug).
struct TerritoryRef {
  std::string type;
  std::string code;
};

constexpr std::size_t kAgeBands = 4;        // 0-17, 18-64, 65-79, 80 and over
constexpr std::size_t kIndicators = 3;      // shares in percent, see kIndicatorColumns
extern const std::array<const char*, kAgeBands> kAgeBandColumns;    // "age_0_17", ...
extern const std::array<const char*, kIndicators> kIndicatorColumns;  // "unemployment_rate", ...

// One commune or quarter counted in a territory's figure.
struct PopulationPart {
  std::string type;  // "commune" or "quarter"
  std::string code;
  std::int64_t population = 0;
};

struct Population {
  int year = 0;
  std::int64_t population = 0;
  // Known only when every part counted gives it.
  std::array<std::optional<std::int64_t>, kAgeBands> age_bands{};
  // Weighted by population; known only when every part counted gives it.
  std::array<std::optional<double>, kIndicators> indicators{};
  std::vector<std::string> sources;
  std::vector<PopulationPart> parts;
  // Communes or quarters of the territory without figures for the year (type, code): the total leaves them
  // out. A commune shared between bassins (Bruxelles-Ville) counts in a bassin only by its quarters' figures.
  std::vector<std::pair<std::string, std::string>> missing;
  bool complete() const { return missing.empty(); }
};

// The population of a territory for a year, summed over its communes (a commune's own figure, else the sum
// of its quarters') and, for a bassin or zone, the quarters it holds outside whole communes. Nothing when no
// part of the territory has figures for the year (or the territory is unknown).
std::optional<Population> population_of(soci::session& sql, const TerritoryRef& territory, int year);
// The years with figures, most recent first.
std::vector<int> population_years(soci::session& sql);

struct PopulationImport {
  int created = 0, updated = 0;
  std::vector<std::pair<int, std::string>> bad_lines;  // line number in the file (the header is line 1), reason
  std::string fatal;                                   // the file could not be read at all
};
// Imports a CSV with a header line naming its columns (any order, comma or semicolon separated; a decimal
// comma is read with semicolons): code (a commune's NIS code or a quarter's code), year, source, population,
// and optionally age_0_17, age_18_64, age_65_79, age_80_plus, unemployment_rate,
// increased_reimbursement_share, single_person_households_share (percent). A bad line is reported with its
// number and skipped; the others go in. The same code and year again replaces the figures (re-importing a
// file changes nothing).
PopulationImport import_population(soci::session& sql, const std::string& csv_text, std::int64_t now);

}  // namespace maillage::territory
