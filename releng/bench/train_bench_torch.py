#!/usr/bin/python3
"""The training-step benchmark of `osteon bench train` written in PyTorch: the same loop on one batch of random
images, the same warm-up, the median of the timed steps and the peak resident memory. Prints one JSON object.
For a torchvision classifier: forward, cross-entropy on random labels, backward, SGD with momentum 0.9. For KNEEL's
hourglass (--model kneel or kneel-roi, built by releng/parity/published_networks.py): forward, wing loss
(w = 15, epsilon = 3) on input pixels against random targets, backward, Adam (lr 0.001), as KNEEL trains.

    /usr/bin/python3 releng/bench/train_bench_torch.py --model resnet50 --size 224 --batch 8 --steps 10 --threads 2
    /usr/bin/python3 releng/bench/train_bench_torch.py --model kneel --size 256 --batch 16 --steps 10 --threads 2
"""
import argparse
import json
import math
import os
import resource
import statistics
import sys
import time

import torch
import torchvision

WARMUP_STEPS = 3

parser = argparse.ArgumentParser()
parser.add_argument("--model", required=True, help="torchvision model name (resnet50, densenet169) or kneel, kneel-roi")
parser.add_argument("--size", type=int, default=224)
parser.add_argument("--batch", type=int, default=8)
parser.add_argument("--steps", type=int, default=10)
parser.add_argument("--threads", type=int, default=2)
args = parser.parse_args()

torch.set_num_threads(args.threads)
torch.manual_seed(0)
x = torch.randn(args.batch, 3, args.size, args.size)
if args.model.startswith("kneel"):
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "parity"))
    import published_networks

    model = published_networks.build(args.model)
    points = 16 if args.model == "kneel" else 1
    y = torch.rand(args.batch, points, 2) * args.size
    w, eps = 15.0, 3.0
    c = w - w * math.log(1 + w / eps)

    def loss_fn(out, target):
        d = (out * args.size - target).abs()
        return torch.where(d < w, w * torch.log(1 + d / eps), d - c).mean()

    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    loop = "forward, wing loss, backward, Adam"
else:
    model = getattr(torchvision.models, args.model)()
    y = torch.randint(0, 1000, (args.batch,))
    loss_fn = torch.nn.CrossEntropyLoss()
    opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
    loop = "forward, cross-entropy, backward, SGD"
model.train()
times = []
for s in range(-WARMUP_STEPS, args.steps):
    start = time.perf_counter()
    loss = loss_fn(model(x), y)
    loss.backward()
    opt.step()
    opt.zero_grad(set_to_none=False)
    loss.item()
    if s >= 0:
        times.append(time.perf_counter() - start)
print(json.dumps({"model": args.model, "loop": loop, "size": args.size, "batch": args.batch, "steps": args.steps,
                  "threads": torch.get_num_threads(), "median_step_s": statistics.median(times),
                  "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, "step_s": times,
                  "torch": torch.__version__}))
