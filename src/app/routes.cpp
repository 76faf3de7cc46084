#include "app/routes.hpp"

#include "accounts/handlers.hpp"
#include "caseload/handlers.hpp"
#include "concertation/handlers.hpp"
#include "agenda/handlers.hpp"
#include "agenda/session_requests.hpp"
#include "focus/focus.hpp"
#include "newsletters/bounces.hpp"
#include "newsletters/handlers.hpp"
#include "directory/handlers.hpp"
#include "helpdesk/rota_pages.hpp"
#include "helpdesk/calls.hpp"
#include "helpdesk/handlers.hpp"
#include "helpdesk/statistics_pages.hpp"
#include "offers/api.hpp"
#include "offers/handlers.hpp"
#include "observatory/handlers.hpp"
#include "platform/pages.hpp"
#include "territory/handlers.hpp"

namespace maillage {

std::vector<Route> route_table() {
  using enum Method;
  using enum Access;
  namespace acc = accounts;
  namespace ter = territory;
  namespace pf = platform;
  namespace dir = directory;
  namespace off = offers;
  namespace hd = helpdesk;
  namespace cl = caseload;
  namespace cc = concertation;
  namespace ag = agenda;
  namespace nl = newsletters;
  return {
      // Platform
      {Get, "/", Public, agenda::home},  // the directory's search box and the coming sessions (agenda/)
      {Get, "/static/*", Public, pf::static_file},
      {Get, "/healthz", Public, pf::healthz},
      {Get, "/metrics", Public, pf::metrics},  // counts only, no personal data; restrict at the proxy if wished
      {Get, "/admin", Admin, pf::admin_index},
      {Get, "/admin/outbox", Admin, pf::admin_outbox},
      {Get, "/admin/outbox/{id}", Admin, pf::admin_outbox_message},
      {Get, "/admin/audit", Admin, pf::admin_audit},
      {Get, "/admin/jobs", Admin, pf::admin_jobs},
      {Get, "/admin/sectors", Admin, pf::admin_sectors},
      {Post, "/admin/sectors", Admin, pf::admin_sector_add},
      {Post, "/admin/sectors/{code}", Admin, pf::admin_sector_update},
      {Post, "/admin/sectors/{code}/retire", Admin, pf::admin_sector_retire},

      // Accounts
      {Get, "/login", Public, acc::login_form},
      {Post, "/login", Public, acc::login, /*csrf_exempt=*/false, /*embeddable=*/false, /*slow=*/true},
      {Post, "/logout", Professional, acc::logout},
      {Get, "/password/forgot", Public, acc::forgot_form},
      {Post, "/password/forgot", Public, acc::forgot},
      {Get, "/password/set/{token}", Public, acc::set_password_form},
      {Post, "/password/set/{token}", Public, acc::set_password_submit, /*csrf_exempt=*/false, /*embeddable=*/false, /*slow=*/true},
      {Get, "/profile", Professional, acc::profile},
      {Post, "/profile", Professional, acc::profile_update},
      {Post, "/profile/password", Professional, acc::profile_password, /*csrf_exempt=*/false, /*embeddable=*/false, /*slow=*/true},
      {Get, "/invitations", OrgCoordinator, acc::invitations},
      {Post, "/invitations", OrgCoordinator, acc::invite},
      {Get, "/invitations/{token}", Public, acc::invitation_form},
      {Post, "/invitations/{token}", Public, acc::invitation_accept, /*csrf_exempt=*/false, /*embeddable=*/false, /*slow=*/true},
      {Get, "/coordination", Coordinator, acc::coordination},
      {Get, "/admin/users", Admin, acc::admin_users},
      {Post, "/admin/users", Admin, acc::admin_user_create},
      {Get, "/admin/users/{id}", Admin, acc::admin_user},
      {Post, "/admin/users/{id}/grants", Admin, acc::admin_grant_add},
      {Post, "/admin/users/{id}/grants/{gid}/delete", Admin, acc::admin_grant_remove},
      {Post, "/admin/users/{id}/memberships", Admin, acc::admin_membership_set},
      {Post, "/admin/users/{id}/disable", Admin, acc::admin_user_disable},
      {Post, "/admin/users/{id}/enable", Admin, acc::admin_user_enable},
      {Post, "/admin/users/{id}/password-link", Admin, acc::admin_password_link},
      {Get, "/admin/organisations", Admin, acc::admin_organisations},
      {Post, "/admin/organisations", Admin, acc::admin_organisation_create},

      // Territory
      {Get, "/territory", Public, ter::overview},
      {Get, "/territory/communes.geojson", Public, ter::communes_geojson_file},
      {Get, "/api/territory/postal-codes/{code}", Public, ter::postal_code_json},
      {Get, "/admin/territory", Admin, ter::admin_mapping},
      {Post, "/admin/territory/postal-codes/{code}", Admin, ter::admin_remap},
      // Each bassin's page and the zones (public reads); administrators and coordinators define zones
      // (narrowed inside: a bassin's coordinators edit the zones their bassin keeps).
      {Get, "/territory/bassins/{slug}", Public, ter::bassin_page},
      {Get, "/territory/quarters.geojson", Public, ter::quarters_geojson_file},
      {Get, "/territory/zones.geojson", Public, ter::zones_geojson_file},
      {Get, "/territory/zones", Public, ter::zones_list},
      {Get, "/territory/zones/new", Coordinator, ter::zone_new_form},
      {Post, "/territory/zones/new", Coordinator, ter::zone_create},
      {Get, "/territory/zones/{slug}", Public, ter::zone_page},
      {Get, "/territory/zones/{slug}/edit", Coordinator, ter::zone_edit_form},
      {Post, "/territory/zones/{slug}/edit", Coordinator, ter::zone_update},
      {Post, "/territory/zones/{slug}/delete", Coordinator, ter::zone_delete},

      // Directory: public search and records, orientation sheets kept by token, proposals reviewed by the
      // coordinators of the service's care area (handlers narrow editors and reviewers to their records).
      {Get, "/directory", Public, dir::search_page},
      {Get, "/directory/services/{id}", Public, dir::service_page},
      {Get, "/directory/organisations/{id}", Public, dir::organisation_page},
      {Post, "/directory/sheet/add", Public, dir::sheet_add},
      {Get, "/directory/sheets/{token}", Public, dir::sheet_page},
      {Post, "/directory/sheets/{token}", Public, dir::sheet_update},
      {Post, "/directory/sheets/{token}/send", Public, dir::sheet_send},
      {Get, "/directory/services/{id}/propose", Professional, dir::propose_form},
      {Post, "/directory/services/{id}/propose", Professional, dir::propose_submit},
      {Post, "/directory/services/{id}/verified", Professional, dir::confirm_verified},
      {Get, "/directory/proposals", Coordinator, dir::proposals},
      {Get, "/directory/proposals/{id}", Coordinator, dir::proposal_page},
      {Post, "/directory/proposals/{id}", Coordinator, dir::proposal_decide},
      {Get, "/directory/stale", Coordinator, dir::stale_records},
      {Get, "/directory/placeholders", Coordinator, dir::import_placeholders},
      {Get, "/directory/synonyms", Coordinator, dir::synonyms_page},
      {Post, "/directory/synonyms", Coordinator, dir::synonym_add},
      {Post, "/directory/synonyms/{id}", Coordinator, dir::synonym_update},
      {Post, "/directory/synonyms/{id}/delete", Coordinator, dir::synonym_delete},
      {Get, "/admin/vocabularies", Admin, dir::vocabularies_page},
      {Post, "/admin/vocabularies/terms", Admin, dir::term_add},
      {Post, "/admin/vocabularies/terms/{id}", Admin, dir::term_update},
      // HSDS 3.0 read-only API, for other directories and helplines (CORS *)
      {Get, "/api/hsds", Public, dir::api_root},
      {Get, "/api/hsds/", Public, dir::api_root},
      {Get, "/api/hsds/openapi.json", Public, dir::api_openapi},
      {Get, "/api/hsds/services", Public, dir::api_services},
      {Get, "/api/hsds/services/{id}", Public, dir::api_service},
      {Get, "/api/hsds/organizations", Public, dir::api_organizations},
      {Get, "/api/hsds/organizations/{id}", Public, dir::api_organization},
      {Get, "/api/hsds/taxonomies", Public, dir::api_taxonomies},
      {Get, "/api/hsds/taxonomy_terms", Public, dir::api_taxonomy_terms},
      {Get, "/api/hsds/taxonomies/{id}", Public, dir::api_taxonomy},
      {Get, "/api/hsds/taxonomy_terms/{id}", Public, dir::api_taxonomy_term},
      // Offers and registrations (literal paths before /offers/{id})
      {Get, "/api/offers", Public, off::api::list},
      {Get, "/api/offers/{id}", Public, off::api::show},
      // CSRF-exempt for anonymous scripts; a caller with a session cookie must send X-CSRF-Token (checked inside).
      {Post, "/api/sessions/{id}/registrations", Public, off::api::register_for_session, true},
      {Get, "/offers", Public, off::catalogue},
      {Get, "/offers/mine", Professional, off::my_registrations},
      {Get, "/offers/manage", OrgCoordinator, off::manage_offers},
      {Get, "/offers/new", OrgCoordinator, off::new_offer_form},
      {Post, "/offers/new", OrgCoordinator, off::create_offer},
      {Get, "/offers/reports", Coordinator, off::reports},
      {Get, "/offers/reports.csv", Coordinator, off::reports_csv},
      {Get, "/offers/reports/registrations", Coordinator, off::report_registrations},
      {Get, "/offers/reports/sessions", Coordinator, off::report_sessions},
      {Get, "/offers/immersions", Coordinator, off::immersion_reciprocity},
      {Get, "/offers/immersions/network", Professional, off::immersion_network},
      {Post, "/offers/immersions/network/join", OrgCoordinator, off::join_immersion_network},
      {Post, "/offers/immersions/network/leave", OrgCoordinator, off::leave_immersion_network},
      {Get, "/offers/campaigns", Coordinator, off::campaigns},
      {Post, "/offers/campaigns", Coordinator, off::create_campaign},
      // Organisations open slots in a campaign: organisation coordinators see it too (validation is narrowed inside).
      {Get, "/offers/campaigns/{id}", OrgCoordinator, off::campaign_page},
      {Post, "/offers/campaigns/{id}/slots", OrgCoordinator, off::open_slot},
      {Post, "/offers/campaigns/{id}/publish", Coordinator, off::publish_campaign},
      {Post, "/offers/sessions/{id}/validate", Coordinator, off::validate_slot},
      {Get, "/offers/open-door/{id}", Public, off::opendoor_programme},
      {Post, "/offers/open-door/{id}/register", Public, off::opendoor_register},
      {Get, "/offers/calendar/{token}", Public, off::person_calendar},  // private token ending in .ics
      {Get, "/offers/r/{token}", Public, off::manage_registration},     // private link from the e-mail
      {Post, "/offers/r/{token}/confirm", Public, off::confirm_registration},
      {Post, "/offers/r/{token}/cancel", Public, off::cancel_by_link},
      // After the session, by the same private link: people marked present only (checked inside, 403 otherwise).
      {Get, "/offers/r/{token}/evaluation", Public, off::evaluation_form_by_link},
      {Post, "/offers/r/{token}/evaluation", Public, off::evaluation_submit_by_link},
      {Get, "/offers/r/{token}/certificate", Public, off::certificate_page_by_link},
      {Get, "/offers/r/{token}/certificate.pdf", Public, off::certificate_pdf_by_link},
      // A community of practice's participation agreement: the participant by the private link or the account
      // (their own registration only), the employer's coordinators (checked inside), the organisers read it.
      {Get, "/offers/r/{token}/agreement", Public, off::agreement_by_link},
      {Post, "/offers/r/{token}/agreement", Public, off::agree_by_link},
      {Get, "/offers/registrations/{id}/agreement", Professional, off::my_agreement},
      {Post, "/offers/registrations/{id}/agree", Professional, off::agree_mine},
      {Get, "/offers/agreements", OrgCoordinator, off::employer_agreements},
      {Get, "/offers/agreements/{id}", OrgCoordinator, off::agreement_page},
      {Post, "/offers/agreements/{id}/agree", OrgCoordinator, off::agree_as_employer},
      {Post, "/offers/registrations/{id}/cancel", Professional, off::cancel_mine},
      {Get, "/offers/registrations/{id}/evaluation", Professional, off::evaluation_form},
      {Post, "/offers/registrations/{id}/evaluation", Professional, off::evaluation_submit},
      {Get, "/offers/registrations/{id}/certificate", Professional, off::certificate_page},
      {Get, "/offers/registrations/{id}/certificate.pdf", Professional, off::certificate_pdf},
      // A consent the employer or the participant gave on paper, recorded by the organisers of the offer (checked
      // inside; not the host of a session); before the row of the other actions.
      {Post, "/offers/registrations/{id}/paper", OrgCoordinator, off::record_paper_consent},
      // approve, refuse, move, present, no_show, unmark, agreement (the immersion signed, or the organiser's
      // agreement in a community of practice): the organisers of the offer only, checked inside
      {Post, "/offers/registrations/{id}/{action}", OrgCoordinator, off::registration_action},
      {Get, "/offers/sessions/{id}/registrations", OrgCoordinator, off::session_registrations},
      {Post, "/offers/sessions/{id}/add", OrgCoordinator, off::add_registration},
      {Post, "/offers/sessions/{id}/head-count", OrgCoordinator, off::record_head_count},  // organisers, host: inside
      {Post, "/offers/sessions/{id}/edit", OrgCoordinator, off::update_session},
      {Get, "/offers/{id}", Public, off::offer_page},
      {Post, "/offers/{id}/register", Public, off::register_form},
      {Post, "/offers/{id}/register-by-phone", Public, off::register_by_phone},
      {Get, "/offers/{id}/calendar.ics", Public, off::offer_calendar},
      {Get, "/offers/{id}/edit", OrgCoordinator, off::edit_offer_form},
      {Post, "/offers/{id}/edit", OrgCoordinator, off::update_offer},
      {Post, "/offers/{id}/sessions", OrgCoordinator, off::add_session},
      {Get, "/offers/{id}/evaluations", OrgCoordinator, off::evaluation_results},
      {Post, "/offers/{id}/questions", OrgCoordinator, off::add_offer_question},
      {Post, "/offers/{id}/questions/{qid}/remove", OrgCoordinator, off::remove_offer_question},
      {Get, "/offers/{id}/report.csv", OrgCoordinator, off::offer_report_csv},
      {Get, "/offers/{id}/sectors", OrgCoordinator, off::offer_sectors},  // the offer's organisers, checked inside
      // Helpdesk: responders work on their own lines' requests only, and an administrator passes the route level
      // but reads no request's text without the line's grant (both checked inside, 403); a coordinator is refused
      // at the route. Professionals send requests by the web form and read their own requests' status.
      {Get, "/helpdesk", Responder, hd::home},
      {Get, "/helpdesk/requests/new", Responder, hd::intake_form},
      {Post, "/helpdesk/requests/new", Responder, hd::intake_submit},
      {Get, "/helpdesk/organisations", Responder, hd::organisation_suggestions},
      {Post, "/helpdesk/calls/{id}/dismiss", Responder, hd::call_dismiss},
      {Get, "/helpdesk/requests/{id}", Responder, hd::request_page},
      {Get, "/helpdesk/requests/{id}/orient", Responder, hd::orient_page},
      {Post, "/helpdesk/requests/{id}/orientations", Responder, hd::orientation_add},
      {Post, "/helpdesk/requests/{id}/orientations/{oid}", Responder, hd::orientation_outcome},
      {Post, "/helpdesk/requests/{id}/sheet", Responder, hd::sheet_send},
      {Post, "/helpdesk/requests/{id}/notes", Responder, hd::note_add},
      {Post, "/helpdesk/requests/{id}/callback", Responder, hd::callback_set},
      {Post, "/helpdesk/requests/{id}/feedback", Responder, hd::feedback_set},
      {Post, "/helpdesk/requests/{id}/levels", Responder, hd::levels_set},
      {Post, "/helpdesk/requests/{id}/close", Responder, hd::request_close},
      {Post, "/helpdesk/requests/{id}/reopen", Responder, hd::request_reopen},
      {Post, "/helpdesk/requests/{id}/hold", Responder, hd::legal_hold_set},
      {Get, "/helpdesk/requests/{id}/edit", Responder, hd::correct_form},
      {Post, "/helpdesk/requests/{id}/edit", Responder, hd::correct_submit},
      {Post, "/helpdesk/requests/{id}/transfer", Responder, hd::transfer_propose},
      {Post, "/helpdesk/requests/{id}/unmet-need", Responder, hd::unmet_need_add},
      {Post, "/helpdesk/transfers/{id}", Responder, hd::transfer_answer},
      {Get, "/helpdesk/ask", Professional, hd::ask_form},
      {Post, "/helpdesk/ask", Professional, hd::ask_submit},
      {Get, "/helpdesk/mine", Professional, hd::my_requests},
      // The lines' phone systems: a bearer token per line, no cookie (so no CSRF token).
      {Post, "/api/helpdesk/calls", Public, hd::api_record_call, true},
      // The evaluation questionnaire of every offer and of each offer type
      {Get, "/admin/questions", Admin, off::admin_questions},
      {Post, "/admin/questions", Admin, off::admin_add_question},
      {Post, "/admin/questions/{id}/remove", Admin, off::admin_remove_question},

      // Helpdesk: lines administration, line pages and rota, responder's guide. Line pages and the guide are read
      // by the line's responders and the territory coordinators (narrowed inside: Professional here, as a
      // coordinator holds no responder grant); changes need the responder or coordinator of the line (inside).
      {Get, "/admin/helpdesk/lines", Admin, hd::admin_lines},
      {Post, "/admin/helpdesk/lines/defaults", Admin, hd::admin_lines_defaults},
      {Get, "/admin/helpdesk/lines/{id}", Admin, hd::admin_line_form},
      {Post, "/admin/helpdesk/lines/{id}", Admin, hd::admin_line_save},
      {Post, "/admin/helpdesk/lines/{id}/token", Admin, hd::admin_line_token},
      {Get, "/helpdesk/lines", Professional, hd::lines_index},
      {Get, "/helpdesk/lines/{code}", Professional, hd::line_page},
      {Get, "/helpdesk/lines/{code}/rota", Professional, hd::rota_week},
      {Post, "/helpdesk/lines/{code}/rota/take", Responder, hd::rota_take},
      {Post, "/helpdesk/lines/{code}/rota/leave", Professional, hd::rota_leave},  // the holder or a coordinator
      {Post, "/helpdesk/lines/{code}/rota/assign", Coordinator, hd::rota_assign},
      {Post, "/helpdesk/lines/{code}/absences", Coordinator, hd::line_absence_add},
      {Get, "/helpdesk/rota/mine", Responder, hd::my_rota},
      {Post, "/helpdesk/rota/mine/absences", Responder, hd::my_absence_add},
      {Post, "/helpdesk/absences/{id}/delete", Professional, hd::absence_remove},  // the absent one or a coordinator
      {Post, "/helpdesk/rota/feed", Responder, hd::rota_feed_new},
      {Get, "/helpdesk/rota/feed/{token}", Public, hd::rota_feed_file},  // private token ending in .ics
      {Get, "/helpdesk/guide", Professional, hd::guide_index},
      {Get, "/helpdesk/guide/new", Responder, hd::guide_new_form},
      {Post, "/helpdesk/guide/new", Responder, hd::guide_create},
      {Get, "/helpdesk/guide/{slug}", Professional, hd::guide_page},
      {Get, "/helpdesk/guide/{slug}/edit", Responder, hd::guide_edit_form},
      {Post, "/helpdesk/guide/{slug}/edit", Responder, hd::guide_save},
      {Get, "/helpdesk/guide/{slug}/history", Professional, hd::guide_history_page},
      {Get, "/helpdesk/guide/{slug}/history/{id}", Professional, hd::guide_revision_page},
      // Helpdesk statistics: territory coordinators (their territory), responders (their own lines) and
      // administrators; any other professional gets a 403 from the handler (no level holds both roles).
      {Get, "/helpdesk/statistics", Professional, hd::statistics_page},
      {Get, "/helpdesk/statistics.csv", Professional, hd::statistics_csv},

      // Caseload: no access level names a team, so every route is Professional and every handler narrows to the
      // team's members (grant "caseload"/"team"), its coordinators ("caseload_coordinator") for the settings,
      // and, for the figures only, administrators and territory coordinators (small counts hidden). An
      // administrator without the team's grant gets 403 on every record route.
      {Get, "/caseload", Professional, cl::home},
      {Get, "/caseload/teams/{id}", Professional, cl::team_page},
      {Get, "/caseload/teams/{id}/settings", Professional, cl::settings_page},
      {Post, "/caseload/teams/{id}/settings", Professional, cl::settings_save},
      {Post, "/caseload/teams/{id}/terms", Professional, cl::term_add},
      {Post, "/caseload/teams/{id}/terms/{tid}", Professional, cl::term_toggle},
      {Get, "/caseload/teams/{id}/requests", Professional, cl::requests_page},
      {Get, "/caseload/teams/{id}/requests/new", Professional, cl::request_form},
      {Post, "/caseload/teams/{id}/requests/new", Professional, cl::request_submit},
      {Get, "/caseload/teams/{id}/people/new", Professional, cl::person_form},
      {Post, "/caseload/teams/{id}/people/new", Professional, cl::person_submit},
      {Get, "/caseload/teams/{id}/contacts/new", Professional, cl::contact_form},
      {Post, "/caseload/teams/{id}/contacts/new", Professional, cl::contact_submit},
      {Get, "/caseload/teams/{id}/week", Professional, cl::week_form},
      {Post, "/caseload/teams/{id}/week", Professional, cl::week_submit},
      {Get, "/caseload/teams/{id}/figures", Professional, cl::figures_page},
      {Get, "/caseload/teams/{id}/figures.csv", Professional, cl::figures_csv},
      {Get, "/caseload/requests/{id}", Professional, cl::request_page},
      {Post, "/caseload/requests/{id}/accept", Professional, cl::request_accept},
      {Post, "/caseload/requests/{id}/refuse", Professional, cl::request_refuse},
      {Post, "/caseload/requests/{id}/orient", Professional, cl::request_orient},
      {Get, "/caseload/people/{id}", Professional, cl::person_page},
      {Post, "/caseload/people/{id}/profiles", Professional, cl::profiles_save},
      {Post, "/caseload/people/{id}/network", Professional, cl::network_add},
      {Post, "/caseload/people/{id}/network/{nid}/delete", Professional, cl::network_remove},
      {Post, "/caseload/people/{id}/end", Professional, cl::person_end},
      {Get, "/caseload/people/{id}/scores/new", Professional, cl::rescore_form},
      {Post, "/caseload/people/{id}/scores/new", Professional, cl::rescore_submit},
      {Get, "/admin/caseload/teams", Admin, cl::admin_teams},
      {Post, "/admin/caseload/teams", Admin, cl::admin_team_create},
      // Concertation: any professional passes the route level; every handler narrows on the caller's standing in
      // the group (403): situations, agreements and minutes to active members bound by professional secrecy, the
      // agenda and their own agreements to active members who are not, management to the group's organisers and
      // the administrators, who read no situation. The counts page shows small counts as "< 5" outside the group.
      {Get, "/concertation", Professional, cc::index},
      {Get, "/concertation/mine/export", Professional, cc::my_export},
      {Get, "/admin/concertation", Admin, cc::admin_groups},
      {Post, "/admin/concertation", Admin, cc::admin_group_create},
      {Get, "/concertation/groups/{id}", Professional, cc::group_page},
      {Get, "/concertation/groups/{id}/settings", Professional, cc::group_settings_form},
      {Post, "/concertation/groups/{id}/settings", Professional, cc::group_settings_save},
      {Post, "/concertation/groups/{id}/charter", Professional, cc::charter_publish},
      {Post, "/concertation/groups/{id}/accept", Professional, cc::charter_accept},
      {Post, "/concertation/groups/{id}/organisations", Professional, cc::organisation_accept},
      {Post, "/concertation/groups/{id}/members", Professional, cc::member_invite},
      {Post, "/concertation/members/{id}", Professional, cc::member_update},
      {Post, "/concertation/groups/{id}/outcomes", Professional, cc::outcome_save},
      {Get, "/concertation/groups/{id}/situations", Professional, cc::situations_page},
      {Post, "/concertation/groups/{id}/situations", Professional, cc::situation_create},
      {Get, "/concertation/situations/{id}", Professional, cc::situation_page},
      {Post, "/concertation/situations/{id}", Professional, cc::situation_update},
      {Post, "/concertation/situations/{id}/close", Professional, cc::situation_close},
      {Post, "/concertation/situations/{id}/reopen", Professional, cc::situation_reopen},
      {Post, "/concertation/situations/{id}/erase", Professional, cc::situation_erase},
      {Post, "/concertation/situations/{id}/agreements", Professional, cc::agreement_add},
      {Post, "/concertation/situations/{id}/share", Professional, cc::sharing_decide},
      {Post, "/concertation/agreements/{id}", Professional, cc::agreement_status},
      {Get, "/concertation/groups/{id}/meetings", Professional, cc::meetings_page},
      {Get, "/concertation/groups/{id}/meetings.csv", Professional, cc::meetings_csv},
      {Post, "/concertation/groups/{id}/meetings", Professional, cc::meeting_create},
      {Get, "/concertation/meetings/{id}", Professional, cc::meeting_page},
      {Post, "/concertation/meetings/{id}", Professional, cc::meeting_update},
      {Post, "/concertation/meetings/{id}/agenda", Professional, cc::meeting_agenda_add},
      {Post, "/concertation/meetings/{id}/minutes/{sid}", Professional, cc::meeting_minutes},
      {Get, "/concertation/groups/{id}/counts", Professional, cc::counts_page},
      // Observatory: coordinators read every plan, activity, need and report; editing a plan is narrowed in the
      // handlers to its territory's coordinators and the regional team (observatory::may_edit).
      {Get, "/observatory", Coordinator, observatory::home},
      {Post, "/observatory/plans", Coordinator, observatory::plan_create},
      {Get, "/observatory/plans/{id}", Coordinator, observatory::plan_page},
      {Post, "/observatory/plans/{id}/copy", Coordinator, observatory::plan_copy},
      {Post, "/observatory/plans/{id}/actions", Coordinator, observatory::action_create},
      {Get, "/observatory/actions/{id}", Coordinator, observatory::action_page},
      {Post, "/observatory/actions/{id}", Coordinator, observatory::action_save},
      {Post, "/observatory/actions/{id}/indicators", Coordinator, observatory::indicator_add},
      {Get, "/observatory/actions/{id}/meetings", Coordinator, observatory::action_meetings},
      {Get, "/observatory/actions/{id}/meetings.csv", Coordinator, observatory::action_meetings_csv},
      {Post, "/observatory/actions/{id}/unlink", Coordinator, observatory::action_unlink},
      {Post, "/observatory/indicators/{id}/value", Coordinator, observatory::indicator_value},
      {Post, "/observatory/indicators/{id}/delete", Coordinator, observatory::indicator_delete},
      {Get, "/observatory/activities", Coordinator, observatory::activities_page},
      {Get, "/observatory/activities/new", Coordinator, observatory::activity_form},
      {Post, "/observatory/activities/new", Coordinator, observatory::activity_create},
      {Post, "/observatory/activities/link", Coordinator, observatory::activity_link},
      {Get, "/observatory/needs", Coordinator, observatory::needs_page},
      {Post, "/observatory/needs", Coordinator, observatory::need_add},
      {Get, "/observatory/report", Coordinator, observatory::report_page},
      {Get, "/observatory/report.csv", Coordinator, observatory::report_csv_download},
      {Get, "/observatory/report.pdf", Coordinator, observatory::report_pdf_download},
      {Get, "/observatory/report.xlsx", Coordinator, observatory::report_xlsx_download},
      {Post, "/observatory/report/publish", Coordinator, observatory::report_publish},
      {Get, "/observatory/publications/{id}", Coordinator, observatory::publication_page},
      {Get, "/observatory/publications/{id}/{format}", Coordinator, observatory::publication_file},
      // Public agenda (agenda/): the sessions ahead of public offers, their feeds, and the fragments the bassins'
      // sites frame (embeddable: no cookie, CSP frame-ancestors from --embed-allow).
      {Get, "/agenda", Public, ag::agenda_page},
      {Get, "/agenda.ics", Public, ag::agenda_ics},
      {Get, "/agenda.atom", Public, ag::agenda_atom},
      {Get, "/agenda.json", Public, ag::agenda_json},
      {Get, "/agenda/embed", Public, ag::agenda_embed, false, true},
      {Get, "/directory/embed", Public, ag::directory_embed, false, true},
      {Get, "/agenda/embed-code", Coordinator, ag::embed_code},
      {Get, "/agenda/programme", Public, ag::programme},
      // Sessions on request (Brus'Info): anyone asks; the coordinators of the request's care area (the region's:
      // all) schedule or decline (narrowed inside); an offer's organisers add the recording of a past session.
      {Get, "/agenda/ask", Public, ag::request_form},
      {Post, "/agenda/ask", Public, ag::request_submit},
      {Get, "/agenda/requests", Coordinator, ag::requests_page},
      {Get, "/agenda/requests/{id}", Coordinator, ag::request_page},
      {Post, "/agenda/requests/{id}/schedule", Coordinator, ag::request_schedule},
      {Post, "/agenda/requests/{id}/decline", Coordinator, ag::request_decline},
      {Post, "/agenda/sessions/{id}/recording", OrgCoordinator, ag::recording_submit},

      // Newsletters (newsletters/): public sign-up with double opt-in, private links to confirm and to leave (the
      // one-click POST of RFC 8058 carries no cookie nor form token: CSRF-exempt, the signed link is the
      // authority); coordinators manage the lists of their care area (narrowed inside).
      {Get, "/newsletters", Public, nl::lists_page},
      {Get, "/newsletters/manage", Coordinator, nl::manage_lists},
      {Post, "/newsletters/manage", Coordinator, nl::create_list},
      {Get, "/newsletters/manage/{id}", Coordinator, nl::manage_list},
      {Post, "/newsletters/manage/{id}/campaigns", Coordinator, nl::create_campaign},
      {Get, "/newsletters/campaigns/{id}", Coordinator, nl::campaign_page},
      {Post, "/newsletters/campaigns/{id}", Coordinator, nl::update_campaign},
      {Post, "/newsletters/campaigns/{id}/test", Coordinator, nl::test_campaign},
      {Post, "/newsletters/campaigns/{id}/send", Coordinator, nl::send_campaign_now},
      {Get, "/newsletters/confirm/{token}", Public, nl::confirm_page},
      {Post, "/newsletters/confirm/{token}", Public, nl::confirm_submit},
      {Get, "/newsletters/unsubscribe/{token}", Public, nl::unsubscribe_page},
      {Post, "/newsletters/unsubscribe/{token}", Public, nl::unsubscribe_submit, true},
      // A mail server posts the notifications it received (newsletters/bounces.hpp): its bearer token is the
      // authority, no cookie is read.
      {Post, "/api/newsletters/bounces", Public, nl::api_bounce, true},
      {Get, "/newsletters/{id}", Public, nl::list_page},
      {Post, "/newsletters/{id}/subscribe", Public, nl::subscribe},

      // Focus (focus/): curated selections of the directory; public when published, edited by the coordinators
      // of its care area (the region's: all; narrowed inside).
      {Get, "/focus", Public, focus::index_page},
      {Post, "/focus", Coordinator, focus::create},
      {Get, "/focus/{id}", Public, focus::focus_page},
      {Get, "/focus/{id}/focus.pdf", Public, focus::focus_pdf},
      {Get, "/focus/{id}/edit", Coordinator, focus::edit_page},
      {Post, "/focus/{id}/edit", Coordinator, focus::update},
      {Post, "/focus/{id}/headings", Coordinator, focus::heading_add},
      {Post, "/focus/{id}/services", Coordinator, focus::service_add},
      {Post, "/focus/{id}/services/remove", Coordinator, focus::service_remove},
      {Post, "/focus/{id}/offers", Coordinator, focus::offer_link},
  };
}

}  // namespace maillage
