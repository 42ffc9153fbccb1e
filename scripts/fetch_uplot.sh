#!/usr/bin/env bash
# Fetch the uPlot chart library (MIT) from the npm registry into the web explorer's static
# folder. Idempotent; without npm the explorer still runs and its timeline page says the
# chart library is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=1.6.32
DEST=src/recruitwatch/web/static
[ -f "$DEST/uPlot.iife.min.js" ] && [ -f "$DEST/uPlot.min.css" ] && exit 0
if ! command -v npm >/dev/null 2>&1; then
  echo "warning: npm not found; the web timeline will have no chart (install nodejs/npm and rerun scripts/setup.sh)" >&2
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "uplot@$VERSION" >/dev/null && tar xzf "uplot-$VERSION.tgz")
cp "$tmp/package/dist/uPlot.iife.min.js" "$tmp/package/dist/uPlot.min.css" "$DEST/"
cp "$tmp/package/LICENSE" "$DEST/uPlot.LICENSE.txt"
