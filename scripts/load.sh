#!/usr/bin/env bash
# Measures the two hottest read routes of a running self-host: first the most wrk reaches (requests/s with its
# p50/p99 latency), then a fixed rate (issue 12's targets: 1,000 requests/s on the summary, 500 on the list) with
# scripts/ratecheck.cs, since Debian's wrk has no -R.
#
#   scripts/load.sh BASE_URL ARTICLE_ID            e.g. scripts/load.sh http://127.0.0.1:5080 3f2a...-9c1b...
#
# Start the host first (./run.sh serves the sample feeds on loopback with Azurite behind it) and take an id
# from GET /api/articles. Bounded: DURATION (default 10s) per route for wrk, THREADS (2) and CONNECTIONS (16);
# RATE_SECONDS (20) per route at SUMMARY_RATE (1000) and LIST_RATE (500); RATES=0 skips the fixed-rate part.
# Prints Markdown tables, ready for docs/api.md.
set -euo pipefail
cd "$(dirname "$0")/.."

base=${1:?usage: scripts/load.sh BASE_URL ARTICLE_ID}
id=${2:?usage: scripts/load.sh BASE_URL ARTICLE_ID}
base=${base%/}
duration=${DURATION:-10s} threads=${THREADS:-2} connections=${CONNECTIONS:-16}
rate_seconds=${RATE_SECONDS:-20} summary_rate=${SUMMARY_RATE:-1000} list_rate=${LIST_RATE:-500}

command -v wrk >/dev/null || { echo "load: wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }
command -v curl >/dev/null || { echo "load: curl is not installed" >&2; exit 1; }

summary="/api/articles/$id/summary" list="/api/articles"
for path in "$summary" "$list"; do
  # Measure only a route that works: a 404 or 500 is fast and would flatter the figures.
  code=$(curl -s -o /dev/null -w '%{http_code}' "$base$path")
  [ "$code" = 200 ] || { echo "load: GET $path answered $code, not 200" >&2; exit 1; }
done

echo "wrk -t$threads -c$connections -d$duration --latency (as many requests as it can):"
echo
echo "| route | requests/s | p50 | p99 | non-2xx |"
echo "|---|---|---|---|---|"
for path in "$summary" "$list"; do
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$base$path")
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")
  echo "| GET $path | $rps | $p50 | $p99 | ${errors:-0} |"
done

[ "${RATES:-1}" = 0 ] && exit 0
# Built once before the clock starts, so the build does not share the CPU with the first measurement.
dotnet build scripts/ratecheck.cs -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null
echo
echo "scripts/ratecheck.cs at a fixed rate for ${rate_seconds}s (latency from each request's due time):"
echo
dotnet run --no-build -c Release scripts/ratecheck.cs -- "$base$summary" "$summary_rate" "$rate_seconds"
dotnet run --no-build -c Release scripts/ratecheck.cs -- "$base$list" "$list_rate" "$rate_seconds" | tail -1
