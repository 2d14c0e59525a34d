#!/usr/bin/env bash
# Bounded load test: `incidex serve` on loopback over INDEX (default: ./index, e.g. after ./incidex reindex demo),
# its saturation rate measured, then SECONDS (default 60) at RATE_FACTOR (default 2) times that rate; prints answers
# by status, time-outs, p50/p99 latency and the server's heap before and after. See org.incidex.api.LoadTestMain.
set -euo pipefail
cd "$(dirname "$0")/.."
index=${1:-index}
seconds=${2:-60}
factor=${3:-2}
[ -f "$index/CURRENT" ] || { echo "load-test: $index holds no index; run ./incidex reindex demo first" >&2; exit 1; }
mvn -q -o test-compile
mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java_bin=""
for j in ${JAVA_HOME:+$JAVA_HOME/bin/java} /usr/lib/jvm/*/bin/java $(command -v java || true); do
  [ -x "$j" ] || continue
  v=$("$j" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
  if [ -n "$v" ] && [ "$v" -ge 21 ]; then java_bin=$j; break; fi
done
[ -n "$java_bin" ] || { echo "load-test: needs a Java 21+ runtime" >&2; exit 1; }
uptime
exec "$java_bin" -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.incidex.api.LoadTestMain "$index" "$seconds" "$factor"
