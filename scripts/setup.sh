#!/usr/bin/env bash
# Installs what the two commands need, idempotently: Azurite (npm, from the lock file), smtp4dev (dotnet tool
# manifest) and, with --browser, Debian's Chromium for the browser tests. Nothing is downloaded at run time.
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=false
for a in "$@"; do [ "$a" = "--browser" ] && want_browser=true; done

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Reinstalled only when the lock file changed since the last install (its hash is kept beside the packages).
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -x node_modules/.bin/azurite ] || [ "$(cat node_modules/.lock-hash 2>/dev/null)" != "$lock_hash" ]; then
  say "Installing Azurite (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error >&2
  echo "$lock_hash" > node_modules/.lock-hash
fi

if ! dotnet tool run smtp4dev -- --help >/dev/null 2>&1; then
  say "Installing smtp4dev (dotnet tool restore)"
  dotnet tool restore >&2
fi

if $want_browser; then
  missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  command -v wrk >/dev/null 2>&1 || missing+=(wrk)
  fc-list 2>/dev/null | grep -qi dejavu || missing+=(fonts-dejavu-core)
  if [ ${#missing[@]} -gt 0 ]; then
    say "Installing ${missing[*]} (apt-get)"
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
  fi
fi
