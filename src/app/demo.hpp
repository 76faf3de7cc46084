// Demonstration data: realistic Brussels organisations and one account per role, for `make run` and demos.
// Never loaded in production: `seed-demo` refuses a database that already has accounts.
#pragma once
#include <string>
#include <vector>

#include "platform/app.hpp"

namespace maillage {

struct DemoLogin {
  std::string role;
  std::string email;
  std::string password;
};

// The demo accounts (also written in README.md).
const std::vector<DemoLogin>& demo_logins();
// Fixed logins the parts' demos create among the demo world (the world's password), also in README.md.
std::vector<DemoLogin> demo_world_logins();
// Loads the demo data. Returns false (and changes nothing) when the database already has users.
bool seed_demo(App& app);

}  // namespace maillage
