// Not a test: the offers fixtures, named *_test.cpp so that only the test binary builds them.
#include "offers/test_fixtures.hpp"

#include "accounts/model.hpp"
#include "platform/db.hpp"
#include "platform/security.hpp"

namespace maillage::offers::testing {

Fixture published_offer(maillage::testing::TestServer& server, const FixtureOptions& options) {
  Fixture f;
  f.organisation = server.add_organisation("Service de santé mentale Le Méridien", "1060");
  server.app().db.transact([&](soci::session& sql) {
    Offer o;
    o.type = options.type;
    o.title_fr = "Séance d'information sur le réseau";
    o.title_nl = "Infosessie over het netwerk";
    o.status = "published";
    o.visibility = options.visibility;
    o.audience = options.audience;
    o.policy = options.policy;
    o.organisers = {f.organisation};
    f.offer = save_offer(sql, o);
    Session s;
    s.offer_id = f.offer;
    s.starts_at = now_seconds() + options.starts_in;
    s.ends_at = s.starts_at + 2 * 3600;
    s.place = "Rue de la Victoire 26, 1060 Saint-Gilles";
    s.capacity = options.capacity;
    f.session = save_session(sql, s);
  });
  return f;
}

Caller logged_in_caller(maillage::testing::TestServer& server, const std::string& email, std::int64_t organisation) {
  Caller c;
  c.email = email;
  std::string token;
  server.app().db.transact([&](soci::session& sql) {
    c.user_id = accounts::create_user(sql, email, "Person " + email.substr(0, email.find('@')), "fr");
    if (organisation) accounts::set_membership(sql, c.user_id, organisation, "member");
    token = accounts::open_session(sql, c.user_id, "127.0.0.1");
  });
  std::string csrf_cookie = security::random_token(32);
  c.headers = {"Cookie: maillage_session=" + token + "; maillage_csrf=" + csrf_cookie,
               "X-CSRF-Token: " + security::hmac(server.app().secret(), "csrf:" + csrf_cookie)};
  return c;
}

}  // namespace maillage::offers::testing
