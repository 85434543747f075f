#!/usr/bin/env bash
# Installs from Debian what the tests need beyond Maven, when missing: chromium and chromium-driver for the portal's
# browser tests (PortalBrowserTest), prometheus (with promtool), jq and curl for the dashboards' proof
# (infra/docker/prove-dashboards.sh). Without root or apt-get it says so; the browser tests then report themselves
# skipped, and the proof cannot run.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
command -v prometheus > /dev/null && command -v promtool > /dev/null || missing+=(prometheus)
command -v jq > /dev/null || missing+=(jq)
command -v curl > /dev/null || missing+=(curl)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get > /dev/null 2>&1; then
  echo "missing and not installable here (needs root and apt-get): ${missing[*]}" >&2
  exit 0
fi
echo "Installing from Debian: ${missing[*]} ..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-noto-core > /dev/null
