// Indicators computed from the data elements the parts publish (DHIS2's indicators: a data element, or a ratio
// numerator / denominator x multiplier, over an organisation unit and a period). A value of a bassin counts for
// that bassin; the region is the sum over every value; a zone ("zone:SLUG") the sum of the values whose commune
// or quarter lies in it (a value known only by its bassin counts in no zone). Protected elements (counts of people from a confidential
// part) are shown with the platform's small-count suppression: the observatory's readers are outside.
#pragma once
#include <soci/soci.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "observatory/model.hpp"

namespace maillage::observatory {

struct IndicatorValue {
  bool available = false;    // a value exists (typed, or computed from a published element)
  double value = 0;
  bool ratio = false;        // a ratio (decimals) rather than a count
  bool suppressed = false;   // a small count of a protected element: show `shown` only
  std::string shown;         // "< 5" when suppressed
};

// The period and territory an indicator of a plan speaks of: "" for the region, a bassin slug, or "zone:SLUG".
Period indicator_period(const Indicator& i, const Plan& plan);
std::string indicator_bassin(const Indicator& i, const Plan& plan);

// The year whose population an indicator's period counts (the year its period starts in, Brussels time).
int population_year_of(const Period& period);

// Computes indicators; keeps each part's values per period, so that a report asks each part once a period.
class Evaluator {
 public:
  explicit Evaluator(soci::session& sql);
  IndicatorValue value(const Indicator& i, const Plan& plan);
  // The same definition over another territory: `bassin` "" for the region, a bassin slug or "zone:SLUG" (a
  // breakdown by territory, an indicator of a zone).
  IndicatorValue value_in(const Indicator& i, const Plan& plan, const std::string& bassin);
  // The inhabitants of a bassin ("" = the region) or zone ("zone:SLUG": its communes and quarters) by the
  // population facts of the year, else of the latest year before it, else of the earliest after it; nullopt
  // when there are none. `used_year` says which year counted.
  std::optional<double> population(const std::string& bassin, int year, int* used_year = nullptr);
  // The sum of an element's values over a bassin ("" = the region) or a zone ("zone:SLUG") and a period;
  // nullopt for an unknown element or zone.
  std::optional<double> element_value(const std::string& code, const std::string& bassin, const Period& period);
  const DataElement* element(const std::string& code) const;
  const std::vector<DataElement>& elements() const { return elements_; }

 private:
  const std::vector<DataValue>& values_of(const std::string& source, const Period& period);
  soci::session& sql_;
  std::vector<DataElement> elements_;
  std::map<std::tuple<std::string, std::int64_t, std::int64_t>, std::vector<DataValue>> cache_;
  std::map<std::pair<std::string, int>, std::optional<double>> population_;
  std::optional<std::vector<int>> population_years_;
  std::map<std::string, std::unique_ptr<ZoneFilter>> zones_;
};

}  // namespace maillage::observatory
