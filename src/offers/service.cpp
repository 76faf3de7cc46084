#include "offers/service.hpp"

#include <curl/curl.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>
#include <tuple>
#include <nlohmann/json.hpp>

#include "offers/agreements.hpp"
#include "platform/brussels_time.hpp"
#include "platform/ical.hpp"
#include "platform/db.hpp"
#include "platform/i18n.hpp"
#include "platform/jobs.hpp"
#include "platform/mail.hpp"
#include "platform/security.hpp"

namespace maillage::offers {

namespace {
std::optional<std::int64_t> signed_id(const App& app, const std::string& purpose, const std::string& token) {
  auto dot = token.find('.');
  if (dot == std::string::npos || dot == 0 || dot > 18) return std::nullopt;
  std::int64_t id = 0;
  for (std::size_t i = 0; i < dot; ++i) {
    if (token[i] < '0' || token[i] > '9') return std::nullopt;
    id = id * 10 + (token[i] - '0');
  }
  auto expected = security::hmac(app.secret(), purpose + std::to_string(id));
  if (!security::equal_constant_time(token.substr(dot + 1), expected)) return std::nullopt;
  return id;
}
}  // namespace

std::string registration_token(const App& app, std::int64_t id) {
  return std::to_string(id) + "." + security::hmac(app.secret(), "registration:" + std::to_string(id));
}
std::optional<std::int64_t> registration_from_token(const App& app, const std::string& token) {
  return signed_id(app, "registration:", token);
}
std::string calendar_token(const App& app, std::int64_t user_id) {
  return std::to_string(user_id) + "." + security::hmac(app.secret(), "calendar:" + std::to_string(user_id));
}
std::optional<std::int64_t> user_from_calendar_token(const App& app, const std::string& token) {
  return signed_id(app, "calendar:", token);
}

namespace {
using Described = RegistrationInContext;

// Dates formatted per language through ICU cost about a millisecond each; a registration's mail is written while
// the session is locked, so the few distinct session times are formatted once and remembered.
std::string when_of(App& app, const std::string& lang, const Session& s) {
  static std::mutex mutex;
  static std::map<std::tuple<const App*, std::string, std::int64_t, std::int64_t>, std::string> memo;
  auto key = std::make_tuple(&app, lang, s.starts_at, s.ends_at);
  {
    std::lock_guard lock(mutex);
    if (auto it = memo.find(key); it != memo.end()) return it->second;
  }
  auto text = app.i18n.datetime(lang, s.starts_at) + " – " + local_time_hm(s.ends_at);
  std::lock_guard lock(mutex);
  if (memo.size() > 10000) memo.clear();
  memo.emplace(key, text);
  return text;
}

std::string where_of(const Session& s) {
  if (!s.online_url.empty() && s.place.empty()) return s.online_url;
  if (!s.online_url.empty()) return s.place + " / " + s.online_url;
  return s.place;
}

CalendarEvent event_of(App& app, const Offer& offer, const Session& s, const std::string& lang, const std::string& uid) {
  CalendarEvent e;
  e.uid = uid;
  e.starts_at = s.starts_at;
  e.ends_at = s.ends_at;
  e.stamp = now_seconds();
  e.summary = offer.title(lang);
  e.description = offer.description(lang);
  e.location = where_of(s);
  e.url = app.base_url() + "/offers/" + std::to_string(offer.id);
  e.cancelled = s.status == "cancelled";
  return e;
}
}  // namespace

std::string session_ics(App& app, soci::session& sql, std::int64_t registration_id) {
  auto d = find_registration_in_context(sql, registration_id);
  if (!d) return "";
  auto uid = "session-" + std::to_string(d->session.id) + "-registration-" + std::to_string(d->reg.id) + "@maillage";
  return ical_calendar(d->offer.title(d->reg.lang), {event_of(app, d->offer, d->session, d->reg.lang, uid)}, "Offers");
}

std::string person_feed(App& app, soci::session& sql, std::int64_t user_id, const std::string& lang) {
  std::vector<CalendarEvent> events;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT id FROM registrations WHERE user_id = :u AND status = 'confirmed' "
                                               "ORDER BY id DESC LIMIT 500", soci::use(user_id));
  std::vector<std::int64_t> ids;
  for (auto& r : rs) ids.push_back(as_int(r, 0));
  for (auto id : ids) {
    auto d = find_registration_in_context(sql, id);
    if (!d) continue;
    events.push_back(event_of(app, d->offer, d->session, lang,
                              "session-" + std::to_string(d->session.id) + "-registration-" + std::to_string(id) + "@maillage"));
  }
  return ical_calendar("Maillage", events, "Offers");
}

std::string offer_feed(App& app, soci::session& sql, const Offer& offer, const std::string& lang) {
  std::vector<CalendarEvent> events;
  for (auto& s : sessions_of(sql, offer.id, now_seconds())) {
    if (s.status == "proposed") continue;
    events.push_back(event_of(app, offer, s, lang, "session-" + std::to_string(s.id) + "@maillage"));
  }
  return ical_calendar(offer.title(lang), events, "Offers");
}

namespace {
// A member confirmed in a community of practice: their participation agreement opens, and the participant and
// the coordinators of their employer are asked for their agreement, in the caller's transaction (after the mail of
// the notify() that called it: both are queued at commit).
void open_agreement_and_ask(App& app, soci::session& sql, const Described& d) {
  flush_deferred(sql);  // the agreement is opened from the registration's row, which may wait for the COMMIT
  auto id = open_community_agreement(sql, d.reg.id, now_seconds());
  if (!id) return;
  std::string employer = d.reg.organisation_name;
  if (d.reg.organisation_id)
    if (auto org = find_agreement(sql, id)->party("employer"); org && !org->organisation_name.empty())
      employer = org->organisation_name;
  std::string participant = d.reg.name.empty() ? d.reg.email : d.reg.name;
  {
    Dictionary dict("mail");
    dict.SetValue("NAME", participant);
    dict.SetValue("OFFER", d.offer.title(d.reg.lang));
    dict.SetValue("EMPLOYER", employer);
    dict.SetValue("LINK", app.base_url() + "/offers/r/" + registration_token(app, d.reg.id) + "/agreement");
    queue_mail_at_commit(sql, compose_mail(app, d.reg.lang, "offers_agreement_participant", dict, d.reg.email));
  }
  if (!d.reg.organisation_id) return;
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT u.email, u.name, u.lang FROM memberships m JOIN users u ON u.id = m.user_id WHERE "
                      "m.organisation_id = :o AND m.role = 'coordinator' AND u.disabled = 0 ORDER BY u.id",
       soci::use(d.reg.organisation_id));
  std::vector<std::tuple<std::string, std::string, std::string>> coordinators;
  for (auto& r : rs) coordinators.emplace_back(as_text(r, 0), as_text(r, 1), as_text(r, 2));
  for (auto& [email, name, lang] : coordinators) {
    Dictionary dict("mail");
    dict.SetValue("NAME", name.empty() ? email : name);
    dict.SetValue("PARTICIPANT", participant);
    dict.SetValue("OFFER", d.offer.title(lang));
    dict.SetValue("EMPLOYER", employer);
    dict.SetValue("LINK", app.base_url() + "/offers/agreements/" + std::to_string(id));
    queue_mail_at_commit(sql, compose_mail(app, lang, "offers_agreement_employer", dict, email));
  }
}
}  // namespace

void notify(App& app, soci::session& sql, std::int64_t registration_id, const std::string& kind,
            const std::vector<std::int64_t>& more_in_calendar) {
  if (auto d = find_registration_in_context(sql, registration_id)) notify(app, sql, *d, kind, more_in_calendar);
}

void notify(App& app, soci::session& sql, const RegistrationInContext& d, const std::string& kind,
            const std::vector<std::int64_t>& more_in_calendar) {
  if (d.reg.email.empty()) return;
  const std::string& lang = d.reg.lang;
  auto text_the_session = [&] {
    queue_sms(sql, d.reg.phone, d.offer.title(lang) + " — " + app.i18n.datetime(lang, d.session.starts_at) + " — " +
                                    where_of(d.session));
  };
  if (is_phone_contact(d.reg.email)) {
    // Registered by phone, no address: no mail. The reminder and a seat freed from the waiting list go by SMS.
    if ((kind == "reminder" || kind == "promoted") && !d.reg.phone.empty()) text_the_session();
    return;
  }
  Dictionary dict("mail");
  dict.SetValue("NAME", d.reg.name.empty() ? d.reg.email : d.reg.name);
  dict.SetValue("OFFER", d.offer.title(lang));
  dict.SetValue("WHEN", when_of(app, lang, d.session));
  dict.SetValue("WHERE", where_of(d.session));
  dict.SetValue("LINK", app.base_url() + "/offers/r/" + registration_token(app, d.reg.id));
  dict.SetValue("OFFER_LINK", app.base_url() + "/offers/" + std::to_string(d.offer.id));
  dict.SetValue("REASON", d.reg.refusal_reason);
  if (!d.reg.refusal_reason.empty()) dict.ShowSection("HAS_REASON");
  dict.SetIntValue("HOURS", d.offer.policy.hold_hours);
  Mail mail = compose_mail(app, lang, "offers_" + kind, dict, d.reg.email);
  if (kind == "confirmed" || kind == "promoted" || kind == "reminder") {
    mail.attachment_name = "maillage-session-" + std::to_string(d.session.id) + ".ics";
    mail.attachment_type = "text/calendar; charset=UTF-8; method=PUBLISH";
    auto uid = "session-" + std::to_string(d.session.id) + "-registration-" + std::to_string(d.reg.id) + "@maillage";
    std::vector<CalendarEvent> events{event_of(app, d.offer, d.session, lang, uid)};
    // A whole cycle is confirmed in one message: its calendar file holds every session of it.
    for (auto other : more_in_calendar) {
      if (other == d.reg.id) continue;
      auto o = find_registration_in_context(sql, other);
      if (!o) continue;
      events.push_back(event_of(app, o->offer, o->session, lang,
                                "session-" + std::to_string(o->session.id) + "-registration-" + std::to_string(other) + "@maillage"));
    }
    mail.attachment = ical_calendar(d.offer.title(lang), events, "Offers");
  }
  queue_mail_at_commit(sql, mail);  // with COMMIT on PostgreSQL: the session's lock ends one round trip sooner
  if ((kind == "confirmed" || kind == "promoted") && d.offer.type == "community_of_practice")
    open_agreement_and_ask(app, sql, d);
  if (kind == "reminder" && !d.reg.phone.empty()) text_the_session();
}

void notify_promoted(App& app, soci::session& sql, const std::vector<std::int64_t>& ids) {
  for (auto id : ids) {
    auto reg = find_registration(sql, id);
    if (!reg) continue;
    notify(app, sql, id, reg->status == Status::Confirmed ? "promoted" : "check_email");
  }
}

bool thank_for_coming(App& app, soci::session& sql, std::int64_t registration_id, std::int64_t now) {
  // Claimed by the update itself, so that marking present again (or twice at once) queues nothing more.
  soci::statement claim = (sql.prepare << "UPDATE registrations SET evaluation_mailed_at = :n WHERE id = :id AND "
                                          "attendance = 'present' AND evaluation_mailed_at IS NULL",
                           soci::use(now), soci::use(registration_id));
  claim.execute(true);
  if (claim.get_affected_rows() != 1) return false;
  notify(app, sql, registration_id, "thank_you");
  return true;
}

namespace {
const char* kind_for(Status s) {
  switch (s) {
    case Status::Confirmed: return "confirmed";
    case Status::AwaitingEmail: return "check_email";
    case Status::WaitingList: return "waiting_list";
    case Status::PendingApproval: return "pending_approval";
    default: return nullptr;
  }
}
}  // namespace

HoldLimits hold_limits() {
  // Read at each registration (a getenv is cheap), so that a test or an operator's change needs no other step.
  auto read = [](const char* name, int fallback) {
    const char* v = std::getenv(name);
    if (!v || !*v) return fallback;
    try {
      int n = std::stoi(v);
      return n >= 0 && n <= 10000 ? n : fallback;
    } catch (...) {
      return fallback;
    }
  };
  HoldLimits defaults;
  return {read("MAILLAGE_HOLDS_PER_ADDRESS", defaults.per_address), read("MAILLAGE_HOLDS_PER_CLIENT", defaults.per_client)};
}

RegistrationOutcome register_and_notify(App& app, const RegistrationRequest& bare) {
  auto request = bare;
  request.holds = hold_limits();
  request.write_at_commit = true;  // only notify() follows, and what of it reads the row flushes first
  return app.db.transact([&](soci::session& sql) {
    auto out = register_for(sql, request, now_seconds());
    if (!out.duplicate && out.id) {
      // An anonymous person on the waiting list or awaiting approval also checks their address now.
      const char* kind = kind_for(out.status);
      if (kind && out.written) notify(app, sql, *out.written, kind);
      else if (kind) notify(app, sql, out.id, kind);
    }
    notify_promoted(app, sql, out.promoted);
    return out;
  });
}

namespace {
struct CycleRefused {
  RegistrationOutcome outcome;
};
}  // namespace

RegistrationOutcome register_cycle_and_notify(App& app, const RegistrationRequest& bare) {
  auto request = bare;
  request.holds = hold_limits();
  request.write_at_commit = false;  // later sessions count the address's holds, and the mail reads the rows
  try {
    return app.db.transact([&](soci::session& sql) {
      auto outcomes = register_for_cycle(sql, request, now_seconds());
      if (outcomes.empty()) {
        RegistrationOutcome none;
        none.reason = N_("Registration for this session is closed.");
        throw CycleRefused{none};
      }
      RegistrationOutcome first = outcomes.front();
      bool all_duplicates = true;
      for (auto& o : outcomes) {
        if (o.status == Status::Refused && !o.duplicate) throw CycleRefused{o};
        all_duplicates = all_duplicates && o.duplicate;
        // The least favourable status tells the person where they stand for the cycle.
        if (!o.duplicate && !holds_seat(o.status) && holds_seat(first.status)) first = o;
      }
      first.duplicate = all_duplicates;
      // One message for the cycle; when confirmed, its calendar file holds every confirmed session.
      if (!all_duplicates && first.id) {
        const char* kind = first.status == Status::Confirmed ? "confirmed" : first.status == Status::AwaitingEmail ? "check_email"
                           : first.status == Status::WaitingList ? "waiting_list" : "pending_approval";
        std::vector<std::int64_t> confirmed;
        for (auto& o : outcomes)
          if (o.id && o.status == Status::Confirmed) confirmed.push_back(o.id);
        notify(app, sql, first.id, kind, confirmed);
      }
      for (auto& o : outcomes) notify_promoted(app, sql, o.promoted);
      return first;
    });
  } catch (const CycleRefused& refused) {
    return refused.outcome;  // rolled back: nothing written for any session
  }
}

void queue_sms(soci::session& sql, const std::string& phone, const std::string& text) {
  std::int64_t now = now_seconds(), id = 0;
  std::string body = text.substr(0, 480);
  sql << "INSERT INTO outbox (created_at, channel, recipient, subject, body) VALUES (:c, 'sms', :r, '', :b) RETURNING id",
      soci::use(now), soci::use(phone), soci::use(body), soci::into(id);
  Jobs::enqueue(sql, "offers.sms", std::to_string(id));
}

int expire_and_promote(App& app, std::int64_t now) {
  return app.db.transact([&](soci::session& sql) {
    int promoted = 0;
    for (auto session_id : expire_holds(sql, now)) {
      lock_session(sql, session_id);
      auto ids = promote(sql, session_id, now);
      notify_promoted(app, sql, ids);
      promoted += static_cast<int>(ids.size());
    }
    return promoted;
  });
}

int send_reminders(App& app, std::int64_t now, int days_before) {
  return app.db.transact([&](soci::session& sql) {
    std::int64_t until = now + static_cast<std::int64_t>(days_before) * 86400;
    std::vector<std::int64_t> sessions;
    soci::rowset<soci::row> rs = (sql.prepare << "SELECT id FROM offer_sessions WHERE reminded_at IS NULL AND status = "
                                                 "'open' AND starts_at > :n AND starts_at <= :u",
                                  soci::use(now), soci::use(until));
    for (auto& r : rs) sessions.push_back(as_int(r, 0));
    int sent = 0;
    for (auto s : sessions) {
      for (auto& reg : registrations_of(sql, s)) {
        if (reg.status != Status::Confirmed) continue;
        notify(app, sql, reg.id, "reminder");
        ++sent;
      }
      sql << "UPDATE offer_sessions SET reminded_at = :n WHERE id = :id", soci::use(now), soci::use(s);
    }
    return sent;
  });
}

namespace {
std::size_t discard(char*, std::size_t s, std::size_t n, void*) { return s * n; }
}  // namespace

void deliver_sms(App& app, std::int64_t id) {
  std::string to, text, status;
  {
    soci::session sql(app.db.pool());
    sql << "SELECT recipient, body, status FROM outbox WHERE id = :id AND channel = 'sms'", soci::use(id), soci::into(to),
        soci::into(text), soci::into(status);
  }
  if (to.empty() || status == "sent") return;
  const char* command = std::getenv("MAILLAGE_SMS_COMMAND");
  const char* url = std::getenv("MAILLAGE_SMS_URL");
  if (command && *command) {
    // The number is checked to be digits and '+' only before it reaches a shell.
    for (char c : to)
      if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '+')) throw std::runtime_error("invalid phone number");
    std::string cmd = std::string(command) + " '" + to + "'";
    FILE* p = popen(cmd.c_str(), "w");
    if (!p) throw std::runtime_error("cannot run the SMS command");
    std::fwrite(text.data(), 1, text.size(), p);
    if (pclose(p) != 0) throw std::runtime_error("the SMS command failed");
  } else if (url && *url) {
    std::string body = nlohmann::json{{"to", to}, {"text", text}}.dump();
    CURL* c = curl_easy_init();
    curl_slist* h = curl_slist_append(nullptr, "Content-Type: application/json");
    curl_easy_setopt(c, CURLOPT_URL, url);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.c_str());
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, discard);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, 20L);
    CURLcode rc = curl_easy_perform(c);
    long code = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
    curl_slist_free_all(h);
    curl_easy_cleanup(c);
    if (rc != CURLE_OK || code >= 300) throw std::runtime_error("the SMS gateway refused the message");
  }
  // Without a gateway (development) the outbox row is the record of the message.
  std::int64_t now = now_seconds();
  app.db.transact([&](soci::session& sql) {
    sql << "UPDATE outbox SET status = 'sent', sent_at = :n, attempts = attempts + 1 WHERE id = :id", soci::use(now),
        soci::use(id);
  });
}

}  // namespace maillage::offers

namespace maillage::offers {

void register_jobs(Jobs& jobs) {
  jobs.every("offers.expire", 300, [](App& app, const JobRun&) { expire_and_promote(app, now_seconds()); });
  jobs.every("offers.reminders", 3600, [](App& app, const JobRun&) {
    int days = 2;
    if (const char* v = std::getenv("MAILLAGE_REMINDER_DAYS")) {
      try { days = std::clamp(std::stoi(v), 0, 30); } catch (...) {}
    }
    send_reminders(app, now_seconds(), days);
  });
  jobs.on("offers.sms", [](App& app, const JobRun& run) { deliver_sms(app, std::stoll(run.payload)); });
}

}  // namespace maillage::offers
