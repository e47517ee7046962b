#!/usr/bin/env bash
# Training-step benchmark: Osteon (osteon bench train) against the same loop in Debian's python3-torch, on the
# same machine, one after the other, with the same thread count. Writes releng/bench/results/train-<date>.txt.
#   releng/bench/train-bench.sh [SIZE] [BATCH] [STEPS] [MODELS]
#   releng/bench/train-bench.sh 256 16 10 kneel        (KNEEL's hourglass: wing loss and Adam, as KNEEL trains)
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
size="${1:-224}"; batch="${2:-8}"; steps="${3:-10}"; models="${4:-resnet50 densenet169}"; threads="${OSTEON_BENCH_THREADS:-2}"
out="$here/releng/bench/results/train-$(date -u +%Y%m%d-%H%M%S).txt"
mkdir -p "$(dirname "$out")"
{
  echo "# osteon bench train vs PyTorch $(/usr/bin/python3 -c 'import torch; print(torch.__version__)'), size $size, batch $batch, steps $steps, threads $threads"
  echo "# $(uname -srm); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
  for m in $models; do
    OSTEON_JAVA_OPTS="-Dosteon.dl.threads=$threads -Dai.djl.pytorch.num_interop_threads=1" \
      "$here/osteon" bench train --model "org.osteon.zoo.$m" --size "$size" --batch "$batch" --steps "$steps" --json
    /usr/bin/python3 "$here/releng/bench/train_bench_torch.py" --model "$m" --size "$size" --batch "$batch" \
      --steps "$steps" --threads "$threads"
  done
} | tee "$out"
echo "written to $out" >&2
