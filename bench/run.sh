#!/usr/bin/env bash
# The benchmark: Incidex end to end (reindex + HTTP), the bare jsoup+Lucene limit, SQLite FTS5 and PostgreSQL on the
# same generated corpus and the same rotating query mix. Writes bench/results/latest.json and latest.md.
#
#   bench/run.sh --docs N [--systems incidex,lucene,sqlite,postgres] [--queries 2000] [--seconds 20] [--seed 42]
#                [--heap 512m] [--work target/bench]
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
exec "$java_bin" --enable-native-access=ALL-UNNAMED -Xmx2g \
  -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.incidex.bench.BenchMain "${args[@]}"
