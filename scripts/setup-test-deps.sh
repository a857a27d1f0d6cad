#!/usr/bin/env bash
# Installs what the test suite needs beyond the .NET SDK (used by .ci/run). Idempotent:
#  - Debian's chromium (headless browser for tests/NewsLens.Tests/Reports/BrowserTests.cs),
#    only when /usr/bin/chromium is missing;
#  - the offline plotly.js copy in .tools/plotly (scripts/install-plotly.sh), only when missing.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  # Wait for the dpkg lock rather than fail when another apt run is in progress.
  $sudo apt-get -o DPkg::Lock::Timeout=600 update
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y chromium
fi
if [ ! -f "$root/.tools/plotly/node_modules/plotly.js-dist-min/plotly.min.js" ]; then
  "$root/scripts/install-plotly.sh"
fi
