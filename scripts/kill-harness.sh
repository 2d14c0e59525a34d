#!/usr/bin/env bash
# Crash-safety harness: SIGKILLs `incidex reindex`, `incidex import` and `incidex serve` (during a POST) at many
# moments and checks after each kill that the old or the new generation is served, never a mix (see README
# "Reliability" and src/test/java/org/incidex/index/KillHarnessMain.java).
#   scripts/kill-harness.sh [KILLS=50] [SERVE_KILLS=6] [SEED]
# Needs JDK 21+ (JAVA=/path/to/java to choose) and Maven; builds the test classes offline when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
kills="${1:-50}"
serve_kills="${2:-6}"
seed="${3:-$(date +%s)}"
java="${JAVA:-}"
if [[ -z "$java" ]]; then
  for j in /usr/lib/jvm/temurin-25-jdk-amd64/bin/java "${JAVA_HOME:-/nonexistent}/bin/java" "$(command -v java)"; do
    if [[ -x "$j" ]] && "$j" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then java="$j"; break; fi
  done
fi
[[ -n "$java" ]] || { echo "kill-harness: no JDK 21+ found; set JAVA=/path/to/bin/java" >&2; exit 2; }
if [[ ! -f target/test-classes/org/incidex/index/KillHarnessMain.class ]]; then
  mvn -q -o test-compile
fi
cpfile="$(mktemp)"
work="$(mktemp -d -t incidex-kill-harness.XXXXXX)"
trap 'rm -f "$cpfile"' EXIT
mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cpfile" >/dev/null
# a copy of the classes, so a build running meanwhile cannot change them under the harness
cp -r target/classes "$work/classes"
cp -r target/test-classes "$work/test-classes"
echo "kill-harness: work directory $work (logs of every killed process in $work/logs)"
"$java" --enable-native-access=ALL-UNNAMED -cp "$work/classes:$work/test-classes:$(cat "$cpfile")" \
  org.incidex.index.KillHarnessMain "$work" "$kills" "$serve_kills" "$seed"
