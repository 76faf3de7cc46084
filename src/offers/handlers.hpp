// Pages of the offers part: the catalogue and an offer's page with registration, the person's registrations,
// the organisers' pages (offers, sessions, registrations, attendance), evaluations and certificates, open-door
// campaigns and their programme, calendar feeds and reports.
#pragma once
#include "platform/http.hpp"

namespace maillage::offers {

// Public
Response catalogue(RequestContext& ctx);
Response offer_page(RequestContext& ctx);
Response register_form(RequestContext& ctx);
// POST /offers/sessions/{id}/head-count: the organisers and the session's host record how many came.
Response record_head_count(RequestContext& ctx);
// GET /offers/{id}/sectors?year=: the organisers see the participants by sector of a year (sectors_table.hpp).
Response offer_sectors(RequestContext& ctx);
// POST /offers/{id}/register-by-phone: offers for service users (audience service_users or everyone) only.
Response register_by_phone(RequestContext& ctx);
Response manage_registration(RequestContext& ctx);
Response confirm_registration(RequestContext& ctx);
Response cancel_by_link(RequestContext& ctx);
Response person_calendar(RequestContext& ctx);
Response offer_calendar(RequestContext& ctx);
Response opendoor_programme(RequestContext& ctx);
Response opendoor_register(RequestContext& ctx);
// By the private link of a registration, for people marked present (after_session.cpp)
Response evaluation_form_by_link(RequestContext& ctx);
Response evaluation_submit_by_link(RequestContext& ctx);
Response certificate_page_by_link(RequestContext& ctx);
Response certificate_pdf_by_link(RequestContext& ctx);
// A community of practice's participation agreement, by the private link of a registration (agreement_pages.cpp)
Response agreement_by_link(RequestContext& ctx);
Response agree_by_link(RequestContext& ctx);

// Professional
Response my_registrations(RequestContext& ctx);
Response cancel_mine(RequestContext& ctx);
Response evaluation_form(RequestContext& ctx);
Response evaluation_submit(RequestContext& ctx);
Response certificate_page(RequestContext& ctx);
Response certificate_pdf(RequestContext& ctx);
Response my_agreement(RequestContext& ctx);
Response agree_mine(RequestContext& ctx);

// Organisers (organisation coordinators and editors of the offer's organisations; territory coordinators)
Response manage_offers(RequestContext& ctx);
Response new_offer_form(RequestContext& ctx);
Response create_offer(RequestContext& ctx);
Response edit_offer_form(RequestContext& ctx);
Response update_offer(RequestContext& ctx);
Response add_session(RequestContext& ctx);
Response update_session(RequestContext& ctx);
Response session_registrations(RequestContext& ctx);
Response registration_action(RequestContext& ctx);
Response record_paper_consent(RequestContext& ctx);
Response add_registration(RequestContext& ctx);
Response evaluation_results(RequestContext& ctx);
Response add_offer_question(RequestContext& ctx);
Response remove_offer_question(RequestContext& ctx);
Response offer_report_csv(RequestContext& ctx);
Response open_slot(RequestContext& ctx);
// The employer's coordinators (narrowed inside to coordinators of the employer; organisers read only)
Response employer_agreements(RequestContext& ctx);
Response agreement_page(RequestContext& ctx);
Response agree_as_employer(RequestContext& ctx);

// The immersion network (network_pages.cpp): any professional reads the commitment and where their
// organisations stand; a coordinator of the organisation (narrowed inside) joins or leaves for it.
Response immersion_network(RequestContext& ctx);
Response join_immersion_network(RequestContext& ctx);
Response leave_immersion_network(RequestContext& ctx);

// Coordinators
Response campaigns(RequestContext& ctx);
Response create_campaign(RequestContext& ctx);
Response campaign_page(RequestContext& ctx);
Response validate_slot(RequestContext& ctx);
Response publish_campaign(RequestContext& ctx);
Response reports(RequestContext& ctx);
Response immersion_reciprocity(RequestContext& ctx);
Response reports_csv(RequestContext& ctx);
Response report_registrations(RequestContext& ctx);
Response report_sessions(RequestContext& ctx);

// Administrators: the questions of every offer and of each offer type
Response admin_questions(RequestContext& ctx);
Response admin_add_question(RequestContext& ctx);
Response admin_remove_question(RequestContext& ctx);

}  // namespace maillage::offers
