#include "offers/agreements.hpp"

#include <algorithm>
#include <iterator>

#include "offers/common.hpp"
#include "offers/model.hpp"
#include "platform/db.hpp"
#include "platform/forms.hpp"
#include "platform/i18n.hpp"

namespace maillage::offers {

namespace {
constexpr const char* kParties[] = {"organiser", "participant", "employer"};

long party_rank(const std::string& party) {
  return std::distance(std::begin(kParties), std::find(std::begin(kParties), std::end(kParties), party));
}

void load_parties(soci::session& sql, Agreement& a) {
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT p.party, COALESCE(p.organisation_id, 0), COALESCE(o.name, ''), COALESCE(p.agreed_by, 0), "
                      "p.agreed_by_name, COALESCE(p.agreed_at, 0), p.paper_signatory, p.paper_function FROM "
                      "agreement_parties p LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.agreement_id = :a",
       soci::use(a.id));
  for (auto& r : rs)
    a.parties.push_back({as_text(r, 0), as_int(r, 1), as_text(r, 2), as_int(r, 3), as_text(r, 4), as_int(r, 5),
                         as_text(r, 6), as_text(r, 7)});
  std::sort(a.parties.begin(), a.parties.end(),
            [](const AgreementParty& x, const AgreementParty& y) { return party_rank(x.party) < party_rank(y.party); });
}

// Opens one agreement with its parties (each a role and the organisation it stands for, 0 for a person).
std::int64_t open_with_parties(soci::session& sql, const std::string& kind, std::int64_t offer_id,
                               std::int64_t registration_id, const std::string& conditions,
                               const std::vector<std::pair<std::string, std::int64_t>>& parties, std::int64_t now) {
  std::int64_t id = 0;
  sql << "INSERT INTO agreements (kind, offer_id, registration_id, conditions, created_at) VALUES (:k, :o, :r, :c, :t) "
         "RETURNING id",
      soci::use(kind), soci::use(offer_id), soci::use(registration_id), soci::use(conditions), soci::use(now),
      soci::into(id);
  for (auto& [party, organisation] : parties) {
    std::int64_t org = organisation;
    soci::indicator ind = org ? soci::i_ok : soci::i_null;
    sql << "INSERT INTO agreement_parties (agreement_id, party, organisation_id) VALUES (:a, :p, :o)", soci::use(id),
        soci::use(party), soci::use(org, ind);
  }
  return id;
}

// The last consent completes the agreement, in the same statement that checks that none is missing.
void complete_when_all_agreed(soci::session& sql, std::int64_t id, std::int64_t now) {
  sql << "UPDATE agreements SET completed_at = :n WHERE id = :a AND completed_at IS NULL AND NOT EXISTS (SELECT 1 "
         "FROM agreement_parties p WHERE p.agreement_id = :a2 AND p.agreed_at IS NULL)",
      soci::use(now), soci::use(id), soci::use(id);
}
}  // namespace

const AgreementParty* Agreement::party(const std::string& name) const {
  for (auto& p : parties)
    if (p.party == name) return &p;
  return nullptr;
}

std::vector<std::string> Agreement::waiting_for() const {
  std::vector<std::string> out;
  for (auto& p : parties)
    if (!p.agreed()) out.push_back(p.party);
  return out;
}

std::optional<Agreement> find_agreement(soci::session& sql, std::int64_t id) {
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT id, kind, offer_id, COALESCE(registration_id, 0), conditions, created_at, "
                      "COALESCE(completed_at, 0) FROM agreements WHERE id = :id",
       soci::use(id));
  for (auto& r : rs) {
    Agreement a{as_int(r, 0), as_text(r, 1), as_int(r, 2), as_int(r, 3), as_text(r, 4), as_int(r, 5), as_int(r, 6), {}};
    load_parties(sql, a);
    return a;
  }
  return std::nullopt;
}

std::optional<Agreement> agreement_of_registration(soci::session& sql, std::int64_t registration_id) {
  // Addresses are stored lower-case: the same e-mail in the same offer is the same member.
  std::int64_t id = 0;
  soci::indicator ind = soci::i_null;
  sql << "SELECT MIN(a.id) FROM registrations mine JOIN agreements a ON a.registration_id = mine.id OR (a.kind = "
         "'community_of_practice' AND a.offer_id = mine.offer_id AND EXISTS (SELECT 1 FROM registrations opener WHERE "
         "opener.id = a.registration_id AND opener.email = mine.email)) WHERE mine.id = :r",
      soci::use(registration_id), soci::into(id, ind);
  if (ind != soci::i_ok || !id) return std::nullopt;
  return find_agreement(sql, id);
}

std::int64_t open_community_agreement(soci::session& sql, std::int64_t registration_id, std::int64_t now) {
  auto reg = find_registration(sql, registration_id);
  if (!reg || reg->status != Status::Confirmed) return 0;
  auto offer = find_offer(sql, reg->offer_id);
  if (!offer || offer->type != "community_of_practice") return 0;
  if (agreement_of_registration(sql, registration_id)) return 0;
  std::int64_t organiser = offer->organisers.empty() ? 0 : offer->organisers.front();
  return open_with_parties(sql, "community_of_practice", offer->id, registration_id, "",
                           {{"organiser", organiser}, {"participant", 0}, {"employer", reg->organisation_id}}, now);
}

std::vector<ConsentProblem> check_paper_consent(const Consent& c) {
  std::vector<ConsentProblem> out;
  if (c.signatory.empty()) out.push_back({"signatory", N_("Enter the name of the person who signed.")});
  else if (utf8_length(c.signatory) > kPaperFieldMax)
    out.push_back({"signatory", N_("The name of the person who signed is too long: at most 200 characters.")});
  // A participant signs for themselves; someone signing for the employer commits it by their function.
  if (c.party != "employer") return out;
  if (c.function.empty()) out.push_back({"function", N_("Enter the function of the person who signed for the employer.")});
  else if (utf8_length(c.function) > kPaperFieldMax)
    out.push_back({"function", N_("The function of the person who signed is too long: at most 200 characters.")});
  return out;
}

const char* agree(soci::session& sql, std::int64_t agreement_id, const Consent& consent, std::int64_t now) {
  auto a = find_agreement(sql, agreement_id);
  if (!a) return N_("This agreement does not exist.");
  auto* p = a->party(consent.party);
  if (!p) return N_("This agreement has no such party.");
  if (p->agreed()) return N_("This agreement was already given.");
  if (consent.on_paper) {
    // The organiser records the others' signatures; its own consent it gives on the platform.
    if (consent.party == "organiser") return N_("The organiser gives its own agreement on the platform.");
    if (auto problems = check_paper_consent(consent); !problems.empty()) return problems.front().msgid;
  }
  std::int64_t by = consent.user_id;
  soci::indicator by_ind = by ? soci::i_ok : soci::i_null;
  std::string name = consent.name.substr(0, 300);
  std::string signatory = consent.on_paper ? consent.signatory : "";
  std::string function = consent.on_paper && consent.party == "employer" ? consent.function : "";
  sql << "UPDATE agreement_parties SET agreed_by = :b, agreed_by_name = :n, agreed_at = :t, paper_signatory = :s, "
         "paper_function = :f WHERE agreement_id = :a AND party = :p AND agreed_at IS NULL",
      soci::use(by, by_ind), soci::use(name), soci::use(now), soci::use(signatory), soci::use(function),
      soci::use(agreement_id), soci::use(consent.party);
  complete_when_all_agreed(sql, agreement_id, now);
  return nullptr;
}

std::vector<Agreement> agreements_of_employer(soci::session& sql, std::int64_t organisation_id, int limit) {
  // Only members still confirmed in the offer: a cancelled participation waits for nobody.
  std::vector<std::int64_t> ids;
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT a.id FROM agreements a JOIN agreement_parties p ON p.agreement_id = a.id AND p.party = "
                      "'employer' WHERE a.kind = 'community_of_practice' AND p.organisation_id = :o AND EXISTS (SELECT 1 "
                      "FROM registrations opener JOIN registrations r ON r.offer_id = a.offer_id AND r.email = "
                      "opener.email WHERE opener.id = a.registration_id AND r.status = 'confirmed') ORDER BY CASE WHEN "
                      "p.agreed_at IS NULL THEN 0 ELSE 1 END, a.created_at DESC, a.id DESC LIMIT :l",
       soci::use(organisation_id), soci::use(limit));
  for (auto& r : rs) ids.push_back(as_int(r, 0));
  std::vector<Agreement> out;
  for (auto id : ids)
    if (auto a = find_agreement(sql, id)) out.push_back(std::move(*a));
  return out;
}

void open_agreement(soci::session& sql, std::int64_t registration_id) {
  auto reg = find_registration(sql, registration_id);
  if (!reg) return;
  auto offer = find_offer(sql, reg->offer_id);
  if (!offer || offer->type != "immersion" || offer->organisers.empty() || agreement_of_registration(sql, registration_id))
    return;
  open_with_parties(sql, "immersion", offer->id, registration_id, offer->immersion_conditions,
                    {{"organiser", offer->organisers.front()}, {"employer", reg->organisation_id}}, now_seconds());
}

const char* sign_agreement(soci::session& sql, std::int64_t registration_id, std::int64_t now, std::int64_t by,
                           const std::string& by_name) {
  auto a = agreement_of_registration(sql, registration_id);
  if (!a || a->kind != "immersion") return N_("This registration has no immersion agreement.");
  // The paper convention carries both institutions' signatures: the organiser records them together.
  for (auto& party : a->waiting_for()) agree(sql, a->id, {party, by, by_name}, now);
  return nullptr;
}

std::string agreement_status(soci::session& sql, std::int64_t registration_id) {
  auto a = agreement_of_registration(sql, registration_id);
  if (!a || a->kind != "immersion") return "";
  return a->complete() ? "signed" : "proposed";
}

}  // namespace maillage::offers
