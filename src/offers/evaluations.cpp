// The evaluation questionnaire as it is set and read: administrators set the questions of every offer and of each
// offer type (/admin/questions); an offer's organisers add questions of its own and read its results, aggregated
// per question (/offers/{id}/evaluations). The same form, checks and list serve both.
#include <functional>

#include "offers/common.hpp"
#include "offers/handlers.hpp"
#include "offers/questions.hpp"
#include "offers/views.hpp"
#include "platform/app.hpp"
#include "platform/audit.hpp"
#include "platform/forms.hpp"
#include "platform/views.hpp"

namespace maillage::offers {

namespace {
// The question as typed: texts over the limit are kept, so that the page says so and shows them again.
Question question_from_form(RequestContext& ctx, std::int64_t offer_id, FormErrors& errors) {
  Question q;
  q.offer_id = offer_id;
  q.offer_type = offer_id ? "" : ctx.f("offer_type");
  q.kind = ctx.f("kind");
  q.text_fr = clean_text(ctx.f("text_fr"));
  q.text_nl = clean_text(ctx.f("text_nl"));
  q.text_en = clean_text(ctx.f("text_en"));
  q.choices = clean_text(ctx.f("choices"));
  std::string position = clean_text(ctx.f("position"));
  q.position = position.empty() ? 0 : int_field(position, -1);
  for (auto& [name, msgid] : check_question(q)) errors.add(name, msgid);
  return q;
}

void fill_question_form(RequestContext& ctx, Dictionary& d, const Question& typed,
                        const FormErrors& errors, const std::string& action) {
  auto* f = d.AddIncludeDictionary("QUESTION_FORM");
  f->SetFilename(Views::key(ctx.lang, "offers/question_form.tpl"));
  f->SetValue("ACTION", action);
  if (!typed.offer_id) {
    auto* types = f->AddSectionDictionary("WITH_TYPE");
    fill_type_options(ctx, *types, typed.offer_type);
  }
  for (auto& kind : question_kinds()) {
    auto* k = f->AddSectionDictionary("KIND_OPTION");
    k->SetValue("CODE", kind);
    k->SetValue("LABEL", ctx.tr(question_kind_label(kind)));
    if (typed.kind == kind) k->ShowSection("SELECTED");
  }
  f->SetValue("TEXT_FR", typed.text_fr);
  f->SetValue("TEXT_NL", typed.text_nl);
  f->SetValue("TEXT_EN", typed.text_en);
  f->SetValue("CHOICES", typed.choices);
  if (typed.position > 0) f->SetIntValue("POSITION", typed.position);
  else if (typed.position < 0) f->SetValue("POSITION", ctx.f("position"));
  errors.show(ctx, *f);
}

const char* set_for_label(const Question& q) {
  if (q.offer_id) return N_("This offer only");
  if (q.offer_type.empty()) return N_("Every offer");
  return offer_type_label(q.offer_type);
}

// One table of questions; `remove_action` gives the address that removes a question, "" when the caller may not.
void fill_question_list(RequestContext& ctx, Dictionary& d, const std::vector<Question>& questions,
                        const std::function<std::string(const Question&)>& remove_action) {
  auto* list = d.AddIncludeDictionary("QUESTION_LIST");
  list->SetFilename(Views::key(ctx.lang, "offers/question_list.tpl"));
  auto* some = questions.empty() ? nullptr : list->AddSectionDictionary("SOME");
  for (auto& q : questions) {
    auto* row = some->AddSectionDictionary("ROW");
    row->SetIntValue("POSITION", q.position);
    for (auto [section, text] : {std::pair{"TEXT_FR", &q.text_fr}, {"TEXT_NL", &q.text_nl}, {"TEXT_EN", &q.text_en}})
      if (!text->empty()) row->SetValueAndShowSection(section, *text, std::string("HAS_") + section);
    row->SetValue("KIND", ctx.tr(question_kind_label(q.kind)));
    auto choices = q.choice_list();
    auto* listed = choices.empty() ? nullptr : row->AddSectionDictionary("HAS_CHOICES");
    for (auto& choice : choices) {
      auto msgid = choice_msgid(choice);
      listed->AddSectionDictionary("CHOICE")->SetValue("LABEL", msgid ? ctx.tr(msgid) : choice);
    }
    row->SetValue("SET_FOR", ctx.tr(set_for_label(q)));
    if (auto action = remove_action(q); !action.empty()) row->SetValueAndShowSection("REMOVE_ACTION", action, "REMOVABLE");
  }
  if (questions.empty()) list->ShowSection("NONE");
}

// --- Administrators: the questions of every offer and of each type ---------------------------------------

Response show_type_questions(RequestContext& ctx, const Question& typed, const FormErrors& errors, int status) {
  Page page(ctx, "offers/admin_questions.tpl", N_("Evaluation questionnaire"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  auto all = type_questions(sql);
  auto remove = [](const Question& q) { return "/admin/questions/" + std::to_string(q.id) + "/remove"; };
  // In catalogue order: what every offer asks, then what each kind of offer adds.
  std::vector<std::string> groups = {""};
  groups.insert(groups.end(), offer_types().begin(), offer_types().end());
  for (auto& type : groups) {
    std::vector<Question> of_type;
    for (auto& q : all)
      if (q.offer_type == type) of_type.push_back(q);
    auto* g = d.AddSectionDictionary("GROUP");
    g->SetValue("HEADING", type.empty() ? ctx.tr(N_("Every offer")) : ctx.tr(offer_type_label(type)));
    g->SetValue("GROUP_ID", type.empty() ? "every" : type);
    fill_question_list(ctx, *g, of_type, remove);
  }
  fill_question_form(ctx, d, typed, errors, "/admin/questions");
  return page.response(status);
}

// --- Organisers: the questionnaire and the results of one offer ------------------------------------------

Response show_offer_evaluations(RequestContext& ctx, const Offer& o, const Question& typed, const FormErrors& errors,
                                int status) {
  Page page(ctx, "offers/evaluation_results.tpl", N_("Evaluation results"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  fill_offer(ctx, sql, d, o);
  auto results = results_of(sql, o.id);
  auto* table = results.empty() ? nullptr : d.AddSectionDictionary("RESULTS");
  for (auto& r : results) {
    auto text = r.question.text(ctx.lang);
    auto* qd = table->AddSectionDictionary("QUESTION");
    qd->SetValue("TEXT", text);
    qd->SetIntValue("ANSWERS", r.answers);
    if (r.question.retired) qd->ShowSection("RETIRED");
    if (r.question.kind == "scale")
      qd->SetValueAndShowSection("AVERAGE", ctx.app.i18n.number(ctx.lang, r.average, 1), "HAS_AVERAGE");
    if (r.question.kind == "choice") {
      auto* cd = d.AddSectionDictionary("CHOICE_QUESTION");
      cd->SetValue("TEXT", text);
      for (auto& [choice, count] : r.choices) {
        auto* c = cd->AddSectionDictionary("COUNT");
        auto msgid = choice_msgid(choice);
        c->SetValue("LABEL", msgid ? ctx.tr(msgid) : choice);
        c->SetIntValue("N", count);
      }
    }
    if (r.question.kind == "text") {
      auto* td = d.AddSectionDictionary("TEXT_QUESTION");
      td->SetValue("TEXT", text);
      for (auto& answer : r.texts) td->AddSectionDictionary("ANSWER")->SetValue("VALUE", answer);
    }
  }
  if (results.empty()) d.ShowSection("NO_ANSWER");
  std::string base = "/offers/" + std::to_string(o.id) + "/questions/";
  fill_question_list(ctx, d, questionnaire_of(sql, o), [&](const Question& q) {
    return q.offer_id == o.id ? base + std::to_string(q.id) + "/remove" : std::string();
  });
  fill_question_form(ctx, d, typed, errors, "/offers/" + std::to_string(o.id) + "/questions");
  return page.response(status);
}

Offer offer_of_path(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  return organised_offer(ctx, sql, ctx.param_id("id"));
}
}  // namespace

Response admin_questions(RequestContext& ctx) { return show_type_questions(ctx, Question{}, {}, 200); }

Response admin_add_question(RequestContext& ctx) {
  FormErrors errors;
  auto q = question_from_form(ctx, 0, errors);
  if (!errors.empty()) return show_type_questions(ctx, q, errors, 422);
  ctx.app.db.transact([&](soci::session& sql) {
    add_question(sql, q);
    audit(sql, ctx, "question.add", "question:" + std::to_string(q.id), q.offer_type);
  });
  ctx.flash(N_("The question is added to the questionnaire."));
  return Response::redirect("/admin/questions#" + (q.offer_type.empty() ? std::string("every") : q.offer_type));
}

Response admin_remove_question(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  ctx.app.db.transact([&](soci::session& sql) {
    auto q = find_question(sql, id);
    if (!q || q->offer_id) throw not_found();  // an offer's own questions are its organisers'
    retire_question(sql, id);
    audit(sql, ctx, "question.retire", "question:" + std::to_string(id));
  });
  ctx.flash(N_("The question is removed from the questionnaire; the answers it has stay in the results."));
  return Response::redirect("/admin/questions");
}

Response evaluation_results(RequestContext& ctx) {
  auto o = offer_of_path(ctx);
  return show_offer_evaluations(ctx, o, Question{.offer_id = o.id}, {}, 200);
}

Response add_offer_question(RequestContext& ctx) {
  auto o = offer_of_path(ctx);
  FormErrors errors;
  auto q = question_from_form(ctx, o.id, errors);
  if (!errors.empty()) return show_offer_evaluations(ctx, o, q, errors, 422);
  ctx.app.db.transact([&](soci::session& sql) {
    add_question(sql, q);
    audit(sql, ctx, "question.add", "question:" + std::to_string(q.id), "offer:" + std::to_string(o.id));
  });
  ctx.flash(N_("The question is added to the questionnaire."));
  return Response::redirect("/offers/" + std::to_string(o.id) + "/evaluations#questionnaire-title");
}

Response remove_offer_question(RequestContext& ctx) {
  auto o = offer_of_path(ctx);
  auto id = ctx.param_id("qid");
  ctx.app.db.transact([&](soci::session& sql) {
    auto q = find_question(sql, id);
    if (!q || q->offer_id != o.id) throw not_found();  // only the offer's own questions
    retire_question(sql, id);
    audit(sql, ctx, "question.retire", "question:" + std::to_string(id), "offer:" + std::to_string(o.id));
  });
  ctx.flash(N_("The question is removed from the questionnaire; the answers it has stay in the results."));
  return Response::redirect("/offers/" + std::to_string(o.id) + "/evaluations#questionnaire-title");
}

}  // namespace maillage::offers
