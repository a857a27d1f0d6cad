#!/usr/bin/env bash
# Installs plotly.js (npm package plotly.js-dist-min) into .tools/plotly at the repository root, so
# that reports and tests can inline plotly.js for offline use (PlotlyScript.Offline / auto-discovery).
# .tools/ is git-ignored: the bundle is never committed. Idempotent.
# Keep PLOTLY_VERSION equal to NewsLens.Charts.PlotlyScript.Version (a test checks this).
set -euo pipefail
PLOTLY_VERSION=3.7.0
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/.tools/plotly"
pkg="$dest/node_modules/plotly.js-dist-min"
if [ -f "$pkg/plotly.min.js" ] && grep -q "\"version\": \"$PLOTLY_VERSION\"" "$pkg/package.json" 2>/dev/null; then
  echo "plotly.js $PLOTLY_VERSION already installed in $pkg"
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "error: npm not found; install Node.js (e.g. apt-get install -y npm) and run $0 again" >&2
  exit 1
fi
mkdir -p "$dest"
npm install --prefix "$dest" --no-audit --no-fund --no-package-lock --no-save \
  "plotly.js-dist-min@$PLOTLY_VERSION"
test -f "$pkg/plotly.min.js"
echo "installed plotly.js $PLOTLY_VERSION in $pkg"
