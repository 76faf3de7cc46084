// Templates (ctemplate, auto-escaped by context) and the page layout. Templates mark their words as
// _("English text"); at start-up each template is translated once per language from the catalogues, so
// rendering only fills in data.
#pragma once
#include <ctemplate/template.h>
#include <ctemplate/template_cache.h>

#include <memory>
#include <string>

#include "platform/dictionary.hpp"
#include "platform/http.hpp"
#include "platform/i18n.hpp"

namespace maillage {

class Views {
 public:
  explicit Views(const I18n& i18n);
  ~Views();
  // Renders templates/<name> (e.g. "accounts/login.tpl") in a language.
  std::string render(const std::string& lang, const std::string& name,
                     const ctemplate::TemplateDictionaryInterface& dict) const;
  static std::string key(const std::string& lang, const std::string& name) { return lang + "/" + name; }
  // Replaces every _("msgid") in a template's text by its translation (HTML-escaped unless html=false).
  static std::string translate_markers(const I18n& i18n, const std::string& lang, const std::string& text,
                                       bool html);

 private:
  const I18n& i18n_;
  std::unique_ptr<ctemplate::TemplateCache> cache_;  // per instance: several Apps may live in one process
};

// An HTML page: the layout (header, language switcher, navigation by role, flash message, footer) around one
// content template. Handlers fill dict() and return response().
class Page {
 public:
  Page(RequestContext& ctx, std::string content_template, const char* title_msgid);
  Dictionary& dict() { return *content_; }
  // Sets a value in the page and the layout (for instance a title built from data).
  void set_title(const std::string& title);
  // Loads the map stylesheet in the page head.
  void show_map() { root_->ShowTemplateGlobalSection("HEAD_EXTRA"); }
  Response response(int status = 200);

 private:
  RequestContext& ctx_;
  std::string template_;
  std::unique_ptr<Dictionary> root_;
  Dictionary* content_;
};

// A template name (variable or section, a string literal) with its ctemplate id computed once per thread.
// Given a plain name, the id is a hash of the text computed at every SetValue, ShowSection or
// AddSectionDictionary (and ctemplate's own dictionary also checked it against a global, locked table: on 2
// threads that was 40% of a directory results page, before platform/dictionary.hpp).
// Only for string literals (the array reference refuses a std::string's c_str()): entries are kept by address.
ctemplate::TemplateString tpl_name_of_literal(const char* literal, std::size_t length);
template <std::size_t N>
ctemplate::TemplateString tpl_name(const char (&literal)[N]) {
  return tpl_name_of_literal(literal, N - 1);
}

// Renders the standard error page for an HttpError in the caller's language.
Response error_page(RequestContext& ctx, int status, const std::string& msgid);

}  // namespace maillage
