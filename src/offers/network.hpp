// The immersion network (migrations/0024_immersion_network.sql): the organisations whose coordinator joined it,
// committing to host at least one worker for at least one full day and to send at least one, each year. Its
// members' staff see the immersions; coordinators follow who has hosted and sent this year.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace maillage::offers {

struct NetworkMembership {
  std::int64_t organisation_id = 0;
  std::string organisation_name;
  std::int64_t joined_at = 0;
  std::string joined_by_name;
};

// Who records a joining or a leaving: the account (0: none, e.g. demo data) and its name as shown later.
struct NetworkActor {
  std::int64_t user_id = 0;
  std::string name;
};

// The organisation's current membership, if it is a member.
std::optional<NetworkMembership> network_membership(soci::session& sql, std::int64_t organisation_id);
// Is any of these organisations a member now?
bool any_network_member(soci::session& sql, const std::vector<std::int64_t>& organisation_ids);
// Joins (a refusal msgid when already a member, else nullptr); leaving closes the open period.
const char* join_network(soci::session& sql, std::int64_t organisation_id, const NetworkActor& by, std::int64_t now);
const char* leave_network(soci::session& sql, std::int64_t organisation_id, const NetworkActor& by, std::int64_t now);

// Each member with what it did in immersions in [from, to): workers of other institutions hosted in the
// immersions it organises and its own workers sent to others' (confirmed, not marked absent), counted as done
// when the session has ended before `now`, as planned when it is still to come.
struct Reciprocity {
  NetworkMembership member;
  int hosted = 0, sent = 0, hosting_planned = 0, sending_planned = 0;
};
std::vector<Reciprocity> network_reciprocity(soci::session& sql, std::int64_t from, std::int64_t to, std::int64_t now);

}  // namespace maillage::offers
