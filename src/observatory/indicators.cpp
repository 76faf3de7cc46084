#include "observatory/indicators.hpp"

#include <cmath>

#include "platform/small_counts.hpp"
#include "territory/population.hpp"

namespace maillage::observatory {

Period indicator_period(const Indicator& i, const Plan& plan) {
  Period p = year_period(plan.year).value_or(Period{});
  if (i.period_from) p.from = *i.period_from;
  if (i.period_to) p.to = *i.period_to;
  return p;
}

std::string indicator_bassin(const Indicator& i, const Plan& plan) {
  if (i.bassin.empty()) return bassin_of(plan.territory);
  return bassin_of(i.bassin);
}

Evaluator::Evaluator(soci::session& sql) : sql_(sql), elements_(published_elements()) {}

const DataElement* Evaluator::element(const std::string& code) const {
  for (auto& e : elements_)
    if (e.code == code) return &e;
  return nullptr;
}

const std::vector<DataValue>& Evaluator::values_of(const std::string& source, const Period& period) {
  auto key = std::make_tuple(source, period.from, period.to);
  auto it = cache_.find(key);
  if (it == cache_.end()) it = cache_.emplace(key, published_values_of(sql_, period, source)).first;
  return it->second;
}

std::optional<double> Evaluator::element_value(const std::string& code, const std::string& bassin, const Period& period) {
  const DataElement* e = element(code);
  if (!e) return std::nullopt;
  double sum = 0;
  if (is_zone(bassin)) {
    auto& zone = zones_[bassin];
    if (!zone) zone = std::make_unique<ZoneFilter>(sql_, bassin);
    if (!zone->known()) return std::nullopt;
    for (auto& v : values_of(e->source, period))
      if (v.code == code && zone->holds(v.commune_nis, v.quarter_code)) sum += v.value;
    return sum;
  }
  for (auto& v : values_of(e->source, period))
    if (v.code == code && (bassin.empty() || v.bassin == bassin)) sum += v.value;
  return sum;
}

int population_year_of(const Period& period) { return to_brussels(period.from).year; }

std::optional<double> Evaluator::population(const std::string& bassin, int year, int* used_year) {
  if (!population_years_) population_years_ = territory::population_years(sql_);
  // Most recent first: the first year not after the one asked, else the earliest there is.
  int chosen = 0;
  for (int y : *population_years_)
    if (y <= year) {
      chosen = y;
      break;
    }
  if (!chosen && !population_years_->empty()) chosen = population_years_->back();
  if (used_year) *used_year = chosen;
  if (!chosen) return std::nullopt;
  auto key = std::make_pair(bassin, chosen);
  auto it = population_.find(key);
  if (it == population_.end()) {
    auto ref = bassin.empty() ? territory::TerritoryRef{"region", ""}
               : is_zone(bassin) ? territory::TerritoryRef{"zone", zone_slug(bassin)}
                                 : territory::TerritoryRef{"bassin", bassin};
    auto p = territory::population_of(sql_, ref, chosen);
    std::optional<double> v;
    if (p && p->population > 0) v = static_cast<double>(p->population);
    it = population_.emplace(key, v).first;
  }
  return it->second;
}

IndicatorValue Evaluator::value(const Indicator& i, const Plan& plan) { return value_in(i, plan, indicator_bassin(i, plan)); }

IndicatorValue Evaluator::value_in(const Indicator& i, const Plan& plan, const std::string& bassin) {
  IndicatorValue out;
  if (i.kind == "manual") {
    out.available = i.manual_value.has_value();
    out.value = i.manual_value.value_or(0);
    out.ratio = out.value != std::floor(out.value);
    return out;
  }
  Period period = indicator_period(i, plan);
  auto numerator = element_value(i.element_code, bassin, period);
  if (!numerator) return out;
  const DataElement* e = element(i.element_code);
  auto small = [](const DataElement* el, double v) {
    return el && el->protected_counts ? shown_count(std::lround(v), false) : ShownCount{std::lround(v), false, false, ""};
  };
  if (i.kind != "ratio") {
    out.available = true;
    out.value = *numerator;
    auto shown = small(e, *numerator);
    out.suppressed = shown.suppressed;
    out.shown = shown.suppressed ? shown.text : "";
    return out;
  }
  std::optional<double> denominator = i.denominator_value;
  const DataElement* d = nullptr;
  if (i.denominator_code == kPopulationDenominator) {
    denominator = population(bassin, population_year_of(period));
  } else if (!i.denominator_code.empty()) {
    denominator = element_value(i.denominator_code, bassin, period);
    d = element(i.denominator_code);
  }
  if (!denominator || *denominator == 0) return out;
  out.available = true;
  out.ratio = true;
  out.value = *numerator / *denominator * i.multiplier;
  // A ratio of a suppressed count would give the count away.
  if (small(e, *numerator).suppressed || (d && small(d, *denominator).suppressed)) {
    out.suppressed = true;
    out.shown = "*";
  }
  return out;
}

}  // namespace maillage::observatory
