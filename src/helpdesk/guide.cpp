#include "helpdesk/guide.hpp"

#include <algorithm>

#include "directory/search/search_index.hpp"
#include "directory/search/text.hpp"
#include "platform/db.hpp"
#include "platform/forms.hpp"
#include "platform/http.hpp"
#include "platform/i18n.hpp"

namespace maillage::helpdesk {

namespace {

const std::string& pick(const std::string& lang, const std::string& fr, const std::string& nl, const std::string& en) {
  const std::string& wanted = lang == "nl" ? nl : lang == "en" ? en : fr;
  if (!wanted.empty()) return wanted;
  if (!fr.empty()) return fr;
  return nl.empty() ? en : nl;
}

// The folded titles and texts of every language, which the search reads.
std::string search_text_of(const GuidePage& p) {
  return directory::search::fold(p.title_fr + "\n" + p.title_nl + "\n" + p.title_en + "\n" + p.body_fr + "\n" +
                                 p.body_nl + "\n" + p.body_en + "\n" + p.slug);
}

const char* kPageColumns =
    "SELECT p.id, p.slug, p.line_id, p.title_fr, p.title_nl, p.title_en, p.body_fr, p.body_nl, p.body_en, p.updated_at, "
    "COALESCE(NULLIF(u.name, ''), u.email, '') FROM helpdesk_guide_pages p LEFT JOIN users u ON u.id = p.updated_by ";

GuidePage page_from(const soci::row& r) {
  GuidePage p;
  p.id = as_int(r, 0);
  p.slug = as_text(r, 1);
  p.line_id = as_int(r, 2);
  p.title_fr = as_text(r, 3);
  p.title_nl = as_text(r, 4);
  p.title_en = as_text(r, 5);
  p.body_fr = as_text(r, 6);
  p.body_nl = as_text(r, 7);
  p.body_en = as_text(r, 8);
  p.updated_at = as_int(r, 9);
  p.updated_by_name = as_text(r, 10);
  return p;
}

const char* kRevisionColumns =
    "SELECT r.id, r.page_id, r.edited_at, COALESCE(NULLIF(u.name, ''), u.email, ''), r.line_id, r.title_fr, r.title_nl, "
    "r.title_en, r.body_fr, r.body_nl, r.body_en, p.slug FROM helpdesk_guide_revisions r JOIN helpdesk_guide_pages p ON "
    "p.id = r.page_id LEFT JOIN users u ON u.id = r.edited_by ";

GuideRevision revision_from(const soci::row& r) {
  GuideRevision v;
  v.id = as_int(r, 0);
  v.page_id = as_int(r, 1);
  v.edited_at = as_int(r, 2);
  v.edited_by_name = as_text(r, 3);
  v.page.id = v.page_id;
  v.page.line_id = as_int(r, 4);
  v.page.title_fr = as_text(r, 5);
  v.page.title_nl = as_text(r, 6);
  v.page.title_en = as_text(r, 7);
  v.page.body_fr = as_text(r, 8);
  v.page.body_nl = as_text(r, 9);
  v.page.body_en = as_text(r, 10);
  v.page.slug = as_text(r, 11);
  v.page.updated_at = v.edited_at;
  v.page.updated_by_name = v.edited_by_name;
  return v;
}

}  // namespace

const std::string& GuidePage::title(const std::string& lang) const { return pick(lang, title_fr, title_nl, title_en); }
const std::string& GuidePage::body(const std::string& lang) const { return pick(lang, body_fr, body_nl, body_en); }

std::string GuidePage::body_language(const std::string& lang) const {
  const std::string& b = body(lang);
  if (&b == &body_nl) return "nl";
  if (&b == &body_en) return "en";
  return "fr";
}

std::string guide_link(const std::string& slug) { return "/helpdesk/guide/" + url_encode(slug); }

std::string slug_from(const std::string& title) {
  std::string folded = directory::search::fold(title), slug;
  for (char c : folded) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep) slug += c;
    else if (!slug.empty() && slug.back() != '-') slug += '-';
    if (slug.size() >= 60) break;
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

const char* check_guide_page(const GuidePage& p) {
  if (p.slug.empty() || p.slug.size() > 60 || p.slug == "new")
    return N_("Give the page a short address: lower-case letters, digits and hyphens.");
  for (char c : p.slug)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
      return N_("Give the page a short address: lower-case letters, digits and hyphens.");
  if (p.title_fr.empty() && p.title_nl.empty() && p.title_en.empty()) return N_("Give the page a title in at least one language.");
  for (auto* t : {&p.title_fr, &p.title_nl, &p.title_en})
    if (utf8_length(*t) > 200) return N_("A title has at most 200 characters.");
  for (auto* b : {&p.body_fr, &p.body_nl, &p.body_en})
    if (b->size() > 60000) return N_("A text has at most 60,000 characters.");
  return nullptr;
}

std::optional<GuidePage> find_guide_page(soci::session& sql, const std::string& slug) {
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kPageColumns) + "WHERE p.slug = :s", soci::use(slug));
  for (auto& r : rs) return page_from(r);
  return std::nullopt;
}

std::vector<GuidePage> list_guide_pages(soci::session& sql, const std::string& lang) {
  std::vector<GuidePage> pages;
  soci::rowset<soci::row> rs = sql.prepare << std::string(kPageColumns) + "ORDER BY p.id";
  for (auto& r : rs) pages.push_back(page_from(r));
  std::sort(pages.begin(), pages.end(), [&](auto& a, auto& b) {
    return directory::search::fold(a.title(lang)) < directory::search::fold(b.title(lang));
  });
  return pages;
}

std::vector<GuidePage> search_guide(soci::session& sql, const std::string& query, const std::string& lang) {
  namespace text = directory::search::text;
  auto words = text::words(directory::search::fold(query), 8);
  if (words.empty()) return list_guide_pages(sql, lang);
  // The guide holds tens of pages: reading every folded text and keeping those with every word is instant and
  // needs no index. Pages whose title has a word come first.
  std::vector<std::pair<int, GuidePage>> hits;
  soci::rowset<soci::row> rs = sql.prepare << std::string(kPageColumns).replace(0, 6, "SELECT p.search_text, ") +
                                                  "ORDER BY p.id";
  for (auto& r : rs) {
    std::string haystack = as_text(r, 0);
    bool all = std::all_of(words.begin(), words.end(), [&](auto& w) { return haystack.find(w) != std::string::npos; });
    if (!all) continue;
    GuidePage p;
    p.id = as_int(r, 1);
    p.slug = as_text(r, 2);
    p.line_id = as_int(r, 3);
    p.title_fr = as_text(r, 4);
    p.title_nl = as_text(r, 5);
    p.title_en = as_text(r, 6);
    p.body_fr = as_text(r, 7);
    p.body_nl = as_text(r, 8);
    p.body_en = as_text(r, 9);
    p.updated_at = as_int(r, 10);
    p.updated_by_name = as_text(r, 11);
    std::string title = directory::search::fold(p.title_fr + " " + p.title_nl + " " + p.title_en);
    int in_title = static_cast<int>(std::count_if(words.begin(), words.end(), [&](auto& w) { return title.find(w) != std::string::npos; }));
    hits.emplace_back(in_title, std::move(p));
  }
  std::stable_sort(hits.begin(), hits.end(), [](auto& a, auto& b) { return a.first > b.first; });
  std::vector<GuidePage> out;
  for (auto& [score, p] : hits) out.push_back(std::move(p));
  return out;
}

std::int64_t save_guide_page(soci::session& sql, const GuidePage& p, std::int64_t by, std::int64_t now) {
  soci::indicator line = p.line_id ? soci::i_ok : soci::i_null;
  soci::indicator by_ind = by ? soci::i_ok : soci::i_null;
  std::string search = search_text_of(p);
  std::int64_t id = p.id;
  if (id == 0) {
    int taken = 0;
    sql << "SELECT COUNT(*) FROM helpdesk_guide_pages WHERE slug = :s", soci::use(p.slug), soci::into(taken);
    if (taken) return 0;
    sql << "INSERT INTO helpdesk_guide_pages (slug, line_id, title_fr, title_nl, title_en, body_fr, body_nl, body_en, "
           "search_text, created_at, updated_at, updated_by) VALUES (:s, :l, :tf, :tn, :te, :bf, :bn, :be, :x, :c, :u, :b) "
           "RETURNING id",
        soci::use(p.slug), soci::use(p.line_id, line), soci::use(p.title_fr), soci::use(p.title_nl), soci::use(p.title_en),
        soci::use(p.body_fr), soci::use(p.body_nl), soci::use(p.body_en), soci::use(search), soci::use(now), soci::use(now),
        soci::use(by, by_ind), soci::into(id);
  } else {
    sql << "UPDATE helpdesk_guide_pages SET line_id = :l, title_fr = :tf, title_nl = :tn, title_en = :te, body_fr = :bf, "
           "body_nl = :bn, body_en = :be, search_text = :x, updated_at = :u, updated_by = :b WHERE id = :id",
        soci::use(p.line_id, line), soci::use(p.title_fr), soci::use(p.title_nl), soci::use(p.title_en), soci::use(p.body_fr),
        soci::use(p.body_nl), soci::use(p.body_en), soci::use(search), soci::use(now), soci::use(by, by_ind), soci::use(id);
  }
  sql << "INSERT INTO helpdesk_guide_revisions (page_id, edited_by, edited_at, line_id, title_fr, title_nl, title_en, "
         "body_fr, body_nl, body_en) VALUES (:p, :b, :t, :l, :tf, :tn, :te, :bf, :bn, :be)",
      soci::use(id), soci::use(by, by_ind), soci::use(now), soci::use(p.line_id, line), soci::use(p.title_fr),
      soci::use(p.title_nl), soci::use(p.title_en), soci::use(p.body_fr), soci::use(p.body_nl), soci::use(p.body_en);
  return id;
}

std::vector<GuideRevision> guide_history(soci::session& sql, std::int64_t page_id) {
  std::vector<GuideRevision> out;
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kRevisionColumns) +
                                                   "WHERE r.page_id = :p ORDER BY r.edited_at DESC, r.id DESC",
                                soci::use(page_id));
  for (auto& r : rs) out.push_back(revision_from(r));
  return out;
}

std::optional<GuideRevision> find_guide_revision(soci::session& sql, std::int64_t page_id, std::int64_t revision_id) {
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kRevisionColumns) + "WHERE r.page_id = :p AND r.id = :r",
                                soci::use(page_id), soci::use(revision_id));
  for (auto& r : rs) return revision_from(r);
  return std::nullopt;
}

std::optional<GuideRevision> previous_revision(soci::session& sql, const GuideRevision& v) {
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kRevisionColumns) +
                                                   "WHERE r.page_id = :p AND r.id < :r ORDER BY r.id DESC LIMIT 1",
                                soci::use(v.page_id), soci::use(v.id));
  for (auto& r : rs) return revision_from(r);
  return std::nullopt;
}

}  // namespace maillage::helpdesk
