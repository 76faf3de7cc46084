#include "helpdesk/views.hpp"

#include <algorithm>

#include "helpdesk/followup.hpp"
#include "platform/brussels_time.hpp"
#include "platform/i18n.hpp"

namespace maillage::helpdesk {

void fill_codes(const RequestContext& ctx, Dictionary& d, const char* section, CodeList list,
                const std::string& selected) {
  for (auto& c : list) {
    auto* o = d.AddSectionDictionary(section);
    o->SetValue("CODE", c.code);
    o->SetValue("LABEL", ctx.tr(c.label));
    if (selected == c.code) o->ShowSection("SELECTED");
  }
}

void fill_codes(const RequestContext& ctx, Dictionary& d, const char* section, CodeList list,
                const std::vector<std::string>& ticked) {
  for (auto& c : list) {
    auto* o = d.AddSectionDictionary(section);
    o->SetValue("CODE", c.code);
    o->SetValue("LABEL", ctx.tr(c.label));
    if (std::find(ticked.begin(), ticked.end(), c.code) != ticked.end()) o->ShowSection("SELECTED");
  }
}

std::string label_of(const RequestContext& ctx, CodeList list, const std::string& code) {
  if (code.empty()) return "";
  const char* l = code_label(list, code);
  return l ? ctx.tr(l) : code;
}

std::string line_name(const std::vector<Line>& lines, std::int64_t id, const RequestContext& ctx) {
  for (auto& l : lines)
    if (l.id == id) return l.name(ctx.lang == "qps" ? "en" : ctx.lang);
  return "";
}

std::string brussels_datetime(std::int64_t utc) {
  if (!utc) return "";
  return local_date_iso(utc) + " " + local_time_hm(utc);
}

void fill_findings(const RequestContext& ctx, Dictionary& d, const std::vector<IdentifyingFinding>& found) {
  if (found.empty()) return;
  d.ShowSection("FINDINGS");
  for (auto& f : found) {
    auto* s = d.AddSectionDictionary("FINDING");
    s->SetValue("KIND", ctx.tr(f.label));
    s->SetValue("TEXT", f.text);
  }
}

bool may_work_on(const CurrentUser& user, soci::session& sql, const OrientationRequest& r) {
  if (user.responds_for_line(r.line_id)) return true;
  auto t = pending_transfer(sql, r.id);
  return t && user.responds_for_line(t->to_line_id);
}

OrientationRequest request_for(const RequestContext& ctx, soci::session& sql, std::int64_t id) {
  auto r = find_request(sql, id);
  if (!r) throw not_found();
  if (!ctx.user || !may_work_on(*ctx.user, sql, *r)) throw forbidden();
  return *r;
}

std::string request_target(std::int64_t id) { return "helpdesk_request:" + std::to_string(id); }

void fill_summaries(const RequestContext& ctx, Dictionary& d, const char* section,
                    const std::vector<RequestSummary>& list, const std::vector<Line>& lines,
                    const std::map<std::string, std::string>& theme_labels) {
  for (auto& s : list) {
    auto* r = d.AddSectionDictionary(section);
    r->SetIntValue("ID", s.id);
    r->SetValue("REFERENCE", s.reference);
    r->SetValue("RECEIVED", brussels_datetime(s.received_at));
    r->SetValue("LINE", line_name(lines, s.line_id, ctx));
    r->SetValue("CHANNEL", label_of(ctx, channels(), s.channel));
    r->SetValue("STATUS", label_of(ctx, request_statuses(), s.status));
    r->SetValue("REQUESTER", s.requester);
    std::string themes;
    for (auto& t : s.themes) {
      auto it = theme_labels.find(t);
      themes += (themes.empty() ? "" : ", ") + (it == theme_labels.end() ? t : it->second);
    }
    r->SetValue("THEMES", themes);
    if (s.callback_at) r->SetValueAndShowSection("CALLBACK", brussels_datetime(s.callback_at), "HAS_CALLBACK");
    if (s.complexity == "complex") r->ShowSection("COMPLEX");
  }
  if (list.empty()) d.ShowSection(std::string(section) + "_NONE");
}

}  // namespace maillage::helpdesk
