#!/usr/bin/env bash
# Lints openapi/openapi.yaml with Spectral's OpenAPI rules (spectral:oas) and fails on any error or
# warning. Spectral comes from the npm registry into target/spectral the first time (about 15 s).
#   bash src/test/contract/spectral.sh
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
TOOL="$ROOT/target/spectral"
if [ ! -x "$TOOL/node_modules/.bin/spectral" ]; then
  mkdir -p "$TOOL"
  npm install --prefix "$TOOL" --no-audit --no-fund --loglevel=error @stoplight/spectral-cli@6 >/dev/null
fi
"$TOOL/node_modules/.bin/spectral" lint "$ROOT/openapi/openapi.yaml" \
  --ruleset "$ROOT/openapi/.spectral.yaml" --fail-severity=warn
