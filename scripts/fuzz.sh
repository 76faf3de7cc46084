#!/usr/bin/env bash
# `make fuzz`: builds the libFuzzer targets of fuzz/ (CMake preset "fuzz": clang-14, ASan, UBSan) and runs each
# for RUNS executions (default 1,000,000) from its corpus fuzz/corpus/<target>/. New inputs go to
# build-fuzz/corpus/<target>/, crashes to build-fuzz/crashes/: copy a crash into fuzz/corpus/<target>/ once fixed,
# so that `make test` replays it for ever. Usage: scripts/fuzz.sh [TARGET...]   (env: RUNS, JOBS)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-1000000}
missing=()
for p in clang-14 libfuzzer-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "fuzz: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
cmake --preset fuzz >/dev/null
cmake --build build-fuzz --target fuzz_all -j"${JOBS:-2}"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || for f in fuzz/*.cpp; do n=$(basename "$f" .cpp); [ "$n" = replay_main ] || targets+=("$n"); done
mkdir -p build-fuzz/crashes
status=0
printf '%-18s %12s %8s %s\n' target executions crashes seconds
for t in "${targets[@]}"; do
  mkdir -p "build-fuzz/corpus/$t"
  log="build-fuzz/$t.log"
  start=$(date +%s)
  set +e
  ASAN_OPTIONS=detect_leaks=0 "./build-fuzz/fuzz_$t" -runs="$RUNS" -max_len=8192 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="build-fuzz/crashes/$t-" "build-fuzz/corpus/$t" "fuzz/corpus/$t" >"$log" 2>&1
  rc=$?
  set -e
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  crashes=$(ls build-fuzz/crashes/ 2>/dev/null | grep -c "^$t-" || true)
  printf '%-18s %12s %8s %s\n' "$t" "$execs" "$crashes" "$(( $(date +%s) - start ))"
  if [ $rc -ne 0 ]; then
    status=1
    echo "  $t stopped on a crash (rc $rc), see $log:" >&2
    grep -m3 -E 'ERROR|SUMMARY|invariant|runtime error' "$log" >&2 || tail -5 "$log" >&2
  fi
done
exit $status
