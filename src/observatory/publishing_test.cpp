// The parts publish to the observatory through one registry: activities of a period from every part, in order.
#include "observatory/publishing.hpp"

#include <gtest/gtest.h>

#include <soci/sqlite3/soci-sqlite3.h>

namespace maillage::observatory {
namespace {

// The parts' own publishers (registered by every TestServer's wiring) step aside while a test registers its own:
// they would query tables an in-memory session does not have.
struct OnlyTestPublishers {
  OnlyTestPublishers() : saved(publishers()) {
    for (auto& p : saved) unregister_publisher(p.source);
  }
  ~OnlyTestPublishers() {
    for (auto& p : saved) register_publisher(p);
  }
  std::vector<Publisher> saved;
};

struct Registered {
  explicit Registered(Publisher p) : source(p.source) { register_publisher(std::move(p)); }
  ~Registered() { unregister_publisher(source); }
  std::string source;
};

Activity at(std::int64_t t, const std::string& ref) {
  Activity a;
  a.ref = ref;
  a.kind = "meeting";
  a.starts_at = t;
  return a;
}

TEST(ObservatoryPublishing, ActivitiesOfEveryPartComeInStartOrderWithTheirSource) {
  OnlyTestPublishers only;
  Registered one({"test.one", [](soci::session&, const Period& p) {
                    std::vector<Activity> v{at(p.from + 20, "b"), at(p.from + 5, "a")};
                    return v;
                  }, {}, {}, {}});
  Registered two({"test.two", [](soci::session&, const Period& p) { return std::vector<Activity>{at(p.from + 10, "c")}; },
                  {{"test.two.count", "Count", "", true}},
                  [](soci::session&, const Period&) { return std::vector<DataValue>{{"test.two.count", "sud", 3}}; },
                  {}});
  soci::session sql(soci::sqlite3, ":memory:");
  {
    auto all = published_activities(sql, Period{1000, 2000});
    std::vector<std::string> refs;
    for (auto& a : all)
      if (a.source.rfind("test.", 0) == 0) refs.push_back(a.source + "/" + a.ref);
    EXPECT_EQ(refs, (std::vector<std::string>{"test.one/a", "test.two/c", "test.one/b"}));
    auto elements = published_elements();
    auto it = std::find_if(elements.begin(), elements.end(), [](auto& e) { return e.code == "test.two.count"; });
    ASSERT_NE(it, elements.end());
    EXPECT_EQ(it->source, "test.two");
    EXPECT_TRUE(it->protected_counts);
    auto values = published_values(sql, Period{1000, 2000});
    EXPECT_TRUE(std::any_of(values.begin(), values.end(), [](auto& v) { return v.code == "test.two.count" && v.value == 3; }));
  }
}

TEST(ObservatoryPublishing, ASecondRegistrationOfASourceReplacesTheFirst) {
  OnlyTestPublishers only;
  Registered first({"test.same", [](soci::session&, const Period& p) { return std::vector<Activity>{at(p.from, "old")}; }, {}, {}, {}});
  register_publisher({"test.same", [](soci::session&, const Period& p) { return std::vector<Activity>{at(p.from, "new")}; }, {}, {}, {}});
  soci::session sql(soci::sqlite3, ":memory:");
  {
    int n = 0;
    for (auto& a : published_activities(sql, Period{0, 10}))
      if (a.source == "test.same") {
        ++n;
        EXPECT_EQ(a.ref, "new");
      }
    EXPECT_EQ(n, 1);
  }
}

}  // namespace
}  // namespace maillage::observatory
