#!/usr/bin/env bash
# Copies the workbench screenshots the UI tests saved (bundles/org.osteon.ui*.tests/target/screenshots/*.png,
# after ./mvnw verify) into docs/screenshots/, scaled down to at most 960 pixels wide (ImageMagick's convert
# when present) so the README links small files.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p docs/screenshots
n=0
for f in bundles/org.osteon.ui*.tests/target/screenshots/*.png; do
  [ -f "$f" ] || continue
  out="docs/screenshots/$(basename "$f")"
  if command -v convert >/dev/null 2>&1; then
    convert "$f" -resize '960x>' -strip -define png:compression-level=9 "$out"
  else
    cp "$f" "$out"
  fi
  n=$((n + 1))
done
echo "update-screenshots: $n screenshots in docs/screenshots"
