#!/usr/bin/env bash
# The README's first command on a machine where no PostgreSQL listens (DESIGN 9): inside a network
# namespace of its own (loopback only, Maven offline), `./mvnw quarkus:dev` must start an embedded
# PostgreSQL, become ready, and carry the README's five-minute tour (demo keys, a PLAN and a COMMIT
# to SUCCEEDED, a box shipped, the ledger); a second start must find the first one's data.
#   bash src/test/fresh-machine/first-run.sh      (about 3 minutes; run by .ci/run)
# Maven's artifacts must be in ~/.m2 already (`./mvnw quarkus:go-offline` fetches dev mode's).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
cd "$ROOT"
if [ -z "${FRESH_MACHINE_INSIDE:-}" ]; then
  exec unshare --net env FRESH_MACHINE_INSIDE=1 bash "${BASH_SOURCE[0]}" "$@"
fi
ip link set lo up
OUT=target/fresh-machine
rm -rf "$OUT" target/embedded-postgres/dev
mkdir -p "$OUT"
BASE=http://localhost:8080
KEY=snaq_demo_staff_key

fail() { echo "fresh machine: $*" >&2; exit 1; }
if pg_isready -h 127.0.0.1 -p 5432 -q; then fail "a PostgreSQL answers on 127.0.0.1:5432"; fi

DEV=
start_dev() {
  setsid ./mvnw -o -B quarkus:dev -Dquarkus.console.enabled=false </dev/null >"$OUT/$1.log" 2>&1 &
  DEV=$!
  local started=$SECONDS
  until curl -sf "$BASE/q/health/ready" >/dev/null; do
    kill -0 "$DEV" 2>/dev/null || { tail -40 "$OUT/$1.log"; fail "quarkus:dev exited"; }
    [ $((SECONDS - started)) -lt 300 ] || fail "not ready after 300 s"
    sleep 2
  done
  echo "fresh machine: $1 start ready in $((SECONDS - started)) s"
}
stop_dev() {
  if [ -n "$DEV" ]; then
    kill -TERM -- "-$DEV" 2>/dev/null || true
    wait "$DEV" 2>/dev/null || true
    DEV=
  fi
}
trap stop_dev EXIT

start_dev first
grep -q "started an embedded PostgreSQL there" "$OUT/first.log" || fail "no embedded PostgreSQL"
# The tour is the README's block between its tour markers, run as written.
sed -n '/<!-- tour:start -->/,/<!-- tour:end -->/p' README.md | sed '/^```/d;/^<!--/d' >"$OUT/tour.sh"
[ -s "$OUT/tour.sh" ] || fail "README.md has no tour"
bash -euo pipefail "$OUT/tour.sh" >"$OUT/tour.out" 2>&1 || { tail -30 "$OUT/tour.out"; fail "the tour failed"; }
runs=$(curl -sf -H "Authorization: Bearer $KEY" "$BASE/v1/assignment-runs?status=SUCCEEDED" |
  jq '.items | length')
[ "$runs" -ge 2 ] || fail "the tour left $runs succeeded runs, expected a PLAN and a COMMIT"
stop_dev
if pg_isready -h 127.0.0.1 -p 5432 -q; then fail "the embedded PostgreSQL outlived dev mode"; fi

start_dev second
grep -q "kept from the last start" "$OUT/second.log" || fail "the second start made a new cluster"
again=$(curl -sf -H "Authorization: Bearer $KEY" "$BASE/v1/assignment-runs?status=SUCCEEDED" |
  jq '.items | length')
[ "$again" -eq "$runs" ] || fail "after a restart $again runs, before $runs"
stop_dev
echo "fresh machine: embedded PostgreSQL, tour passed ($(grep -c . "$OUT/tour.out") lines)," \
  "$runs runs kept across a restart"
