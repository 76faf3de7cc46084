#include "observatory/page_helpers.hpp"

#include <cstdlib>

#include "observatory/handlers.hpp"
#include "observatory/model.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"
#include "platform/forms.hpp"
#include "platform/i18n.hpp"
#include "territory/zones.hpp"

namespace maillage::observatory {

int current_year() { return to_brussels(now_seconds()).year; }

int year_param(const RequestContext& ctx, const std::string& value) {
  if (value.size() == 4 && std::isdigit(static_cast<unsigned char>(value[0]))) {
    int y = std::atoi(value.c_str());
    if (y >= 2000 && y <= 2100) return y;
  }
  return current_year();
}

std::string region_name(const RequestContext& ctx) { return ctx.tr(N_("Brussels-Capital Region")); }

bool may_edit(const CurrentUser& user, const std::string& territory) {
  if (user.is_admin()) return true;
  for (auto& g : user.grants) {
    if (g.role != "coordinator") continue;
    if (g.scope_type == "region") return true;
    if (g.scope_type == "bassin" && g.scope_id == territory) return true;
  }
  return false;
}

void fill_territory_options(RequestContext& ctx, soci::session& sql, Dictionary& d, const char* section,
                            const std::string& selected, bool editable_only, bool with_all) {
  if (with_all) {
    auto* o = d.AddSectionDictionary(section);
    o->SetValue("CODE", "all");
    o->SetValue("LABEL", ctx.tr(N_("The whole organisation")));
    if (selected == "all") o->ShowSection("SELECTED");
  }
  for (auto& t : territories(sql)) {
    if (editable_only && !(ctx.user && may_edit(*ctx.user, t))) continue;
    auto* o = d.AddSectionDictionary(section);
    o->SetValue("CODE", t);
    o->SetValue("LABEL", territory_name(sql, t, ctx.lang, region_name(ctx)));
    if (selected == t) o->ShowSection("SELECTED");
  }
}

int fill_zone_options(RequestContext& ctx, soci::session& sql, Dictionary& d, const char* section,
                      const std::string& selected) {
  int n = 0;
  for (auto& z : territory::list_zones(sql)) {
    auto* o = d.AddSectionDictionary(section);
    o->SetValue("CODE", kZonePrefix + z.slug);
    o->SetValue("LABEL", z.name(ctx.lang));
    if (selected == kZonePrefix + z.slug) o->ShowSection("SELECTED");
    ++n;
  }
  return n;
}

std::optional<std::int64_t> parse_date(const std::string& text) { return from_brussels(clean_text(text), "00:00"); }

std::int64_t id_of(const std::string& text) {
  if (text.empty() || text.size() > 18) return 0;
  for (char c : text)
    if (!std::isdigit(static_cast<unsigned char>(c))) return 0;
  return std::atoll(text.c_str());
}

}  // namespace maillage::observatory
