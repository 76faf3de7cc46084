#include "newsletters/service.hpp"

#include <cstdlib>
#include <map>

#include "agenda/agenda.hpp"
#include "platform/app.hpp"
#include "platform/brussels_time.hpp"
#include "platform/db.hpp"
#include "platform/jobs.hpp"
#include "platform/markdown.hpp"
#include "platform/security.hpp"

namespace maillage::newsletters {

namespace {
constexpr const char* kPlaceholder = "UNSUBSCRIBE-TOKEN-PLACEHOLDER";
constexpr std::size_t kAgendaItems = 8;
constexpr std::int64_t kAgendaDays = 45;

bool digits(const std::string& s) { return !s.empty() && s.size() < 19 && s.find_first_not_of("0123456789") == std::string::npos; }

// A subscriber's language for mail; the pseudo-locale stays (a preview on a page in it, in tests).
std::string mail_lang(const std::string& lang) { return lang == "nl" || lang == "en" || lang == "qps" ? lang : "fr"; }

// A campaign rendered once per language, its unsubscribe link left as a placeholder.
struct Rendered {
  std::string subject, text, html;
};

Rendered render(App& app, const List& list, const Campaign& c, const std::string& lang, bool test) {
  Dictionary d("mail");
  d.SetValue("SUBJECT", c.subject.in(lang));
  d.SetValue("BODY", c.body.in(lang));
  d.SetValue("LIST", list.name.in(lang));
  d.SetValue("UNSUBSCRIBE", app.base_url() + "/newsletters/unsubscribe/" + kPlaceholder);
  if (test) d.ShowSection("TEST");
  if (c.include_agenda) {
    auto snap = agenda::snapshot(app.db);
    agenda::Filter f;
    if (list.scope_type == "bassin") f.bassin = list.scope_id;
    if (list.scope_type == "theme") f.theme = list.scope_id;
    std::int64_t until = now_seconds() + kAgendaDays * 86400;
    int shown = 0;
    for (auto* i : snap->select(f, 0, kAgendaItems)) {
      if (i->starts_at > until) break;
      auto* item = d.AddSectionDictionary("ITEM");
      item->SetValue("DATE", app.i18n.date(lang, i->starts_at));
      item->SetValue("START", local_time_hm(i->starts_at));
      item->SetValue("TITLE", i->title(lang));
      item->SetValue("URL", app.base_url() + i->registration_path());
      ++shown;
    }
    if (shown) d.ShowSection("AGENDA");
    d.SetValue("AGENDA_URL", app.base_url() + "/agenda" + (f.query().empty() ? "" : "?" + f.query()));
  }
  Mail m = compose_mail(app, lang, "newsletter_campaign", d, "");
  return {m.subject, m.body, markdown_to_html(m.body)};
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) s.replace(p, from.size(), to);
  return s;
}

Mail personalise(App& app, const Rendered& r, const std::string& to, const std::string& token) {
  Mail m;
  m.to = to;
  m.subject = r.subject;
  m.body = replace_all(r.text, kPlaceholder, token);
  m.html = replace_all(r.html, kPlaceholder, token);
  // RFC 8058: a mail client's "unsubscribe" button POSTs List-Unsubscribe=One-Click to this address.
  m.headers = {{"List-Unsubscribe", "<" + app.base_url() + "/newsletters/unsubscribe/" + token + ">"},
               {"List-Unsubscribe-Post", "List-Unsubscribe=One-Click"},
               {"Precedence", "bulk"}};
  return m;
}
}  // namespace

std::string confirm_token(const App& app, std::int64_t id) {
  return std::to_string(id) + "." + security::hmac(app.secret(), "newsletter-confirm:" + std::to_string(id));
}

std::optional<std::int64_t> subscriber_of_confirm_token(const App& app, const std::string& token) {
  auto dot = token.find('.');
  if (dot == std::string::npos || !digits(token.substr(0, dot))) return std::nullopt;
  auto id = std::stoll(token.substr(0, dot));
  if (!security::equal_constant_time(token.substr(dot + 1), security::hmac(app.secret(), "newsletter-confirm:" + std::to_string(id))))
    return std::nullopt;
  return id;
}

std::string unsubscribe_token(const App& app, std::int64_t id, std::int64_t campaign) {
  std::string ids = std::to_string(id) + "." + std::to_string(campaign);
  return ids + "." + security::hmac(app.secret(), "newsletter-unsubscribe:" + ids);
}

std::optional<UnsubscribeLink> parse_unsubscribe_token(const App& app, const std::string& token) {
  auto a = token.find('.');
  auto b = a == std::string::npos ? a : token.find('.', a + 1);
  if (b == std::string::npos) return std::nullopt;
  std::string id = token.substr(0, a), campaign = token.substr(a + 1, b - a - 1);
  if (!digits(id) || !digits(campaign)) return std::nullopt;
  if (!security::equal_constant_time(token.substr(b + 1),
                                     security::hmac(app.secret(), "newsletter-unsubscribe:" + id + "." + campaign)))
    return std::nullopt;
  return UnsubscribeLink{std::stoll(id), std::stoll(campaign)};
}

void queue_confirmation(App& app, soci::session& sql, const List& list, const Subscriber& s) {
  std::string lang = mail_lang(s.lang);
  Dictionary d("mail");
  d.SetValue("LIST", list.name.in(lang));
  d.SetValue("NAME", s.name);
  d.SetValue("LINK", app.base_url() + "/newsletters/confirm/" + confirm_token(app, s.id));
  d.SetValue("CONSENT", list.consent.in(lang));
  queue_mail(sql, compose_mail(app, lang, "newsletter_confirm", d, s.email));
}

Mail campaign_mail(App& app, soci::session&, const List& list, const Campaign& c, const Subscriber& s) {
  auto r = render(app, list, c, mail_lang(s.lang), false);
  return personalise(app, r, s.email, unsubscribe_token(app, s.id, c.id));
}

Mail preview_mail(App& app, const List& list, const Campaign& c, const std::string& lang) {
  return personalise(app, render(app, list, c, mail_lang(lang), false), "", "0");
}

void queue_test(App& app, soci::session& sql, const List& list, const Campaign& c, const std::string& email,
                const std::string& lang) {
  auto r = render(app, list, c, mail_lang(lang), true);
  // The test's unsubscribe link is inert: a signed link of subscriber 0, which names nobody.
  queue_mail(sql, personalise(app, r, email, unsubscribe_token(app, 0, c.id)));
  std::int64_t now = now_seconds();
  sql << "UPDATE newsletter_campaigns SET test_sent_at = :t WHERE id = :id", soci::use(now), soci::use(c.id);
}

int configured_rate() {
  const char* v = std::getenv("MAILLAGE_NEWSLETTER_RATE");
  int rate = v ? std::atoi(v) : 120;
  return rate >= 1 ? std::min(rate, 100000) : 120;
}

bool send_campaign(soci::session& sql, std::int64_t campaign_id, std::int64_t now) {
  if (!start_sending(sql, campaign_id, configured_rate(), now)) return false;
  Jobs::enqueue(sql, "newsletters.send", std::to_string(campaign_id));
  return true;
}

int send_batch(App& app, std::int64_t campaign_id) {
  return app.db.transact([&](soci::session& sql) {
    auto c = find_campaign(sql, campaign_id);
    if (!c || c->status != "sending") return 0;
    auto list = find_list(sql, c->list_id);
    if (!list) return 0;
    std::int64_t now = now_seconds();
    // Another job already sent this minute's batch (a retry, a second server): this one has nothing to do.
    if (!claim_batch(sql, c->id, now)) return 0;
    int rate = std::max(1, c->rate_per_minute);
    auto recipients = next_recipients(sql, *c, rate);
    std::map<std::string, Rendered> by_lang;
    for (auto& s : recipients) {
      std::string lang = mail_lang(s.lang);
      auto it = by_lang.find(lang);
      if (it == by_lang.end()) it = by_lang.emplace(lang, render(app, *list, *c, lang, false)).first;
      auto id = queue_mail(sql, personalise(app, it->second, s.email, unsubscribe_token(app, s.id, c->id)));
      record_delivery(sql, c->id, s.id, id, now);
    }
    if (static_cast<int>(recipients.size()) < rate) {
      finish_sending(sql, c->id, now);
    } else {
      EnqueueOptions next;
      next.run_at = now + 60;
      Jobs::enqueue(sql, "newsletters.send", std::to_string(c->id), next);
    }
    return static_cast<int>(recipients.size());
  });
}

void register_jobs(Jobs& jobs) {
  jobs.on("newsletters.send", [](App& app, const JobRun& job) {
    if (digits(job.payload)) send_batch(app, std::stoll(job.payload));
  });
  jobs.every("newsletters.bounces", 3600, [](App& app, const JobRun&) {
    app.db.transact([](soci::session& sql) { record_bounces(sql, now_seconds()); });
  });
}

}  // namespace maillage::newsletters
