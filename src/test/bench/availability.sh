#!/usr/bin/env bash
# Availability benchmark (issue: lots and ledger). Creates its own database with 300 products and
# 1,000,000 lots, starts the packaged service, warms the JIT up, then measures with wrk:
#   - one product for a brand and delivery date (GET /v1/stock/{sku}?brand=&deliveryDate=)
#   - a brand's whole catalogue, 200 products (GET /v1/stock?brand=&deliveryDate=&limit=200)
# and runs pgbench (select-only) against the same PostgreSQL as the yardstick.
# Usage: bash src/test/bench/availability.sh    (about 6 minutes; WARMUP=60 MEASURE=30 by default)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
WARMUP=${WARMUP:-60}
MEASURE=${MEASURE:-30}
CONNECTIONS=${CONNECTIONS:-4}

ensure_tools
machine
fresh_database
start_service
start=$(date +%s)
$PSQL -d "$BENCH_DB" -f "$ROOT/src/test/bench/availability-seed.sql"
echo "seeded $($PSQL -d "$BENCH_DB" -tAc 'SELECT count(*) FROM inventory_lot') lots and $($PSQL -d "$BENCH_DB" -tAc 'SELECT count(*) FROM inventory_movement') movements in $(( $(date +%s) - start )) s"
KEY=$(staff_key)
export DELIVERY_DATE=$(TZ=Asia/Tokyo date -d '+7 days' +%F)
AUTH="Authorization: Bearer $KEY"
URL="http://127.0.0.1:$BENCH_PORT"

echo "== warm-up ${WARMUP}s"
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -H "$AUTH" -s "$ROOT/src/test/bench/availability-product.lua" "$URL" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d"$(( WARMUP / 3 ))s" -H "$AUTH" "$URL/v1/stock?brand=standard&deliveryDate=$DELIVERY_DATE&limit=200" >/dev/null

echo "== one product, $CONNECTIONS connections, ${MEASURE}s"
wrk -t2 -c"$CONNECTIONS" -d"${MEASURE}s" --latency -H "$AUTH" -s "$ROOT/src/test/bench/availability-product.lua" "$URL" \
  | grep -E "Requests/sec|^ +(50|90|99)%|Non-2xx"
echo "== whole brand catalogue (200 products), $CONNECTIONS connections, ${MEASURE}s"
wrk -t2 -c"$CONNECTIONS" -d"${MEASURE}s" --latency -H "$AUTH" "$URL/v1/stock?brand=standard&deliveryDate=$DELIVERY_DATE&limit=200" \
  | grep -E "Requests/sec|^ +(50|90|99)%|Non-2xx"
echo "== whole brand catalogue, 1 connection (no queueing), ${MEASURE}s"
wrk -t1 -c1 -d"${MEASURE}s" --latency -H "$AUTH" "$URL/v1/stock?brand=standard&deliveryDate=$DELIVERY_DATE&limit=200" \
  | grep -E "Requests/sec|^ +(50|90|99)%|Non-2xx"
kill $SERVICE_PID
echo "== pgbench select-only, $CONNECTIONS clients, ${MEASURE}s (yardstick)"
pgbench_baseline -S "$CONNECTIONS" "$MEASURE"
