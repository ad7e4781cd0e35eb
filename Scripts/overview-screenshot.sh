#!/usr/bin/env bash
# Regenerates Docs/images/overview.png, the README's picture of the overview
# page: plans ACCSM 22 and takes a headless Chromium screenshot of its
# overview.html with the SOM selected. Needs chromium (apt-get install chromium).
#   Scripts/overview-screenshot.sh
set -euo pipefail
cd "$(dirname "$0")/.."
chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome) || {
    echo "overview-screenshot: chromium is not installed (apt-get install chromium)" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
swift build -q
SOURCE_DATE_EPOCH=0 .build/debug/convene plan Scenarios/accsm-22-brunei.yaml -o "$out/plan" >/dev/null
"$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$out/profile" \
    --window-size=1400,900 --screenshot="$out/overview.png" "file://$out/plan/overview.html#m=som" 2>/dev/null
mkdir -p Docs/images
cp "$out/overview.png" Docs/images/overview.png
echo "wrote Docs/images/overview.png"
