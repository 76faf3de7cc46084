// The evaluation questions: what makes a question acceptable (pure checks), and in the database (SQLite and
// PostgreSQL) which questions an offer's questionnaire holds and what a retired question leaves in the results.
#include <gtest/gtest.h>

#include <algorithm>

#include "offers/questions.hpp"
#include "offers/test_fixtures.hpp"
#include "platform/db.hpp"

using namespace maillage;
using namespace maillage::offers;
using namespace maillage::offers::testing;
using maillage::testing::TestServer;

namespace {
std::vector<std::string> fields_refused(Question q) {
  std::vector<std::string> out;
  for (auto& [field, msgid] : check_question(q)) out.push_back(field);
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }
}  // namespace

TEST(OffersQuestions, AChoiceQuestionNeedsTwoChoices) {
  Question q{.kind = "choice", .text_fr = "Quel moment vous convient ?"};
  q.choices = "Matin";
  EXPECT_TRUE(has(fields_refused(q), "choices"));
  q.choices = "Matin| |";
  EXPECT_TRUE(has(fields_refused(q), "choices")) << "empty choices do not count";
  q.choices = " Matin | Après-midi |";
  EXPECT_TRUE(check_question(q).empty());
  EXPECT_EQ(q.choices, "Matin|Après-midi") << "saved trimmed, without the empty one";
  EXPECT_EQ(q.choice_list(), (std::vector<std::string>{"Matin", "Après-midi"}));
}

TEST(OffersQuestions, AnEmptyTooLongOrUnknownQuestionIsRefused) {
  EXPECT_TRUE(has(fields_refused({.kind = "scale"}), "text_fr")) << "a text in at least one language";
  EXPECT_TRUE(has(fields_refused({.kind = "stars", .text_en = "How?"}), "kind"));
  EXPECT_TRUE(has(fields_refused({.offer_type = "party", .kind = "scale", .text_en = "How?"}), "offer_type"));
  EXPECT_TRUE(has(fields_refused({.position = 5000, .kind = "scale", .text_en = "How?"}), "position"));
  std::string long_text;
  for (int i = 0; i < 501; ++i) long_text += "é";  // characters, not bytes: 500 accented letters are allowed
  EXPECT_TRUE(has(fields_refused({.kind = "text", .text_nl = long_text}), "text_nl"));
  long_text.resize(long_text.size() - 2);
  EXPECT_TRUE(fields_refused({.kind = "text", .text_nl = long_text}).empty());
  Question scale{.kind = "scale", .text_en = "How useful?", .choices = "a|b"};
  EXPECT_TRUE(check_question(scale).empty());
  EXPECT_EQ(scale.choices, "") << "choices only belong to choice questions";
}

TEST(OffersQuestions, AQuestionReadsInTheAskedLanguageElseAnother) {
  Question q{.text_fr = "Utile ?", .text_en = "Useful?"};
  EXPECT_EQ(q.text("en"), "Useful?");
  EXPECT_EQ(q.text("nl"), "Utile ?") << "French when there is no Dutch";
  EXPECT_EQ(Question{.text_nl = "Nuttig?"}.text("fr"), "Nuttig?");
}

TEST(DbOffersQuestions, AnOffersQuestionnaireHoldsEveryOffersItsTypesAndItsOwnQuestions) {
  TestServer server;
  auto f = published_offer(server, {.type = "webinar"});
  auto other = published_offer(server, {.type = "training"});
  server.app().db.transact([&](soci::session& sql) {
    Question type_q{.offer_type = "webinar", .kind = "scale", .text_en = "Was the sound clear?"};
    add_question(sql, type_q);
    Question own{.offer_id = f.offer, .kind = "choice", .text_en = "Which part?", .choices = "First|Second"};
    add_question(sql, own);
    Question elsewhere{.offer_id = other.offer, .kind = "text", .text_en = "Not for the webinar"};
    add_question(sql, elsewhere);
  });
  soci::session sql(server.app().db.pool());
  auto offer = *find_offer(sql, f.offer);
  std::vector<std::string> texts;
  for (auto& q : questionnaire_of(sql, offer)) texts.push_back(q.text("en"));
  EXPECT_TRUE(has(texts, "Overall, are you satisfied?")) << "the questions of every offer";
  EXPECT_TRUE(has(texts, "Was the sound clear?"));
  EXPECT_TRUE(has(texts, "Which part?"));
  EXPECT_FALSE(has(texts, "Not for the webinar"));
  EXPECT_FALSE(has(texts, "Would you recommend this visit to a colleague?")) << "that one is for open-door weeks";
  EXPECT_EQ(texts.back(), "Which part?") << "a question without position comes after the others";
}

TEST(DbOffersQuestions, ARetiredQuestionLeavesTheQuestionnaireButItsAnswersStayInTheResults) {
  TestServer server;
  auto f = published_offer(server);
  std::int64_t question = 0;
  server.app().db.transact([&](soci::session& sql) {
    Question q{.offer_id = f.offer, .kind = "choice", .text_en = "Which part?", .choices = "First|Second"};
    question = add_question(sql, q);
    for (auto [email, answer] : {std::pair{"a@example.org", "First"}, {"b@example.org", "First"}, {"c@example.org", "Second"}}) {
      RegistrationRequest r;
      r.session_id = f.session;
      r.email = email;
      r.organisation_name = email;
      r.email_verified = true;
      auto id = register_for(sql, r, now_seconds()).id;
      std::string text = answer;
      std::int64_t now = now_seconds();
      sql << "INSERT INTO evaluation_answers (registration_id, question_id, answer, answered_at) VALUES (:r, :q, :a, :t)",
          soci::use(id), soci::use(question), soci::use(text), soci::use(now);
    }
    retire_question(sql, question);
  });
  soci::session sql(server.app().db.pool());
  for (auto& q : questionnaire_of(sql, *find_offer(sql, f.offer))) EXPECT_NE(q.id, question);
  auto results = results_of(sql, f.offer);
  ASSERT_EQ(results.size(), 1u);
  EXPECT_TRUE(results[0].question.retired);
  EXPECT_EQ(results[0].answers, 3);
  EXPECT_EQ(results[0].choices, (std::vector<std::pair<std::string, long>>{{"First", 2}, {"Second", 1}}));
}
