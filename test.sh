#!/usr/bin/env bash
# Runs every test: installs what they need (scripts/setup.sh), builds with warnings as errors, checks
# formatting, runs the xunit projects (each starts its own Azurite and smtp4dev on free loopback ports),
# and ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

scripts/setup.sh --browser || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }

failed_steps=0
echo "==> dotnet build" >&2
if ! dotnet build FeedFunctions.sln -c Release -nologo -v quiet -clp:ErrorsOnly; then
  echo "build failed"; echo "0 passed, 1 failed"; exit 1
fi

echo "==> dotnet format --verify-no-changes" >&2
if ! dotnet format FeedFunctions.sln --verify-no-changes --no-restore -v quiet; then
  echo "dotnet format found unformatted code (run: dotnet format FeedFunctions.sln)"; failed_steps=$((failed_steps + 1))
fi

echo "==> dotnet test" >&2
log=$(mktemp)
dotnet test --solution FeedFunctions.sln -c Release --no-build "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Microsoft.Testing.Platform prints one summary block; take its totals.
passed=$(grep -E '^\s+succeeded:' "$log" | tail -1 | grep -oE '[0-9]+' || echo 0)
failed=$(grep -E '^\s+failed:' "$log" | tail -1 | grep -oE '[0-9]+' || echo 0)
skipped=$(grep -E '^\s+skipped:' "$log" | tail -1 | grep -oE '[0-9]+' || echo 0)
rm -f "$log"
if [ "$status" -ne 0 ] && [ "${failed:-0}" -eq 0 ]; then failed=1; fi   # a crash before any result still fails
failed=$((failed + failed_steps))
[ "${skipped:-0}" -gt 0 ] && echo "note: $skipped tests were skipped; they are not counted as passed"
echo "${passed:-0} passed, ${failed} failed"
[ "$failed" -eq 0 ]
