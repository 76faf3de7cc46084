// The demo world: the one set of demonstration organisations and people that every part's demo uses (directory,
// offers, helpdesk, search...). seed-demo builds it once (src/app/demo.cpp): the accounts' demo organisations and
// those of the directory demo get coordinators, editors and members with realistic Brussels names; any part's
// demo then reads it back with load_world() and picks its people with the deterministic look-ups below, so that
// the same organisations and the same people appear in every part. Never loaded in production.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <string>
#include <vector>

namespace maillage::accounts::demo {

// The one password of every demo professional of the world (not the six demo logins of README.md, which keep
// theirs), so that anyone trying the demo can log in as any of them.
inline constexpr const char* kWorldPassword = "demo-world-2026";
// Every demo account's e-mail address ends with this.
inline constexpr const char* kEmailDomain = "@demo.maillage.brussels";

struct DemoOrganisation {
  std::int64_t id = 0;
  std::string name, postal_code;
  std::string bassin;  // bassin slug of its postal code ("" when it has none)
  std::string sector;  // a code of the offers' sector vocabulary (platform/sectors.hpp): "social", "mental_health"...
};

struct DemoPerson {
  std::int64_t user_id = 0;
  std::string name, email, lang;
  std::int64_t organisation_id = 0;
  std::string organisation_name;
  std::string role;      // membership role: "coordinator", "editor" or "member"
  std::string function;  // job title in French ("Assistant·e social·e"), for forms that ask it
  std::string sector, bassin;  // those of the organisation
};

struct World {
  std::vector<DemoOrganisation> organisations;  // by id
  std::vector<DemoPerson> people;               // by user id; one entry per membership

  const DemoOrganisation* organisation(std::int64_t id) const;
  // The people of one organisation, coordinators first.
  std::vector<const DemoPerson*> people_of(std::int64_t organisation_id) const;
  const DemoPerson* coordinator_of(std::int64_t organisation_id) const;
  // Organisations (people) of a bassin and/or a sector; an empty value matches all.
  std::vector<const DemoOrganisation*> organisations_in(const std::string& bassin, const std::string& sector = "") const;
  std::vector<const DemoPerson*> people_in(const std::string& bassin, const std::string& sector = "") const;
  // "A demo professional of sector S in bassin B": the n-th of them (n modulo their number), else of the bassin,
  // else of anyone. Deterministic: the same n gives the same person on every run.
  const DemoPerson& person(const std::string& sector, const std::string& bassin, std::size_t n) const;
};

// The offers' sector of an organisation, from the kind its name starts with ("Service de santé mentale — ...").
std::string sector_of_organisation(const std::string& name);

// Gives every organisation without one a coordinator, every third an editor and each one to three members (the
// people of existing memberships count). Returns how many people it created. Call after the directory demo.
int seed_world(soci::session& sql, std::int64_t now);

// The demo world as seeded: every organisation, and the people of demo accounts with a membership.
World load_world(soci::session& sql);

}  // namespace maillage::accounts::demo
