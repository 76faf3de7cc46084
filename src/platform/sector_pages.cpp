// /admin/sectors: administrators add a sector, rename its labels, move it in the lists, retire it or offer it
// again. No sector is ever deleted: records keep naming its code. A refused edit shows the page again with what
// was typed and the reason next to it.
#include <algorithm>
#include <optional>

#include "platform/app.hpp"
#include "platform/audit.hpp"
#include "platform/forms.hpp"
#include "platform/pages.hpp"
#include "platform/sectors.hpp"
#include "platform/views.hpp"

namespace maillage::platform {

namespace {

struct Refused {
  std::string code;  // "": the "add" form
  SectorEdit typed;
  std::string position;
  const char* problem = nullptr;
};

SectorEdit typed_sector(RequestContext& ctx, std::string& position_typed) {
  SectorEdit e;
  auto one_line = [&](const char* field) {
    // One line (labels show in selects and table cells); the length is checked by sector_problem.
    std::string v = clean_text(ctx.f(field));
    std::replace(v.begin(), v.end(), '\n', ' ');
    return v;
  };
  e.code = clean_text(ctx.f("code").substr(0, 60));
  e.fr = one_line("fr");
  e.nl = one_line("nl");
  e.en = one_line("en");
  position_typed = clean_text(ctx.f("position").substr(0, 12));
  if (!position_typed.empty()) {
    try {
      std::size_t used = 0;
      int p = std::stoi(position_typed, &used);
      e.position = used == position_typed.size() ? p : -1;
    } catch (...) {
      e.position = -1;  // refused by sector_problem
    }
  }
  return e;
}

Response render(RequestContext& ctx, const std::optional<Refused>& refused = {}) {
  Page page(ctx, "platform/admin_sectors.tpl", N_("Sectors"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  auto list = load_sectors(sql);
  auto used = sector_usage(sql);
  for (auto& s : list) {
    bool is_refused = refused && refused->code == s.code;
    auto* row = d.AddSectionDictionary("SECTOR");
    row->SetValue("CODE", s.code);
    row->SetValue("FR", is_refused ? refused->typed.fr : s.fr);
    row->SetValue("NL", is_refused ? refused->typed.nl : s.nl);
    row->SetValue("EN", is_refused ? refused->typed.en : s.en);
    row->SetValue("POSITION", is_refused ? refused->position : std::to_string(s.position));
    row->SetValue("RECORDS", ctx.app.i18n.number(ctx.lang, used.count(s.code) ? used[s.code] : 0));
    row->ShowSection(s.retired ? "RETIRED" : "OFFERED");
    if (is_refused) row->SetValueAndShowSection("ERROR", ctx.tr(refused->problem), "INVALID");
  }
  d.SetIntValue("COUNT", static_cast<long>(list.size()));
  FormErrors errors;
  if (refused) {
    if (!refused->code.empty()) errors.add("sector-" + refused->code + "-fr", refused->problem);
    else {
      errors.add("code", refused->problem);
      d.SetValue("NEW_CODE", refused->typed.code);
      d.SetValue("NEW_FR", refused->typed.fr);
      d.SetValue("NEW_NL", refused->typed.nl);
      d.SetValue("NEW_EN", refused->typed.en);
      d.SetValue("NEW_POSITION", refused->position);
    }
  }
  errors.show(ctx, d);
  return page.response(refused ? 422 : 200);
}

Response back_to(RequestContext& ctx, const std::string& code, const char* flash) {
  sectors_changed();  // committed: this server's forms and tables read the vocabulary again
  ctx.flash(flash);
  return Response::redirect("/admin/sectors#sector-" + code);
}

}  // namespace

Response admin_sectors(RequestContext& ctx) { return render(ctx); }

Response admin_sector_add(RequestContext& ctx) {
  std::string position;
  auto e = typed_sector(ctx, position);
  if (auto problem = sector_problem(e, true)) return render(ctx, Refused{"", e, position, problem});
  bool added = ctx.app.db.transact([&](soci::session& sql) {
    if (!add_sector(sql, e, ctx.user->email)) return false;
    audit(sql, ctx, "sector.add", "sector:" + e.code, e.fr);
    return true;
  });
  if (!added)
    return render(ctx, Refused{"", e, position, N_("This code is already used by a sector (perhaps a retired one), or the list holds 200 sectors.")});
  return back_to(ctx, e.code, N_("The sector is added: forms offer it now."));
}

Response admin_sector_update(RequestContext& ctx) {
  std::string code = ctx.param("code"), position;
  auto e = typed_sector(ctx, position);
  if (auto problem = sector_problem(e, false)) return render(ctx, Refused{code, e, position, problem});
  bool saved = ctx.app.db.transact([&](soci::session& sql) {
    if (!update_sector(sql, code, e, ctx.user->email)) return false;
    audit(sql, ctx, "sector.update", "sector:" + code, e.fr + " / " + e.nl + " / " + e.en);
    return true;
  });
  if (!saved) throw not_found();
  return back_to(ctx, code, N_("The sector's labels are saved."));
}

Response admin_sector_retire(RequestContext& ctx) {
  std::string code = ctx.param("code");
  bool retire = ctx.f("retired") != "0";
  bool saved = ctx.app.db.transact([&](soci::session& sql) {
    if (!set_sector_retired(sql, code, retire, ctx.user->email)) return false;
    audit(sql, ctx, retire ? "sector.retire" : "sector.offer", "sector:" + code, "");
    return true;
  });
  if (!saved) throw not_found();
  return back_to(ctx, code, retire ? N_("The sector is retired: forms no longer offer it; records keep it.")
                                   : N_("The sector is offered again."));
}

}  // namespace maillage::platform
