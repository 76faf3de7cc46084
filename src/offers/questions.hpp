// The evaluation questionnaire: questions for every offer, per offer type (set by administrators) or per offer
// (set by its organisers); a removed question is retired, so that the answers it already has stay in the results.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "offers/model.hpp"

namespace maillage::offers {

struct Question {
  std::int64_t id = 0;
  std::string offer_type;     // "" with offer_id 0: every offer; a type: every offer of that type
  std::int64_t offer_id = 0;  // an offer's own question
  int position = 0;
  std::string kind = "scale";  // scale (1 to 5), choice, text
  std::string text_fr, text_nl, text_en;
  std::string choices;  // for 'choice': the choices separated by |
  bool retired = false;

  // In the asked language, else French, else Dutch, else English (as offer titles).
  const std::string& text(const std::string& lang) const;
  std::vector<std::string> choice_list() const;
};

constexpr std::size_t kMaxQuestionText = 500;
const std::vector<std::string>& question_kinds();
const char* question_kind_label(const std::string& kind);  // catalogue msgid
// A choice as a person reads it: the codes "yes" and "no" of the first questionnaire are translated (msgid),
// any other choice is shown as the organiser typed it (nullptr: show the value itself).
const char* choice_msgid(const std::string& choice);

// What is wrong with a question before it is saved: (form field, catalogue msgid) pairs, empty when it may be
// saved. The choices are normalised on the way (trimmed, empty ones dropped, cleared for other kinds).
std::vector<std::pair<std::string, const char*>> check_question(Question& q);

// The questionnaire of one offer: the questions for every offer, for its type and its own, not retired.
std::vector<Question> questionnaire_of(soci::session& sql, const Offer& offer);
// Questions set for every offer and per type (not an offer's own), not retired, by type then position.
std::vector<Question> type_questions(soci::session& sql);
// An offer's own questions, not retired.
std::vector<Question> offer_questions(soci::session& sql, std::int64_t offer_id);
std::optional<Question> find_question(soci::session& sql, std::int64_t id);
// Inserts a checked question; a position of 0 puts it after the others of the same questionnaire.
std::int64_t add_question(soci::session& sql, Question& q);
void retire_question(soci::session& sql, std::int64_t id);
// The answers given about one offer, question by question, in questionnaire order; retired questions too, so
// that what was answered stays readable.
struct QuestionResult {
  Question question;
  long answers = 0;
  double average = 0;                                // scale
  std::vector<std::pair<std::string, long>> choices;  // choice: each answer and how many gave it, most given first
  std::vector<std::string> texts;                    // text: the latest 200
};
std::vector<QuestionResult> results_of(soci::session& sql, std::int64_t offer_id);

// Has this registration answered the questionnaire (at least one question)?
bool has_answered(soci::session& sql, std::int64_t registration_id);

}  // namespace maillage::offers
