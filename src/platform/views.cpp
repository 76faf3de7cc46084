#include "platform/views.hpp"

#include <cstring>
#include <regex>
#include <stdexcept>
#include <unordered_map>

#include "platform/app.hpp"
#include "platform/resources.hpp"
#include "platform/security.hpp"

namespace maillage {

std::string Views::translate_markers(const I18n& i18n, const std::string& lang, const std::string& text, bool html) {
  static const std::regex marker(R"re(_\("((?:[^"\\]|\\.)*)"\))re");
  std::string out;
  auto begin = std::sregex_iterator(text.begin(), text.end(), marker);
  std::size_t last = 0;
  for (auto it = begin; it != std::sregex_iterator(); ++it) {
    out.append(text, last, it->position() - last);
    std::string msgid = std::regex_replace((*it)[1].str(), std::regex(R"(\\")"), "\"");
    std::string t = i18n.tr(lang, msgid);
    out += html ? html_escape(t) : t;
    last = it->position() + it->length();
  }
  out.append(text, last, std::string::npos);
  return out;
}

Views::Views(const I18n& i18n) : i18n_(i18n), cache_(std::make_unique<ctemplate::TemplateCache>()) {
  for (const auto& path : resources::list("templates/")) {
    auto name = path.substr(std::string("templates/").size());
    bool html = name.size() > 4 && name.substr(name.size() - 4) == ".tpl";
    std::string text(resources::get(path));
    // Every HTML template is auto-escaped by context; text mails are plain text.
    if (html) text = "{{%AUTOESCAPE context=\"HTML\"}}" + text;
    for (const auto& lang : i18n.loaded()) {
      auto translated = translate_markers(i18n, lang, text, html);
      if (!cache_->StringToTemplateCache(key(lang, name), translated, ctemplate::STRIP_BLANK_LINES))
        throw std::runtime_error("template does not parse: " + path);
    }
  }
  cache_->Freeze();  // read-only from now on: expansions need no lock
}

Views::~Views() = default;

std::string Views::render(const std::string& lang, const std::string& name,
                          const ctemplate::TemplateDictionaryInterface& dict) const {
  std::string out;
  if (!cache_->ExpandWithData(key(lang, name), ctemplate::STRIP_BLANK_LINES, &dict, nullptr, &out))
    throw std::runtime_error("template failed to expand: " + name);
  return out;
}

namespace {
// The current URL with ?lang= set to another language, keeping the other query fields.
std::string with_lang(const RequestContext& ctx, const std::string& lang) {
  std::string q;
  for (auto& [k, v] : ctx.query) {
    if (k == "lang") continue;
    q += (q.empty() ? "" : "&") + url_encode(k) + "=" + url_encode(v);
  }
  q += (q.empty() ? "" : "&") + std::string("lang=") + lang;
  return ctx.path + "?" + q;
}

std::string take_flash(RequestContext& ctx) {
  auto it = ctx.cookies.find("maillage_flash");
  if (it == ctx.cookies.end()) return "";
  ctx.set_cookie("maillage_flash", "", 0);
  auto dot = it->second.find('.');
  if (dot == std::string::npos) return "";
  auto payload = it->second.substr(0, dot);
  if (!security::equal_constant_time(it->second.substr(dot + 1), security::hmac(ctx.app.secret(), "flash:" + payload)))
    return "";
  return ctx.tr(security::base64url_decode(payload));
}

const char* kLanguageNames[][2] = {{"fr", "Français"}, {"nl", "Nederlands"}, {"en", "English"}};
}  // namespace

ctemplate::TemplateString tpl_name_of_literal(const char* literal, std::size_t length) {
  // Keyed by the literal's address: each name is initialised (and registered with ctemplate) once per thread.
  thread_local std::unordered_map<const char*, std::unique_ptr<ctemplate::StaticTemplateString>> names;
  // A page asks a few hundred times for a few dozen names: a small direct-mapped table in front of the map
  // answers most of them without hashing.
  struct Recent {
    const char* literal = nullptr;
    const ctemplate::StaticTemplateString* name = nullptr;
  };
  thread_local Recent recent[256];
  auto& hit = recent[(reinterpret_cast<std::uintptr_t>(literal) >> 3) & 255];
  if (hit.literal == literal) return ctemplate::TemplateString(*hit.name);
  auto& slot = names[literal];
  if (!slot) {
    slot.reset(new ctemplate::StaticTemplateString{{literal, length, 0}});
    ctemplate::StaticTemplateStringInitializer set_id(slot.get());
  }
  hit = {literal, slot.get()};
  return ctemplate::TemplateString(*slot);
}

Page::Page(RequestContext& ctx, std::string content_template, const char* title_msgid)
    : ctx_(ctx), template_(std::move(content_template)), root_(std::make_unique<Dictionary>("layout")) {
  auto& d = *root_;
  content_ = d.AddIncludeDictionary(tpl_name("CONTENT"));
  content_->SetFilename(Views::key(ctx.lang, template_));
  set_title(ctx.tr(title_msgid));
  // Values every template may use.
  d.SetTemplateGlobalValue(tpl_name("LANG"), ctx.lang == "qps" ? "en" : ctx.lang);
  d.SetTemplateGlobalValue(tpl_name("CSRF"), ctx.csrf_token);
  d.SetTemplateGlobalValue(tpl_name("PATH"), ctx.path);
  d.SetTemplateGlobalValue(tpl_name("STATIC"), "/static");
  if (auto flash = take_flash(ctx); !flash.empty()) d.SetValueAndShowSection(tpl_name("FLASH"), flash, tpl_name("HAS_FLASH"));
  for (auto& [code, label] : kLanguageNames) {
    auto* l = d.AddSectionDictionary(tpl_name("LANGUAGE"));
    l->SetValue(tpl_name("CODE"), code);
    l->SetValue(tpl_name("NAME"), label);
    l->SetValue(tpl_name("HREF"), with_lang(ctx, code));
    if (ctx.lang == code) l->ShowSection(tpl_name("CURRENT"));
    else l->ShowSection(tpl_name("OTHER"));
  }
  if (ctx.user) {
    d.ShowTemplateGlobalSection(tpl_name("LOGGED_IN"));
    d.SetTemplateGlobalValue(tpl_name("USER_NAME"), ctx.user->name.empty() ? ctx.user->email : ctx.user->name);
    if (ctx.user->may(Access::OrgCoordinator)) d.ShowTemplateGlobalSection(tpl_name("IS_ORG_COORDINATOR"));
    if (ctx.user->may(Access::Coordinator)) d.ShowTemplateGlobalSection(tpl_name("IS_COORDINATOR"));
    if (ctx.user->is_admin()) d.ShowTemplateGlobalSection(tpl_name("IS_ADMIN"));
    if (ctx.user->may(Access::Coordinator) || !ctx.user->responder_line_ids().empty())
      d.ShowTemplateGlobalSection(tpl_name("IS_HELPDESK"));
    if (!ctx.user->responder_line_ids().empty()) d.ShowTemplateGlobalSection(tpl_name("IS_RESPONDER"));
    // The caseload: its teams' members, and the readers of their figures (territory coordinators, administrators).
    if (!ctx.user->scope_ids("caseload", "team").empty() || !ctx.user->scope_ids("caseload_coordinator", "team").empty() ||
        ctx.user->may(Access::Coordinator))
      d.ShowTemplateGlobalSection(tpl_name("IS_CASELOAD"));
    // The helpdesk's figures: territory coordinators, administrators and responders (narrowed on the page).
    if (ctx.user->may(Access::Coordinator) || !ctx.user->responder_line_ids().empty())
      d.ShowTemplateGlobalSection(tpl_name("SEES_HELPDESK_STATISTICS"));
  } else {
    d.ShowTemplateGlobalSection(tpl_name("ANONYMOUS"));
  }
}

void Page::set_title(const std::string& title) { root_->SetTemplateGlobalValue(tpl_name("TITLE"), title); }

Response Page::response(int status) {
  Response r;
  r.status = status;
  r.body = ctx_.app.views.render(ctx_.lang, "layout.tpl", *root_);
  return r;
}

Response error_page(RequestContext& ctx, int status, const std::string& msgid) {
  const char* title = status == 404   ? N_("Page not found")
                      : status == 403 ? N_("Access refused")
                      : status == 413 ? N_("Too much data")
                      : status == 429 ? N_("Too many attempts")
                      : status >= 500 ? N_("Something went wrong")
                                      : N_("Request refused");
  Page page(ctx, "platform/error.tpl", title);
  page.dict().SetValue(tpl_name("MESSAGE"), ctx.tr(msgid));
  page.dict().SetIntValue(tpl_name("STATUS"), status);
  if (status == 401 || (status == 403 && !ctx.user)) page.dict().ShowSection(tpl_name("SUGGEST_LOGIN"));
  page.dict().SetValue(tpl_name("NEXT"), url_encode(ctx.path));
  return page.response(status);
}

}  // namespace maillage
