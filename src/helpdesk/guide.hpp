// The responder's guide (migrations/0035_helpdesk_guide.sql): Markdown pages shared by all lines or kept for one,
// a text per language with fallback, every saved version kept, a simple search over titles and texts, and a
// stable link a request can point to.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace maillage::helpdesk {

struct GuidePage {
  std::int64_t id = 0;
  std::string slug;          // stable: /helpdesk/guide/{slug}
  std::int64_t line_id = 0;  // 0: shared by all lines
  std::string title_fr, title_nl, title_en;
  std::string body_fr, body_nl, body_en;  // Markdown
  std::int64_t updated_at = 0;
  std::string updated_by_name;

  // The text in a language, else French, else the first language that has one.
  const std::string& title(const std::string& lang) const;
  const std::string& body(const std::string& lang) const;
  // The language `body(lang)` comes from ("fr", "nl", "en"), so that a page can say it shows another one.
  std::string body_language(const std::string& lang) const;
};

struct GuideRevision {
  std::int64_t id = 0;
  std::int64_t page_id = 0;
  std::int64_t edited_at = 0;
  std::string edited_by_name;
  GuidePage page;  // the page as saved then
};

// The link to a guide page, for the request pages: "/helpdesk/guide/{slug}".
std::string guide_link(const std::string& slug);

// A slug of lower-case letters, digits and hyphens made from a title ("Violences conjugales" ->
// "violences-conjugales"); empty when nothing is left.
std::string slug_from(const std::string& title);
// A refusal msgid for a page a responder typed, or nullptr when it may be saved.
const char* check_guide_page(const GuidePage& page);

std::optional<GuidePage> find_guide_page(soci::session& sql, const std::string& slug);
// Every page (line_id 0: every line's and the shared ones), by title in the language.
std::vector<GuidePage> list_guide_pages(soci::session& sql, const std::string& lang);
// Pages whose titles or texts (any language, accents and case folded) contain every word of the query.
std::vector<GuidePage> search_guide(soci::session& sql, const std::string& query, const std::string& lang);

// Creates (page.id == 0; the slug must be free) or updates a page, and records the version saved. Returns the id,
// or 0 when the slug is taken.
std::int64_t save_guide_page(soci::session& sql, const GuidePage& page, std::int64_t by, std::int64_t now);
// Newest first.
std::vector<GuideRevision> guide_history(soci::session& sql, std::int64_t page_id);
std::optional<GuideRevision> find_guide_revision(soci::session& sql, std::int64_t page_id, std::int64_t revision_id);
// The version saved just before a revision, if any.
std::optional<GuideRevision> previous_revision(soci::session& sql, const GuideRevision& revision);

}  // namespace maillage::helpdesk
