#!/usr/bin/env bash
# Validates docker/ (Dockerfile, compose.yaml, nginx.conf, healthcheck.sh) without a Docker
# engine. The checks themselves are in docker/validate.py; this script finds the tools and runs
# them in order. Exit status: 0 all checks passed (some may be skipped, see the summary),
# 1 a check failed, 2 a required tool is missing or bad usage.
#
# Needs: bash, python3 (3.9+), and a YAML parser: PyYAML for python3, or Node.js (npx) with
# js-yaml. Optional: nginx (for `nginx -t` and the load-balancer smoke test), shellcheck,
# hadolint, `docker compose` (for `docker compose config`). Missing optional tools are skipped.
#
# Options:
#   --install   fetch what is missing: nginx-light and shellcheck through apt-get (root only;
#               on a host with systemd nginx-light also starts an nginx service), js-yaml
#               through npx
#   --strict    treat a skipped check as a failure
#   -v          list every individual check, not just the group summaries
# Environment: NGINX=/path/to/nginx picks the nginx binary (NGINX=none skips it);
#   VALIDATE_YAML=pyyaml|js-yaml forces a YAML parser.
set -uo pipefail

usage() { sed -n '2,/^set -uo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }

install=0 strict=0
for arg in "$@"; do
  case "$arg" in
    --install) install=1 ;;
    --strict) strict=1 ;;
    -v | --verbose) export VALIDATE_VERBOSE=1 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "unknown option: $arg" >&2; usage >&2; exit 2 ;;
  esac
done

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here" || exit 2
export PYTHONDONTWRITEBYTECODE=1

failed=() skipped=()
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

section() { printf '\n== %s\n' "$1"; }
skip() { echo "  skip  $2"; skipped+=("$1: $2"); }
# step NAME COMMAND...: runs a check command, recording the step as failed on a non-zero exit.
step() {
  local name="$1"; shift
  "$@" || failed+=("$name")
}

if ! command -v python3 >/dev/null; then
  echo "python3 is required (the checks are in docker/validate.py)" >&2
  exit 2
fi

# ---- 0. --install: the optional tools from Debian's packages ---------------------------------
if ((install)); then
  packages=()
  [[ -z "${NGINX:-}" ]] && ! command -v nginx >/dev/null && [[ ! -x /usr/sbin/nginx ]] && packages+=(nginx-light)
  command -v shellcheck >/dev/null || packages+=(shellcheck)
  if ((${#packages[@]})); then
    section "--install: ${packages[*]}"
    if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
      if apt-get update -qq >"$tmp/apt.log" 2>&1 &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >>"$tmp/apt.log" 2>&1; then
        echo "  ok    installed ${packages[*]}"
      else
        echo "  warn  apt-get install failed:"; tail -3 "$tmp/apt.log" | sed 's/^/          /'
      fi
    else
      echo "  warn  --install needs root and apt-get; install ${packages[*]} yourself"
    fi
  fi
fi

# ---- 1. Files and scripts -------------------------------------------------------------------
section "files and scripts"
files_ok=1
for f in Dockerfile Dockerfile.dockerignore compose.yaml nginx.conf healthcheck.sh README.md validate.sh validate.py; do
  if [[ -f "$f" ]]; then echo "  ok    docker/$f exists"; else echo "  FAIL  docker/$f is missing"; files_ok=0; fi
done
for f in healthcheck.sh validate.sh; do
  if [[ -x "$f" ]]; then echo "  ok    docker/$f is executable"; else echo "  FAIL  docker/$f is not executable (chmod +x)"; files_ok=0; fi
done
for f in healthcheck.sh validate.sh; do
  if out="$(bash -n "$f" 2>&1)"; then echo "  ok    bash -n docker/$f"; else echo "  FAIL  bash -n docker/$f: $out"; files_ok=0; fi
done
if out="$(python3 -c 'import ast, sys; ast.parse(open(sys.argv[1]).read())' validate.py 2>&1)"; then
  echo "  ok    docker/validate.py parses"
else
  echo "  FAIL  docker/validate.py: $out"; files_ok=0
fi
((files_ok)) || failed+=("files and scripts")
if command -v shellcheck >/dev/null; then
  step "shellcheck" shellcheck healthcheck.sh validate.sh && echo "  ok    shellcheck healthcheck.sh validate.sh"
else
  skip "shellcheck" "shellcheck not installed"
fi
[[ -f validate.py ]] || { echo "cannot continue without docker/validate.py" >&2; exit 1; }

# ---- 2. Dockerfile --------------------------------------------------------------------------
section "Dockerfile"
step "Dockerfile" python3 validate.py dockerfile
if command -v hadolint >/dev/null; then
  step "hadolint" hadolint Dockerfile && echo "  ok    hadolint Dockerfile"
else
  skip "hadolint" "hadolint not installed (the checks above cover the essentials)"
fi

# ---- 3. compose.yaml ------------------------------------------------------------------------
section "compose.yaml"
parser="${VALIDATE_YAML:-}"
if [[ -z "$parser" ]]; then
  if python3 -c 'import yaml' 2>/dev/null; then parser=pyyaml
  elif command -v npx >/dev/null; then parser=js-yaml
  fi
fi
case "$parser" in
  pyyaml)
    step "compose.yaml" python3 validate.py compose --pyyaml
    ;;
  js-yaml)
    # Without --install, npx may only use a js-yaml already in the npm cache (--offline).
    npx_flags=(--yes --offline)
    ((install)) && npx_flags=(--yes)
    echo "  ...   parsing with npx ${npx_flags[*]} js-yaml"
    if npx "${npx_flags[@]}" js-yaml compose.yaml >"$tmp/compose.json" 2>"$tmp/js-yaml.err"; then
      step "compose.yaml" python3 validate.py compose --json "$tmp/compose.json"
    elif grep -qiE 'YAMLException|duplicat' "$tmp/js-yaml.err"; then
      echo "  FAIL  compose.yaml does not parse: $(grep -m1 -iE 'YAMLException|duplicat' "$tmp/js-yaml.err")"
      failed+=("compose.yaml")
    else
      echo "  FAIL  no YAML parser: no PyYAML, and npx could not run js-yaml" \
        "(run with --install to fetch js-yaml, or install PyYAML: pip install pyyaml)"
      head -3 "$tmp/js-yaml.err" | sed 's/^/          /'
      echo
      exit 2
    fi
    ;;
  *)
    echo "  FAIL  no YAML parser: install PyYAML (pip install pyyaml) or Node.js (for npx js-yaml)"
    exit 2
    ;;
esac
if docker compose version >/dev/null 2>&1; then
  # Needs no engine: resolves the file the way `up` would.
  if out="$(docker compose -f compose.yaml config --quiet 2>&1)"; then
    echo "  ok    docker compose config accepts compose.yaml"
  else
    echo "  FAIL  docker compose config: $out"; failed+=("docker compose config")
  fi
else
  skip "docker compose config" "no docker compose plugin (the checks above parse the file instead)"
fi

# ---- 4. nginx.conf --------------------------------------------------------------------------
section "nginx.conf"
step "nginx.conf (static)" python3 validate.py nginx-static
nginx_bin="${NGINX:-$(command -v nginx || true)}"
[[ -z "$nginx_bin" && -x /usr/sbin/nginx ]] && nginx_bin=/usr/sbin/nginx
[[ "$nginx_bin" == none ]] && nginx_bin=""
if [[ -n "$nginx_bin" ]]; then
  echo
  step "nginx -t and smoke test" python3 validate.py nginx-run "$nginx_bin"
else
  skip "nginx -t" "no nginx (apt-get install nginx-light, or run with --install)"
fi

# ---- 5. healthcheck.sh ----------------------------------------------------------------------
section "healthcheck.sh"
step "healthcheck.sh" python3 validate.py healthcheck

# ---- Summary --------------------------------------------------------------------------------
section "summary"
for s in "${skipped[@]}"; do echo "  skipped: $s"; done
if ((${#failed[@]})); then
  echo "  FAILED: ${failed[*]}"
  exit 1
fi
if ((strict && ${#skipped[@]})); then
  echo "  all checks that ran passed, but --strict and ${#skipped[@]} were skipped"
  exit 1
fi
echo "  all checks passed${skipped[*]:+ (${#skipped[@]} skipped)}"
