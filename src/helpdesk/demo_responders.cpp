#include "helpdesk/demo_responders.hpp"

#include "accounts/model.hpp"
#include "helpdesk/calls.hpp"
#include "helpdesk/followup.hpp"
#include "helpdesk/lines.hpp"
#include "helpdesk/requests.hpp"
#include "platform/app.hpp"
#include "platform/db.hpp"

namespace maillage::helpdesk {

namespace {
std::int64_t user_id(soci::session& sql, const std::string& email) {
  std::int64_t id = 0;
  soci::indicator ind;
  sql << "SELECT id FROM users WHERE email = :e", soci::use(email), soci::into(id, ind);
  return sql.got_data() && ind == soci::i_ok ? id : 0;
}
std::int64_t organisation(soci::session& sql, const std::string& name_start) {
  std::int64_t id = 0;
  soci::indicator ind;
  std::string like = name_start + "%";
  sql << "SELECT MIN(id) FROM organisations WHERE name LIKE :n", soci::use(like), soci::into(id, ind);
  return ind == soci::i_ok ? id : 0;
}
}  // namespace

int seed_demo_responders(App& app) {
  return app.db.transact([&](soci::session& sql) {
    std::int64_t now = now_seconds();
    ensure_default_lines(sql, now);
    auto region = find_line_by_code(sql, "region");
    auto sud = find_line_by_code(sql, "sud");
    std::int64_t region_responder = user_id(sql, "ligne.region@demo.maillage.brussels");
    std::int64_t sud_responder = user_id(sql, "ligne.sud@demo.maillage.brussels");
    std::int64_t professional = user_id(sql, "professional@demo.maillage.brussels");
    if (!region || !sud || !region_responder || !sud_responder) return 0;
    accounts::add_grant(sql, region_responder, {0, "responder", "line", std::to_string(region->id)}, 0);
    accounts::add_grant(sql, sud_responder, {0, "responder", "line", std::to_string(sud->id)}, 0);
    std::vector<std::int64_t> services;
    soci::rowset<soci::row> rs = sql.prepare << "SELECT id FROM directory_services WHERE status = 'active' ORDER BY id LIMIT 3";
    for (auto& r : rs) services.push_back(as_int(r, 0));
    int created = 0;
    auto request = [&](std::int64_t line, const std::string& channel, std::int64_t ago, const std::string& postal_code,
                       std::vector<std::string> themes, const std::string& question, std::int64_t org) {
      OrientationRequest r;
      r.line_id = line;
      r.line_reached_id = line;
      r.channel = channel;
      r.received_at = now - ago;
      r.requester_organisation_id = org;
      r.requester_organisation_text = org ? "" : "Service social de quartier";
      r.requester_function = "Assistant·e social·e";
      r.requester_sector = "social";
      r.requester_contact = "02 000 00 00";
      r.person_age_band = "40_64";
      r.person_gender = "unknown";
      r.person_postal_code = postal_code;
      r.person_languages = {"fr"};
      r.person_status = "legal_residence";
      r.themes = std::move(themes);
      r.question = question;
      r.created_by = line == sud->id ? sud_responder : region_responder;
      r.created_at = r.received_at;
      ++created;
      return *find_request(sql, create_request(sql, r, r.received_at));
    };
    std::int64_t cpas = organisation(sql, "CPAS d'Anderlecht"), ssm = organisation(sql, "Service de santé mentale");
    // Regional line: a new request, one oriented with a call-back today, one closed with feedback.
    request(region->id, "phone", 1800, "1070", {"housing"}, "Recherche d'un hébergement d'urgence pour une famille avec deux enfants.", cpas);
    auto oriented = request(region->id, "email", 26 * 3600, "1080", {"mental-health"},
                            "Quel service de santé mentale accepte un suivi en arabe sans délai d'attente ?", 0);
    for (auto s : services) add_orientation(sql, oriented, s, "Accueil sans rendez-vous", region_responder, now - 25 * 3600);
    set_callback(sql, oriented, now + 2 * 3600, region_responder, region_responder, now - 25 * 3600);
    add_note(sql, oriented, "contact", "Premier échange: la demandeuse attend la liste des services.", region_responder, now - 25 * 3600);
    auto closed = request(region->id, "phone", 5 * 86400, "1000", {"food-aid"}, "Où trouver une aide alimentaire le samedi ?", cpas);
    give_feedback(sql, closed, "Deux épiceries sociales ouvertes le samedi communiquées par téléphone.", region_responder, now - 5 * 86400 + 3600);
    set_levels(sql, closed, {"bassin", "region"}, region_responder, now - 5 * 86400 + 3600);
    close_request(sql, closed, "information", region_responder, now - 5 * 86400 + 3600);
    // Sud line: a request transferred from the region, waiting for Sud's answer; one in follow-up.
    auto transferred = request(region->id, "phone", 3 * 3600, "1190", {"home-care"}, "Aide à domicile pour une personne âgée qui sort de l'hôpital.", ssm);
    propose_transfer(sql, transferred, sud->id, "La personne vit à Forest: le bassin Sud connaît les services du quartier.",
                     region_responder, now - 2 * 3600);
    auto followed = request(sud->id, "in_person", 2 * 86400, "1060", {"addictions"}, "Orientation vers un accompagnement en assuétudes.", ssm);
    if (!services.empty()) add_orientation(sql, followed, services[0], "Proche du domicile", sud_responder, now - 2 * 86400);
    set_callback(sql, followed, now + 3600, 0, sud_responder, now - 2 * 86400);
    // A professional's request by the web form, answered.
    if (professional) {
      OrientationRequest r;
      r.line_id = r.line_reached_id = sud->id;
      r.channel = "web_form";
      r.received_at = now - 4 * 86400;
      r.requester_user_id = professional;
      r.requester_organisation_id = organisation(sql, "Maison médicale");
      r.requester_contact = "professional@demo.maillage.brussels";
      r.person_postal_code = "1190";
      r.themes = {"legal-aid"};
      r.question = "Une patiente cherche une aide juridique gratuite pour un litige avec son propriétaire.";
      r.created_at = r.received_at;
      auto id = create_request(sql, r, r.received_at);
      give_feedback(sql, *find_request(sql, id), "Le bureau d'aide juridique de Forest reçoit sans rendez-vous le mardi.",
                    sud_responder, now - 3 * 86400);
      ++created;
    }
    record_call(sql, sud->id, now - 600, "02 000 00 01", now);
    return created;
  });
}

}  // namespace maillage::helpdesk
