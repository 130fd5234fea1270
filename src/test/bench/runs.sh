#!/usr/bin/env bash
# End-to-end assignment runs (issue 6): PLAN then COMMIT for 10,000, 30,000 and 100,000 due
# subscribers over 5 brands and 300 products, through the packaged service, from the trigger to
# SUCCEEDED as the database records it, with the phase split and the service's peak heap.
# Usage: bash src/test/bench/runs.sh    (about 10 minutes; BENCH_HEAP=4g by default)
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
time $PSQL -d "$BENCH_DB" -v d1="$D1" -v d2="$D2" -v d3="$D3" -f "$ROOT/src/test/bench/runs-seed.sql"
API_KEY=$(staff_key)

heap_mib() {
  curl -s "$URL/q/metrics" | grep '^jvm_memory_used_bytes' | grep 'area="heap"' \
    | awk '{sum += $NF} END {printf "%d", sum / 1048576}'
}

# Starts a run, waits for SUCCEEDED while sampling the heap, prints what the database recorded.
run() {
  local date=$1 mode=$2 label=$3 peak=0 id status heap
  id=$(curl -sf -X POST "$URL/v1/assignment-runs" -H "Authorization: Bearer $API_KEY" \
    -H 'Content-Type: application/json' \
    -d "{\"deliveryDate\":\"$date\",\"brands\":[\"standard\",\"otsumami\",\"granola\",\"yakigashi\",\"kinoko\"],\"mode\":\"$mode\"}" \
    | sed -E 's/.*"id":([0-9]+).*/\1/')
  while true; do
    status=$($PSQL -d "$BENCH_DB" -tAc "SELECT status FROM assignment_run WHERE id = $id")
    heap=$(heap_mib); [ "$heap" -gt "$peak" ] && peak=$heap
    case $status in SUCCEEDED|FAILED|CANCELLED) break ;; esac
    sleep 0.2
  done
  $PSQL -d "$BENCH_DB" -tAc "SELECT '$label $mode: ' || status
      || ', trigger to end ' || round(extract(epoch FROM finished_at - created_at)::numeric, 2) || ' s'
      || ' (queued ' || round(extract(epoch FROM started_at - created_at)::numeric, 2) || ' s)'
      || ', boxes ' || (metrics->>'boxes') || ', short ' || (metrics->>'shortBoxes')
      || ', gap to bound ' || round((metrics->>'gapToBound')::numeric * 100, 2) || '%'
      || ', phases ' || (SELECT string_agg(key || ' ' || round(value::numeric, 2), ', ' ORDER BY key)
                         FROM jsonb_each_text(phase_seconds))
      || coalesce(', error ' || error, '')
      FROM assignment_run WHERE id = $id"
  echo "   peak heap sampled: ${peak} MiB"
  explain_time "$id"
}

# Times "why not" for five boxes of the run (the first short one and four others), warm.
explain_time() {
  local id=$1 subs times=""
  subs=$($PSQL -d "$BENCH_DB" -tAc "(SELECT subscriber_id FROM assignment_box WHERE run_id = $id
    AND short LIMIT 1) UNION ALL (SELECT subscriber_id FROM assignment_box WHERE run_id = $id LIMIT 4)")
  for sub in $subs; do
    curl -s -o /dev/null -H "Authorization: Bearer $API_KEY" \
      "$URL/v1/assignment-runs/$id/boxes/$sub?explain=true"
    times="$times $(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $API_KEY" \
      "$URL/v1/assignment-runs/$id/boxes/$sub?explain=true")"
  done
  echo "   why not (explain=true), seconds per box:$times"
}

echo "== warm-up: one PLAN of the 10,000 group"
run "$D1" PLAN warm-up >/dev/null
for group in "10k $D1" "30k $D2" "100k $D3"; do
  set -- $group
  run "$2" PLAN "$1"
  run "$2" COMMIT "$1"
done
echo "allocations: $($PSQL -d "$BENCH_DB" -tAc 'SELECT count(*) FROM inventory_allocation')," \
  "reconciliation drift: $(curl -s -H "Authorization: Bearer $API_KEY" "$URL/v1/stock/reconciliation" | sed -E 's/.*"drift":(\[[^]]*\]).*/\1/')"
