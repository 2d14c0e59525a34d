#!/usr/bin/env bash
# Regenerates web/map/countries-110m.json, the map's basemap: Natural Earth 1:110m country outlines (public domain)
# as TopoJSON, from the npm package world-atlas (ISC, (c) Michael Bostock). The file is copied unchanged; its
# SHA-256 is checked so a changed package cannot slip in unnoticed. Needs npm and the npm registry.
set -euo pipefail
VERSION=2.0.2
SHA256=2516c915867c7baf18ddec727aec46c315541a07cfb3d79a6559b05d5e94eee8
here=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "world-atlas@$VERSION" >/dev/null && tar xzf "world-atlas-$VERSION.tgz")
actual=$(sha256sum "$tmp/package/countries-110m.json" | cut -d' ' -f1)
if [[ "$actual" != "$SHA256" ]]; then
  echo "fetch_world_atlas: countries-110m.json of world-atlas@$VERSION has SHA-256 $actual, expected $SHA256" >&2
  exit 1
fi
mkdir -p "$here/web/map"
cp "$tmp/package/countries-110m.json" "$here/web/map/countries-110m.json"
cp "$tmp/package/LICENSE" "$here/web/map/LICENSE-world-atlas"
echo "web/map/countries-110m.json: world-atlas@$VERSION ($actual)"
