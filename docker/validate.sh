#!/usr/bin/env bash
# Validates docker/ without a Docker engine, with maintained tools where they exist:
#   Dockerfile    dockerfile-utils lint (the linter of VS Code's Docker extension), via npx
#   compose.yaml  the Compose spec JSON schema, bundled in dclint, via npx; then validate.py
#                 (python3 + PyYAML): what the stack needs, cross-checked with nginx.conf/Dockerfile
#   nginx.conf    nginx -t, when nginx is installed (apt-get install nginx-light)
#   *.sh          bash -n, and shellcheck when installed (apt-get install shellcheck)
# A check whose tool is missing is skipped. Exit 1 when a check fails, or with --strict was
# skipped. NGINX=/path/to/nginx picks the nginx binary.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")" || exit 2
failed=0 skipped=0

# run LABEL COMMAND...: one check; the command's output is shown when it fails.
run() {
  local label="$1" out
  shift
  if out="$("$@" 2>&1)"; then echo "  ok    $label"; return; fi
  echo "  FAIL  $label"
  printf '%s\n' "$out" | sed 's/^/          /'
  failed=$((failed + 1))
}
skip() { echo "  skip  $1"; skipped=$((skipped + 1)); }

for f in healthcheck.sh validate.sh; do run "bash -n $f" bash -n "$f"; done
if command -v shellcheck >/dev/null; then
  run "shellcheck healthcheck.sh validate.sh" shellcheck healthcheck.sh validate.sh
else skip "shellcheck: not installed (apt-get install shellcheck)"; fi

if command -v npx >/dev/null; then
  # Pinned versions, fetched from the npm registry into npx's cache on first use.
  run "Dockerfile: dockerfile-utils lint" npx --yes dockerfile-utils@0.16.3 lint Dockerfile
  # Errors only (-q): dclint's warnings are style (key and service order). Its rule
  # no-unbound-port-interfaces is off: lb is meant to be reachable on the host's port 8080.
  run "compose.yaml: Compose spec schema (dclint)" \
    npx --yes dclint@3.1.0 compose.yaml -q --no-color --disable-rule no-unbound-port-interfaces
else skip "Dockerfile lint and Compose schema: no npx (install Node.js)"; fi

if python3 -c 'import yaml' 2>/dev/null; then python3 validate.py || failed=$((failed + 1))
else skip "validate.py: needs python3 with PyYAML"; fi

nginx="${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}"
if [[ -x "$nginx" ]]; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  # nginx -t resolves the upstream hosts, which exist only in the compose network: the copy
  # points them at 127.0.0.1, and drops `resolve` (nginx >= 1.27.3) for an older local nginx.
  # The line numbers in nginx's messages are those of docker/nginx.conf.
  sed -E 's/^(\s*server\s+)[A-Za-z][A-Za-z0-9.-]*:([0-9]+)/\1127.0.0.1:\2/; s/\s+resolve\b//' \
    nginx.conf >"$tmp/nginx.conf"
  run "nginx.conf: nginx -t ($("$nginx" -v 2>&1 | sed 's/^.*: //'))" \
    "$nginx" -t -q -e stderr -p "$tmp" -c "$tmp/nginx.conf" -g "pid $tmp/nginx.pid;"
else skip "nginx.conf: no nginx for nginx -t (apt-get install nginx-light)"; fi

if ((failed)); then echo "FAILED: $failed check(s)"; exit 1; fi
if ((skipped)); then echo "the checks that ran passed, $skipped skipped"; [[ "${1:-}" != --strict ]]
else echo "all checks passed"; fi
