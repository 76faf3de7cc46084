// Cryptographic helpers on libsodium: random tokens, hashes of tokens stored in the database, HMAC
// signatures (CSRF tokens, flash messages), and Argon2id passwords with a bound on concurrent hashes.
#pragma once
#include <string>
#include <string_view>

namespace maillage::security {

void init();  // sodium_init, once
std::string random_token(std::size_t bytes = 32);  // base64url, no padding
std::string random_uuid();  // version 4, lower case: the ids HSDS asks new records to have
std::string sha256_hex(std::string_view data);
std::string hmac(std::string_view key, std::string_view message);  // base64url HMAC-SHA256
bool equal_constant_time(std::string_view a, std::string_view b);
std::string base64url(std::string_view data);
std::string base64url_decode(std::string_view text);  // "" on invalid input

// Argon2id at libsodium's interactive limits (~70 ms, 64 MiB). At most `concurrent_hashes()` run at once so
// that a burst of logins cannot exhaust memory; others wait their turn.
std::string hash_password(const std::string& password);
bool verify_password(const std::string& stored_hash, const std::string& password);
int concurrent_hashes();

}  // namespace maillage::security
