#!/usr/bin/env bash
# Rebuilds web/favicon.ico from web/favicon.svg: the SVG drawn by headless Chromium at 16, 32 and 48 pixels, the
# three PNG images packed into one ICO file (PNG entries, read by every browser since 2010). Browsers and other
# clients that ask for /favicon.ico without reading the pages' <link rel="icon"> get this file. Run it after
# changing the SVG, then commit both files.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp web/favicon.svg "$work/"
for size in 16 32 48; do
  cat > "$work/icon-$size.html" <<HTML
<!doctype html><html><head><style>html,body{margin:0;background:transparent;overflow:hidden}
img{display:block;width:${size}px;height:${size}px}</style></head><body><img src="favicon.svg" alt=""></body></html>
HTML
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
    --window-size="$size,$size" --screenshot="$work/icon-$size.png" "file://$work/icon-$size.html" >/dev/null 2>&1
done
python3 - "$work" web/favicon.ico <<'PY'
import struct, sys
work, target = sys.argv[1], sys.argv[2]
images = [open(f"{work}/icon-{size}.png", "rb").read() for size in (16, 32, 48)]
header = struct.pack("<HHH", 0, 1, len(images))
offset = 6 + 16 * len(images)
entries = b""
for size, png in zip((16, 32, 48), images):
    entries += struct.pack("<BBBBHHII", size, size, 0, 0, 1, 32, len(png), offset)
    offset += len(png)
open(target, "wb").write(header + entries + b"".join(images))
PY
echo "web/favicon.ico written"
