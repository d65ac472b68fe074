#!/usr/bin/env bash
# The main command. Installs what it needs (scripts/setup.sh), starts Azurite and smtp4dev on 127.0.0.1,
# and runs FeedFunctions over the bundled sample feeds, served on loopback: no cloud account, no network.
#
#   ./run.sh          serve the API and the reader page, with the timers and queue workers running; Ctrl+C stops all
#   ./run.sh --once   one pass (fetch, summarize and tag, send due digests), print a table, stop what it started
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

once=false
for a in "$@"; do
  case "$a" in
    --once) once=true ;;
    -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option $a (try --help)" >&2; exit 2 ;;
  esac
done

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

scripts/setup.sh
say "Building FeedFunctions"
dotnet build src/FeedFunctions.Host -c Release -nologo -v quiet -clp:ErrorsOnly
app=src/FeedFunctions.Host/bin/Release/net10.0/feedfunctions.dll

# Ports: Azurite's usual ones, smtp4dev's page and SMTP, and the API. Override with the variables below.
blob=${AZURITE_BLOB_PORT:-10000} queue=${AZURITE_QUEUE_PORT:-10001} table=${AZURITE_TABLE_PORT:-10002}
smtp=${SMTP4DEV_SMTP_PORT:-2525} mailweb=${SMTP4DEV_WEB_PORT:-5000} api=${FEEDFUNCTIONS_PORT:-5080}
source scripts/services.sh
for p in $blob $queue $table $smtp $mailweb $api; do require_free_port "$p"; done

state=.run
mkdir -p "$state"
trap stop_services EXIT
trap 'exit 130' INT TERM
say "Starting Azurite (tables, queues, blobs) on 127.0.0.1:$blob-$table"
start_azurite "$state" "$blob" "$queue" "$table"
say "Starting smtp4dev on 127.0.0.1:$smtp (its page: http://127.0.0.1:$mailweb/)"
start_smtp4dev "$state" "$smtp" "$mailweb"

# Development keys for digest links and the admin routes, made once and kept out of git (.run/ is ignored).
[ -s "$state/signing-key" ] || head -c 32 /dev/urandom | base64 > "$state/signing-key"
export Storage__ConnectionString="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;"
# The sample feeds are served on loopback, which the fetcher refuses unless an operator allows it: this is that operator.
export Fetching__AllowPrivateNetworks=true
export Smtp__Host=127.0.0.1 Smtp__Port=$smtp Smtp__Security=None Smtp__From="FeedFunctions <digests@feedfunctions.localhost>"
export Digest__SigningKey="$(cat "$state/signing-key")" Digest__PublicBaseUrl="http://127.0.0.1:$api/"
[ -s "$state/admin-key" ] || head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$state/admin-key"
export Admin__Key=${Admin__Key:-$(cat "$state/admin-key")}
export Logging__LogLevel__Default=${Logging__LogLevel__Default:-Warning}

if $once; then
  say "One pass over the sample feeds"
  dotnet "$app" run --once --samples
  say "Digests, if any were due, are in smtp4dev: http://127.0.0.1:$mailweb/ (stopping it now; use ./run.sh to keep it up)"
else
  # Fetch at once rather than at the next quarter hour, and look for due digests every 20 seconds, so the demo
  # reader below gets a digest while you watch.
  export Schedules__RunOnStartup=true Schedules__SendDigests="*/20 * * * * *"
  scripts/demo-subscriber.sh "http://127.0.0.1:$api" "http://127.0.0.1:$mailweb" reader@example.test &
  say "Serving: API http://127.0.0.1:$api/api/articles · reader page http://127.0.0.1:$api/ · mail http://127.0.0.1:$mailweb/ · admin key: $Admin__Key"
  dotnet "$app" serve --samples --urls "http://127.0.0.1:$api"
fi
