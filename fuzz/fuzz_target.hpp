// One fuzz target per untrusted input the platform parses. Built two ways from the same source:
// - with clang and libFuzzer (`make fuzz`, the `fuzz` CMake preset: AddressSanitizer and
//   UndefinedBehaviorSanitizer), each target its own fuzzer binary whose entry is LLVMFuzzerTestOneInput;
// - with the normal build, all targets in one `maillage_fuzz_replay` that runs every input of fuzz/corpus/
//   through its target (a CTest test of `make test`), so that an input that crashed once stays tested.
// A target returns 0; it aborts (std::abort via MAILLAGE_FUZZ_CHECK) when an invariant of its subject breaks.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace maillage::fuzz {

using Target = int (*)(const std::uint8_t*, std::size_t);
// Replay build: the targets linked into maillage_fuzz_replay, by name.
struct Registered {
  Registered(const char* name, Target target);
};

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace maillage::fuzz

#define MAILLAGE_FUZZ_CHECK(cond)                                                            \
  do {                                                                                        \
    if (!(cond)) {                                                                            \
      std::fprintf(stderr, "fuzz invariant broken at %s:%d: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                           \
    }                                                                                         \
  } while (0)

#ifdef MAILLAGE_LIBFUZZER
#define MAILLAGE_FUZZ_TARGET(name) extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
#else
#define MAILLAGE_FUZZ_TARGET(name)                                                      \
  static int fuzz_##name(const std::uint8_t* data, std::size_t size);                   \
  static const ::maillage::fuzz::Registered registered_##name(#name, &fuzz_##name);     \
  static int fuzz_##name(const std::uint8_t* data, std::size_t size)
#endif
