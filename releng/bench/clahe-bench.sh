#!/usr/bin/env bash
# CLAHE on a 2048 x 2048 16-bit image: Osteon (org.osteon.preprocess.Clahe, outside OSGi) against OpenCV's
# cv2.createCLAHE(...).apply (Debian's python3-opencv) with the same thread count, in the same run, on the
# same image; checks that both outputs are identical (sha256). A benchmark, not a test. On a shared machine
# the load changes between the two programs, so they run alternately for ROUNDS rounds and the ratio uses each
# side's lowest median.
# Writes releng/bench/results/clahe-<date>.txt.
#   releng/bench/clahe-bench.sh [THREADS] [REPEATS] [SIZE] [ROUNDS]   defaults: all cores, 21, 2048, 3
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
threads="${1:-$(nproc)}"
repeats="${2:-21}"
size="${3:-2048}"
rounds="${4:-3}"
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
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  ms() { echo "$1" | sed -E 's/.*median ([0-9.]+) ms.*/\1/'; }
  sha() { echo "$1" | sed -E 's/.*sha256 ([0-9a-f]+).*/\1/'; }
  best_o=""; best_j=""; same=yes
  for r in $(seq "$rounds"); do
    o=$(/usr/bin/python3 "$here/clahe_opencv.py" "$size" "$threads" "$repeats" "$clip" "$tiles")
    j=$("$JAVA_HOME/bin/java" -Xmx2g -cp "$cp" "$here/ClaheBench.java" "$size" "$threads" "$repeats" "$clip" "$tiles")
    echo "round $r: $o"
    echo "round $r: $j"
    [ "$(sha "$o")" = "$(sha "$j")" ] || same=no
    best_o=$(awk -v a="$best_o" -v b="$(ms "$o")" 'BEGIN {print (a == "" || b < a) ? b : a}')
    best_j=$(awk -v a="$best_j" -v b="$(ms "$j")" 'BEGIN {print (a == "" || b < a) ? b : a}')
  done
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "lowest median: opencv $best_o ms, osteon $best_j ms"
  echo "osteon / opencv: $(awk -v a="$best_j" -v b="$best_o" 'BEGIN {printf "%.2f", a / b}') (target <= 1.20)"
  if [ "$same" = yes ]; then echo "outputs identical in every round"; else echo "OUTPUTS DIFFER"; fi
} | tee "$out"
