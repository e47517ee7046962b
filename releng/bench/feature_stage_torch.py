#!/usr/bin/env python3
"""PyTorch baseline of the knee-CT feature stage, to compare with the Java stage.

Times the feature pass of torchvision's DenseNet121 inflated to 3D (I3D rule, as org.osteon.dl.nn.Inflation)
on a 1 x 3 x 108 x 256 x 256 input, once per region (three regions: the same volume with a different region
mask each, as the stage feeds it), keeping the global averages of the last, third-last and fifth-last
convolutions through forward hooks. Inference only (torch.no_grad), float32, CPU, 2 intra-op threads.

Writes a JSON file with the wall time of the three network passes (sum, and each; inputs are built untimed,
one at a time), the peak resident set size of the process and the versions; weights are random (seeded): speed and memory do not depend on their values.

Usage: /usr/bin/python3 feature_stage_torch.py [--out feature_stage_torch.json] [--threads 2]
       [--depth 108 --size 256 --regions 3 --warmup 0]
"""
import argparse
import json
import os
import platform
import resource
import sys
import time

import torch
import torchvision

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "parity"))
from densenet121_reference import capture, inflate, selected  # noqa: E402


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", default="feature_stage_torch.json")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--depth", type=int, default=108)
    p.add_argument("--size", type=int, default=256)
    p.add_argument("--regions", type=int, default=3)
    p.add_argument("--warmup", type=int, default=0, help="untimed passes first (0: the first pass is timed, as in a run)")
    p.add_argument("--seed", type=int, default=7)
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)

    t0 = time.perf_counter()
    model = inflate(torchvision.models.densenet121(weights=None)).eval()
    build_s = time.perf_counter() - t0
    sel = {k: v for k, v in selected(model).items() if k != "transition1"}

    g = torch.Generator().manual_seed(a.seed)
    volume = torch.rand(1, 1, a.depth, a.size, a.size, generator=g)
    mean = torch.tensor([0.485, 0.456, 0.406]).view(1, 3, 1, 1, 1)
    std = torch.tensor([0.229, 0.224, 0.225]).view(1, 3, 1, 1, 1)

    def region_input(r):
        # a different slab of the volume is "inside the region" each time; outside is 0 before normalisation
        mask = torch.zeros_like(volume)
        lo = r * a.depth // (a.regions + 1)
        mask[:, :, lo:lo + a.depth // 2] = 1
        return ((volume * mask).repeat(1, 3, 1, 1, 1) - mean) / std

    for _ in range(a.warmup):
        capture(model, region_input(0), sel)
    per_region = []
    vectors = {}
    wall_s = 0.0
    for r in range(a.regions):
        x = region_input(r)  # built untimed, one at a time: only the network pass is measured
        t1 = time.perf_counter()
        pooled, _, _ = capture(model, x, sel)
        per_region.append(time.perf_counter() - t1)
        wall_s += per_region[-1]
        vectors[r] = {k: float(v.sum()) for k, v in pooled.items()}
        del x
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = {
        "what": "3D-inflated DenseNet121 feature pass (GAP of last, third-last, fifth-last conv), %d regions" % a.regions,
        "input_shape": [1, 3, a.depth, a.size, a.size],
        "threads": a.threads,
        "wall_s": round(wall_s, 3),
        "per_region_s": [round(t, 3) for t in per_region],
        "model_build_s": round(build_s, 3),
        "peak_rss_mib": round(peak_kib / 1024, 1),
        "torch": torch.__version__,
        "torchvision": torchvision.__version__,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpu_count": os.cpu_count(),
        "checksums": vectors,
    }
    with open(a.out, "w") as f:
        json.dump(result, f, indent=2)
    print(json.dumps({k: result[k] for k in ("wall_s", "per_region_s", "peak_rss_mib", "threads")}))


if __name__ == "__main__":
    main()
