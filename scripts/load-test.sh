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
source scripts/java21.sh
uptime
exec "$java_bin" -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.incidex.api.LoadTestMain "$index" "$seconds" "$factor"
