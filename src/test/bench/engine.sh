#!/usr/bin/env bash
# The assignment engine on generated instances (300 products, 12 categories, 5 brands): solve time
# by phase, peak heap and quality at each size, with the greedy baseline in the same run.
# No database or service: the engine is a pure function. Prints numbers; never fails on timing.
#
#   src/test/bench/engine.sh                      # 10k, 30k, 100k and 300k boxes
#   src/test/bench/engine.sh 10000 100000         # chosen sizes
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
cd "$ROOT"
./mvnw -B -q test-compile
CLASSPATH="target/test-classes:target/classes:$(./mvnw -B -q dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)," \
  "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
exec java -Xms4g -Xmx8g -cp "$CLASSPATH" me.snaq.inventory.assignment.engine.EngineBenchmark "$@"
