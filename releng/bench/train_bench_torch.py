#!/usr/bin/env python3
"""PyTorch baseline of `osteon bench train`: the median time of one training step and the peak memory.

One step = forward of a torchvision network on a random batch (N, 3, S, S), cross-entropy on random labels
over the network's 1000 logits, backward, and a plain SGD update (lr 0.01, momentum 0.9, in training mode:
batch norm on batch statistics, running statistics updated). After --warmup untimed steps, --steps steps are
timed one by one; the median is reported with the peak resident set size of the process. Float32, CPU, the
given intra-op thread count (use the Java side's: `osteon bench train` runs with -Dosteon.dl.threads).

Prints one JSON object (the same keys as `osteon bench train --json`: median_step_s, peak_rss_mib; plus the
settings and versions), and writes it to --out when given.

Usage: /usr/bin/python3 releng/bench/train_bench_torch.py --model resnet50|densenet169 [--size 224] [--batch 8]
       [--steps 10] [--warmup 3] [--threads 2] [--seed 7] [--out FILE]
"""
import argparse
import json
import platform
import resource
import statistics
import time

import torch
import torch.nn.functional as F
import torchvision


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", required=True, choices=["resnet50", "densenet169", "densenet121"])
    p.add_argument("--size", type=int, default=224)
    p.add_argument("--batch", type=int, default=8)
    p.add_argument("--steps", type=int, default=10)
    p.add_argument("--warmup", type=int, default=3)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--out", default=None)
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    model = getattr(torchvision.models, a.model)().train()
    opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
    x = torch.randn(a.batch, 3, a.size, a.size)
    y = torch.randint(0, 1000, (a.batch,))

    def step():
        opt.zero_grad(set_to_none=False)
        loss = F.cross_entropy(model(x), y)
        loss.backward()
        opt.step()
        return loss.item()

    for _ in range(a.warmup):
        step()
    times = []
    for _ in range(a.steps):
        t0 = time.perf_counter()
        step()
        times.append(time.perf_counter() - t0)
    # ru_maxrss is in KiB on Linux
    result = {
        "engine": "pytorch",
        "model": a.model, "size": a.size, "batch": a.batch, "steps": a.steps, "warmup": a.warmup,
        "threads": torch.get_num_threads(),
        "median_step_s": statistics.median(times),
        "min_step_s": min(times), "max_step_s": max(times),
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0,
        "torch": torch.__version__, "torchvision": torchvision.__version__,
        "python": platform.python_version(), "machine": platform.machine(),
    }
    text = json.dumps(result, indent=2)
    print(text)
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    main()
