#!/usr/bin/env bash
# From run to truck (issue 16): COMMIT 100,000 boxes, then read the run's pick list (CSV) and pick
# summary, and ship every box with one POST /v1/assignment-runs/{id}/ship (202, batches of one
# transaction each) until the shipment SUCCEEDS. Prints the times, the shipment's counts, the
# reconciliation, and pgbench tpcb-like in the same run as the machine's yardstick.
# Usage: bash src/test/bench/shipping.sh    (about 4 minutes; BENCH_HEAP=4g by default)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
export BENCH_HEAP=${BENCH_HEAP:-4g}
URL="http://127.0.0.1:$BENCH_PORT"
D1=$(TZ=Asia/Tokyo date -d '+7 days' +%F)
D2=$(TZ=Asia/Tokyo date -d '+8 days' +%F)
D3=$(TZ=Asia/Tokyo date -d '+9 days' +%F)

ensure_tools
machine
fresh_database
start_service
echo "== seeding 140,000 subscribers, 300 products, history"
$PSQL -d "$BENCH_DB" -v d1="$D1" -v d2="$D2" -v d3="$D3" -f "$ROOT/src/test/bench/runs-seed.sql"
API_KEY=$(staff_key)
AUTH="Authorization: Bearer $API_KEY"

seconds_since() { echo "$(date +%s.%N) - $1" | bc | awk '{printf "%.2f", $1}'; }

echo "== COMMIT of the 100,000 group"
RUN=$(curl -sf -X POST "$URL/v1/assignment-runs" -H "$AUTH" -H 'Content-Type: application/json' \
  -d "{\"deliveryDate\":\"$D3\",\"brands\":[\"standard\",\"otsumami\",\"granola\",\"yakigashi\",\"kinoko\"],\"mode\":\"COMMIT\"}" \
  | sed -E 's/.*"id":([0-9]+).*/\1/')
until [ "$($PSQL -d "$BENCH_DB" -tAc "SELECT status IN ('SUCCEEDED', 'FAILED') FROM assignment_run WHERE id = $RUN")" = t ]; do
  sleep 0.5
done
BOXES=$($PSQL -d "$BENCH_DB" -tAc "SELECT count(*) FROM inventory_allocation WHERE run_id = $RUN")
echo "run $RUN: $($PSQL -d "$BENCH_DB" -tAc "SELECT status FROM assignment_run WHERE id = $RUN"), $BOXES allocations"

START=$(date +%s.%N)
ROWS=$(curl -sf -H "$AUTH" -H 'Accept: text/csv' "$URL/v1/assignment-runs/$RUN/pick-list" | wc -l)
echo "pick list as CSV: $((ROWS - 1)) rows in $(seconds_since "$START") s"
START=$(date +%s.%N)
UNITS=$(curl -sf -H "$AUTH" "$URL/v1/assignment-runs/$RUN/pick-summary" | sed -E 's/.*"units":([0-9]+).*/\1/')
echo "pick summary: $UNITS units in $(seconds_since "$START") s"

echo "== shipping every box of the run"
START=$(date +%s.%N)
SHIPMENT=$(curl -sf -X POST "$URL/v1/assignment-runs/$RUN/ship" -H "$AUTH" \
  | sed -E 's/^\{"id":([0-9]+).*/\1/')
until [ "$($PSQL -d "$BENCH_DB" -tAc "SELECT status FROM inventory_shipment WHERE id = $SHIPMENT")" = SUCCEEDED ]; do
  sleep 0.2
done
echo "shipped $BOXES boxes in $(seconds_since "$START") s (request to SUCCEEDED): $($PSQL -d "$BENCH_DB" -tAc \
  "SELECT 'shipped ' || shipped || ', refused ' || refused FROM inventory_shipment WHERE id = $SHIPMENT")"
echo "delivery history rows: $($PSQL -d "$BENCH_DB" -tAc "SELECT count(*) FROM subscriber_delivery WHERE allocation_id IS NOT NULL")," \
  "reconciliation drift: $(curl -s -H "$AUTH" "$URL/v1/stock/reconciliation" | sed -E 's/.*"drift":(\[[^]]*\]).*/\1/')"
kill "$SERVICE_PID" 2>/dev/null || true
echo "== pgbench tpcb-like, 16 clients, 30s (yardstick)"
pgbench_baseline "" 16 30
