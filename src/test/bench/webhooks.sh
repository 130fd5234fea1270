#!/usr/bin/env bash
# Webhook benchmark (issue: webhooks).
# 1. Drain: 10,000 lot.received events written while delivery is off, then one replica delivers
#    them to a local receiver; deliveries/s from the first attempt to the last (goal: >= 500/s).
# 2. The cost on allocations: allocations.sh's load at 64 connections without an endpoint, with an
#    endpoint listening for allocation.* (every allocation sends an event), and without again, in one
#    run (goal: at most 5% lower with the endpoint), and how long deliveries take to catch up after
#    the load; pgbench tpcb-like as the yardstick.
# Usage: bash src/test/bench/webhooks.sh   (about 6 minutes; EVENTS=10000 WARMUP=60 MEASURE=30)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
EVENTS=${EVENTS:-10000}
WARMUP=${WARMUP:-60}
MEASURE=${MEASURE:-30}
RECEIVER_PORT=${RECEIVER_PORT:-8099}
URL="http://127.0.0.1:$BENCH_PORT"
export INVENTORY_WEBHOOKS_SECRET_KEY=bench-webhook-secret-key-0123456789
export INVENTORY_WEBHOOKS_ALLOW_HTTP=true
export INVENTORY_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES=true

ensure_tools
machine
java "$ROOT/src/test/bench/WebhookReceiver.java" "$RECEIVER_PORT" > /tmp/bench-receiver.log 2>&1 &
RECEIVER_PID=$!
for _ in $(seq 1 30); do curl -sf "http://127.0.0.1:$RECEIVER_PORT/count" >/dev/null && break; sleep 1; done
cleanup() { kill "$RECEIVER_PID" 2>/dev/null || true; kill "${SERVICE_PID:-}" 2>/dev/null || true; }
trap cleanup EXIT
fresh_database

# 1. Drain
INVENTORY_WEBHOOKS_EVERY=off start_service
trap cleanup EXIT
$PSQL -d "$BENCH_DB" -f "$ROOT/src/test/bench/allocations-seed.sql"
export API_KEY=$(staff_key)
curl -sf -X POST "$URL/v1/webhook-endpoints" -H "Authorization: Bearer $API_KEY" \
  -H 'Content-Type: application/json' \
  -d "{\"url\":\"http://127.0.0.1:$RECEIVER_PORT/drain\",\"events\":[\"lot.received\"],\"brand\":\"kinoko\"}" >/dev/null
echo "== writing $EVENTS lot.received events (delivery off)"
for chunk in $(seq 0 $((EVENTS / 1000 - 1))); do
  python3 - "$chunk" <<'PY' > /tmp/bench-lots.json
import json, sys
chunk = int(sys.argv[1])
print(json.dumps({"lots": [{"sku": "B-%04d" % (1 + i % 50), "lotCode": "W%d-%d" % (chunk, i), "owner": "kinoko",
                   "bestBefore": "2030-01-01", "quantity": 10, "location": "W-01"} for i in range(1000)]}))
PY
  curl -sf -X POST "$URL/v1/lots/bulk" -H "Authorization: Bearer $API_KEY" \
    -H 'Content-Type: application/json' --data-binary @/tmp/bench-lots.json >/dev/null
done
echo "outbox rows waiting: $($PSQL -d "$BENCH_DB" -tAc "SELECT count(*) || ' holding ' || coalesce(sum(jsonb_array_length(events)), 0) || ' events' FROM webhook_outbox")"
kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true
echo "== draining with one replica"
start_service
trap cleanup EXIT
for _ in $(seq 1 300); do
  left=$($PSQL -d "$BENCH_DB" -tAc "SELECT (SELECT count(*) FROM webhook_outbox) + (SELECT count(*) FROM webhook_delivery WHERE status IN ('PENDING', 'RETRYING'))")
  [ "$left" = 0 ] && break
  sleep 1
done
$PSQL -d "$BENCH_DB" -tAc "
  SELECT count(*) || ' delivered in ' || round(extract(epoch FROM max(updated_at) - min(updated_at))::numeric, 2)
    || ' s: ' || round(count(*) / greatest(extract(epoch FROM max(updated_at) - min(updated_at)), 0.001))
    || ' deliveries/s (goal >= 500/s), ' || sum(attempts - 1) || ' retries'
  FROM webhook_delivery WHERE status = 'SUCCEEDED'"
echo "receiver counted: $(curl -sf "http://127.0.0.1:$RECEIVER_PORT/count")"
$PSQL -d "$BENCH_DB" -c "DELETE FROM webhook_endpoint" >/dev/null

# 2. Allocations without and with an endpoint listening for allocation.*
export DELIVERY_DATE=$(TZ=Asia/Tokyo date -d '+7 days' +%F)
LUA="$ROOT/src/test/bench/allocations.lua"
echo "== warm-up ${WARMUP}s, 64 connections"
wrk -t2 -c64 -d"${WARMUP}s" -s "$LUA" "$URL" >/dev/null
$PSQL -d "$BENCH_DB" -c "VACUUM ANALYZE"
measure() {
  echo "== allocations, 64 connections, ${MEASURE}s, $1"
  wrk -t2 -c64 -d"${MEASURE}s" --latency -s "$LUA" "$URL" | grep -E "Requests/sec|^ +99%|Non-2xx"
}
measure "no endpoint"
ENDPOINT=$(curl -sf -X POST "$URL/v1/webhook-endpoints" -H "Authorization: Bearer $API_KEY" \
  -H 'Content-Type: application/json' \
  -d "{\"url\":\"http://127.0.0.1:$RECEIVER_PORT/allocations\",\"events\":[\"allocation.*\"],\"brand\":\"standard\"}" \
  | sed -E 's/.*"id":([0-9]+).*/\1/')
measure "an endpoint listening for allocation.*"
# While the API was busy the dispatcher sent one batch a poll (inventory.webhooks.yield-above);
# now it catches up at full speed: how far behind it was, and how long catching up took.
echo "allocation events at the end of the load: $($PSQL -d "$BENCH_DB" -tAc "SELECT count(*) FROM webhook_delivery WHERE endpoint_id = $ENDPOINT AND status = 'SUCCEEDED'") delivered, $($PSQL -d "$BENCH_DB" -tAc "SELECT count(*) FROM webhook_delivery WHERE endpoint_id = $ENDPOINT AND status <> 'SUCCEEDED'") relayed and waiting, $($PSQL -d "$BENCH_DB" -tAc "SELECT coalesce(sum(jsonb_array_length(events)), 0) FROM webhook_outbox") in the outbox"
caught_up_from=$(date +%s)
for _ in $(seq 1 900); do
  left=$($PSQL -d "$BENCH_DB" -tAc "SELECT (SELECT count(*) FROM webhook_outbox) + (SELECT count(*) FROM webhook_delivery WHERE endpoint_id = $ENDPOINT AND status IN ('PENDING', 'RETRYING'))")
  [ "$left" = 0 ] && break
  sleep 1
done
echo "caught up $(( $(date +%s) - caught_up_from )) s after the load: $($PSQL -d "$BENCH_DB" -tAc "SELECT count(*) FROM webhook_delivery WHERE endpoint_id = $ENDPOINT AND status = 'SUCCEEDED'") delivered, receiver counted $(curl -sf "http://127.0.0.1:$RECEIVER_PORT/count")"
curl -sf -X DELETE "$URL/v1/webhook-endpoints/$ENDPOINT" -H "Authorization: Bearer $API_KEY"
measure "no endpoint, again"
echo "reconciliation drift: $(curl -s -H "Authorization: Bearer $API_KEY" "$URL/v1/stock/reconciliation" | sed -E 's/.*"drift":(\[[^]]*\]).*/\1/')"
kill "$SERVICE_PID"
echo "== pgbench tpcb-like, 64 clients, ${MEASURE}s (yardstick)"
pgbench_baseline "" 64 "$MEASURE"
