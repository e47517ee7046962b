#!/usr/bin/env bash
# Read throughput of the volume readers (a benchmark, not a test): one 256 x 256 x 108 int16 volume written
# in every volume format by independent tools (make_io_bench_files.py: nibabel, pydicom, numpy/zlib), read
# by Osteon's readers outside OSGi (IoBench.java). Needs Debian's python3-nibabel and python3-pydicom.
# Also times pydicom reading, sorting and stacking the same DICOM series (pydicom_series_bench.py).
# Writes releng/bench/results/io-read-<date>.txt.
#   releng/bench/io-bench.sh [REPEATS]      REPEATS (timed reads per file) defaults to 15 (with fewer the JIT is still warming up)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
repeats="${1:-15}"
stamp="$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$here/results"
out="$here/results/io-read-$stamp.txt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

[ "${IO_BENCH_NO_BUILD:-0}" = 1 ] || "$root/osteon" help >/dev/null   # builds the bundles if needed (IO_BENCH_NO_BUILD=1: use the classes of the last Maven build)
. "$root/.mvn/find-jdk.sh"
sum="$(/usr/bin/python3 "$here/make_io_bench_files.py" "$work/files" | sed -E 's/.*; sum (-?[0-9]+)$/\1/')"
cp="$root/bundles/org.osteon.core/target/classes:$root/bundles/org.osteon.io/target/classes"
for jar in $(find "$HOME/.m2/repository/org/slf4j/slf4j-api/2.0.17" "$HOME/.m2/repository/com/twelvemonkeys" \
    "$HOME/.m2/repository/com/github/jai-imageio" -name '*.jar' 2>/dev/null); do cp="$cp:$jar"; done
{
  echo "volume reader throughput, 256 x 256 x 108 int16 (14.2 MB of voxel data), $(date -u +%FT%TZ)"
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
  echo "java: $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"
  echo "files written by nibabel (NIfTI), pydicom (DICOM series of 108 files), numpy + zlib/gzip level 6 (NRRD, MetaImage);"
  echo "MB/s = decoded voxel bytes (2 per voxel) / median time of $repeats reads after 2 warm-up reads, page cache warm"
  echo
  "$JAVA_HOME/bin/java" -Xmx2g -cp "$cp" "$here/IoBench.java" "$root/bundles/org.osteon.io/plugin.xml" \
    "$work/files" "$sum" "$repeats"
  echo
  echo "the same DICOM series read, sorted and stacked by pydicom (pydicom_series_bench.py), same machine, same run:"
  /usr/bin/python3 "$here/pydicom_series_bench.py" "$work/files/dicom-series" "$sum" "$repeats"
} | tee "$out"
