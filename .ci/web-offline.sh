#!/usr/bin/env bash
# draftlint web in a network namespace of its own (only a loopback, brought up here): it
# must start, check a draft and stop with exit 0, with no network at all.
set -euo pipefail
draftlint=${1:?usage: web-offline.sh path/to/draftlint}
ip link set lo up
out=$(mktemp)
"$draftlint" web --no-browser --isolated --idle-timeout 2 >"$out" &
server=$!
for _ in $(seq 100); do grep -q '^draftlint web: ' "$out" && break; sleep 0.2; done
url=$(sed -n 's/^draftlint web: //p' "$out")
rm -f "$out"
[ -n "$url" ] || { echo "draftlint web printed no address" >&2; kill "$server"; exit 1; }
curl -sf "${url}api/info" | grep -q '"max_bytes"'
curl -sf -H 'Content-Type: application/json' -d '{"text": "Call me on 06 12 34 56 78"}' \
  "${url}api/check" | grep -q '"PHONE_NUMBER"'
curl -sf -H 'Content-Type: application/json' -d '{}' "${url}api/stop" >/dev/null
wait "$server"
