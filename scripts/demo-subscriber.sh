#!/usr/bin/env bash
# Used by run.sh: subscribes a demo reader over HTTP, confirms the subscription from the confirmation mail that
# smtp4dev received (as the reader would, by following the link), so a digest arrives at the next SendDigests tick.
#   scripts/demo-subscriber.sh API_BASE MAIL_BASE EMAIL
set -euo pipefail
api=$1 mail=$2 email=$3

for _ in $(seq 1 300); do curl -fs "$api/healthz" >/dev/null 2>&1 && break; sleep 0.2; done

# A weekly digest due since a minute ago, so its first issue covers the samples' week and goes out at the next tick.
day=$(date -u -d '1 minute ago' +%A) time=$(date -u -d '1 minute ago' +%H:%M)
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$api/api/subscriptions" -H 'content-type: application/json' \
  -d "{\"email\":\"$email\",\"frequency\":\"weekly\",\"deliveryDay\":\"$day\",\"deliveryTime\":\"$time\",\"timeZone\":\"UTC\"}")
[ "$status" = 202 ] || { echo "demo: subscribing $email answered $status" >&2; exit 1; }

# The confirmation mail, read back through smtp4dev's API; its plain-text part holds the confirm link.
link=""
for _ in $(seq 1 100); do
  id=$(curl -fs "$mail/api/messages?pageSize=50" | grep -o '"id":"[^"]*"[^}]*"to":\["[^"]*'"$email" | head -1 | sed 's/"id":"\([^"]*\)".*/\1/' || true)
  if [ -n "$id" ]; then
    link=$(curl -fs "$mail/api/messages/$id/plaintext" | grep -o "$api/api/subscriptions/confirm?token=[A-Za-z0-9_.~%-]*" | head -1 || true)
    [ -n "$link" ] && break
  fi
  sleep 0.2
done
[ -n "$link" ] || { echo "demo: no confirmation mail for $email reached smtp4dev" >&2; exit 1; }

status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$link")
[ "$status" = 200 ] || { echo "demo: confirming $email answered $status" >&2; exit 1; }
echo "demo: $email subscribed over HTTP and confirmed from its mail; its digest arrives in smtp4dev within a minute" >&2
