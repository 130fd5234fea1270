# Shared helpers of the benchmark scripts: a fresh database, the packaged service, wrk, pgbench.
# Sourced, not run. Benchmarks print numbers; they never fail a build on timing.

BENCH_PORT=${BENCH_PORT:-8089}
BENCH_DB=${BENCH_DB:-snaq_inventory_bench}
BENCH_ADMIN_KEY=bench-bootstrap-admin-key-0123456789
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)

ensure_tools() {
  pg_isready -h 127.0.0.1 -p 5432 -q || pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start
  command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
  [ -f "$ROOT/target/quarkus-app/quarkus-run.jar" ] || (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
}

fresh_database() {
  $PSQL -d postgres -c "DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE)"
  $PSQL -d postgres -c "CREATE DATABASE $BENCH_DB"
  # BENCH_SLOW_MS=100: the server logs every statement of the benchmark's database slower than that
  # (in PostgreSQL's own log), to see where a benchmark's time goes.
  if [ -n "${BENCH_SLOW_MS:-}" ]; then
    $PSQL -d postgres -c "ALTER DATABASE $BENCH_DB SET log_min_duration_statement = $BENCH_SLOW_MS"
  fi
}

start_service() {
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$BENCH_DB" \
  QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_HTTP_PORT=$BENCH_PORT \
  INVENTORY_BOOTSTRAP_ADMIN_KEY=$BENCH_ADMIN_KEY \
  INVENTORY_EXPIRY_JOB_EVERY=off \
  java -Xmx${BENCH_HEAP:-1g} ${BENCH_JAVA_OPTS:-} -jar "$ROOT/target/quarkus-app/quarkus-run.jar" > /tmp/bench-service.log 2>&1 &
  SERVICE_PID=$!
  trap 'kill $SERVICE_PID 2>/dev/null || true' EXIT
  for _ in $(seq 1 60); do
    curl -sf "http://127.0.0.1:$BENCH_PORT/q/health/ready" >/dev/null && return 0
    sleep 1
  done
  echo "service did not become ready; see /tmp/bench-service.log" >&2
  exit 1
}

staff_key() {
  curl -sf -X POST "http://127.0.0.1:$BENCH_PORT/v1/api-keys" \
    -H "Authorization: Bearer $BENCH_ADMIN_KEY" -H 'Content-Type: application/json' \
    -d '{"name":"bench","role":"STAFF"}' | sed -E 's/.*"key":"([^"]+)".*/\1/'
}

# pgbench on its own database: the machine's database ceiling, measured in the same run. The scale
# is at least the client count, so pgbench's own rows are not the bottleneck.
pgbench_baseline() {
  local mode=$1 clients=$2 seconds=$3
  local scale=$(( clients > 10 ? clients : 10 ))
  $PSQL -d postgres -c "DROP DATABASE IF EXISTS bench_pgbench WITH (FORCE)" -c "CREATE DATABASE bench_pgbench"
  pgbench -h 127.0.0.1 -U postgres -i -s "$scale" -q bench_pgbench >/dev/null 2>&1
  local logs=$(mktemp -d)
  (cd "$logs" && pgbench -h 127.0.0.1 -U postgres $mode -c "$clients" -j 2 -T "$seconds" --log \
      bench_pgbench 2>/dev/null | grep -E "^(tps|latency average)")
  # Each logged transaction's third field is its latency in microseconds; p99 by nearest rank.
  if ! ls "$logs"/pgbench_log.* >/dev/null 2>&1; then
    echo "pgbench wrote no transaction log: it failed" >&2
    rm -rf "$logs"
    return 1
  fi
  echo "latency p99 = $(cat "$logs"/pgbench_log.* | awk '{print $3}' | sort -n \
    | awk '{a[NR]=$1} END {r=int(NR*0.99); if (r<NR*0.99) r++; printf "%.3f ms", a[r]/1000}')"
  rm -rf "$logs"
}

machine() {
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(lscpu | sed -n 's/^Model name: *//p'), PostgreSQL $(psql -V | awk '{print $3}'), $(java -version 2>&1 | head -1)"
}
