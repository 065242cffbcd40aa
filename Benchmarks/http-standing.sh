#!/usr/bin/env bash
# GET /v1/board/standing under 64 concurrent connections with wrk, against a release build
# serving the demo board on SQLite. Prints wrk's requests/s and latency percentiles.
#   Benchmarks/http-standing.sh [DATABASE]   (default: a fresh demo database)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
swift build -c release --product peaceboard >/dev/null
binary=$(swift build -c release --show-bin-path)/peaceboard

work=$(mktemp -d /tmp/peaceboard-wrk.XXXXXX)
database=${1:-$work/demo.sqlite}
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
token=$("$binary" token create --database "$database" --role observer)
"$binary" serve --database "$database" --demo --port "$port" --log-level error &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/openapi.yaml" >/dev/null && break; sleep 0.2; done

wrk -t2 -c64 -d15s --latency -H "Authorization: Bearer $token" "http://127.0.0.1:$port/v1/board/standing?asOf=2026-01-20"
