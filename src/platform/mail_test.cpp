// Mail delivery through SMTP (libcurl) against a small SMTP peer on loopback, and retries when it is down.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <thread>

#include "platform/jobs.hpp"
#include "platform/mail.hpp"
#include "platform/testing/test_server.hpp"

using namespace maillage;
using namespace maillage::testing;

namespace {
// Accepts one SMTP conversation and keeps what the client sent after DATA.
class FakeSmtpPeer {
 public:
  FakeSmtpPeer() {
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a);
    socklen_t len = sizeof a;
    getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &len);
    port_ = ntohs(a.sin_port);
    listen(fd_, 1);
    thread_ = std::thread([this] { serve(); });
  }
  ~FakeSmtpPeer() {
    shutdown(fd_, SHUT_RDWR);
    close(fd_);
    if (thread_.joinable()) thread_.join();
  }
  int port() const { return port_; }
  std::string data() {
    thread_.join();
    return data_;
  }

 private:
  void serve() {
    int c = accept(fd_, nullptr, nullptr);
    if (c < 0) return;
    timeval tv{5, 0};
    setsockopt(c, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    auto say = [&](const std::string& s) { (void)!write(c, s.data(), s.size()); };
    say("220 fake ESMTP\r\n");
    std::string buf;
    bool in_data = false;
    char chunk[4096];
    for (;;) {
      auto n = read(c, chunk, sizeof chunk);
      if (n <= 0) break;
      buf.append(chunk, n);
      std::size_t eol;
      while ((eol = buf.find("\r\n")) != std::string::npos) {
        std::string line = buf.substr(0, eol);
        buf.erase(0, eol + 2);
        if (in_data) {
          if (line == ".") {
            in_data = false;
            say("250 queued\r\n");
          } else {
            data_ += line + "\n";
          }
        } else if (line.rfind("EHLO", 0) == 0 || line.rfind("HELO", 0) == 0) {
          say("250 fake\r\n");
        } else if (line == "DATA") {
          in_data = true;
          say("354 go ahead\r\n");
        } else if (line == "QUIT") {
          say("221 bye\r\n");
          close(c);
          return;
        } else {
          say("250 ok\r\n");
        }
      }
    }
    close(c);
  }
  int fd_ = -1;
  int port_ = 0;
  std::thread thread_;
  std::string data_;
};
}  // namespace

TEST(DbMailSmtp, AMessageIsDeliveredThroughSmtpAndMarkedSent) {
  TestServer server;
  FakeSmtpPeer peer;
  server.app().config.smtp_url = "smtp://127.0.0.1:" + std::to_string(peer.port());
  server.app().config.mail_from = "maillage@example.org";
  Mail m{"person@example.org", "Intervision de jeudi", "Bonjour,\nla séance a lieu à Forest.", "", "", ""};
  auto id = server.app().db.transact([&](soci::session& sql) { return queue_mail(sql, m); });
  server.run_jobs();
  std::string data = peer.data();
  EXPECT_NE(data.find("To: person@example.org"), std::string::npos);
  EXPECT_NE(data.find("la séance a lieu à Forest."), std::string::npos);
  soci::session sql(server.app().db.pool());
  std::string status;
  sql << "SELECT status FROM outbox WHERE id = :id", soci::use(id), soci::into(status);
  EXPECT_EQ(status, "sent");
}

TEST(DbMailSmtp, AnUnreachableServerLeavesTheMessageQueuedForARetry) {
  TestServer server;
  int port;
  {
    FakeSmtpPeer closed_soon;  // take a free port, then close it: nobody listens there
    port = closed_soon.port();
  }
  server.app().config.smtp_url = "smtp://127.0.0.1:" + std::to_string(port);
  Mail m{"person@example.org", "Sujet", "Texte", "", "", ""};
  auto id = server.app().db.transact([&](soci::session& sql) { return queue_mail(sql, m); });
  server.run_jobs();
  soci::session sql(server.app().db.pool());
  std::string status, error;
  int attempts = 0;
  sql << "SELECT status, last_error, attempts FROM outbox WHERE id = :id", soci::use(id), soci::into(status),
      soci::into(error), soci::into(attempts);
  EXPECT_EQ(status, "retrying");
  EXPECT_FALSE(error.empty());
  EXPECT_EQ(attempts, 1);
  int queued = 0;
  std::int64_t run_at = 0;
  sql << "SELECT COUNT(*), MAX(run_at) FROM jobs WHERE kind = 'mail.send' AND status = 'queued'", soci::into(queued),
      soci::into(run_at);
  EXPECT_EQ(queued, 1);
  EXPECT_GT(run_at, now_seconds() + 20) << "the retry waits for its back-off";
}
