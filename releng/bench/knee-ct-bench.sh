#!/usr/bin/env bash
# Benchmark of the knee-CT similarity experiment on a 256 x 256 x 108 phantom (not a test).
# Writes wall time and peak resident memory of each stage to releng/bench/results/knee-ct-<date>.txt.
# With Debian's python3-torch installed it also times the same feature computation in PyTorch
# (feature_stage_torch.py) for comparison.
#   releng/bench/knee-ct-bench.sh [SIZE]        SIZE defaults to 256x256x108
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
size="${1:-256x256x108}"
threads="$(nproc)"
stamp="$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$here/results"
out="$here/results/knee-ct-$size-$stamp.txt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/osteon" help >/dev/null   # builds the product if needed, outside the timing
/usr/bin/time -v "$root/osteon" run "$root/examples/knee-ct/similarity.osteon" \
  --set "volume=phantom:knee-ct?size=$size" --output "$work/run" >"$work/stdout" 2>"$work/stderr"

{
  echo "knee-CT similarity benchmark, volume $size, $(date -u +%FT%TZ)"
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
  echo "java: $("$root"/osteon help >/dev/null 2>&1; . "$root/.mvn/find-jdk.sh"; "$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"
  echo
  echo "stage            wall s   peak RSS (process, MiB)"
  grep -E 'step finished in' "$work/run/run.log" \
    | sed -E 's/^[^ ]+ INFO ([^ ]+) step finished in ([0-9.]+) s, peak resident memory ([0-9]+|unknown).*/\1 \2 \3/' \
    | awk '{printf "%-15s %7.2f   %s\n", $1, $2, $3}'
  echo
  echo "network passes inside the features stage (input tensors built outside the timing, as in the PyTorch script):"
  grep -E 'INFO features network pass' "$work/run/run.log" | sed -E 's/^[^ ]+ INFO features network pass ([^:]+): (.*)/  \1 \2/'
  echo
  echo "whole command: $(grep -E 'Elapsed \(wall' "$work/stderr" | sed 's/.*: //') wall, max RSS $(( $(grep -E 'Maximum resident' "$work/stderr" | awk '{print $NF}') / 1024 )) MiB"
  echo
  echo "similarity matrix:"
  cat "$work/run/results/similarity.csv"
} >"$out"

if /usr/bin/python3 -c 'import torch, torchvision' 2>/dev/null && [ -f "$here/feature_stage_torch.py" ]; then
  echo >>"$out"
  echo "PyTorch $(/usr/bin/python3 -c 'import torch; print(torch.__version__)'), same computation, $threads threads:" >>"$out"
  IFS=x read -r sx sy sz <<<"$size"
  if [ "$sx" != "$sy" ]; then echo "(PyTorch reference needs a square slice, got $size)" >>"$out"; else
    /usr/bin/python3 "$here/feature_stage_torch.py" --size "$sx" --depth "$sz" --threads "$threads" \
      --out "$work/torch.json" >>"$out" 2>&1 || echo "(PyTorch reference failed)" >>"$out"
  fi
fi
cat "$out"
echo "written to $out"
