#!/usr/bin/env bash
# End-to-end assignment runs (issues 6 and 20): PLAN then COMMIT for groups of due subscribers
# (10,000, 30,000 and 100,000 by default) over 5 brands and 300 products, through the packaged
# service, from the trigger to SUCCEEDED as the database records it, with the phase split, the
# service's peak heap per phase, the COPY floor of each COMMIT's save, and how each phase grows.
# Usage: bash src/test/bench/runs.sh    (about 10 minutes; BENCH_HEAP=4g by default)
#        RUNS_SIZES="10k 100k 300k 1m" BENCH_HEAP=8g bash src/test/bench/runs.sh   (the scale form,
#        about 30 minutes; at most four sizes, each on its own delivery date)
#        RUNS_ONLY="100k" runs only that group after the warm-up
set -euo pipefail
source "$(dirname "$0")/lib.sh"
export BENCH_HEAP=${BENCH_HEAP:-4g}
URL="http://127.0.0.1:$BENCH_PORT"
read -r -a SIZES <<< "${RUNS_SIZES:-10k 30k 100k}"
[ "${#SIZES[@]}" -le 4 ] || { echo "at most four sizes" >&2; exit 2; }
subscribers() { case $1 in *k) echo $(( ${1%k} * 1000 )) ;; *m) echo $(( ${1%m} * 1000000 )) ;; *) echo "$1" ;; esac; }
SEED_VARS=() TOTAL=0 DATES=()
for i in 0 1 2 3; do
  DATES[$i]=$(TZ=Asia/Tokyo date -d "+$((7 + i)) days" +%F)
  n=0; [ $i -lt ${#SIZES[@]} ] && n=$(subscribers "${SIZES[$i]}")
  TOTAL=$((TOTAL + n))
  SEED_VARS+=(-v "d$((i + 1))=${DATES[$i]}" -v "n$((i + 1))=$n")
done
# Enough stock for every group at once: the default seed's lots serve 140,000 subscribers.
SEED_VARS+=(-v stock=$(( (TOTAL + 139999) / 140000 )))

ensure_tools
machine
fresh_database
start_service
echo "== seeding $TOTAL subscribers (${SIZES[*]}), 300 products, history"
time $PSQL -d "$BENCH_DB" "${SEED_VARS[@]}" -f "$ROOT/src/test/bench/runs-seed.sql"
API_KEY=$(staff_key)

heap_mib() {
  curl -s "$URL/q/metrics" | grep '^jvm_memory_used_bytes' | grep 'area="heap"' \
    | awk '{sum += $NF} END {printf "%d", sum / 1048576}'
}

# Starts a run, waits for SUCCEEDED while sampling the heap and the phase the run is in, prints
# what the database recorded and the peak heap seen in each phase.
RUN_IDS=()
run() {
  local date=$1 mode=$2 label=$3 id status phase heap
  local -A peak=()
  id=$(curl -sf -X POST "$URL/v1/assignment-runs" -H "Authorization: Bearer $API_KEY" \
    -H 'Content-Type: application/json' \
    -d "{\"deliveryDate\":\"$date\",\"brands\":[\"standard\",\"otsumami\",\"granola\",\"yakigashi\",\"kinoko\"],\"mode\":\"$mode\"}" \
    | sed -E 's/.*"id":([0-9]+).*/\1/')
  RUN_IDS+=("$id:$label")
  while true; do
    IFS='|' read -r status phase < <($PSQL -d "$BENCH_DB" -tAc "SELECT status, coalesce(phase, '-') FROM assignment_run WHERE id = $id")
    heap=$(heap_mib)
    [ "$heap" -gt "${peak[$phase]:-0}" ] && peak[$phase]=$heap
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
  local max=0 by=""
  for phase in LOAD RANK PRICE FILL EXCHANGE POLISH DESCRIBE SAVE; do
    [ -n "${peak[$phase]:-}" ] || continue
    by="$by $phase ${peak[$phase]}"
    [ "${peak[$phase]}" -gt "$max" ] && max=${peak[$phase]}
  done
  echo "   peak heap sampled: ${max} MiB; by phase (MiB):$by"
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

# Seconds per 100,000 boxes of each phase at each size: a phase whose figure rises with the size
# grows faster than linearly.
growth() {
  local ids="" pair
  for pair in "${RUN_IDS[@]}"; do ids="$ids,${pair%%:*}"; done
  echo "== seconds per 100,000 boxes, by phase (a figure rising with the size grows faster than linearly)"
  $PSQL -d "$BENCH_DB" -P footer=off -c "
    SELECT r.mode, (r.metrics->>'boxes')::int AS boxes,
      round(extract(epoch FROM r.finished_at - r.created_at)::numeric * 100000 / (r.metrics->>'boxes')::int, 2) AS total,
      round((r.phase_seconds->>'LOAD')::numeric * 100000 / (r.metrics->>'boxes')::int, 2) AS load,
      round(((r.phase_seconds->>'RANK')::numeric + (r.phase_seconds->>'PRICE')::numeric
        + (r.phase_seconds->>'FILL')::numeric + (r.phase_seconds->>'EXCHANGE')::numeric
        + (r.phase_seconds->>'POLISH')::numeric + (r.phase_seconds->>'DESCRIBE')::numeric)
        * 100000 / (r.metrics->>'boxes')::int, 2) AS engine,
      round((r.phase_seconds->>'SAVE')::numeric * 100000 / (r.metrics->>'boxes')::int, 2) AS save
    FROM assignment_run r WHERE r.id IN (${ids#,}) AND r.status = 'SUCCEEDED'
    ORDER BY r.mode DESC, boxes"
}

echo "== warm-up: one PLAN of the first group"
run "${DATES[0]}" PLAN warm-up >/dev/null
RUN_IDS=()
for i in "${!SIZES[@]}"; do
  case " ${RUNS_ONLY:-${SIZES[*]}} " in *" ${SIZES[$i]} "*) ;; *) continue ;; esac
  run "${DATES[$i]}" PLAN "${SIZES[$i]}"
  run "${DATES[$i]}" COMMIT "${SIZES[$i]}"
done
growth
echo "allocations: $($PSQL -d "$BENCH_DB" -tAc 'SELECT count(*) FROM inventory_allocation')," \
  "reconciliation drift: $(curl -s -H "Authorization: Bearer $API_KEY" "$URL/v1/stock/reconciliation" | sed -E 's/.*"drift":(\[[^]]*\]).*/\1/')"
