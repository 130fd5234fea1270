#!/usr/bin/env bash
# Container health check for the inventory service, without curl or wget (the JRE base image
# does not promise either): one HTTP/1.0 GET over bash's /dev/tcp, healthy only on status 200.
# Quarkus answers 503 when a health check is DOWN.
#
# Usage: healthcheck [path]        default path /q/health/live
# Env:   QUARKUS_HTTP_PORT (8080), HEALTHCHECK_HOST (127.0.0.1), HEALTHCHECK_TIMEOUT (4 seconds)
set -u

path="${1:-/q/health/live}"
host="${HEALTHCHECK_HOST:-127.0.0.1}"
port="${QUARKUS_HTTP_PORT:-8080}"
wait="${HEALTHCHECK_TIMEOUT:-4}"

if ! exec 3<>"/dev/tcp/${host}/${port}"; then
  echo "unhealthy: cannot connect to ${host}:${port}"
  exit 1
fi
printf 'GET %s HTTP/1.0\r\nHost: %s:%s\r\nConnection: close\r\n\r\n' "$path" "$host" "$port" >&3

# Only the status line matters: "HTTP/1.x 200 OK".
status=""
if ! IFS=' ' read -r -t "$wait" _ status _ <&3; then
  echo "unhealthy: no response from ${host}:${port}${path} within ${wait}s"
  exit 1
fi
exec 3<&-
status="${status%$'\r'}"

if [[ "$status" == "200" ]]; then
  echo "healthy: ${path} -> ${status}"
  exit 0
fi
echo "unhealthy: ${path} -> ${status:-no status}"
exit 1
