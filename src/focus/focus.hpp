// Focus: a coordinator's curated selection of the directory ("Santé mentale : l'offre de soutien en Région
// bruxelloise"): an introduction in fr/nl/en, services grouped under headings, linked offers (webinars and their
// replays); a public, printable page. Services are referenced, so the page follows the directory (a closed
// service shows as closed).
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/http.hpp"

namespace maillage::focus {

struct Texts {
  std::string fr, nl, en;
  const std::string& in(const std::string& lang) const;
};

struct Heading {
  std::int64_t id = 0;
  Texts title;
  std::vector<std::int64_t> services;  // directory service ids, in order
};

struct Focus {
  std::int64_t id = 0;
  std::string bassin = "region";
  Texts title, intro;  // intro in Markdown
  std::string status = "draft";
  std::int64_t created_by = 0, updated_at = 0;
  std::vector<Heading> headings;
  std::vector<std::int64_t> offers;
};

std::int64_t save_focus(soci::session& sql, Focus& f, std::int64_t now);  // the selection's own fields
std::optional<Focus> find_focus(soci::session& sql, std::int64_t id);       // with headings, items and offers
std::vector<Focus> list_focus(soci::session& sql, bool published_only);
std::int64_t add_heading(soci::session& sql, std::int64_t focus_id, const Texts& title);
bool add_service(soci::session& sql, std::int64_t heading_id, std::int64_t service_id);
void remove_service(soci::session& sql, std::int64_t heading_id, std::int64_t service_id);
bool link_offer(soci::session& sql, std::int64_t focus_id, std::int64_t offer_id);

// Routes.
Response index_page(RequestContext& ctx);      // GET /focus: the published selections (coordinators: theirs too)
Response focus_page(RequestContext& ctx);      // GET /focus/{id}: public when published, printable
Response focus_pdf(RequestContext& ctx);       // GET /focus/{id}/focus.pdf: the same as a PDF document
Response create(RequestContext& ctx);          // POST /focus
Response edit_page(RequestContext& ctx);       // GET /focus/{id}/edit
Response update(RequestContext& ctx);          // POST /focus/{id}/edit
Response heading_add(RequestContext& ctx);     // POST /focus/{id}/headings
Response service_add(RequestContext& ctx);     // POST /focus/{id}/services (heading_id, service: address or id)
Response service_remove(RequestContext& ctx);  // POST /focus/{id}/services/remove
Response offer_link(RequestContext& ctx);      // POST /focus/{id}/offers

}  // namespace maillage::focus
