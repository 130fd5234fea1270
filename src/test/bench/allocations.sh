#!/usr/bin/env bash
# Allocation benchmark (issue: allocations). FIRM allocations of 1-3 lines through the packaged
# service at 16 and 64 concurrent connections after a JIT warm-up, and pgbench's TPC-B-like run
# against the same PostgreSQL at the same client counts as the yardstick.
# Usage: bash src/test/bench/allocations.sh    (about 6 minutes; WARMUP=60 MEASURE=30 by default)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
WARMUP=${WARMUP:-60}
MEASURE=${MEASURE:-30}

ensure_tools
machine
fresh_database
start_service
$PSQL -d "$BENCH_DB" -f "$ROOT/src/test/bench/allocations-seed.sql"
export API_KEY=$(staff_key)
export DELIVERY_DATE=$(TZ=Asia/Tokyo date -d '+7 days' +%F)
URL="http://127.0.0.1:$BENCH_PORT"
LUA="$ROOT/src/test/bench/allocations.lua"

echo "== warm-up ${WARMUP}s, 16 connections"
wrk -t2 -c16 -d"${WARMUP}s" -s "$LUA" "$URL" >/dev/null
# This machine's PostgreSQL runs with autovacuum off, so the planner would go on believing the
# tables the warm-up filled are as empty as the seed left them (foreign-key checks then scan whole
# tables). A production server's autovacuum analyzes them; here the script does.
$PSQL -d "$BENCH_DB" -c "VACUUM ANALYZE"
for connections in 16 64; do
  echo "== allocations, $connections connections, ${MEASURE}s"
  wrk -t2 -c"$connections" -d"${MEASURE}s" --latency -s "$LUA" "$URL" \
    | grep -E "Requests/sec|^ +(50|90|99)%|Non-2xx|Socket errors"
done
echo "allocations in the database: $($PSQL -d "$BENCH_DB" -tAc 'SELECT count(*) FROM inventory_allocation')"
echo "reconciliation drift: $(curl -s -H "Authorization: Bearer $API_KEY" "$URL/v1/stock/reconciliation" | sed -E 's/.*"drift":(\[[^]]*\]).*/\1/')"
kill $SERVICE_PID
for clients in 16 64; do
  echo "== pgbench tpcb-like, $clients clients, ${MEASURE}s (yardstick)"
  pgbench_baseline "" "$clients" "$MEASURE"
done
