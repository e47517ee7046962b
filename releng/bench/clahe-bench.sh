#!/usr/bin/env bash
# CLAHE on a 2048 x 2048 16-bit image: Osteon (org.osteon.preprocess.Clahe, outside OSGi) against OpenCV's
# cv2.createCLAHE(...).apply (Debian's python3-opencv) with the same thread count, in the same run, on the
# same image; checks that both outputs are identical (sha256). A benchmark, not a test.
# Writes releng/bench/results/clahe-<date>.txt.
#   releng/bench/clahe-bench.sh [THREADS] [REPEATS] [SIZE]   defaults: all cores, 21, 2048
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
threads="${1:-$(nproc)}"
repeats="${2:-21}"
size="${3:-2048}"
clip=2.0
tiles=8
stamp="$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$here/results"
out="$here/results/clahe-$stamp.txt"
classes="$root/bundles/org.osteon.preprocess/target/classes"
if [ ! -f "$classes/org/osteon/preprocess/Clahe.class" ]; then
  (cd "$root" && ./mvnw -B -q package -pl bundles/org.osteon.core,bundles/org.osteon.preprocess -DskipTests)
fi
. "$root/.mvn/find-jdk.sh"
cp="$classes:$root/bundles/org.osteon.core/target/classes"
{
  echo "CLAHE clipLimit $clip, tiles ${tiles}x$tiles, ${size} x ${size} uint16, $(date -u +%FT%TZ)"
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
  echo "java: $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"
  echo "time of one apply(), median and best of $repeats runs after 5 warm-up runs, same image, $threads thread(s) each"
  echo
  o=$(/usr/bin/python3 "$here/clahe_opencv.py" "$size" "$threads" "$repeats" "$clip" "$tiles")
  echo "$o"
  j=$("$JAVA_HOME/bin/java" -Xmx2g -cp "$cp" "$here/ClaheBench.java" "$size" "$threads" "$repeats" "$clip" "$tiles")
  echo "$j"
  ms() { echo "$1" | sed -E 's/.*median ([0-9.]+) ms.*/\1/'; }
  sha() { echo "$1" | sed -E 's/.*sha256 ([0-9a-f]+).*/\1/'; }
  echo
  echo "osteon / opencv (median): $(awk -v a="$(ms "$j")" -v b="$(ms "$o")" 'BEGIN {printf "%.2f", a / b}') (target <= 1.20)"
  if [ "$(sha "$o")" = "$(sha "$j")" ]; then echo "outputs identical"; else echo "OUTPUTS DIFFER"; fi
} | tee "$out"
