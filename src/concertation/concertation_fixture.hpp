// A concertation group for the tests: two organisations of the directory, an organiser, a member bound by
// professional secrecy, a member who is not (a neighbourhood police officer), the coordinator of the member's
// organisation, an outsider and an administrator, all with the same password; a published charter accepted by
// everyone unless a test says otherwise.
#pragma once
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "concertation/groups.hpp"
#include "concertation/meetings.hpp"
#include "concertation/situations.hpp"
#include "platform/db.hpp"
#include "platform/testing/test_server.hpp"

namespace maillage::concertation::testing {

inline constexpr const char* kPassword = "a long enough password";

struct GroupFixture {
  maillage::testing::TestServer& server;
  std::int64_t group = 0, org_a = 0, org_b = 0, org_outside = 0;
  std::int64_t organiser = 0, member = 0, police = 0, coordinator_b = 0, outsider = 0, admin = 0;

  explicit GroupFixture(maillage::testing::TestServer& s) : server(s) {
    org_a = server.add_organisation("Antenne de quartier", "1000");
    org_b = server.add_organisation("Service de santé mentale du quartier", "1000");
    org_outside = server.add_organisation("Office extérieur", "1000");
    organiser = server.add_user("organiser@example.org", kPassword);
    member = server.add_user("member@example.org", kPassword);
    police = server.add_user("police@example.org", kPassword);
    coordinator_b = server.add_user("coordinator.b@example.org", kPassword);
    outsider = server.add_user("outsider@example.org", kPassword);
    admin = server.add_user("admin@example.org", kPassword, "admin", "region", "");
    server.add_membership(organiser, org_a, "coordinator");
    server.add_membership(member, org_b, "member");
    server.add_membership(police, org_a, "member");
    server.add_membership(coordinator_b, org_b, "coordinator");
    server.add_membership(outsider, org_outside, "member");
    server.app().db.transact([&](soci::session& sql) {
      Group g;
      g.name = "Concertation test";
      g.territory_kind = "commune";
      g.territory_code = "21004";
      g.legal_basis = "prosecutor";
      g.legal_reference = "Autorisation du procureur";
      group = create_group(sql, g, admin, now_seconds());
      invite_member(sql, group, organiser, org_a, true, true, admin, now_seconds());
      invite_member(sql, group, member, org_b, false, true, organiser, now_seconds());
      invite_member(sql, group, police, org_a, false, false, organiser, now_seconds());
    });
  }

  int publish(const std::string& text = "Charte") {
    return server.app().db.transact(
        [&](soci::session& sql) { return publish_charter(sql, group, text, text, text, organiser, now_seconds()); });
  }
  void accept(std::int64_t user, int version) {
    server.app().db.transact([&](soci::session& sql) { accept_charter(sql, group, user, version, now_seconds()); });
  }
  void organisation_accepts(std::int64_t org, int version) {
    server.app().db.transact([&](soci::session& sql) {
      record_organisation_acceptance(sql, group, org, version, false, "", organiser, now_seconds());
    });
  }
  // Everyone accepts version 1 (members and both organisations).
  void everyone_accepts() {
    int v = publish();
    for (auto u : {organiser, member, police}) accept(u, v);
    organisation_accepts(org_a, v);
    organisation_accepts(org_b, v);
  }

  std::int64_t situation(const std::string& code = "Q-01", const std::string& summary = "Isolement et dettes") {
    return server.app().db.transact([&](soci::session& sql) {
      Situation s;
      s.group_id = group;
      s.code = code;
      s.presenter_user_id = member;
      s.presenter_organisation_id = org_b;
      s.age_band = "65_plus";
      s.gender = "female";
      s.postal_code = "1000";
      s.themes = {"housing"};
      s.summary = summary;
      return create_situation(sql, s, now_seconds());
    });
  }

  std::unique_ptr<maillage::testing::HttpClient> client(const std::string& email) {
    auto c = std::make_unique<maillage::testing::HttpClient>(server.url(""));
    EXPECT_TRUE(c->login(email, kPassword)) << email;
    return c;
  }

  int count(const std::string& sql_text) {
    soci::session sql(server.app().db.pool());
    int n = 0;
    sql << sql_text, soci::into(n);
    return n;
  }
};

}  // namespace maillage::concertation::testing
