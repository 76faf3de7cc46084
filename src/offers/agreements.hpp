// Agreements between the parties of a registration, one model for every kind (migrations/0022_agreements.sql):
// an immersion binds the host institution (the offer's first organiser) and the sending one, and is marked signed
// by the organiser from the paper convention; a community of practice binds the organiser, the participant and
// the employer, each agreeing on the platform, or on paper with the organiser recording it
// (migrations/0023_agreements_on_paper.sql). An agreement is complete once every party agreed.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace maillage::offers {

struct AgreementParty {
  std::string party;  // "organiser", "participant", "employer"
  std::int64_t organisation_id = 0;
  std::string organisation_name;
  std::int64_t agreed_by = 0;  // the account that recorded the consent; 0 by a registration's private link
  std::string agreed_by_name;
  std::int64_t agreed_at = 0;
  // Given on paper: who signed it and in what function; agreed_by is then the organiser who recorded it.
  std::string paper_signatory, paper_function;
  bool agreed() const { return agreed_at != 0; }
  bool on_paper() const { return !paper_signatory.empty(); }
};

struct Agreement {
  std::int64_t id = 0;
  std::string kind;  // "immersion", "community_of_practice"
  std::int64_t offer_id = 0, registration_id = 0;
  std::string conditions;
  std::int64_t created_at = 0, completed_at = 0;
  std::vector<AgreementParty> parties;  // organiser, participant, employer: those the kind has

  const AgreementParty* party(const std::string& name) const;
  bool complete() const { return completed_at != 0; }
  // The parties still to agree, in the order above.
  std::vector<std::string> waiting_for() const;
};

std::optional<Agreement> find_agreement(soci::session& sql, std::int64_t id);
// The agreement a registration belongs to: its own (immersion), or for a community of practice the one of the
// same person in the same offer, so that the sessions of a whole cycle share one agreement.
std::optional<Agreement> agreement_of_registration(soci::session& sql, std::int64_t registration_id);

// Opens the participation agreement of a confirmed member of a community of practice. Returns its id when it
// opened now; 0 when the person already has one, or the registration is not a confirmed one of such an offer.
std::int64_t open_community_agreement(soci::session& sql, std::int64_t registration_id, std::int64_t now);

// One party's consent. Returns a refusal msgid, or nullptr when recorded; the agreement completes when it was
// the last one. Who may give it is the handlers' decision (the participant's link or account, a coordinator of
// the employer, an organiser of the offer).
struct Consent {
  std::string party;
  std::int64_t user_id = 0;  // 0: by the private link
  std::string name;          // who gave it, or for a consent on paper who recorded it
  // On paper (the employer's or the participant's signature, recorded by an organiser): who signed, and for the
  // employer in what function.
  bool on_paper = false;
  std::string signatory, function;
};
const char* agree(soci::session& sql, std::int64_t agreement_id, const Consent& consent, std::int64_t now);

// What is wrong with a consent on paper, field by field ("signatory", "function"): the name of who signed is
// needed, and for the employer their function; each at most kPaperFieldMax characters. Empty when it may be kept.
constexpr std::size_t kPaperFieldMax = 200;
struct ConsentProblem {
  const char* field;
  const char* msgid;
};
std::vector<ConsentProblem> check_paper_consent(const Consent& consent);

// Communities of practice whose employer is this organisation: those waiting for its agreement first, then the
// latest ones it gave (at most `limit`).
std::vector<Agreement> agreements_of_employer(soci::session& sql, std::int64_t organisation_id, int limit = 200);

// Immersions, as before the generalisation: opened when the organiser approves the registration, then marked
// signed (both institutions' consent, recorded by the organiser).
void open_agreement(soci::session& sql, std::int64_t registration_id);
const char* sign_agreement(soci::session& sql, std::int64_t registration_id, std::int64_t now, std::int64_t by = 0,
                           const std::string& by_name = "");
std::string agreement_status(soci::session& sql, std::int64_t registration_id);  // "", "proposed", "signed"

}  // namespace maillage::offers
