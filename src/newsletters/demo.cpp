#include "newsletters/demo.hpp"

#include "accounts/demo_world.hpp"
#include "newsletters/model.hpp"
#include "newsletters/service.hpp"
#include "territory/model.hpp"

namespace maillage::newsletters {

void seed_demo(App& app) {
  app.db.transact([&](soci::session& sql) {
    auto world = accounts::demo::load_world(sql);
    std::int64_t now = now_seconds();
    std::int64_t month_ago = now - 30 * 86400;
    for (auto& b : territory::list_bassins(sql)) {
      List l;
      l.scope_type = "bassin";
      l.scope_id = b.slug;
      l.name = {"Newsletter " + b.name_fr, "Nieuwsbrief " + b.name_nl, "Newsletter " + b.name_en};
      l.description = {"Chaque mois : les nouvelles du réseau, les séances à venir et les services qui changent dans le "
                       "bassin " + b.name_fr + ".", "", ""};
      l.consent = {"J'accepte de recevoir la newsletter du bassin " + b.name_fr +
                       " (une par mois environ). Mon adresse ne sert qu'à cet envoi ; je peux me désinscrire à tout "
                       "moment par le lien de chaque message.",
                   "Ik ga akkoord om de nieuwsbrief van het zorgbassin " + b.name_nl +
                       " te ontvangen (ongeveer één per maand). Mijn adres dient enkel hiervoor; ik kan me altijd "
                       "uitschrijven via de link in elk bericht.",
                   "I agree to receive the newsletter of the " + b.name_en +
                       " care area (about one a month). My address serves only this; I can unsubscribe at any time "
                       "through the link in every message."};
      save_list(sql, l, month_ago - 60 * 86400);
      // Subscribers: the bassin's professionals, every other one, signed up over two months and confirmed within
      // the hour (a few never confirmed).
      auto people = world.people_in(b.slug);
      std::vector<Subscriber> confirmed;
      for (std::size_t i = 0; i < people.size(); i += 2) {
        auto* p = people[i];
        std::int64_t at = month_ago - 60 * 86400 + static_cast<std::int64_t>(i) * 3571 % (55 * 86400);
        auto out = sign_up(sql, l, {p->email, p->name, p->lang, "192.0.2.10"}, at);
        if (i % 20 == 10) continue;  // signed up, never confirmed
        confirm(sql, out.subscriber_id, "192.0.2.10", at + 600 + static_cast<std::int64_t>(i) * 7 % 3000);
        confirmed.push_back(*find_subscriber(sql, out.subscriber_id));
      }
      Campaign c;
      c.list_id = l.id;
      c.subject = {"Les nouvelles du bassin " + b.name_fr, "Nieuws uit het zorgbassin " + b.name_nl,
                   "News from the " + b.name_en + " care area"};
      c.body = {"Bonjour,\n\nCe mois-ci : la **semaine portes ouvertes** se prépare, deux nouvelles intervisions "
                "commencent et le répertoire compte de nouveaux services.\n\n- Inscrivez-vous aux séances ci-dessous\n"
                "- Proposez une séance d'information à votre équipe (Brus'Info)\n",
                "Dag iedereen,\n\nDeze maand: de **opendeurweek** wordt voorbereid, twee nieuwe intervisiegroepen "
                "starten en de sociale kaart telt nieuwe diensten.\n",
                "Hello,\n\nThis month: the **open-door week** is being prepared, two new intervision groups start and "
                "the directory lists new services.\n"};
      c.include_agenda = true;
      save_campaign(sql, c, month_ago - 2 * 86400);
      start_sending(sql, c.id, configured_rate(), month_ago);
      // Its messages, already sent: written to the outbox as sent (no job), one delivery each.
      for (std::size_t i = 0; i < confirmed.size(); ++i) {
        auto& s = confirmed[i];
        Mail m = campaign_mail(app, sql, l, c, s);
        bool failed = i % 37 == 5;
        std::string status = failed ? "failed" : "sent";
        std::string error = failed ? "550 5.1.1 mailbox unavailable" : "";
        std::int64_t at = month_ago + static_cast<std::int64_t>(i / configured_rate()) * 60;
        std::int64_t id = 0;
        sql << "INSERT INTO outbox (created_at, channel, recipient, subject, body, status, attempts, last_error, "
               "sent_at, html) VALUES (:c, 'email', :r, :s, :b, :st, 1, :e, :t, :h) RETURNING id",
            soci::use(at), soci::use(s.email), soci::use(m.subject), soci::use(m.body), soci::use(status),
            soci::use(error), soci::use(at), soci::use(m.html), soci::into(id);
        record_delivery(sql, c.id, s.id, id, at);
        if (failed) mark_bounced(sql, s.id, at + 60);
        else if (i % 29 == 3) unsubscribe(sql, s.id, c.id, at + 86400);
      }
      finish_sending(sql, c.id, month_ago + 600);
    }
  });
}

}  // namespace maillage::newsletters
