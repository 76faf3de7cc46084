// What comes after a session, for the people marked present only: the evaluation questionnaire and the
// attendance certificate (printable page and PDF). One code for both ways in: "My registrations" (logged in,
// /offers/registrations/{id}/...) and the private link of the registration (/offers/r/{token}/...), which is all
// that a person who registered without an account has.
#include <algorithm>
#include <map>

#include "offers/common.hpp"
#include "offers/handlers.hpp"
#include "platform/fill_in.hpp"
#include "platform/typeset/pdf.hpp"
#include "offers/questions.hpp"
#include "offers/views.hpp"
#include "platform/app.hpp"
#include "platform/db.hpp"
#include "platform/views.hpp"

namespace maillage::offers {

namespace {
// A registration whose person came, and where its pages live.
struct Attended {
  Registration reg;
  std::string base;  // the questionnaire and the certificate are base + "/evaluation", "/certificate"
  std::string back;  // where the person returns after answering
};
using Reach = Attended (*)(RequestContext&, soci::session&);

Registration present_only(Registration reg) {
  if (reg.attendance != "present")
    throw HttpError{403, N_("Only people marked present at the session can answer the questionnaire or get a certificate.")};
  return reg;
}

Attended by_account(RequestContext& ctx, soci::session& sql) {
  auto reg = present_only(own_registration(ctx, sql));
  return {reg, "/offers/registrations/" + std::to_string(reg.id), "/offers/mine"};
}

Attended by_link(RequestContext& ctx, soci::session& sql) {
  auto reg = find_registration(sql, registration_of_link(ctx));
  if (!reg) throw not_found();
  std::string base = "/offers/r/" + ctx.param("token");
  return {present_only(*reg), base, base};
}

std::string choice_label(RequestContext& ctx, const std::string& choice) {
  auto msgid = choice_msgid(choice);
  return msgid ? ctx.tr(msgid) : choice;
}

struct Given {
  int score = 0;
  std::string answer;
};

std::map<std::int64_t, Given> answers_of(soci::session& sql, std::int64_t registration_id) {
  std::map<std::int64_t, Given> out;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT question_id, score, answer FROM evaluation_answers WHERE "
                                               "registration_id = :r",
                                soci::use(registration_id));
  for (auto& r : rs) out[as_int(r, 0)] = {static_cast<int>(as_int(r, 1)), as_text(r, 2)};
  return out;
}

Response evaluation_form_of(RequestContext& ctx, Reach reach) {
  soci::session sql(ctx.app.db.pool());
  auto at = reach(ctx, sql);
  auto o = find_offer(sql, at.reg.offer_id);
  Page page(ctx, "offers/evaluation.tpl", N_("Evaluation"));
  auto& d = page.dict();
  fill_offer(ctx, sql, d, *o);
  d.SetValue("BASE", at.base);
  auto given = answers_of(sql, at.reg.id);
  if (!given.empty()) d.ShowSection("ANSWERED");
  // What the person answered before is checked again, so that changing one answer does not mean retyping all.
  for (auto& q : questionnaire_of(sql, *o)) {
    auto* qd = d.AddSectionDictionary("QUESTION");
    qd->SetIntValue("QID", q.id);
    qd->SetValue("TEXT", q.text(ctx.lang));
    auto before = given.find(q.id);
    if (q.kind == "scale") {
      auto* s = qd->AddSectionDictionary("SCALE");
      for (int i = 1; i <= 5; ++i) {
        auto* point = s->AddSectionDictionary("POINT");
        point->SetIntValue("VALUE", i);
        if (before != given.end() && before->second.score == i) point->ShowSection("CHECKED");
      }
    } else if (q.kind == "choice") {
      auto* c = qd->AddSectionDictionary("CHOICE");
      for (auto& value : q.choice_list()) {
        auto* opt = c->AddSectionDictionary("OPTION");
        opt->SetValue("VALUE", value);
        opt->SetValue("LABEL", choice_label(ctx, value));
        if (before != given.end() && before->second.answer == value) opt->ShowSection("CHECKED");
      }
    } else {
      qd->ShowSection("FREE_TEXT");
      if (before != given.end()) qd->SetValue("ANSWER", before->second.answer);
    }
  }
  return page.response();
}

Response evaluation_submit_of(RequestContext& ctx, Reach reach) {
  Attended at;
  std::vector<Question> questions;
  {
    soci::session sql(ctx.app.db.pool());
    at = reach(ctx, sql);
    questions = questionnaire_of(sql, *find_offer(sql, at.reg.offer_id));
  }
  std::int64_t now = now_seconds();
  ctx.app.db.transact([&](soci::session& sql) {
    for (auto& q : questions) {
      std::string value = ctx.f("q" + std::to_string(q.id));
      if (value.empty()) continue;
      int score = 0;
      soci::indicator score_ind = soci::i_null;
      std::string text;
      if (q.kind == "scale") {
        try { score = std::stoi(value); } catch (...) { continue; }
        if (score < 1 || score > 5) continue;
        score_ind = soci::i_ok;
      } else if (q.kind == "choice") {
        auto choices = q.choice_list();
        if (std::find(choices.begin(), choices.end(), value) == choices.end()) continue;  // only the offered choices
        text = value;
      } else {
        text = field(value, 4000);
      }
      sql << "INSERT INTO evaluation_answers (registration_id, question_id, score, answer, answered_at) VALUES (:r, :q, :s, "
             ":a, :t) ON CONFLICT (registration_id, question_id) DO UPDATE SET score = excluded.score, answer = "
             "excluded.answer, answered_at = excluded.answered_at",
          soci::use(at.reg.id), soci::use(q.id), soci::use(score, score_ind), soci::use(text), soci::use(now);
    }
  });
  ctx.flash(N_("Thank you: your answers are saved."));
  return Response::redirect(at.back);
}

struct CertificateData {
  std::string name, organisation, offer, type, date, hours;
};

CertificateData certificate_data(RequestContext& ctx, soci::session& sql, const Registration& reg) {
  auto o = find_offer(sql, reg.offer_id);
  auto s = find_session(sql, reg.session_id, now_seconds());
  CertificateData c;
  c.name = reg.name.empty() ? reg.email : reg.name;
  c.organisation = reg.organisation_name;
  c.offer = o->title(ctx.lang);
  c.type = ctx.tr(offer_type_label(o->type));
  c.date = ctx.app.i18n.date(ctx.lang, s->starts_at);
  c.hours = hours_label(ctx, certified_hours({{s->starts_at, s->ends_at}}));
  return c;
}

Response certificate_page_of(RequestContext& ctx, Reach reach) {
  soci::session sql(ctx.app.db.pool());
  auto at = reach(ctx, sql);
  auto c = certificate_data(ctx, sql, at.reg);
  Page page(ctx, "offers/certificate.tpl", N_("Attendance certificate"));
  auto& d = page.dict();
  d.SetValue("NAME", c.name);
  d.SetValue("ORGANISATION", c.organisation);
  d.SetValue("OFFER", c.offer);
  d.SetValue("TYPE_LABEL", c.type);
  d.SetValue("DATE", c.date);
  d.SetValue("HOURS", c.hours);
  d.SetValue("BASE", at.base);
  return page.response();
}

Response certificate_pdf_of(RequestContext& ctx, Reach reach) {
  soci::session sql(ctx.app.db.pool());
  auto at = reach(ctx, sql);
  auto c = certificate_data(ctx, sql, at.reg);
  auto fill = [&](const char* msgid) {
    return fill_in(ctx.tr(msgid), {{"{{NAME}}", c.name}, {"{{OFFER}}", c.offer}, {"{{DATE}}", c.date},
                                    {"{{HOURS}}", c.hours}, {"{{ORGANISATION}}", c.organisation}, {"{{TYPE}}", c.type}});
  };
  // Typeset with Cairo and Pango like every other document: real Unicode text, so that every name (Ayşe, Łukasz)
  // prints as written and can be searched and copied.
  using typeset::Block;
  typeset::Document doc;
  doc.title = ctx.tr(N_("Attendance certificate"));
  doc.author = "Maillage";
  doc.blocks = {
      {Block::Kind::Note, "Maillage"},
      {Block::Kind::Title, doc.title},
      {Block::Kind::Lead, fill(N_("This certifies that {{NAME}}"))},
      {Block::Kind::Lead, fill(N_("of {{ORGANISATION}}"))},
      {Block::Kind::Lead, fill(N_("attended {{OFFER}} ({{TYPE}}) on {{DATE}},"))},
      {Block::Kind::Lead, fill(N_("for {{HOURS}} hours, recognised as continuing training."))},
      {Block::Kind::Paragraph, ""},
      {Block::Kind::Note, ctx.tr(N_("Issued by Maillage, the coordination platform of the Brussels care areas."))},
  };
  auto pdf = typeset::to_pdf(doc);
  return Response::text(200, std::move(pdf), "application/pdf")
      .header("Content-Disposition", "inline; filename=\"certificate-" + std::to_string(at.reg.id) + ".pdf\"");
}
}  // namespace

Response evaluation_form(RequestContext& ctx) { return evaluation_form_of(ctx, by_account); }
Response evaluation_submit(RequestContext& ctx) { return evaluation_submit_of(ctx, by_account); }
Response certificate_page(RequestContext& ctx) { return certificate_page_of(ctx, by_account); }
Response certificate_pdf(RequestContext& ctx) { return certificate_pdf_of(ctx, by_account); }

Response evaluation_form_by_link(RequestContext& ctx) { return evaluation_form_of(ctx, by_link); }
Response evaluation_submit_by_link(RequestContext& ctx) { return evaluation_submit_of(ctx, by_link); }
Response certificate_page_by_link(RequestContext& ctx) { return certificate_page_of(ctx, by_link); }
Response certificate_pdf_by_link(RequestContext& ctx) { return certificate_pdf_of(ctx, by_link); }

}  // namespace maillage::offers
