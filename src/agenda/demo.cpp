#include "agenda/demo.hpp"
#include "platform/phone.hpp"

#include <algorithm>

#include "accounts/demo_world.hpp"
#include <map>

#include "agenda/easy_read.hpp"
#include "agenda/session_requests.hpp"
#include "directory/model.hpp"
#include "offers/head_counts.hpp"
#include "offers/model.hpp"
#include "platform/brussels_time.hpp"

namespace maillage::agenda {

namespace {
// The theme each demo offer is about, by a word of its French title.
struct ThemeOf {
  const char* title_word;
  const char* theme;
};
const ThemeOf kThemes[] = {
    {"sans chez-soi", "homelessness"},       {"santé mentale", "mental-health"},
    {"violences", "domestic-violence"},      {"secret professionnel", "legal-aid"},
    {"aide alimentaire", "food-aid"},        {"aide médicale urgente", "migration"},
    {"assuétudes", "addictions"},            {"Intervision", "mental-health"},
    {"domicile", "home-care"},               {"périnatal", "perinatality"},
};

struct Activity {
  const char* title_fr;
  const char* title_nl;
  const char* title_en;
  const char* description_fr;
  const char* bassin;
  const char* audience;
  const char* theme;
  int every_days, weekday_offset, hour;
  const char* easy_fr;
};
const Activity kActivities[] = {
    {"Groupe de soutien « Entre nous »", "Steungroep « Onder ons »", "Support group \"Between us\"",
     "Chaque semaine, un moment pour parler de ce qui est difficile, avec d'autres et deux animatrices. Sans "
     "inscription préalable obligatoire, gratuit.",
     "sud", "service_users", "mental-health", 7, 1, 14,
     "On se retrouve le mardi après-midi. On parle ensemble. C'est gratuit. Vous pouvez venir sans vous inscrire."},
    {"Atelier cuisine et santé", "Workshop koken en gezondheid", "Cooking and health workshop",
     "Cuisiner ensemble un repas simple et pas cher, et le partager. Pour les personnes accompagnées, leurs "
     "proches et les professionnels qui les accompagnent.",
     "nord", "everyone", "food-aid", 14, 3, 10,
     "On cuisine ensemble. Puis on mange ensemble. C'est gratuit. Inscrivez-vous pour avoir une place."},
    {"Café des aidants proches", "Mantelzorgcafé", "Family carers' café",
     "Un après-midi par mois pour les proches qui aident une personne malade ou âgée : échanges et informations.",
     "sud-est", "service_users", "home-care", 28, 2, 15,
     "Vous aidez un proche malade ou âgé ? Venez parler avec d'autres aidants. Un café est offert."},
};
// Brus'Info requests of this calendar year, shaped like Brusano's 2024 table: received by the region's team 40,
// Centre-Ouest 10, Sud 8, Nord 4, Nord-Est 10, Sud-Est 8. Most are held (scheduled as a session at the team's
// premises), a few declined, the latest still to answer.
void seed_session_requests(soci::session& sql, const accounts::demo::World& world, std::int64_t now) {
  const std::pair<const char*, int> kReceived[] = {{"region", 40}, {"centre-ouest", 10}, {"sud", 8},
                                                   {"nord", 4},    {"nord-est", 10},    {"sud-est", 8}};
  const char* const kRequestThemes[] = {"homelessness", "mental-health", "migration", "housing", "food-aid",
                                        "domestic-violence", "home-care", "legal-aid", "addictions", "disability"};
  auto year = year_period(to_brussels(now).year);
  std::int64_t from = year ? year->from : now - 300 * 86400;
  std::int64_t span = std::max<std::int64_t>(now - from - 14 * 86400, 86400);
  std::map<std::string, std::string> label;
  for (auto& t : directory::list_terms(sql, "themes")) label[t.code] = directory::pick(t.label, "fr");
  int n = 0;
  for (auto [bassin, count] : kReceived) {
    auto orgs = world.organisations_in(std::string(bassin) == "region" ? "" : bassin);
    for (int k = 0; k < count; ++k, ++n) {
      auto* org = orgs.empty() ? nullptr : orgs[(k * 7 + n) % orgs.size()];
      auto* who = org ? world.coordinator_of(org->id) : nullptr;
      SessionRequest r;
      r.organisation_name = org ? org->name : "Service social";
      r.contact_name = who ? who->name : "Contact";
      r.email = who ? who->email : "contact@demo.maillage.brussels";
      r.theme = kRequestThemes[(n * 3 + k) % std::size(kRequestThemes)];
      r.bassin = bassin;
      r.postal_code = org ? org->postal_code : "1000";
      r.place = org ? org->name : "";
      r.wished = "Un mardi ou un jeudi matin";
      r.participants = 8 + (n * 5) % 17;
      r.message = "Notre équipe voudrait mieux connaître l'offre du bassin sur ce thème et les bons relais.";
      r.created_at = from + span * (n + 1) / 81;
      insert_request(sql, r);
      if (k == count - 1 && count > 4) continue;  // the latest of a busy team: still to answer
      if (n % 19 == 7) {
        decline_request(sql, r.id, "Déjà couvert par la séance ouverte du mois prochain.", 0, r.created_at + 3 * 86400);
        continue;
      }
      Scheduling s;
      auto day = r.created_at + (18 + n % 10) * 86400;
      s.starts_at = from_brussels(local_date_iso(day), "09:30").value_or(day);
      s.ends_at = s.starts_at + 2 * 3600;
      s.title_fr = "Brus'Info : " + label[r.theme];
      schedule_request(sql, r, s, r.created_at + 2 * 86400);
    }
  }
}
// Registrations by phone of service users (a name or a pseudonym and a number, offers/model.hpp phone_contact).
void seed_phone_registrations(soci::session& sql, std::int64_t session_id, std::int64_t now) {
  const std::pair<const char*, const char*> kPeople[] = {
      {"Mimi", "0470 11 22 33"}, {"Karim B.", "+32 486 44 55 66"}, {"Mme Lambert", "02 538 12 34"}};
  for (auto [name, typed] : kPeople) {
    auto phone = normalise_phone(typed);
    if (!phone) continue;
    offers::RegistrationRequest r;
    r.session_id = session_id;
    r.name = name;
    r.phone = *phone;
    r.email = offers::phone_contact(*phone);
    r.email_verified = true;
    r.by_phone = true;
    r.by_organiser = true;  // the demo's own data: no per-client bound
    offers::register_for(sql, r, now);
  }
}
}  // namespace

void seed_demo(App& app) {
  app.db.transact([&](soci::session& sql) {
    for (auto& t : kThemes) {
      // Bound values must outlive the statement, which runs at the end of the expression: named, not temporaries.
      std::string like = std::string("%") + t.title_word + "%", theme = t.theme;
      sql << "UPDATE offers SET theme = :t WHERE theme = '' AND title_fr LIKE :w", soci::use(theme), soci::use(like);
    }
    auto world = accounts::demo::load_world(sql);
    std::int64_t now = now_seconds();
    // Sessions from twelve weeks back to thirteen ahead, at a round hour (Brussels) of the chosen weekday.
    auto today = to_brussels(now);
    auto midnight = from_brussels(local_date_iso(now), "00:00").value_or(now);
    for (std::size_t a = 0; a < std::size(kActivities); ++a) {
      auto& act = kActivities[a];
      auto hosts = world.organisations_in(act.bassin);
      offers::Offer o;
      o.type = "information_session";
      o.title_fr = act.title_fr;
      o.title_nl = act.title_nl;
      o.title_en = act.title_en;
      o.description_fr = act.description_fr;
      o.territory = act.bassin;
      o.languages = "fr,nl";
      o.audience = act.audience;
      o.theme = act.theme;
      o.status = "published";
      o.visibility = "public";
      o.capacity = 14;
      o.policy.waiting_list = true;
      if (!hosts.empty()) o.organisers = {hosts[a % hosts.size()]->id};
      offers::save_offer(sql, o);
      set_easy_text(sql, o.id, {act.easy_fr, "", ""});
      int shift = (act.weekday_offset - today.weekday + 7) % 7;
      // The weekly support group has met all year: its head counts make the series its page shows.
      int first = a == 0 ? shift - 364 : shift - 84, week = 0;
      for (int day = first; day <= 91; day += act.every_days, ++week) {
        offers::Session s;
        s.offer_id = o.id;
        std::int64_t date = midnight + static_cast<std::int64_t>(day) * 86400 + 43200;  // noon, then the hour
        s.starts_at = from_brussels(local_date_iso(date), (act.hour < 10 ? "0" : "") + std::to_string(act.hour) + ":00")
                          .value_or(date);
        s.ends_at = s.starts_at + 2 * 3600;
        s.place = hosts.empty() ? "" : hosts[a % hosts.size()]->name;
        s.postal_code = hosts.empty() ? "" : hosts[a % hosts.size()]->postal_code;
        if (!hosts.empty()) s.host_organisation_id = hosts[a % hosts.size()]->id;
        s.capacity = 14;
        offers::save_session(sql, s);
        if (a == 0 && s.ends_at < now) {
          // 6 to 14 people, fewer in July and August and around the new year.
          auto month = to_brussels(s.starts_at).month;
          int count = 8 + (week * 5) % 7 - (month == 7 || month == 8 || month == 1 ? 3 : 0);
          offers::set_head_count(sql, s.id, count);
        }
        // A few people accompanied by the services registered by phone for the support group's next meetings.
        if (a == 0 && s.starts_at > now && s.starts_at < now + 15 * 86400) seed_phone_registrations(sql, s.id, now);
      }
    }
    seed_session_requests(sql, world, now);
    // Replays: the webinars that took place have their recording.
    sql << "UPDATE offer_sessions SET recording_url = 'https://replay.demo.maillage.brussels/session-' || "
           "CAST(id AS TEXT) WHERE ends_at < :n AND status <> 'cancelled' AND offer_id IN (SELECT id FROM offers WHERE "
           "type = 'webinar')",
        soci::use(now);
  });
}

}  // namespace maillage::agenda
