#!/usr/bin/python3
"""The training-step benchmark of `osteon bench train` written in PyTorch: the same loop (forward,
cross-entropy, backward, SGD with momentum 0.9 on one batch of random images and labels), the same warm-up,
the median of the timed steps and the peak resident memory. Prints one JSON object.

    /usr/bin/python3 releng/bench/train_bench_torch.py --model resnet50 --size 224 --batch 8 --steps 10 --threads 2
"""
import argparse
import json
import resource
import statistics
import time

import torch
import torchvision

WARMUP_STEPS = 3

parser = argparse.ArgumentParser()
parser.add_argument("--model", required=True, help="torchvision model name, e.g. resnet50, densenet169")
parser.add_argument("--size", type=int, default=224)
parser.add_argument("--batch", type=int, default=8)
parser.add_argument("--steps", type=int, default=10)
parser.add_argument("--threads", type=int, default=2)
args = parser.parse_args()

torch.set_num_threads(args.threads)
torch.manual_seed(0)
model = getattr(torchvision.models, args.model)()
model.train()
x = torch.randn(args.batch, 3, args.size, args.size)
y = torch.randint(0, 1000, (args.batch,))
loss_fn = torch.nn.CrossEntropyLoss()
sgd = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
times = []
for s in range(-WARMUP_STEPS, args.steps):
    start = time.perf_counter()
    loss = loss_fn(model(x), y)
    loss.backward()
    sgd.step()
    sgd.zero_grad(set_to_none=False)
    loss.item()
    if s >= 0:
        times.append(time.perf_counter() - start)
print(json.dumps({"model": args.model, "size": args.size, "batch": args.batch, "steps": args.steps,
                  "threads": torch.get_num_threads(), "median_step_s": statistics.median(times),
                  "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, "step_s": times,
                  "torch": torch.__version__}))
