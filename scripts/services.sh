# Shared by run.sh (sourced): start and stop Azurite and smtp4dev on loopback, and check ports.
pids=()

require_free_port() {
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
    echo "run.sh: port $1 on 127.0.0.1 is in use; stop what holds it, or choose other ports (see the variables at the top of run.sh)" >&2
    exit 1
  fi
}

wait_for_port() {
  local port=$1 name=$2 log=$3
  for _ in $(seq 1 300); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    sleep 0.2
  done
  echo "run.sh: $name did not start on port $port; its log:" >&2
  tail -20 "$log" >&2
  exit 1
}

start_azurite() {
  local state=$1
  # In memory: every run starts from the bundled samples, and nothing is left behind to go stale.
  node_modules/.bin/azurite --silent --skipApiVersionCheck --loose --disableTelemetry --inMemoryPersistence \
    --blobHost 127.0.0.1 --blobPort "$2" --queueHost 127.0.0.1 --queuePort "$3" --tableHost 127.0.0.1 --tablePort "$4" \
    >"$state/azurite.log" 2>&1 &
  pids+=($!)
  for p in "$2" "$3" "$4"; do wait_for_port "$p" Azurite "$state/azurite.log"; done
}

start_smtp4dev() {
  local state=$1
  dotnet tool run smtp4dev -- --urls="http://127.0.0.1:$3" --smtpport="$2" --imapport=0 --pop3port=0 --db= \
    --hostname=localhost --nousersettings --bindaddress=127.0.0.1 >"$state/smtp4dev.log" 2>&1 &
  pids+=($!)
  wait_for_port "$2" smtp4dev "$state/smtp4dev.log"
  wait_for_port "$3" smtp4dev "$state/smtp4dev.log"
}

# End each by its process id, and wait (Azurite started with --location can ignore SIGTERM: DESIGN.md).
stop_services() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
    pkill -P "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
}
