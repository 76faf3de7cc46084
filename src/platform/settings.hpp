// Named values of the `settings` table (migration 0001): a part's flags and the revisions that tell every server's
// in-process caches that something they keep has changed.
#pragma once
#include <soci/soci.h>

#include <optional>
#include <string>

namespace maillage {

// The value stored under `name`, nullopt when there is none.
std::optional<std::string> read_setting(soci::session& sql, const std::string& name);
// Stores `value` under `name` (replacing what was there) in the caller's transaction.
void write_setting(soci::session& sql, const std::string& name, const std::string& value);
// Stores a new random revision under `name`, written in the transaction of the change it announces. Random, not a
// counter: no read-modify-write, and two servers writing at once still leave a value neither had cached.
void write_new_revision(soci::session& sql, const std::string& name);

}  // namespace maillage
