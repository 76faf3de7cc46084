// What the process's cache of resolved sessions (accounts/model.cpp, resolve_session) holds beside the user.
#pragma once
#include <cstdint>
#include <string>

namespace maillage {
class App;
}

namespace maillage::accounts {

// The user's last login as it was when the session behind `token` was last resolved (the cache resolves a
// session again at least every five minutes and after any access change), else read from the database. A
// login made elsewhere meanwhile shows within five minutes.
std::int64_t last_login_of_session(App& app, const std::string& token, std::int64_t user_id);

}  // namespace maillage::accounts
