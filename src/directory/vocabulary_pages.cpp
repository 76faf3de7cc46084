// The pages where the directory's words are tuned: coordinators edit the search's synonym table
// (/directory/synonyms), administrators the labels of the controlled vocabularies (/admin/vocabularies).
// A refused edit shows the page again with what was typed and the reason next to it.
#include <algorithm>
#include <map>
#include <optional>

#include "directory/handlers.hpp"
#include "directory/model.hpp"
#include "directory/search_service.hpp"
#include "directory/views.hpp"
#include "directory/vocabularies.hpp"
#include "platform/app.hpp"
#include "platform/audit.hpp"
#include "platform/forms.hpp"
#include "platform/views.hpp"

namespace maillage::directory {

namespace {

constexpr std::size_t kMaxTypedChars = 3000;

// A submitted form that was refused: which record it was about, what was typed, and why.
struct Refused {
  std::int64_t id = 0;  // 0: the "add" form
  std::string typed;
  ByLang labels;
  std::string taxonomy;
  const char* problem = nullptr;
};

Response render_synonyms(RequestContext& ctx, const std::optional<Refused>& refused = {}) {
  Page page(ctx, "directory/synonyms.tpl", N_("Search synonyms"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  auto groups = list_synonym_groups(sql);
  d.SetIntValue("COUNT", static_cast<long>(groups.size()));
  if (groups.empty()) d.ShowSection("NONE");
  int number = 0;
  for (auto& g : groups) {
    auto* s = d.AddSectionDictionary("GROUP");
    s->SetIntValue("ID", g.id);
    s->SetIntValue("NUMBER", ++number);
    s->SetValue("SUMMARY", join(std::vector<std::string>(g.terms.begin(), g.terms.begin() + std::min<std::size_t>(3, g.terms.size())), " = "));
    bool is_refused = refused && refused->id == g.id;
    s->SetValue("TERMS", is_refused ? refused->typed : join(g.terms, "\n"));
    s->SetIntValue("ROWS", static_cast<long>(std::clamp<std::size_t>(g.terms.size(), 2, 8)));
    if (is_refused) s->SetValueAndShowSection("ERROR", ctx.tr(refused->problem), "INVALID");
    if (!g.updated_by.empty()) {
      auto* u = s->AddSectionDictionary("UPDATED");
      u->SetValue("DATE", format_date(g.updated_at));
      u->SetValue("BY", g.updated_by);
    }
  }
  FormErrors errors;
  if (refused) {
    errors.add(refused->id ? "terms-" + std::to_string(refused->id) : "terms-new", refused->problem);
    if (!refused->id) {
      d.SetValue("NEW_TERMS", refused->typed);
      d.SetValueAndShowSection("NEW_ERROR", ctx.tr(refused->problem), "NEW_INVALID");
    }
  }
  errors.show(ctx, d);
  return page.response(refused ? 422 : 200);
}

// Validates a group typed in a form; the refusal to show when it cannot be saved.
std::optional<Refused> check_group(RequestContext& ctx, std::int64_t id, std::vector<std::string>& terms) {
  std::string typed = ctx.f("terms");
  Refused r{id, utf8_prefix(typed, kMaxTypedChars)};
  if (typed.size() > kMaxTypedChars) r.problem = N_("This text is too long (at most 3,000 characters).");
  else {
    terms = parse_synonym_terms(typed);
    r.problem = synonym_group_problem(terms);
  }
  if (!r.problem) return std::nullopt;
  return r;
}

// This server's index takes the edit at once; the others within their next catch-up (200 ms).
Response back_to_group(RequestContext& ctx, std::int64_t id) {
  search_service(ctx.app).catch_up();
  return Response::redirect("/directory/synonyms" + (id ? "#group-" + std::to_string(id) : std::string()));
}

ByLang typed_labels(RequestContext& ctx) {
  ByLang labels;
  for (const char* lang : kLanguages) {
    std::string v = clean_text(ctx.f(lang));
    // One line: labels are shown in badges and facets.
    std::replace(v.begin(), v.end(), '\n', ' ');
    labels[lang] = utf8_prefix(v, 4 * kMaxTermLabelChars);
  }
  return labels;
}

Response render_vocabularies(RequestContext& ctx, const std::optional<Refused>& refused = {}) {
  Page page(ctx, "directory/vocabularies.tpl", N_("Vocabularies"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  std::map<std::int64_t, int> used;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT taxonomy_term_id, COUNT(DISTINCT owner_id) FROM directory_attributes "
                                               "WHERE owner_type = 'service' GROUP BY taxonomy_term_id");
  for (auto& r : rs) used[as_int(r, 0)] = static_cast<int>(as_int(r, 1));
  auto terms = list_terms(sql);
  soci::rowset<soci::row> vs = (sql.prepare << "SELECT id, code FROM directory_taxonomies WHERE code IN ('themes', 'publics', 'access') ORDER BY id");
  for (auto& v : vs) {
    std::string code = as_text(v, 1);
    std::string name = pick(load_texts(sql, "taxonomy", as_int(v, 0))["name"], ctx.lang);
    auto* s = d.AddSectionDictionary("VOCABULARY");
    s->SetValue("CODE", code);
    s->SetValue("NAME", name);
    auto* o = d.AddSectionDictionary("TAXONOMY_OPTION");
    o->SetValue("CODE", code);
    o->SetValue("NAME", name);
    if (refused && !refused->id && refused->taxonomy == code) o->ShowSection("SELECTED");
    int count = 0;
    for (auto& t : terms) {
      if (t.taxonomy != code) continue;
      ++count;
      bool is_refused = refused && refused->id == t.id;
      const ByLang& labels = is_refused ? refused->labels : t.label;
      auto* row = s->AddSectionDictionary("TERM");
      row->SetIntValue("ID", t.id);
      row->SetValue("TERM_CODE", t.code);
      for (const char* lang : kLanguages) {
        auto it = labels.find(lang);
        std::string key = lang;
        std::transform(key.begin(), key.end(), key.begin(), ::toupper);
        row->SetValue(key, it == labels.end() ? "" : it->second);
      }
      row->SetIntValue("SERVICES", used.count(t.id) ? used[t.id] : 0);
      if (is_refused) row->SetValueAndShowSection("ERROR", ctx.tr(refused->problem), "INVALID");
    }
    s->SetIntValue("COUNT", count);
  }
  FormErrors errors;
  if (refused) {
    if (refused->id) errors.add("term-" + std::to_string(refused->id) + "-fr", refused->problem);
    else {
      errors.add(refused->problem == std::string(N_("Choose a vocabulary.")) ? "taxonomy" : "fr", refused->problem);
      for (const char* lang : kLanguages) {
        std::string key = std::string("NEW_") + lang;
        std::transform(key.begin(), key.end(), key.begin(), ::toupper);
        auto it = refused->labels.find(lang);
        d.SetValue(key, it == refused->labels.end() ? "" : it->second);
      }
    }
  }
  errors.show(ctx, d);
  return page.response(refused ? 422 : 200);
}

}  // namespace

// ---- Synonyms ----------------------------------------------------------------------------------------------

Response synonyms_page(RequestContext& ctx) { return render_synonyms(ctx); }

Response synonym_add(RequestContext& ctx) {
  std::vector<std::string> terms;
  if (auto refused = check_group(ctx, 0, terms)) return render_synonyms(ctx, refused);
  bool full = false;
  std::int64_t id = ctx.app.db.transact([&](soci::session& sql) -> std::int64_t {
    int n = 0;
    sql << "SELECT COUNT(*) FROM directory_synonym_groups", soci::into(n);
    if (static_cast<std::size_t>(n) >= kMaxSynonymGroups) {
      full = true;
      return 0;
    }
    auto gid = save_synonym_group(sql, 0, terms, ctx.user->email);
    audit(sql, ctx, "directory.synonyms.add", "synonym_group:" + std::to_string(gid), join(terms, " = "));
    return gid;
  });
  if (full) return render_synonyms(ctx, Refused{0, utf8_prefix(ctx.f("terms"), kMaxTypedChars), {}, "", N_("The table holds at most 1,000 groups: merge or delete some first.")});
  ctx.flash(N_("The group is added: searches use it now."));
  return back_to_group(ctx, id);
}

Response synonym_update(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  std::vector<std::string> terms;
  if (auto refused = check_group(ctx, id, terms)) return render_synonyms(ctx, refused);
  bool saved = ctx.app.db.transact([&](soci::session& sql) {
    auto before = synonym_group(sql, id);
    if (!before || !save_synonym_group(sql, id, terms, ctx.user->email)) return false;
    // Old and new terms, so that the audit log can tell (and undo) what changed.
    audit(sql, ctx, "directory.synonyms.update", "synonym_group:" + std::to_string(id),
          join(before->terms, " = ") + " -> " + join(terms, " = "));
    return true;
  });
  if (!saved) throw not_found();
  ctx.flash(N_("The group is saved: searches use it now."));
  return back_to_group(ctx, id);
}

Response synonym_delete(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  bool deleted = ctx.app.db.transact([&](soci::session& sql) {
    auto before = synonym_group(sql, id);
    if (!before || !delete_synonym_group(sql, id)) return false;
    audit(sql, ctx, "directory.synonyms.delete", "synonym_group:" + std::to_string(id), join(before->terms, " = "));
    return true;
  });
  if (!deleted) throw not_found();
  ctx.flash(N_("The group is deleted."));
  return back_to_group(ctx, 0);
}

// ---- Vocabularies ------------------------------------------------------------------------------------------

Response vocabularies_page(RequestContext& ctx) { return render_vocabularies(ctx); }

Response term_add(RequestContext& ctx) {
  auto labels = typed_labels(ctx);
  std::string taxonomy = ctx.f("taxonomy");
  if (auto problem = term_labels_problem(labels)) return render_vocabularies(ctx, Refused{0, "", labels, taxonomy, problem});
  auto id = ctx.app.db.transact([&](soci::session& sql) {
    auto tid = add_term(sql, taxonomy, labels, ctx.user->id, ctx.user->email);
    if (tid) audit(sql, ctx, "directory.term.add", "taxonomy_term:" + std::to_string(*tid), taxonomy + ": " + labels["fr"]);
    return tid;
  });
  if (!id) return render_vocabularies(ctx, Refused{0, "", labels, taxonomy, N_("Choose a vocabulary.")});
  vocabulary_changed();  // committed: pages read the labels again
  ctx.flash(N_("The term is added. Services get it through their records or an import."));
  return Response::redirect("/admin/vocabularies#term-" + std::to_string(*id));
}

Response term_update(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  auto labels = typed_labels(ctx);
  if (auto problem = term_labels_problem(labels)) return render_vocabularies(ctx, Refused{id, "", labels, "", problem});
  bool found = ctx.app.db.transact([&](soci::session& sql) {
    if (!rename_term(sql, id, labels, ctx.user->id, ctx.user->email)) return false;
    audit(sql, ctx, "directory.term.update", "taxonomy_term:" + std::to_string(id), labels["fr"]);
    return true;
  });
  if (!found) throw not_found();
  // Pages read the labels again now that they are committed; the services carrying the term are reindexed by
  // the next catch-up (within a second), not in this request.
  vocabulary_changed();
  ctx.flash(N_("The term's labels are saved."));
  return Response::redirect("/admin/vocabularies#term-" + std::to_string(id));
}

}  // namespace maillage::directory
