#include "offers/questions.hpp"

#include <algorithm>
#include <tuple>

#include "platform/db.hpp"
#include "platform/forms.hpp"
#include "platform/i18n.hpp"

namespace maillage::offers {

namespace {
constexpr int kMaxPosition = 1000;

std::vector<std::string> split_choices(const std::string& choices) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos <= choices.size()) {
    auto bar = choices.find('|', pos);
    if (bar == std::string::npos) bar = choices.size();
    if (auto c = clean_text(choices.substr(pos, bar - pos)); !c.empty()) out.push_back(c);
    pos = bar + 1;
  }
  return out;
}

const char* kColumns = "id, offer_type, offer_id, position, kind, text_fr, text_nl, text_en, choices, retired";

Question question_of(const soci::row& r) {
  Question q;
  q.id = as_int(r, 0);
  q.offer_type = as_text(r, 1);
  q.offer_id = as_int(r, 2);
  q.position = static_cast<int>(as_int(r, 3));
  q.kind = as_text(r, 4);
  q.text_fr = as_text(r, 5);
  q.text_nl = as_text(r, 6);
  q.text_en = as_text(r, 7);
  q.choices = as_text(r, 8);
  q.retired = as_int(r, 9) != 0;
  return q;
}

template <class Rows>
std::vector<Question> questions_from(Rows& rows) {
  std::vector<Question> out;
  for (auto& r : rows) out.push_back(question_of(r));
  return out;
}
}  // namespace

const std::string& Question::text(const std::string& lang) const {
  const std::string& asked = lang == "nl" ? text_nl : (lang == "en" || lang == "qps") ? text_en : text_fr;
  if (!asked.empty()) return asked;
  return !text_fr.empty() ? text_fr : !text_nl.empty() ? text_nl : text_en;
}

std::vector<std::string> Question::choice_list() const { return split_choices(choices); }

const std::vector<std::string>& question_kinds() {
  static const std::vector<std::string> kinds = {"scale", "choice", "text"};
  return kinds;
}

const char* question_kind_label(const std::string& kind) {
  if (kind == "scale") return N_("Scale from 1 to 5");
  if (kind == "choice") return N_("Choice among answers");
  return N_("Free text");
}

const char* choice_msgid(const std::string& choice) {
  if (choice == "yes") return N_("Yes");
  if (choice == "no") return N_("No");
  return nullptr;
}

std::vector<std::pair<std::string, const char*>> check_question(Question& q) {
  std::vector<std::pair<std::string, const char*>> problems;
  auto& kinds = question_kinds();
  if (std::find(kinds.begin(), kinds.end(), q.kind) == kinds.end())
    problems.emplace_back("kind", N_("Choose the kind of question: a scale, a choice or a free text."));
  if (!q.offer_id && !q.offer_type.empty() && !valid_offer_type(q.offer_type))
    problems.emplace_back("offer_type", N_("Choose a kind of offer, or every kind."));
  if (q.text_fr.empty() && q.text_nl.empty() && q.text_en.empty())
    problems.emplace_back("text_fr", N_("Write the question in at least one language."));
  for (auto [field, text] : {std::pair{"text_fr", &q.text_fr}, {"text_nl", &q.text_nl}, {"text_en", &q.text_en}})
    if (utf8_length(*text) > kMaxQuestionText) problems.emplace_back(field, N_("A question may have at most 500 characters."));
  if (q.kind == "choice") {
    if (utf8_length(q.choices) > kMaxQuestionText)
      problems.emplace_back("choices", N_("The choices may have at most 500 characters together."));
    auto list = split_choices(q.choices);
    if (list.size() < 2) problems.emplace_back("choices", N_("A choice question needs at least two choices, separated by |."));
    std::string joined;
    for (auto& c : list) joined += (joined.empty() ? "" : "|") + c;
    if (problems.empty()) q.choices = joined;
  } else if (q.kind == "scale" || q.kind == "text") {
    q.choices.clear();
  }
  if (q.position < 0 || q.position > kMaxPosition)
    problems.emplace_back("position", N_("The position must be a number between 0 and 1,000."));
  return problems;
}

std::vector<Question> questionnaire_of(soci::session& sql, const Offer& offer) {
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT " << kColumns << " FROM evaluation_questions WHERE retired = 0 AND ((offer_id IS NULL "
                      "AND (offer_type = '' OR offer_type = :t)) OR offer_id = :o) ORDER BY position, id",
       soci::use(offer.type), soci::use(offer.id));
  return questions_from(rs);
}

std::vector<Question> type_questions(soci::session& sql) {
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT " << kColumns << " FROM evaluation_questions WHERE retired = 0 "
                                               "AND offer_id IS NULL ORDER BY offer_type, position, id");
  return questions_from(rs);
}

std::vector<Question> offer_questions(soci::session& sql, std::int64_t offer_id) {
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT " << kColumns << " FROM evaluation_questions WHERE retired = 0 "
                                               "AND offer_id = :o ORDER BY position, id",
                                soci::use(offer_id));
  return questions_from(rs);
}

std::optional<Question> find_question(soci::session& sql, std::int64_t id) {
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT " << kColumns << " FROM evaluation_questions WHERE id = :id", soci::use(id));
  for (auto& r : rs) return question_of(r);
  return std::nullopt;
}

std::int64_t add_question(soci::session& sql, Question& q) {
  soci::indicator offer_ind = q.offer_id ? soci::i_ok : soci::i_null;
  if (q.offer_id) q.offer_type.clear();
  if (q.position == 0) {
    // After every question in use, whatever its questionnaire: a new question comes last wherever it shows.
    int last = 0;
    soci::indicator ind = soci::i_null;
    sql << "SELECT MAX(position) FROM evaluation_questions WHERE retired = 0", soci::into(last, ind);
    q.position = (ind == soci::i_ok ? last : 0) + 1;
  }
  sql << "INSERT INTO evaluation_questions (offer_type, offer_id, position, kind, text_fr, text_nl, text_en, choices, "
         "retired) VALUES (:t, :o, :p, :k, :fr, :nl, :en, :c, 0) RETURNING id",
      soci::use(q.offer_type), soci::use(q.offer_id, offer_ind), soci::use(q.position), soci::use(q.kind),
      soci::use(q.text_fr), soci::use(q.text_nl), soci::use(q.text_en), soci::use(q.choices), soci::into(q.id);
  return q.id;
}

void retire_question(soci::session& sql, std::int64_t id) {
  sql << "UPDATE evaluation_questions SET retired = 1 WHERE id = :id", soci::use(id);
}

std::vector<QuestionResult> results_of(soci::session& sql, std::int64_t offer_id) {
  std::vector<QuestionResult> out;
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT a.question_id, COUNT(a.id), AVG(a.score) FROM evaluation_answers a JOIN registrations r "
                      "ON r.id = a.registration_id WHERE r.offer_id = :o GROUP BY a.question_id",
       soci::use(offer_id));
  std::vector<std::tuple<std::int64_t, long, double>> counts;
  for (auto& r : rs) counts.emplace_back(as_int(r, 0), static_cast<long>(as_int(r, 1)), as_double(r, 2));
  for (auto& [id, answers, average] : counts) {
    auto q = find_question(sql, id);
    if (!q) continue;
    QuestionResult result{*q, answers, average, {}, {}};
    if (q->kind == "choice") {
      soci::rowset<soci::row> cs =
          (sql.prepare << "SELECT a.answer, COUNT(*) FROM evaluation_answers a JOIN registrations r ON r.id = "
                          "a.registration_id WHERE r.offer_id = :o AND a.question_id = :q AND a.answer <> '' GROUP BY "
                          "a.answer ORDER BY COUNT(*) DESC, a.answer",
           soci::use(offer_id), soci::use(id));
      for (auto& c : cs) result.choices.emplace_back(as_text(c, 0), static_cast<long>(as_int(c, 1)));
    } else if (q->kind == "text") {
      soci::rowset<soci::row> ts =
          (sql.prepare << "SELECT a.answer FROM evaluation_answers a JOIN registrations r ON r.id = a.registration_id "
                          "WHERE r.offer_id = :o AND a.question_id = :q AND a.answer <> '' ORDER BY a.answered_at DESC, "
                          "a.id DESC LIMIT 200",
           soci::use(offer_id), soci::use(id));
      for (auto& t : ts) result.texts.push_back(as_text(t, 0));
    }
    out.push_back(std::move(result));
  }
  std::sort(out.begin(), out.end(), [](auto& a, auto& b) {
    return std::tie(a.question.position, a.question.id) < std::tie(b.question.position, b.question.id);
  });
  return out;
}

bool has_answered(soci::session& sql, std::int64_t registration_id) {
  int answered = 0;
  sql << "SELECT COUNT(*) FROM evaluation_answers WHERE registration_id = :r", soci::use(registration_id),
      soci::into(answered);
  return answered > 0;
}

}  // namespace maillage::offers
