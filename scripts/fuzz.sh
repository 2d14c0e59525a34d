#!/usr/bin/env bash
# Fuzzes the three Jazzer targets one after another, each for DURATION (Jazzer's syntax: 30s, 5m, 1h).
#
#   scripts/fuzz.sh [DURATION] [TARGET...]      TARGET: cleaner, extractor, query (default: all three)
#
# Each run is `JAZZER_FUZZ=1 mvn test -Dtest=<Class>` with Jazzer's regex guidance hooks turned back on (the build
# turns them off for the corpus replay in mvn verify). Logs go to target/fuzz/<target>.log; a crashing or slow input
# is written by Jazzer into src/test/resources/org/incidex/fuzz/<Class>Inputs/<method>/ (crash-*, timeout-*), where
# mvn verify replays it from then on. The generated corpus accumulates in .cifuzz-corpus/ (git-ignored).
# MVN_FLAGS (default -o) is passed to Maven. Exit status: 0 when no target found anything, 1 otherwise.
set -euo pipefail

cd "$(dirname "$0")/.."
duration="${1:-5m}"
shift || true
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=(cleaner extractor query)
read -r -a mvn_flags <<< "${MVN_FLAGS:--o}"
mkdir -p target/fuzz

declare -A class=([cleaner]=CleanerFuzzTest [extractor]=ExtractorFuzzTest [query]=QueryFuzzTest)
failed=0
for t in "${targets[@]}"; do
  c="${class[$t]:-}"
  if [[ -z "$c" ]]; then
    echo "unknown target '$t' (cleaner, extractor or query)" >&2
    exit 2
  fi
  log="target/fuzz/$t.log"
  echo "== $t ($c) for $duration, log $log"
  status=0
  JAZZER_FUZZ=1 mvn "${mvn_flags[@]}" -q test -Dtest="$c" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djazzer.max_duration="$duration" -Djazzer.disabledHooks=none > "$log" 2>&1 || status=$?
  # libFuzzer's last status line and its summary, e.g. "Done 67166 runs in 301 second(s)".
  grep -aE '^#[0-9]+[[:space:]]+DONE|^Done [0-9]+ runs' "$log" | tail -2 || true
  if [[ $status -ne 0 ]]; then
    failed=1
    echo "!! $t: finding or failure (exit $status); see $log"
    grep -E '^== Java Exception|^Caused by|FuzzTestFinding|artifact_prefix|Test unit written to' "$log" | head -10 || true
  else
    echo "   $t: no findings"
  fi
done
exit $failed
