// The action plans: the observatory's home (plans by year, a new plan), a plan (its actions, copy to next year),
// an action (texts, deliverables with targets, indicators with their computed or typed values), the meetings of
// an action. Coordinators read every plan; editing is for the plan's territory's coordinators and the region's.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "observatory/handlers.hpp"
#include "observatory/indicators.hpp"
#include "observatory/locks.hpp"
#include "observatory/model.hpp"
#include "observatory/page_helpers.hpp"
#include "observatory/publications.hpp"
#include "observatory/report.hpp"
#include "platform/app.hpp"
#include "platform/audit.hpp"
#include "platform/forms.hpp"
#include "platform/views.hpp"

namespace maillage::observatory {

namespace {

constexpr std::size_t kMaxTitleChars = 300;
constexpr std::size_t kMaxTextChars = 5000;
constexpr int kBlankDeliverables = 2;
constexpr std::size_t kMaxDeliverables = 20;
constexpr const char* kCorrected = N_("The correction is saved and the report is published again as a new version that lists what changed.");

Plan plan_or_404(soci::session& sql, std::int64_t id) {
  auto p = find_plan(sql, id);
  if (!p) throw not_found();
  return *p;
}
Action action_or_404(soci::session& sql, std::int64_t id) {
  auto a = find_action(sql, id);
  if (!a) throw not_found();
  return *a;
}
void require_edit(const RequestContext& ctx, const Plan& plan) {
  if (!ctx.user || !may_edit(*ctx.user, plan.territory)) throw forbidden();
}
std::string plan_title(RequestContext& ctx, soci::session& sql, const Plan& plan) {
  std::string t = ctx.tr(N_("Action plan {YEAR}: {TERRITORY}"));
  auto put = [&](const std::string& name, const std::string& value) {
    auto pos = t.find(name);
    if (pos != std::string::npos) t.replace(pos, name.size(), value);
  };
  put("{YEAR}", std::to_string(plan.year));
  put("{TERRITORY}", territory_name(sql, plan.territory, ctx.lang, region_name(ctx)));
  return t;
}
std::string number_text(RequestContext& ctx, double v) {
  return ctx.app.i18n.number(ctx.lang, v, v == std::floor(v) ? 0 : 1);
}
std::string value_text(RequestContext& ctx, const IndicatorValue& v) {
  if (!v.available) return ctx.tr(N_("no data"));
  if (v.suppressed) return v.shown;
  return ctx.app.i18n.number(ctx.lang, v.value, v.ratio ? 1 : 0);
}
std::string element_text(RequestContext& ctx, const Evaluator& ev, const std::string& code) {
  auto* e = ev.element(code);
  if (!e) return code;
  return ctx.tr(e->label) + (e->detail.empty() ? "" : ": " + ctx.tr(e->detail));
}
// A ratio's denominator as read: a fixed number, a figure of the parts, or the inhabitants (and of which year).
std::string denominator_text(RequestContext& ctx, Evaluator& ev, const Indicator& i, const Plan& plan) {
  if (i.denominator_code == kPopulationDenominator) {
    int year = 0;
    ev.population(indicator_bassin(i, plan), population_year_of(indicator_period(i, plan)), &year);
    std::string t = ctx.tr(N_("inhabitants ({YEAR})"));
    auto pos = t.find("{YEAR}");
    if (pos != std::string::npos) t.replace(pos, 6, year ? std::to_string(year) : "?");
    return t;
  }
  if (i.denominator_code.empty()) return number_text(ctx, i.denominator_value.value_or(0));
  return element_text(ctx, ev, i.denominator_code);
}
void fill_element_options(RequestContext& ctx, const Evaluator& ev, Dictionary& d, const char* section,
                          const std::string& selected) {
  for (auto& e : ev.elements()) {
    auto* o = d.AddSectionDictionary(section);
    o->SetValue("CODE", e.code);
    o->SetValue("LABEL", element_text(ctx, ev, e.code));
    if (e.code == selected) o->ShowSection("SELECTED");
  }
}

}  // namespace

namespace {
Response render_home(RequestContext& ctx, const FormErrors& errors, int status) {
  Page page(ctx, "observatory/home.tpl", N_("Observatory"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  auto plans = list_plans(sql);
  for (auto& p : plans) {
    auto* s = d.AddSectionDictionary("PLAN");
    s->SetIntValue("ID", p.id);
    s->SetIntValue("YEAR", p.year);
    s->SetValue("TERRITORY_CODE", p.territory);
    s->SetValue("TERRITORY", territory_name(sql, p.territory, ctx.lang, region_name(ctx)));
    s->SetValue("TITLE", p.title);
    int actions = 0;
    sql << "SELECT COUNT(*) FROM observatory_actions WHERE plan_id = :p", soci::use(p.id), soci::into(actions);
    s->SetIntValue("ACTIONS", actions);
  }
  if (plans.empty()) d.ShowSection("NO_PLANS");
  fill_territory_options(ctx, sql, d, "TERRITORY_OPTION", ctx.f("territory"), true, false);
  for (auto& t : territories(sql))
    if (ctx.user && may_edit(*ctx.user, t)) {
      d.ShowSection("MAY_CREATE");
      break;
    }
  if (errors.empty()) d.SetIntValue("YEAR", current_year());
  else echo_fields(ctx, d, {"year", "title", "correction"});
  d.SetIntValue("REPORT_YEAR", plans.empty() ? current_year() : plans.front().year);
  errors.show(ctx, d);
  return page.response(status);
}
}  // namespace

Response home(RequestContext& ctx) { return render_home(ctx, {}, 200); }

Response plan_create(RequestContext& ctx) {
  std::string territory = ctx.f("territory");
  int year = year_param(ctx, clean_text(ctx.f("year")));
  std::string title = clean_text(ctx.f("title"));
  if (utf8_length(title) > kMaxTitleChars) title.clear();
  if (!ctx.user || !may_edit(*ctx.user, territory)) throw forbidden();
  // A new plan adds an annex to its territory's report and the whole organisation's: frozen once published.
  Lock lock;
  std::string correction;
  {
    soci::session sql(ctx.app.db.pool());
    if (!valid_territory(sql, territory)) throw not_found();
    if (!find_plan_for(sql, territory, year)) {
      lock = plan_lock(sql, territory, year);
      FormErrors errors;
      correction = correction_of(ctx, lock, errors);
      if (!errors.empty()) return render_home(ctx, errors, 422);
    }
  }
  std::int64_t id = ctx.app.db.transact([&](soci::session& sql) -> std::int64_t {
    if (!valid_territory(sql, territory)) throw not_found();
    if (auto existing = find_plan_for(sql, territory, year)) return -existing->id;
    auto created = create_plan(sql, territory, year, title, now_seconds());
    audit(sql, ctx, "observatory.plan.create", "observatory_plan:" + std::to_string(created), territory + " " + std::to_string(year));
    if (lock.locked()) republish(ctx, sql, lock, correction);
    return created;
  });
  if (id < 0) ctx.flash(N_("This territory has a plan for that year already: here it is."));
  else ctx.flash(lock.locked() ? kCorrected : N_("The plan is created."));
  return Response::redirect("/observatory/plans/" + std::to_string(id < 0 ? -id : id));
}

namespace {
Response render_plan(RequestContext& ctx, soci::session& sql, const Plan& plan, const FormErrors& errors, int status) {
  Page page(ctx, "observatory/plan.tpl", N_("Action plan"));
  page.set_title(plan_title(ctx, sql, plan));
  auto& d = page.dict();
  d.SetIntValue("ID", plan.id);
  d.SetIntValue("YEAR", plan.year);
  d.SetIntValue("NEXT_YEAR", plan.year + 1);
  d.SetValue("TERRITORY_CODE", plan.territory);
  if (!plan.title.empty()) d.SetValueAndShowSection("PLAN_TITLE", plan.title, "HAS_PLAN_TITLE");
  if (plan.copied_from)
    if (auto from = find_plan(sql, plan.copied_from)) {
      d.SetIntValue("COPIED_FROM", from->id);
      d.SetIntValue("COPIED_YEAR", from->year);
      d.ShowSection("COPIED");
    }
  bool editable = ctx.user && may_edit(*ctx.user, plan.territory);
  if (editable) d.ShowSection("EDITABLE");
  auto published = list_publications(sql, plan.territory, plan.year);
  if (!published.empty()) {
    d.SetIntValue("PUBLICATION_ID", published.front().id);
    d.SetIntValue("PUBLISHED_VERSION", published.front().version);
    d.ShowSection("PUBLISHED");
  }
  if (auto next = find_plan_for(sql, plan.territory, plan.year + 1)) {
    d.SetIntValue("NEXT_ID", next->id);
    d.ShowSection("HAS_NEXT");
  } else if (editable) {
    d.ShowSection("MAY_COPY");
  }
  Evaluator ev(sql);
  auto actions = actions_of(sql, plan.id);
  if (actions.empty()) d.ShowSection("NO_ACTIONS");
  for (auto& a : actions) {
    auto* s = d.AddSectionDictionary("ACTION");
    s->SetIntValue("ID", a.id);
    s->SetValue("REFERENCE", a.reference);
    s->SetValue("TITLE", a.title(ctx.lang));
    s->SetValue("DESCRIPTION", a.description(ctx.lang));
    s->SetValue("ASSESSMENT", a.assessment);
    s->SetValue("PERSPECTIVES", a.perspectives);
    std::map<std::int64_t, IndicatorValue> values;
    for (auto& i : a.indicators) {
      values[i.id] = ev.value(i, plan);
      auto* id = s->AddSectionDictionary("INDICATOR");
      id->SetValue("NAME", i.name);
      id->SetValue("VALUE", value_text(ctx, values[i.id]));
    }
    for (auto& dl : a.deliverables) {
      auto* dd = s->AddSectionDictionary("DELIVERABLE");
      dd->SetValue("TEXT", dl.text);
      if (dl.target) dd->SetValueAndShowSection("TARGET", number_text(ctx, *dl.target), "HAS_TARGET");
      if (dl.indicator_id && values.count(dl.indicator_id))
        dd->SetValueAndShowSection("ACHIEVED", value_text(ctx, values[dl.indicator_id]), "HAS_ACHIEVED");
    }
  }
  if (editable && plan_lock(sql, plan.territory, plan.year).locked()) d.ShowSection("LOCKED");
  if (!errors.empty()) echo_fields(ctx, d, {"reference", "title_fr", "correction"});
  errors.show(ctx, d);
  return page.response(status);
}
}  // namespace

Response plan_page(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  Plan plan = plan_or_404(sql, ctx.param_id("id"));
  return render_plan(ctx, sql, plan, {}, 200);
}

Response plan_copy(RequestContext& ctx) {
  std::int64_t id = ctx.param_id("id");
  std::int64_t copy = ctx.app.db.transact([&](soci::session& sql) {
    Plan plan = plan_or_404(sql, id);
    require_edit(ctx, plan);
    auto c = copy_plan_to_next_year(sql, id, now_seconds());
    if (c) audit(sql, ctx, "observatory.plan.copy", "observatory_plan:" + std::to_string(c), "from " + std::to_string(id));
    return c;
  });
  if (!copy) {
    ctx.flash(N_("The next year has a plan already."));
    return Response::redirect("/observatory/plans/" + std::to_string(id));
  }
  ctx.flash(N_("The plan is copied to the next year: its actions, deliverables and indicators, without this year's assessments and typed values."));
  return Response::redirect("/observatory/plans/" + std::to_string(copy));
}

Response action_create(RequestContext& ctx) {
  std::int64_t plan_id = ctx.param_id("id");
  std::string correction;
  Lock lock;
  {
    soci::session sql(ctx.app.db.pool());
    Plan plan = plan_or_404(sql, plan_id);
    require_edit(ctx, plan);
    lock = plan_lock(sql, plan.territory, plan.year);
    FormErrors errors;
    correction = correction_of(ctx, lock, errors);
    if (!errors.empty()) return render_plan(ctx, sql, plan, errors, 422);
  }
  std::int64_t id = ctx.app.db.transact([&](soci::session& sql) {
    Plan plan = plan_or_404(sql, plan_id);
    require_edit(ctx, plan);
    Action a;
    a.plan_id = plan.id;
    a.reference = clean_text(ctx.f("reference")).substr(0, 20);
    a.title_fr = clean_text(ctx.f("title_fr"));
    if (a.title_fr.empty()) a.title_fr = ctx.tr(N_("New action"));
    if (utf8_length(a.title_fr) > kMaxTitleChars) a.title_fr = ctx.tr(N_("New action"));
    auto created = save_action(sql, a, now_seconds());
    audit(sql, ctx, "observatory.action.create", "observatory_action:" + std::to_string(created));
    if (lock.locked()) republish(ctx, sql, lock, correction);
    return created;
  });
  if (lock.locked()) ctx.flash(kCorrected);
  return Response::redirect("/observatory/actions/" + std::to_string(id));
}

namespace {

Response render_action(RequestContext& ctx, soci::session& sql, const Plan& plan, const Action& action, const FormErrors& errors,
                       bool from_form, int status = 200) {
  Page page(ctx, "observatory/action.tpl", N_("Action"));
  page.set_title((action.reference.empty() ? "" : action.reference + " · ") + action.title(ctx.lang));
  auto& d = page.dict();
  d.SetIntValue("ID", action.id);
  d.SetIntValue("PLAN_ID", plan.id);
  d.SetValue("PLAN_TITLE", plan_title(ctx, sql, plan));
  bool editable = ctx.user && may_edit(*ctx.user, plan.territory);
  if (editable) d.ShowSection("EDITABLE");
  else d.ShowSection("READ_ONLY");
  if (editable && plan_lock(sql, plan.territory, plan.year).locked()) d.ShowSection("LOCKED");
  d.SetValue("CORRECTION", from_form ? ctx.f("correction") : "");
  auto field = [&](const char* name, const std::string& value) { return from_form ? ctx.f(name) : value; };
  d.SetValue("REFERENCE", field("reference", action.reference));
  d.SetValue("TITLE_FR", field("title_fr", action.title_fr));
  d.SetValue("TITLE_NL", field("title_nl", action.title_nl));
  d.SetValue("TITLE_EN", field("title_en", action.title_en));
  d.SetValue("DESCRIPTION_FR", field("description_fr", action.description_fr));
  d.SetValue("DESCRIPTION_NL", field("description_nl", action.description_nl));
  d.SetValue("DESCRIPTION_EN", field("description_en", action.description_en));
  d.SetValue("ASSESSMENT", field("assessment", action.assessment));
  d.SetValue("PERSPECTIVES", field("perspectives", action.perspectives));
  Evaluator ev(sql);
  std::size_t rows = from_form ? ctx.f_all("deliverable_text").size() : action.deliverables.size() + kBlankDeliverables;
  auto texts = ctx.f_all("deliverable_text"), targets = ctx.f_all("deliverable_target"), measured = ctx.f_all("deliverable_indicator");
  for (std::size_t n = 0; n < rows; ++n) {
    auto* r = d.AddSectionDictionary("DELIVERABLE");
    r->SetIntValue("N", static_cast<long>(n + 1));
    const Deliverable* dl = n < action.deliverables.size() ? &action.deliverables[n] : nullptr;
    std::string text = from_form ? (n < texts.size() ? texts[n] : "") : dl ? dl->text : "";
    std::string target = from_form ? (n < targets.size() ? targets[n] : "") : dl && dl->target ? number_text(ctx, *dl->target) : "";
    std::string indicator = from_form ? (n < measured.size() ? measured[n] : "") : dl && dl->indicator_id ? std::to_string(dl->indicator_id) : "";
    r->SetValue("TEXT", text);
    r->SetValue("TARGET", target);
    for (auto& i : action.indicators) {
      auto* o = r->AddSectionDictionary("INDICATOR_OPTION");
      o->SetIntValue("ID", i.id);
      o->SetValue("NAME", i.name);
      if (indicator == std::to_string(i.id)) o->ShowSection("SELECTED");
    }
  }
  for (auto& i : action.indicators) {
    auto* s = d.AddSectionDictionary("INDICATOR");
    s->SetIntValue("ID", i.id);
    s->SetValue("NAME", i.name);
    auto v = ev.value(i, plan);
    s->SetValue("VALUE", value_text(ctx, v));
    if (i.kind == "manual") {
      s->ShowSection("MANUAL");
      s->SetValue("DEFINITION", ctx.tr(N_("Typed by hand")));
      if (i.manual_value) s->SetValue("MANUAL_VALUE", number_text(ctx, *i.manual_value));
      s->SetValue("MANUAL_NOTE", i.manual_note);
      if (i.entered_at) {
        s->SetValue("ENTERED_BY", i.entered_by_name);
        s->SetValue("ENTERED_AT", ctx.app.i18n.datetime(ctx.lang, i.entered_at));
        s->ShowSection("ENTERED");
      }
    } else {
      std::string def = element_text(ctx, ev, i.element_code);
      if (i.kind == "ratio") {
        def += " ÷ " + denominator_text(ctx, ev, i, plan);
        def += " × " + number_text(ctx, i.multiplier);
      }
      s->SetValue("DEFINITION", def);
      auto p = indicator_period(i, plan);
      s->SetValue("PERIOD", ctx.app.i18n.date(ctx.lang, p.from) + " – " + ctx.app.i18n.date(ctx.lang, p.to - 1));
      s->SetValue("BASSIN", territory_name(sql, i.bassin.empty() ? plan.territory : i.bassin, ctx.lang, region_name(ctx)));
      s->ShowSection("COMPUTED");
      if (i.by_territory) {
        for (auto& t : territories(sql)) {
          auto* b = s->AddSectionDictionary("BREAKDOWN");
          b->SetValue("TERRITORY", territory_name(sql, t, ctx.lang, region_name(ctx)));
          b->SetValue("VALUE", value_text(ctx, ev.value_in(i, plan, bassin_of(t))));
        }
        s->ShowSection("HAS_BREAKDOWN");
      }
    }
    if (editable) s->ShowSection("EDITABLE");
    if (editable && i.kind == "manual") s->ShowSection("MANUAL_EDIT");
  }
  if (action.indicators.empty()) d.ShowSection("NO_INDICATORS");
  // The form for a new indicator.
  fill_element_options(ctx, ev, d, "ELEMENT_OPTION", "");
  fill_element_options(ctx, ev, d, "DENOMINATOR_OPTION", "");
  fill_territory_options(ctx, sql, d, "BASSIN_OPTION", "", false, false);
  if (fill_zone_options(ctx, sql, d, "ZONE_OPTION", "")) d.ShowSection("HAS_ZONES");
  auto linked = activities_of_action(sql, action.id, year_period(plan.year).value_or(Period{}));
  d.SetIntValue("LINKED", static_cast<long>(linked.size()));
  errors.show(ctx, d);
  return page.response(status);
}

}  // namespace

Response action_page(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  Action action = action_or_404(sql, ctx.param_id("id"));
  Plan plan = plan_or_404(sql, action.plan_id);
  return render_action(ctx, sql, plan, action, {}, false);
}

Response action_save(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  Action action = action_or_404(sql, ctx.param_id("id"));
  Plan plan = plan_or_404(sql, action.plan_id);
  require_edit(ctx, plan);
  Action edited = action;
  FormErrors errors;
  auto text = [&](const char* name, std::size_t max, const char* message) {
    std::string v = clean_text(ctx.f(name));
    if (utf8_length(v) > max) errors.add(name, message);
    return v;
  };
  edited.reference = text("reference", 20, N_("A reference has at most 20 characters."));
  edited.title_fr = text("title_fr", kMaxTitleChars, N_("A title has at most 300 characters."));
  edited.title_nl = text("title_nl", kMaxTitleChars, N_("A title has at most 300 characters."));
  edited.title_en = text("title_en", kMaxTitleChars, N_("A title has at most 300 characters."));
  edited.description_fr = text("description_fr", kMaxTextChars, N_("A text has at most 5,000 characters."));
  edited.description_nl = text("description_nl", kMaxTextChars, N_("A text has at most 5,000 characters."));
  edited.description_en = text("description_en", kMaxTextChars, N_("A text has at most 5,000 characters."));
  edited.assessment = text("assessment", kMaxTextChars, N_("A text has at most 5,000 characters."));
  edited.perspectives = text("perspectives", kMaxTextChars, N_("A text has at most 5,000 characters."));
  if (edited.title_fr.empty() && edited.title_nl.empty() && edited.title_en.empty())
    errors.add("title_fr", N_("Give the action a title."));
  edited.deliverables.clear();
  auto texts = ctx.f_all("deliverable_text"), targets = ctx.f_all("deliverable_target"), measured = ctx.f_all("deliverable_indicator");
  for (std::size_t n = 0; n < texts.size() && n < kMaxDeliverables; ++n) {
    Deliverable dl;
    dl.text = clean_text(texts[n]);
    std::string target = n < targets.size() ? clean_text(targets[n]) : "";
    if (dl.text.empty() && target.empty()) continue;
    if (dl.text.empty()) errors.add("deliverables", N_("Each deliverable with a target needs its text."));
    if (utf8_length(dl.text) > kMaxTitleChars) errors.add("deliverables", N_("A deliverable has at most 300 characters."));
    if (!target.empty()) {
      dl.target = parse_decimal(target);
      if (!dl.target || *dl.target < 0) errors.add("deliverables", N_("A target is a number, for example 3."));
    }
    std::int64_t indicator = n < measured.size() ? id_of(measured[n]) : 0;
    for (auto& i : action.indicators)
      if (i.id == indicator) dl.indicator_id = indicator;
    edited.deliverables.push_back(dl);
  }
  Lock lock = plan_lock(sql, plan.territory, plan.year);
  std::string correction = correction_of(ctx, lock, errors);
  if (!errors.empty()) return render_action(ctx, sql, plan, action, errors, true, 422);
  ctx.app.db.transact([&](soci::session& tx) {
    save_action(tx, edited, now_seconds());
    audit(tx, ctx, "observatory.action.update", "observatory_action:" + std::to_string(action.id));
    if (lock.locked()) republish(ctx, tx, lock, correction);
  });
  ctx.flash(lock.locked() ? kCorrected : N_("The action is saved."));
  return Response::redirect("/observatory/actions/" + std::to_string(action.id));
}

Response indicator_add(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  Action action = action_or_404(sql, ctx.param_id("id"));
  Plan plan = plan_or_404(sql, action.plan_id);
  require_edit(ctx, plan);
  Evaluator ev(sql);
  Indicator i;
  i.action_id = action.id;
  i.name = clean_text(ctx.f("name"));
  i.kind = ctx.f("kind");
  FormErrors errors;
  if (i.name.empty() || utf8_length(i.name) > kMaxTitleChars) errors.add("name", N_("Give the indicator a name of at most 300 characters."));
  if (i.kind != "element" && i.kind != "ratio" && i.kind != "manual") errors.add("kind", N_("Choose what the indicator counts."));
  if (i.kind == "element" || i.kind == "ratio") {
    i.element_code = ctx.f("element");
    if (!ev.element(i.element_code)) errors.add("element", N_("Choose a figure of the parts."));
    std::string bassin = ctx.f("bassin");
    if (!bassin.empty() && !valid_report_territory(sql, bassin)) errors.add("bassin", N_("Choose a territory of the list."));
    i.bassin = bassin == plan.territory ? "" : bassin;
    std::string from = clean_text(ctx.f("period_from")), to = clean_text(ctx.f("period_to"));
    if (!from.empty()) {
      i.period_from = parse_date(from);
      if (!i.period_from) errors.add("period_from", N_("Enter a date such as 2026-02-03."));
    }
    if (!to.empty()) {
      auto t = parse_date(to);
      if (!t) errors.add("period_to", N_("Enter a date such as 2026-02-03."));
      else i.period_to = *t + 86400;  // the last day counts whole
    }
    if (i.period_from && i.period_to && *i.period_to <= *i.period_from) errors.add("period_to", N_("The end comes after the start."));
  }
  if (i.kind == "ratio") {
    i.denominator_code = ctx.f("denominator");
    std::string fixed = clean_text(ctx.f("denominator_value"));
    if (!fixed.empty()) {
      i.denominator_value = parse_decimal(fixed);
      if (!i.denominator_value || *i.denominator_value <= 0) errors.add("denominator_value", N_("A denominator is a number above zero."));
      i.denominator_code.clear();
    } else if (i.denominator_code != kPopulationDenominator && !ev.element(i.denominator_code)) {
      errors.add("denominator", N_("Choose the denominator: a figure of the parts or a number."));
    }
    auto m = parse_decimal(ctx.f("multiplier").empty() ? "1" : ctx.f("multiplier"));
    if (!m || *m <= 0) errors.add("multiplier", N_("The multiplier is a number above zero, for example 100 or 10000."));
    else i.multiplier = *m;
  }
  i.by_territory = i.kind != "manual" && ctx.f("by_territory") == "1";
  Lock lock = plan_lock(sql, plan.territory, plan.year);
  std::string correction = correction_of(ctx, lock, errors);
  if (!errors.empty()) return render_action(ctx, sql, plan, action, errors, false, 422);
  ctx.app.db.transact([&](soci::session& tx) {
    auto id = add_indicator(tx, i);
    audit(tx, ctx, "observatory.indicator.add", "observatory_indicator:" + std::to_string(id), i.kind + " " + i.element_code);
    if (lock.locked()) republish(ctx, tx, lock, correction);
  });
  ctx.flash(lock.locked() ? kCorrected : N_("The indicator is added."));
  return Response::redirect("/observatory/actions/" + std::to_string(action.id) + "#indicators");
}

Response indicator_value(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto indicator = find_indicator(sql, ctx.param_id("id"));
  if (!indicator) throw not_found();
  Action action = action_or_404(sql, indicator->action_id);
  Plan plan = plan_or_404(sql, action.plan_id);
  require_edit(ctx, plan);
  auto value = parse_decimal(ctx.f("value"));
  std::string note = clean_text(ctx.f("note"));
  FormErrors errors;
  if (indicator->kind != "manual") errors.add("value", N_("Only an indicator typed by hand takes a value."));
  if (!value) errors.add("value", N_("Enter the value, a number."));
  if (utf8_length(note) > kMaxTitleChars) errors.add("value", N_("A note has at most 300 characters."));
  Lock lock = plan_lock(sql, plan.territory, plan.year);
  std::string correction = correction_of(ctx, lock, errors);
  if (!errors.empty()) return render_action(ctx, sql, plan, action, errors, false, 422);
  ctx.app.db.transact([&](soci::session& tx) {
    set_manual_value(tx, indicator->id, *value, note, ctx.user->id, ctx.user->name.empty() ? ctx.user->email : ctx.user->name,
                     now_seconds());
    audit(tx, ctx, "observatory.indicator.value", "observatory_indicator:" + std::to_string(indicator->id), ctx.f("value"));
    if (lock.locked()) republish(ctx, tx, lock, correction);
  });
  ctx.flash(lock.locked() ? kCorrected : N_("The value is saved, with your name and the time."));
  return Response::redirect("/observatory/actions/" + std::to_string(action.id) + "#indicators");
}

Response indicator_delete(RequestContext& ctx) {
  Lock lock;
  std::string correction;
  {
    soci::session sql(ctx.app.db.pool());
    auto indicator = find_indicator(sql, ctx.param_id("id"));
    if (!indicator) throw not_found();
    Action action = action_or_404(sql, indicator->action_id);
    Plan plan = plan_or_404(sql, action.plan_id);
    require_edit(ctx, plan);
    lock = plan_lock(sql, plan.territory, plan.year);
    FormErrors errors;
    correction = correction_of(ctx, lock, errors);
    if (!errors.empty()) return render_action(ctx, sql, plan, action, errors, false, 422);
  }
  std::int64_t action_id = ctx.app.db.transact([&](soci::session& sql) {
    auto indicator = find_indicator(sql, ctx.param_id("id"));
    if (!indicator) throw not_found();
    Action action = action_or_404(sql, indicator->action_id);
    require_edit(ctx, plan_or_404(sql, action.plan_id));
    delete_indicator(sql, indicator->id);
    audit(sql, ctx, "observatory.indicator.delete", "observatory_indicator:" + std::to_string(indicator->id));
    if (lock.locked()) republish(ctx, sql, lock, correction);
    return action.id;
  });
  ctx.flash(lock.locked() ? kCorrected : N_("The indicator is removed."));
  return Response::redirect("/observatory/actions/" + std::to_string(action_id) + "#indicators");
}

namespace {
struct Meetings {
  Plan plan;
  Action action;
  std::vector<Activity> activities;
};
Meetings meetings_of(soci::session& sql, RequestContext& ctx) {
  Action action = action_or_404(sql, ctx.param_id("id"));
  Plan plan = plan_or_404(sql, action.plan_id);
  return {plan, action, activities_of_action(sql, action.id, year_period(plan.year).value_or(Period{}))};
}
double staff_of(const Activity& a) {
  double h = 0;
  for (auto& s : a.staff_hours) h += s.hours;
  return h;
}
}  // namespace

namespace {
Response render_meetings(RequestContext& ctx, soci::session& sql, const FormErrors& errors, int status) {
  auto m = meetings_of(sql, ctx);
  Page page(ctx, "observatory/meetings.tpl", N_("Meetings of an action"));
  page.set_title(ctx.tr(N_("Meetings")) + ": " + m.action.title(ctx.lang));
  auto& d = page.dict();
  d.SetIntValue("ID", m.action.id);
  d.SetIntValue("YEAR", m.plan.year);
  bool editable = ctx.user && may_edit(*ctx.user, m.plan.territory);
  if (editable && plan_lock(sql, m.plan.territory, m.plan.year).locked()) d.ShowSection("LOCKED");
  double total = 0;
  long n = 0;
  for (auto& a : m.activities) {
    auto* s = d.AddSectionDictionary("MEETING");
    s->SetIntValue("N", ++n);
    s->SetValue("DATE", ctx.app.i18n.date(ctx.lang, a.starts_at));
    s->SetValue("TITLE", a.title);
    s->SetValue("KIND", ctx.tr(activity_kind_label(a.kind)));
    s->SetValue("PLACE", a.online ? ctx.tr(N_("online")) : a.place);
    s->SetIntValue("PARTICIPANTS", a.participants);
    s->SetValue("DURATION", number_text(ctx, a.duration_minutes / 60.0));
    s->SetValue("STAFF", number_text(ctx, staff_of(a)));
    s->SetValue("SOURCE", a.source);
    s->SetValue("REF", a.ref);
    if (editable) s->ShowSection("EDITABLE");
    total += staff_of(a);
  }
  if (m.activities.empty()) d.ShowSection("NONE");
  d.SetValue("TOTAL_STAFF", number_text(ctx, total));
  errors.show(ctx, d);
  return page.response(status);
}
}  // namespace

Response action_meetings(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  return render_meetings(ctx, sql, {}, 200);
}

Response action_meetings_csv(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto m = meetings_of(sql, ctx);
  Table t;
  t.columns = {"date", "activity", "place", "participants", "duration_hours", "staff_hours"};
  double total = 0;
  for (auto& a : m.activities) {
    char duration[32], staff[32];
    std::snprintf(duration, sizeof duration, "%.2f", a.duration_minutes / 60.0);
    std::snprintf(staff, sizeof staff, "%.2f", staff_of(a));
    total += staff_of(a);
    t.rows.push_back({local_date_iso(a.starts_at), a.title, a.online ? "online" : a.place, std::to_string(a.participants), duration, staff});
  }
  char sum[32];
  std::snprintf(sum, sizeof sum, "%.2f", total);
  t.rows.push_back({"total", "", "", "", "", sum});
  return Response::text(200, table_csv(t), "text/csv; charset=utf-8")
      .header("Content-Disposition", "attachment; filename=\"meetings-" + std::to_string(m.action.id) + "-" +
                                         std::to_string(m.plan.year) + ".csv\"");
}

Response action_unlink(RequestContext& ctx) {
  std::int64_t id = ctx.param_id("id");
  Lock lock;
  std::string correction;
  {
    soci::session sql(ctx.app.db.pool());
    Action action = action_or_404(sql, id);
    Plan plan = plan_or_404(sql, action.plan_id);
    require_edit(ctx, plan);
    lock = plan_lock(sql, plan.territory, plan.year);
    FormErrors errors;
    correction = correction_of(ctx, lock, errors);
    if (!errors.empty()) return render_meetings(ctx, sql, errors, 422);
  }
  ctx.app.db.transact([&](soci::session& sql) {
    Action action = action_or_404(sql, id);
    require_edit(ctx, plan_or_404(sql, action.plan_id));
    unlink_activity(sql, id, ctx.f("source"), ctx.f("ref"));
    audit(sql, ctx, "observatory.activity.unlink", "observatory_action:" + std::to_string(id), ctx.f("source") + "/" + ctx.f("ref"));
    if (lock.locked()) republish(ctx, sql, lock, correction);
  });
  ctx.flash(lock.locked() ? kCorrected : N_("The activity is no longer attached to this action."));
  return Response::redirect("/observatory/actions/" + std::to_string(id) + "/meetings");
}

}  // namespace maillage::observatory
