#!/usr/bin/env bash
# Measures the two hottest read routes of a running self-host with wrk: requests/s and p50/p99 latency.
#
#   scripts/load.sh BASE_URL ARTICLE_ID            e.g. scripts/load.sh http://127.0.0.1:5080 3f2a...-9c1b...
#
# Start the host first (./run.sh serves the sample feeds on loopback with Azurite behind it) and take an id
# from GET /api/articles. Bounded: DURATION (default 10s) per route, THREADS (2) and CONNECTIONS (16).
# Prints one Markdown table row per route, ready for docs/api.md.
set -euo pipefail

base=${1:?usage: scripts/load.sh BASE_URL ARTICLE_ID}
id=${2:?usage: scripts/load.sh BASE_URL ARTICLE_ID}
base=${base%/}
duration=${DURATION:-10s} threads=${THREADS:-2} connections=${CONNECTIONS:-16}

command -v wrk >/dev/null || { echo "load: wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }
command -v curl >/dev/null || { echo "load: curl is not installed" >&2; exit 1; }

echo "| route | requests/s | p50 | p99 | non-2xx |"
echo "|---|---|---|---|---|"
for path in "/api/articles/$id/summary" "/api/articles"; do
  # Measure only a route that works: a 404 or 500 is fast and would flatter the figures.
  code=$(curl -s -o /dev/null -w '%{http_code}' "$base$path")
  [ "$code" = 200 ] || { echo "load: GET $path answered $code, not 200" >&2; exit 1; }
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$base$path")
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")
  echo "| GET $path | $rps | $p50 | $p99 | ${errors:-0} |"
done
