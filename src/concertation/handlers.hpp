// The concertation's routes. The route table lets in any professional (administrators included); every handler
// narrows on the caller's standing in the group (concertation/groups.hpp): the situations, their agreements and
// the minutes to active members bound by professional secrecy, the agenda and the agreements given to them to
// active members who are not, the group's management to its organisers and the administrators, who read no
// situation. Every read of a situation goes through audited_read.
#pragma once
#include "platform/http.hpp"

namespace maillage::concertation {

// Groups and the charter
Response index(RequestContext& ctx);
Response admin_groups(RequestContext& ctx);
Response admin_group_create(RequestContext& ctx);
Response group_page(RequestContext& ctx);
Response group_settings_form(RequestContext& ctx);
Response group_settings_save(RequestContext& ctx);
Response charter_publish(RequestContext& ctx);
Response charter_accept(RequestContext& ctx);
Response organisation_accept(RequestContext& ctx);
Response member_invite(RequestContext& ctx);
Response member_update(RequestContext& ctx);
Response outcome_save(RequestContext& ctx);

// The follow-up table and the situations
Response situations_page(RequestContext& ctx);
Response situation_create(RequestContext& ctx);
Response situation_page(RequestContext& ctx);
Response situation_update(RequestContext& ctx);
Response situation_close(RequestContext& ctx);
Response situation_reopen(RequestContext& ctx);
Response situation_erase(RequestContext& ctx);
Response agreement_add(RequestContext& ctx);
Response agreement_status(RequestContext& ctx);
Response sharing_decide(RequestContext& ctx);

// Meetings
Response meetings_page(RequestContext& ctx);
Response meetings_csv(RequestContext& ctx);
Response meeting_create(RequestContext& ctx);
Response meeting_page(RequestContext& ctx);
Response meeting_update(RequestContext& ctx);
Response meeting_agenda_add(RequestContext& ctx);
Response meeting_minutes(RequestContext& ctx);

// What leaves the group, and a member's own data
Response counts_page(RequestContext& ctx);
Response my_export(RequestContext& ctx);

}  // namespace maillage::concertation
