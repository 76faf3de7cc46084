// Accounts over HTTP: logging in and out, password links, profile, invitations, administration of roles.
#include <gtest/gtest.h>

#include <regex>

#include "accounts/model.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;
using namespace maillage::testing;

namespace {
const std::string kPassword = "correct horse battery";

std::string link_in(const std::string& mail, const std::string& prefix) {
  std::smatch m;
  std::regex re("https?://[^/]+(" + prefix + "[A-Za-z0-9_-]+)");
  if (std::regex_search(mail, m, re)) return m[1];
  return "";
}

int audit_count(TestServer& s, const std::string& action) {
  soci::session sql(s.app().db.pool());
  int n = 0;
  sql << "SELECT COUNT(*) FROM audit_log WHERE action = :a", soci::use(action), soci::into(n);
  return n;
}

class HttpAccounts : public ::testing::Test {
 protected:
  TestServer server;
};
}  // namespace

TEST_F(HttpAccounts, AProfessionalLogsInAndOut) {
  server.add_user("pro@example.org", kPassword);
  HttpClient client(server.url(""));
  ASSERT_TRUE(client.login("PRO@example.org ", kPassword)) << "e-mail addresses ignore case and spaces";
  auto profile = client.get("/profile");
  EXPECT_EQ(profile.status, 200);
  EXPECT_NE(profile.body.find("pro@example.org"), std::string::npos);
  auto out = client.post("/logout", {{"_csrf", client.csrf_from(profile.body)}});
  EXPECT_EQ(out.status, 303);
  EXPECT_EQ(client.get("/profile").status, 303) << "after logout the profile asks to log in";
  EXPECT_EQ(audit_count(server, "login.success"), 1);
  EXPECT_EQ(audit_count(server, "logout"), 1);
}

TEST_F(HttpAccounts, AWrongPasswordKeepsTheTypedAddressAndIsAudited) {
  server.add_user("pro@example.org", kPassword);
  HttpClient client(server.url(""));
  auto r = client.submit("/login", "/login", {{"email", "pro@example.org"}, {"password", "wrong password"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("value=\"pro@example.org\""), std::string::npos);
  EXPECT_NE(r.body.find("class=\"errors\""), std::string::npos);
  EXPECT_EQ(audit_count(server, "login.failure"), 1);
}

TEST_F(HttpAccounts, LoginAttemptsAreLimitedPerAccount) {
  server.add_user("pro@example.org", kPassword);
  HttpClient client(server.url(""));
  for (int i = 0; i < accounts::kMaxFailuresPerAccount; ++i)
    client.submit("/login", "/login", {{"email", "pro@example.org"}, {"password", "wrong password"}});
  auto blocked = client.submit("/login", "/login", {{"email", "pro@example.org"}, {"password", kPassword}});
  EXPECT_EQ(blocked.status, 429) << "even the right password waits once the account is locked";
}

TEST_F(HttpAccounts, LoginAttemptsAreLimitedPerAddress) {
  HttpClient client(server.url(""));
  for (int i = 0; i < accounts::kMaxFailuresPerAddress; ++i)
    client.submit("/login", "/login", {{"email", "user" + std::to_string(i) + "@example.org"}, {"password", "x"}});
  server.add_user("other@example.org", kPassword);
  auto blocked = client.submit("/login", "/login", {{"email", "other@example.org"}, {"password", kPassword}});
  EXPECT_EQ(blocked.status, 429);
}

TEST_F(HttpAccounts, NextParameterCannotRedirectElsewhere) {
  server.add_user("pro@example.org", kPassword);
  HttpClient client(server.url(""));
  auto page = client.get("/login?next=//evil.example");
  auto r = client.post("/login", {{"_csrf", client.csrf_from(page.body)}, {"email", "pro@example.org"},
                                  {"password", kPassword}, {"next", "//evil.example"}});
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.header("location"), "/");
}

TEST_F(HttpAccounts, AForgottenPasswordIsResetThroughAOneTimeEmailedLink) {
  server.add_user("pro@example.org", kPassword);
  HttpClient client(server.url(""));
  auto r = client.submit("/password/forgot", "/password/forgot", {{"email", "pro@example.org"}});
  EXPECT_EQ(r.status, 303);
  server.run_jobs();
  std::string link = link_in(server.last_mail_to("pro@example.org"), "/password/set/");
  ASSERT_FALSE(link.empty());
  auto form = client.get(link);
  EXPECT_EQ(form.status, 200);
  auto mismatch = client.post(link, {{"_csrf", client.csrf_from(form.body)}, {"password", "new password 123"},
                                     {"confirm", "other password 123"}});
  EXPECT_EQ(mismatch.status, 422);
  auto ok = client.post(link, {{"_csrf", client.csrf_from(form.body)}, {"password", "new password 123"},
                               {"confirm", "new password 123"}});
  EXPECT_EQ(ok.status, 303);
  EXPECT_EQ(client.get(link).status, 410) << "the link works once";
  HttpClient fresh(server.url(""));
  EXPECT_TRUE(fresh.login("pro@example.org", "new password 123"));
  EXPECT_FALSE(HttpClient(server.url("")).login("pro@example.org", kPassword));
}

TEST_F(HttpAccounts, AForgottenPasswordRequestDoesNotTellWhetherTheAccountExists) {
  HttpClient client(server.url(""));
  auto r = client.submit("/password/forgot", "/password/forgot", {{"email", "nobody@example.org"}});
  EXPECT_EQ(r.status, 303);
  server.run_jobs();
  EXPECT_EQ(server.last_mail_to("nobody@example.org"), "");
  auto bad = client.submit("/password/forgot", "/password/forgot", {{"email", "not an address"}});
  EXPECT_EQ(bad.status, 422);
}

TEST_F(HttpAccounts, TheProfileSavesNameAndLanguage) {
  server.add_user("pro@example.org", kPassword);
  HttpClient client(server.url(""));
  ASSERT_TRUE(client.login("pro@example.org", kPassword));
  auto r = client.submit("/profile", "/profile", {{"name", "Marie Dupont"}, {"lang", "nl"}});
  EXPECT_EQ(r.status, 303);
  auto page = client.get("/profile");
  EXPECT_NE(page.body.find("value=\"Marie Dupont\""), std::string::npos);
  EXPECT_NE(page.body.find("<html lang=\"nl\">"), std::string::npos);
  auto empty = client.submit("/profile", "/profile", {{"name", "   "}, {"lang", "nl"}});
  EXPECT_EQ(empty.status, 422);
}

TEST_F(HttpAccounts, ChangingThePasswordEndsTheOtherSessions) {
  server.add_user("pro@example.org", kPassword);
  HttpClient laptop(server.url("")), phone(server.url(""));
  ASSERT_TRUE(laptop.login("pro@example.org", kPassword));
  ASSERT_TRUE(phone.login("pro@example.org", kPassword));
  auto wrong = laptop.submit("/profile", "/profile/password",
                             {{"current", "not it"}, {"password", "another password"}, {"confirm", "another password"}});
  EXPECT_EQ(wrong.status, 422);
  auto r = laptop.submit("/profile", "/profile/password",
                         {{"current", kPassword}, {"password", "another password"}, {"confirm", "another password"}});
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(laptop.get("/profile").status, 200);
  EXPECT_EQ(phone.get("/profile").status, 303);
}

TEST_F(HttpAccounts, ADisabledUsersSessionsEndAtOnce) {
  server.add_user("admin@example.org", kPassword, "admin");
  auto pro = server.add_user("pro@example.org", kPassword);
  HttpClient admin(server.url("")), user(server.url(""));
  ASSERT_TRUE(admin.login("admin@example.org", kPassword));
  ASSERT_TRUE(user.login("pro@example.org", kPassword));
  auto page = "/admin/users/" + std::to_string(pro);
  EXPECT_EQ(admin.submit(page, page + "/disable", {}).status, 303);
  EXPECT_EQ(user.get("/profile").status, 303);
  EXPECT_FALSE(HttpClient(server.url("")).login("pro@example.org", kPassword));
  EXPECT_EQ(audit_count(server, "user.disable"), 1);
  EXPECT_EQ(admin.submit(page, page + "/enable", {}).status, 303);
  EXPECT_TRUE(HttpClient(server.url("")).login("pro@example.org", kPassword));
}

TEST_F(HttpAccounts, AnAdministratorGrantsAndRemovesScopedRolesAndEveryChangeIsAudited) {
  server.add_user("admin@example.org", kPassword, "admin");
  auto pro = server.add_user("pro@example.org", kPassword);
  HttpClient admin(server.url("")), user(server.url(""));
  ASSERT_TRUE(admin.login("admin@example.org", kPassword));
  ASSERT_TRUE(user.login("pro@example.org", kPassword));
  EXPECT_EQ(user.get("/coordination").status, 403);
  auto page = "/admin/users/" + std::to_string(pro);
  EXPECT_EQ(admin.submit(page, page + "/grants", {{"role", "coordinator"}, {"scope", "bassin:sud"}}).status, 303);
  EXPECT_EQ(user.get("/coordination").status, 200) << "a role applies at the next request";
  EXPECT_EQ(admin.submit(page, page + "/grants", {{"role", "coordinator"}, {"scope", "bassin:atlantis"}}).status, 303);
  std::int64_t gid = 0;
  {
    soci::session sql(server.app().db.pool());
    int n = 0;
    sql << "SELECT COUNT(*) FROM grants WHERE user_id = :u", soci::use(pro), soci::into(n);
    EXPECT_EQ(n, 1) << "an unknown bassin is refused";
    sql << "SELECT id FROM grants WHERE user_id = :u", soci::use(pro), soci::into(gid);
  }
  EXPECT_EQ(admin.submit(page, page + "/grants/" + std::to_string(gid) + "/delete", {}).status, 303);
  EXPECT_EQ(user.get("/coordination").status, 403);
  EXPECT_EQ(audit_count(server, "grant.add"), 1);
  EXPECT_EQ(audit_count(server, "grant.remove"), 1);
  auto log = admin.get("/admin/audit?action=grant");
  EXPECT_NE(log.body.find("grant.add"), std::string::npos);
  EXPECT_EQ(log.body.find("login.success</td>"), std::string::npos) << "the filter narrows the log";
}

TEST_F(HttpAccounts, AnAdministratorCreatesAnAccountWithoutEverSettingItsPassword) {
  server.add_user("admin@example.org", kPassword, "admin");
  HttpClient admin(server.url(""));
  ASSERT_TRUE(admin.login("admin@example.org", kPassword));
  auto r = admin.submit("/admin/users", "/admin/users", {{"email", "new@example.org"}, {"name", "New Person"}, {"lang", "nl"}});
  EXPECT_EQ(r.status, 303);
  server.run_jobs();
  std::string link = link_in(server.last_mail_to("new@example.org"), "/password/set/");
  EXPECT_FALSE(link.empty());
  auto bad = admin.submit("/admin/users", "/admin/users", {{"email", "nope"}, {"name", ""}, {"lang", "nl"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("value=\"nope\""), std::string::npos) << "what was typed is kept";
}

TEST_F(HttpAccounts, ACoordinatorInvitesAProfessionalWhoCreatesAnAccount) {
  auto coord = server.add_user("coord@example.org", kPassword);
  auto org = server.add_organisation("Service de santé mentale — Saint-Gilles", "1060");
  auto other = server.add_organisation("Another organisation", "1000");
  server.add_membership(coord, org, "coordinator");
  HttpClient coordinator(server.url(""));
  ASSERT_TRUE(coordinator.login("coord@example.org", kPassword));
  auto refused = coordinator.submit("/invitations", "/invitations",
                                    {{"email", "x@example.org"}, {"organisation_id", std::to_string(other)}, {"role", "member"}});
  EXPECT_EQ(refused.status, 422) << "a coordinator invites only to their own organisation";
  auto sent = coordinator.submit("/invitations", "/invitations",
                                 {{"email", "newcomer@example.org"}, {"organisation_id", std::to_string(org)}, {"role", "editor"}});
  EXPECT_EQ(sent.status, 303);
  server.run_jobs();
  std::string link = link_in(server.last_mail_to("newcomer@example.org"), "/invitations/");
  ASSERT_FALSE(link.empty());
  HttpClient newcomer(server.url(""));
  auto form = newcomer.get(link);
  EXPECT_EQ(form.status, 200);
  EXPECT_NE(form.body.find("Saint-Gilles"), std::string::npos);
  auto accepted = newcomer.post(link, {{"_csrf", newcomer.csrf_from(form.body)}, {"name", "Nora Newcomer"},
                                       {"password", "a good password"}, {"confirm", "a good password"}});
  EXPECT_EQ(accepted.status, 303);
  auto profile = newcomer.get("/profile");
  EXPECT_EQ(profile.status, 200);
  EXPECT_NE(profile.body.find("Saint-Gilles"), std::string::npos);
  EXPECT_EQ(newcomer.get(link).status, 410) << "an invitation works once";
  auto list = coordinator.get("/invitations");
  EXPECT_NE(list.body.find("newcomer@example.org"), std::string::npos);
}

TEST_F(HttpAccounts, AnAdministratorCreatesAnOrganisationOnlyWithABrusselsPostalCode) {
  server.add_user("admin@example.org", kPassword, "admin");
  HttpClient admin(server.url(""));
  ASSERT_TRUE(admin.login("admin@example.org", kPassword));
  auto bad = admin.submit("/admin/organisations", "/admin/organisations", {{"name", "Hors zone"}, {"postal_code", "4000"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("value=\"Hors zone\""), std::string::npos);
  auto ok = admin.submit("/admin/organisations", "/admin/organisations", {{"name", "CPAS de Forest"}, {"postal_code", "1190"}});
  EXPECT_EQ(ok.status, 303);
  auto list = admin.get("/admin/organisations");
  EXPECT_NE(list.body.find("CPAS de Forest"), std::string::npos);
  EXPECT_NE(list.body.find("Forest — Bassin Sud"), std::string::npos);
}

TEST_F(HttpAccounts, TheOutboxShowsSentMailToAdministratorsAndLogsTheRead) {
  server.add_user("admin@example.org", kPassword, "admin");
  HttpClient admin(server.url(""));
  ASSERT_TRUE(admin.login("admin@example.org", kPassword));
  admin.submit("/password/forgot", "/password/forgot", {{"email", "admin@example.org"}});
  server.run_jobs();
  auto list = admin.get("/admin/outbox");
  EXPECT_NE(list.body.find("admin@example.org"), std::string::npos);
  std::smatch m;
  ASSERT_TRUE(std::regex_search(list.body, m, std::regex("/admin/outbox/([0-9]+)")));
  auto msg = admin.get(m[0]);
  EXPECT_EQ(msg.status, 200);
  EXPECT_NE(msg.body.find("/password/set/"), std::string::npos);
  EXPECT_EQ(audit_count(server, "outbox.read"), 1);
}
