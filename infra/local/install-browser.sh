#!/usr/bin/env bash
# Installs Debian's chromium and chromium-driver for the portal's browser tests (PortalBrowserTest), when missing.
# Without them those tests report themselves skipped; everything else runs.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "chromium and chromium-driver are missing and cannot be installed here (needs root and apt-get):" \
       "the browser tests will be skipped." >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-noto-core >/dev/null
