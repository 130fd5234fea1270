#!/usr/bin/env bash
# End-to-end assignment runs (issue 6): PLAN then COMMIT for 10,000, 30,000 and 100,000 due
# subscribers over 5 brands and 300 products, through the packaged service, from the trigger to
# SUCCEEDED as the database records it, with the phase split and the service's peak heap.
# Usage: bash src/test/bench/runs.sh    (about 10 minutes; BENCH_HEAP=4g by default;
#        RUNS_ONLY="100k" runs only that group after the warm-up)
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
  if [ "$mode" = COMMIT ]; then
    copy_floor "$id" "$($PSQL -d "$BENCH_DB" -tAc "SELECT round((phase_seconds->>'SAVE')::numeric, 2) FROM assignment_run WHERE id = $id")"
  fi
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

# The floor of a COMMIT's save (issue 20): COPY of the rows the run wrote (its boxes, allocations,
# lines, picks, movements and the house claims) into empty copies of their tables, no index, no
# trigger, timed by psql in the same sitting; then the save's ratio to it.
copy_floor() {
  local id=$1 save=$2 dir tables
  dir=$(mktemp -d)
  tables="assignment_box inventory_allocation inventory_allocation_line inventory_allocation_pick inventory_movement inventory_house_claim"
  $PSQL -d "$BENCH_DB" \
    -c "\\copy (SELECT * FROM assignment_box WHERE run_id = $id) TO '$dir/assignment_box'" \
    -c "\\copy (SELECT * FROM inventory_allocation WHERE run_id = $id) TO '$dir/inventory_allocation'" \
    -c "\\copy (SELECT l.* FROM inventory_allocation_line l JOIN inventory_allocation a ON a.id = l.allocation_id WHERE a.run_id = $id) TO '$dir/inventory_allocation_line'" \
    -c "\\copy (SELECT p.* FROM inventory_allocation_pick p JOIN inventory_allocation a ON a.id = p.allocation_id WHERE a.run_id = $id) TO '$dir/inventory_allocation_pick'" \
    -c "\\copy (SELECT * FROM inventory_movement WHERE reference = 'run:$id') TO '$dir/inventory_movement'" \
    -c "\\copy (SELECT * FROM inventory_house_claim) TO '$dir/inventory_house_claim'"
  local script="$dir/floor.sql"
  for t in $tables; do
    echo "CREATE TABLE floor_$t (LIKE $t);" >> "$script"
  done
  echo '\timing on' >> "$script"
  for t in $tables; do
    echo "\\copy floor_$t FROM '$dir/$t'" >> "$script"
  done
  echo '\timing off' >> "$script"
  for t in $tables; do
    echo "DROP TABLE floor_$t;" >> "$script"
  done
  local floor rows
  floor=$($PSQL -d "$BENCH_DB" -f "$script" | awk '/^Time:/ {ms += $2} END {printf "%.2f", ms / 1000}')
  rows=$(cat "$dir"/inventory_* "$dir"/assignment_box | wc -l)
  echo "   COPY floor: $rows rows in $floor s; the COMMIT's save took $save s = $(echo "$save $floor" | awk '{printf "%.1f", $1 / $2}')x the floor"
  rm -rf "$dir"
}

echo "== warm-up: one PLAN of the 10,000 group"
run "$D1" PLAN warm-up >/dev/null
for group in "10k $D1" "30k $D2" "100k $D3"; do
  set -- $group
  case " ${RUNS_ONLY:-10k 30k 100k} " in *" $1 "*) ;; *) continue ;; esac
  run "$2" PLAN "$1"
  run "$2" COMMIT "$1"
done
echo "allocations: $($PSQL -d "$BENCH_DB" -tAc 'SELECT count(*) FROM inventory_allocation')," \
  "reconciliation drift: $(curl -s -H "Authorization: Bearer $API_KEY" "$URL/v1/stock/reconciliation" | sed -E 's/.*"drift":(\[[^]]*\]).*/\1/')"
