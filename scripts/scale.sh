#!/usr/bin/env bash
# The scale benchmark of issue 11: a loopback farm of N feeds x K real articles over H addresses (127.0.0.1-H),
# imported with `feeds import`, one `run --once` to fetch, store, summarize and tag them all, one `run --once --all`
# to re-poll every feed (all 304), then every article counted in Azurite. Prints the figures beside the targets.
#
#   scripts/scale.sh [--feeds 1000] [--items 20] [--hosts 50] [--storage CONNECTION-STRING]
#
# Without --storage it starts its own Azurite in memory. Needs ../shared/eval beside the checkout (the texts).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
scripts/setup.sh
echo "==> Building the command line and the scale benchmark (Release)" >&2
dotnet build src/FeedFunctions.Host -c Release -nologo -v quiet -clp:ErrorsOnly
dotnet build bench/FeedFunctions.Scale -c Release -nologo -v quiet -clp:ErrorsOnly
exec dotnet bench/FeedFunctions.Scale/bin/Release/net10.0/FeedFunctions.Scale.dll "$@"
