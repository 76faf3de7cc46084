#include "newsletters/model.hpp"
#include "platform/ascii.hpp"

#include <algorithm>

#include "platform/db.hpp"

namespace maillage::newsletters {

const std::string& ByLanguage::in(const std::string& lang) const {
  const std::string& asked = lang == "nl" ? nl : (lang == "en" || lang == "qps") ? en : fr;
  if (!asked.empty()) return asked;
  return !fr.empty() ? fr : !nl.empty() ? nl : en;
}

namespace {

const char* kListColumns =
    "SELECT l.id, l.scope_type, l.scope_id, l.name_fr, l.name_nl, l.name_en, l.description_fr, l.description_nl, "
    "l.description_en, l.consent_version, COALESCE(c.text_fr, ''), COALESCE(c.text_nl, ''), COALESCE(c.text_en, ''), "
    "COALESCE(l.created_by, 0) FROM newsletter_lists l LEFT JOIN newsletter_consent_texts c ON c.list_id = l.id AND "
    "c.version = l.consent_version ";

List list_from(const soci::row& r) {
  List l;
  l.id = as_int(r, 0);
  l.scope_type = as_text(r, 1);
  l.scope_id = as_text(r, 2);
  l.name = {as_text(r, 3), as_text(r, 4), as_text(r, 5)};
  l.description = {as_text(r, 6), as_text(r, 7), as_text(r, 8)};
  l.consent_version = static_cast<int>(as_int(r, 9));
  l.consent = {as_text(r, 10), as_text(r, 11), as_text(r, 12)};
  l.created_by = as_int(r, 13);
  return l;
}

const char* kSubscriberColumns =
    "SELECT id, list_id, email, name, lang, status, consent_version, consent_lang, signup_ip, confirm_ip, "
    "signed_up_at, COALESCE(confirmed_at, 0), COALESCE(unsubscribed_at, 0), COALESCE(bounced_at, 0) "
    "FROM newsletter_subscribers ";

Subscriber subscriber_from(const soci::row& r) {
  Subscriber s;
  s.id = as_int(r, 0);
  s.list_id = as_int(r, 1);
  s.email = as_text(r, 2);
  s.name = as_text(r, 3);
  s.lang = as_text(r, 4);
  s.status = as_text(r, 5);
  s.consent_version = static_cast<int>(as_int(r, 6));
  s.consent_lang = as_text(r, 7);
  s.signup_ip = as_text(r, 8);
  s.confirm_ip = as_text(r, 9);
  s.signed_up_at = as_int(r, 10);
  s.confirmed_at = as_int(r, 11);
  s.unsubscribed_at = as_int(r, 12);
  s.bounced_at = as_int(r, 13);
  return s;
}

const char* kCampaignColumns =
    "SELECT id, list_id, subject_fr, subject_nl, subject_en, body_fr, body_nl, body_en, include_agenda, status, "
    "rate_per_minute, COALESCE(created_by, 0), created_at, COALESCE(test_sent_at, 0), COALESCE(started_at, 0), "
    "COALESCE(finished_at, 0) FROM newsletter_campaigns ";

Campaign campaign_from(const soci::row& r) {
  Campaign c;
  c.id = as_int(r, 0);
  c.list_id = as_int(r, 1);
  c.subject = {as_text(r, 2), as_text(r, 3), as_text(r, 4)};
  c.body = {as_text(r, 5), as_text(r, 6), as_text(r, 7)};
  c.include_agenda = as_int(r, 8) != 0;
  c.status = as_text(r, 9);
  c.rate_per_minute = static_cast<int>(as_int(r, 10));
  c.created_by = as_int(r, 11);
  c.created_at = as_int(r, 12);
  c.test_sent_at = as_int(r, 13);
  c.started_at = as_int(r, 14);
  c.finished_at = as_int(r, 15);
  return c;
}

void insert_consent(soci::session& sql, const List& l, std::int64_t now) {
  sql << "INSERT INTO newsletter_consent_texts (list_id, version, text_fr, text_nl, text_en, created_at) VALUES "
         "(:l, :v, :f, :n, :e, :t)",
      soci::use(l.id), soci::use(l.consent_version), soci::use(l.consent.fr), soci::use(l.consent.nl),
      soci::use(l.consent.en), soci::use(now);
}
}  // namespace

std::int64_t save_list(soci::session& sql, List& l, std::int64_t now) {
  soci::indicator by = l.created_by ? soci::i_ok : soci::i_null;
  if (l.id == 0) {
    l.consent_version = 1;
    sql << "INSERT INTO newsletter_lists (scope_type, scope_id, name_fr, name_nl, name_en, description_fr, "
           "description_nl, description_en, consent_version, created_by, created_at) VALUES (:st, :si, :nf, :nn, :ne, "
           ":df, :dn, :de, 1, :by, :t) RETURNING id",
        soci::use(l.scope_type), soci::use(l.scope_id), soci::use(l.name.fr), soci::use(l.name.nl), soci::use(l.name.en),
        soci::use(l.description.fr), soci::use(l.description.nl), soci::use(l.description.en),
        soci::use(l.created_by, by), soci::use(now), soci::into(l.id);
    insert_consent(sql, l, now);
    return l.id;
  }
  auto before = find_list(sql, l.id);
  if (!before) return 0;
  l.consent_version = before->consent_version;
  if (before->consent.fr != l.consent.fr || before->consent.nl != l.consent.nl || before->consent.en != l.consent.en) {
    // Subscribers keep the version they agreed to: a new text is a new version.
    ++l.consent_version;
    insert_consent(sql, l, now);
  }
  sql << "UPDATE newsletter_lists SET scope_type = :st, scope_id = :si, name_fr = :nf, name_nl = :nn, name_en = :ne, "
         "description_fr = :df, description_nl = :dn, description_en = :de, consent_version = :v WHERE id = :id",
      soci::use(l.scope_type), soci::use(l.scope_id), soci::use(l.name.fr), soci::use(l.name.nl), soci::use(l.name.en),
      soci::use(l.description.fr), soci::use(l.description.nl), soci::use(l.description.en),
      soci::use(l.consent_version), soci::use(l.id);
  return l.id;
}

std::optional<List> find_list(soci::session& sql, std::int64_t id) {
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kListColumns) + "WHERE l.id = :id", soci::use(id));
  for (auto& r : rs) return list_from(r);
  return std::nullopt;
}

std::vector<List> all_lists(soci::session& sql) {
  std::vector<List> out;
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kListColumns) + "ORDER BY l.scope_type, l.scope_id, l.id");
  for (auto& r : rs) out.push_back(list_from(r));
  return out;
}

ListCounts counts_of(soci::session& sql, std::int64_t list_id) {
  ListCounts c;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT status, COUNT(*) FROM newsletter_subscribers WHERE list_id = :l "
                                               "GROUP BY status", soci::use(list_id));
  for (auto& r : rs) {
    auto s = as_text(r, 0);
    int n = static_cast<int>(as_int(r, 1));
    if (s == "pending") c.pending = n;
    else if (s == "confirmed") c.confirmed = n;
    else if (s == "unsubscribed") c.unsubscribed = n;
    else if (s == "bounced") c.bounced = n;
  }
  return c;
}

ByLanguage consent_text(soci::session& sql, std::int64_t list_id, int version) {
  ByLanguage t;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT text_fr, text_nl, text_en FROM newsletter_consent_texts WHERE "
                                               "list_id = :l AND version = :v", soci::use(list_id), soci::use(version));
  for (auto& r : rs) t = {as_text(r, 0), as_text(r, 1), as_text(r, 2)};
  return t;
}

SignUpOutcome sign_up(soci::session& sql, const List& list, const SignUp& s, std::int64_t now) {
  std::string email = ascii_lower(s.email);
  SignUpOutcome out;
  std::string status;
  soci::indicator ind = soci::i_null;
  sql << "SELECT id, status FROM newsletter_subscribers WHERE list_id = :l AND email = :e", soci::use(list.id),
      soci::use(email), soci::into(out.subscriber_id), soci::into(status, ind);
  if (ind != soci::i_ok) {
    sql << "INSERT INTO newsletter_subscribers (list_id, email, name, lang, status, consent_version, consent_lang, "
           "signed_up_at, signup_ip) VALUES (:l, :e, :n, :lang, 'pending', :v, :cl, :t, :ip) RETURNING id",
        soci::use(list.id), soci::use(email), soci::use(s.name), soci::use(s.lang), soci::use(list.consent_version),
        soci::use(s.lang), soci::use(now), soci::use(s.ip), soci::into(out.subscriber_id);
    out.send_confirmation = true;
    return out;
  }
  if (status == "confirmed" || status == "bounced") return out;
  // Pending again or back after unsubscribing: the evidence is that of this new sign-up.
  sql << "UPDATE newsletter_subscribers SET status = 'pending', name = :n, lang = :lang, consent_version = :v, "
         "consent_lang = :cl, signed_up_at = :t, signup_ip = :ip, confirmed_at = NULL, confirm_ip = '', "
         "unsubscribed_at = NULL, unsubscribed_campaign_id = NULL WHERE id = :id",
      soci::use(s.name), soci::use(s.lang), soci::use(list.consent_version), soci::use(s.lang), soci::use(now),
      soci::use(s.ip), soci::use(out.subscriber_id);
  out.send_confirmation = true;
  return out;
}

std::optional<Subscriber> find_subscriber(soci::session& sql, std::int64_t id) {
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kSubscriberColumns) + "WHERE id = :id", soci::use(id));
  for (auto& r : rs) return subscriber_from(r);
  return std::nullopt;
}

bool confirm(soci::session& sql, std::int64_t id, const std::string& ip, std::int64_t now) {
  soci::statement st = (sql.prepare << "UPDATE newsletter_subscribers SET status = 'confirmed', confirmed_at = :t, "
                                       "confirm_ip = :ip WHERE id = :id AND status = 'pending'",
                        soci::use(now), soci::use(ip), soci::use(id));
  st.execute(true);
  return st.get_affected_rows() > 0;
}

bool unsubscribe(soci::session& sql, std::int64_t id, std::int64_t campaign_id, std::int64_t now) {
  soci::indicator camp = campaign_id ? soci::i_ok : soci::i_null;
  soci::statement st = (sql.prepare << "UPDATE newsletter_subscribers SET status = 'unsubscribed', unsubscribed_at = :t, "
                                       "unsubscribed_campaign_id = :c WHERE id = :id AND status IN ('pending', 'confirmed')",
                        soci::use(now), soci::use(campaign_id, camp), soci::use(id));
  st.execute(true);
  return st.get_affected_rows() > 0;
}

bool mark_bounced(soci::session& sql, std::int64_t id, std::int64_t now) {
  soci::statement st = (sql.prepare << "UPDATE newsletter_subscribers SET status = 'bounced', bounced_at = :t WHERE id = "
                                       ":id AND status <> 'bounced'",
                        soci::use(now), soci::use(id));
  st.execute(true);
  return st.get_affected_rows() > 0;
}

int record_bounces(soci::session& sql, std::int64_t now) {
  std::vector<std::int64_t> ids;
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT DISTINCT d.subscriber_id FROM newsletter_deliveries d JOIN outbox o ON o.id = d.outbox_id "
                      "JOIN newsletter_subscribers s ON s.id = d.subscriber_id WHERE o.status = 'failed' AND "
                      "s.status <> 'bounced'");
  for (auto& r : rs) ids.push_back(as_int(r, 0));
  int n = 0;
  for (auto id : ids) n += mark_bounced(sql, id, now) ? 1 : 0;
  return n;
}

std::int64_t save_campaign(soci::session& sql, Campaign& c, std::int64_t now) {
  int agenda = c.include_agenda ? 1 : 0;
  soci::indicator by = c.created_by ? soci::i_ok : soci::i_null;
  if (c.id == 0) {
    sql << "INSERT INTO newsletter_campaigns (list_id, subject_fr, subject_nl, subject_en, body_fr, body_nl, body_en, "
           "include_agenda, status, created_by, created_at, updated_at) VALUES (:l, :sf, :sn, :se, :bf, :bn, :be, :a, "
           "'draft', :by, :t, :u) RETURNING id",
        soci::use(c.list_id), soci::use(c.subject.fr), soci::use(c.subject.nl), soci::use(c.subject.en),
        soci::use(c.body.fr), soci::use(c.body.nl), soci::use(c.body.en), soci::use(agenda), soci::use(c.created_by, by),
        soci::use(now), soci::use(now), soci::into(c.id);
    return c.id;
  }
  sql << "UPDATE newsletter_campaigns SET subject_fr = :sf, subject_nl = :sn, subject_en = :se, body_fr = :bf, "
         "body_nl = :bn, body_en = :be, include_agenda = :a, updated_at = :u WHERE id = :id AND status = 'draft'",
      soci::use(c.subject.fr), soci::use(c.subject.nl), soci::use(c.subject.en), soci::use(c.body.fr),
      soci::use(c.body.nl), soci::use(c.body.en), soci::use(agenda), soci::use(now), soci::use(c.id);
  return c.id;
}

std::optional<Campaign> find_campaign(soci::session& sql, std::int64_t id) {
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kCampaignColumns) + "WHERE id = :id", soci::use(id));
  for (auto& r : rs) return campaign_from(r);
  return std::nullopt;
}

std::vector<Campaign> campaigns_of(soci::session& sql, std::int64_t list_id) {
  std::vector<Campaign> out;
  soci::rowset<soci::row> rs = (sql.prepare << std::string(kCampaignColumns) + "WHERE list_id = :l ORDER BY created_at "
                                                                                "DESC, id DESC",
                                soci::use(list_id));
  for (auto& r : rs) out.push_back(campaign_from(r));
  return out;
}

Figures figures_of(soci::session& sql, std::int64_t campaign_id) {
  Figures f;
  soci::rowset<soci::row> rs = (sql.prepare << "SELECT COALESCE(o.status, 'queued'), COUNT(*) FROM newsletter_deliveries d "
                                               "LEFT JOIN outbox o ON o.id = d.outbox_id WHERE d.campaign_id = :c "
                                               "GROUP BY COALESCE(o.status, 'queued')",
                                soci::use(campaign_id));
  for (auto& r : rs) {
    int n = static_cast<int>(as_int(r, 1));
    f.recipients += n;
    auto s = as_text(r, 0);
    if (s == "sent") f.sent += n;
    else if (s == "failed") f.failed += n;
    else f.waiting += n;
  }
  sql << "SELECT COUNT(*) FROM newsletter_subscribers WHERE unsubscribed_campaign_id = :c AND status = 'unsubscribed'",
      soci::use(campaign_id), soci::into(f.unsubscribed);
  return f;
}

bool start_sending(soci::session& sql, std::int64_t campaign_id, int rate, std::int64_t now) {
  soci::statement st = (sql.prepare << "UPDATE newsletter_campaigns SET status = 'sending', rate_per_minute = :r, "
                                       "started_at = :t WHERE id = :id AND status = 'draft'",
                        soci::use(rate), soci::use(now), soci::use(campaign_id));
  st.execute(true);
  return st.get_affected_rows() > 0;
}

std::vector<Subscriber> next_recipients(soci::session& sql, const Campaign& c, int limit) {
  std::vector<Subscriber> out;
  soci::rowset<soci::row> rs =
      (sql.prepare << std::string(kSubscriberColumns) +
                          "WHERE list_id = :l AND status = 'confirmed' AND NOT EXISTS (SELECT 1 FROM newsletter_deliveries "
                          "d WHERE d.campaign_id = :c AND d.subscriber_id = newsletter_subscribers.id) ORDER BY id LIMIT :n",
       soci::use(c.list_id), soci::use(c.id), soci::use(limit));
  for (auto& r : rs) out.push_back(subscriber_from(r));
  return out;
}

void record_delivery(soci::session& sql, std::int64_t campaign_id, std::int64_t subscriber_id, std::int64_t outbox_id,
                     std::int64_t now) {
  sql << "INSERT INTO newsletter_deliveries (campaign_id, subscriber_id, outbox_id, queued_at) VALUES (:c, :s, :o, :t)",
      soci::use(campaign_id), soci::use(subscriber_id), soci::use(outbox_id), soci::use(now);
}

bool claim_batch(soci::session& sql, std::int64_t campaign_id, std::int64_t now) {
  std::int64_t next = now + 60;
  soci::statement st = (sql.prepare << "UPDATE newsletter_campaigns SET next_batch_at = :n WHERE id = :id AND "
                                       "status = 'sending' AND next_batch_at <= :now",
                        soci::use(next), soci::use(campaign_id), soci::use(now));
  st.execute(true);
  return st.get_affected_rows() > 0;
}

void finish_sending(soci::session& sql, std::int64_t campaign_id, std::int64_t now) {
  sql << "UPDATE newsletter_campaigns SET status = 'sent', finished_at = :t WHERE id = :id AND status = 'sending'",
      soci::use(now), soci::use(campaign_id);
}

}  // namespace maillage::newsletters
