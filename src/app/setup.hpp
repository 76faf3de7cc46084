// Wiring of the parts onto the platform: session resolution, background jobs, database preparation.
#pragma once
#include "platform/app.hpp"
#include "platform/jobs.hpp"

namespace maillage {

// Plugs the accounts part into the request pipeline (who is calling, their saved language).
void wire(App& app);
// Migrates, loads the territory facts on a new database, loads the installation secret. Returns migrations run.
int prepare_database(App& app);
// Registers every background job of every part.
void register_jobs(Jobs& jobs);
// Gives the query planner fresh statistics (ANALYZE): without them SQLite does not pick the parts' grouping
// indexes (the helpdesk's figures, the concertation's follow-up table). Run after a bulk load and nightly.
void refresh_planner_statistics(App& app);

}  // namespace maillage
