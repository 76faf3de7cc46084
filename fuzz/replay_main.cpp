// maillage_fuzz_replay [TARGET [FILE|DIR]...]: runs inputs through the fuzz targets without libFuzzer.
// Without arguments, every target over its corpus fuzz/corpus/<target>/ (found from the source tree).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "fuzz_target.hpp"

namespace fs = std::filesystem;

namespace maillage::fuzz {
namespace {
std::map<std::string, Target>& targets() {
  static std::map<std::string, Target> t;
  return t;
}

std::vector<fs::path> inputs_of(const fs::path& p) {
  std::vector<fs::path> files;
  if (fs::is_directory(p)) {
    for (auto& e : fs::recursive_directory_iterator(p))
      if (e.is_regular_file()) files.push_back(e.path());
  } else if (fs::exists(p)) {
    files.push_back(p);
  }
  std::sort(files.begin(), files.end());
  return files;
}

int replay(const std::string& name, Target target, const std::vector<fs::path>& paths) {
  int n = 0;
  for (auto& root : paths)
    for (auto& file : inputs_of(root)) {
      std::ifstream in(file, std::ios::binary);
      std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      target(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
      ++n;
    }
  std::printf("%-16s %5d input(s) replayed, no crash\n", name.c_str(), n);
  return n;
}
}  // namespace

Registered::Registered(const char* name, Target target) { targets()[name] = target; }

}  // namespace maillage::fuzz

int main(int argc, char** argv) {
  using namespace maillage::fuzz;
  if (argc >= 2) {
    auto it = targets().find(argv[1]);
    if (it == targets().end()) {
      std::fprintf(stderr, "no fuzz target named %s; targets:", argv[1]);
      for (auto& [n, _] : targets()) std::fprintf(stderr, " %s", n.c_str());
      std::fprintf(stderr, "\n");
      return 2;
    }
    std::vector<fs::path> paths(argv + 2, argv + argc);
    if (paths.empty()) paths.push_back(fs::path(MAILLAGE_SOURCE_DIR) / "fuzz/corpus" / argv[1]);
    replay(argv[1], it->second, paths);
    return 0;
  }
  int total = 0;
  for (auto& [name, target] : targets()) {
    int n = replay(name, target, {fs::path(MAILLAGE_SOURCE_DIR) / "fuzz/corpus" / name});
    if (n == 0) {
      std::fprintf(stderr, "fuzz/corpus/%s holds no input: every target keeps a corpus\n", name.c_str());
      return 1;
    }
    total += n;
  }
  std::printf("%d input(s) over %zu target(s)\n", total, targets().size());
  return 0;
}
