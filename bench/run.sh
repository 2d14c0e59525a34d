#!/usr/bin/env bash
# The benchmark: Incidex end to end (reindex + HTTP), the bare jsoup+Lucene limit, SQLite FTS5 and PostgreSQL on the
# same generated corpus and the same rotating query mix. Writes bench/results/latest.json and latest.md.
#
#   bench/run.sh --docs N [--systems incidex,lucene,sqlite,postgres] [--queries 2000] [--seconds 20] [--seed 42]
#                [--heap 512m] [--reindex-heap 12g] [--work target/bench]
#
# N: 10000 for a quick run, 100000 standard, 1000000 for scale. The corpus is generated once per seed into
# --work and reused. Needs Maven and a JDK 21+; PostgreSQL's server binaries (Debian: postgresql) for the postgres
# system — installed here when missing and apt-get is available.
set -euo pipefail
cd "$(dirname "$0")/.."

args=("$@")
[[ " ${args[*]} " == *" --docs "* ]] || args=(--docs 10000 "${args[@]}")

if [[ " ${args[*]} " != *" --systems "* || " ${args[*]} " == *postgres* ]]; then
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1; then
      if [ "$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
      else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; fi
    else
      echo "bench/run.sh: PostgreSQL's server binaries are missing (install postgresql, or pass --systems without postgres)" >&2
      exit 1
    fi
  fi
fi

source scripts/java21.sh

mvn -q -o test-compile || mvn -q test-compile
mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt \
  || mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
mkdir -p bench/results
# The driver keeps every page's text in memory (the limit indexes it, the query mix draws words from it): ≈ 4.6 KB a
# page, so 2 GB up to a few hundred thousand pages and 8 GB beyond (BENCH_DRIVER_HEAP overrides).
docs=10000
for ((i = 0; i < ${#args[@]}; i++)); do [[ "${args[$i]}" == --docs ]] && docs="${args[$((i + 1))]}"; done
driver_heap="${BENCH_DRIVER_HEAP:-$([ "$docs" -ge 300000 ] && echo 8g || echo 2g)}"
exec "$java_bin" --enable-native-access=ALL-UNNAMED "-Xmx$driver_heap" \
  -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.incidex.bench.BenchMain "${args[@]}"
