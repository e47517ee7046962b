#!/usr/bin/env python3
"""`osteon model run` against PyTorch on the same weights (not run in CI).

For DenseNet169 and ResNet50 (torchvision), KNEEL's hourglass network and milesial's U-Net
(published_networks.py, PyTorch re-implementations of the published modules) this script
  1. builds the PyTorch network and fills every tensor with the PATTERN weights (below), which the Java
     tests generate identically (PatternWeights in org.osteon.app.tests), so no weights file is committed;
  2. writes the weights and a pattern input (1x3x64x64; 1x3x32x48x48 for the inflated run; KNEEL 1x3x100x132,
     U-Net 1x3x70x58: sizes that leave odd maps on the way down, so the hourglass's interpolation and U-Net's
     padding matter) as safetensors;
  3. runs `./osteon model run ID --weights W --input IN --output OUT` (and for the torchvision networks with
     `--inflate`, against its own I3D inflation in PyTorch, releng/parity/densenet121_reference.py's `inflate`);
  4. prints the max abs difference between Osteon's `output` and PyTorch's, absolute and relative to the
     largest PyTorch value; and, with --constants, the PyTorch values the Java test ModelCommandTest commits.

Pattern: the k-th state-dict tensor (PyTorch's order, 0-based), element i (row-major), u = hash(i, k) in
[-1, 1) (32-bit integer hash, exact in any language; see `uniform`), computed in float64, stored as float32:
  num_batches_tracked 0;  *.running_mean 0.1 u;  *.running_var 1 + 0.25 u;  *.bias 0.1 u;
  rank-1 *.weight (batch norm) 1 + 0.25 u;  weights of rank >= 2: u * sqrt(6 / fan_in) (Kaiming-uniform),
  fan_in = numel / shape[0]
Input element i: uniform(i, 1000003) (the same hash, k = 1000003).
KNEEL: the pattern makes heat maps of order 1e4, whose softmax is one-hot and whose soft-argmax would only
compare arg-max positions; its 1x1 output convolution (out_block.0 weight and bias) is therefore scaled by
1e-4 (heat-map values of order 1), in the weights file that both sides load.

Usage: /usr/bin/python3 releng/parity/model_run_check.py [--osteon ./osteon] [--work DIR] [--constants] [--skip-osteon]
The product must be built first: ./mvnw -B -DskipTests verify
"""
import argparse
import json
import math
import os
import struct
import subprocess
import sys
import tempfile

import numpy as np
import torch
import torch.nn as nn
import torchvision

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from densenet121_reference import inflate, save_safetensors  # noqa: E402
import published_networks  # noqa: E402

MODELS = {"densenet169": "org.osteon.zoo.densenet169", "resnet50": "org.osteon.zoo.resnet50"}
# not inflatable (2D interpolation, soft-argmax); their own input sizes
PUBLISHED = {"kneel": ("org.osteon.zoo.kneel", (1, 3, 100, 132)), "unet": ("org.osteon.zoo.unet", (1, 3, 70, 58))}
INPUT_2D = (1, 3, 64, 64)
INPUT_3D = (1, 3, 32, 48, 48)


MASK = np.uint64(0xFFFFFFFF)


def uniform(n, k):
    """u(i, k) in [-1, 1) for i < n: h = (i * 2654435761 + k * 40503 + 12345) mod 2^32, then the mixing steps
    h ^= h >> 16; h = h * 0x45d9f3b mod 2^32; h ^= h >> 16; u = h / 2^31 - 1."""
    h = (np.arange(n, dtype=np.uint64) * np.uint64(2654435761) + np.uint64(k * 40503 + 12345)) & MASK
    h ^= h >> np.uint64(16)
    h = (h * np.uint64(0x45D9F3B)) & MASK
    h ^= h >> np.uint64(16)
    return h.astype(np.float64) / 2.0 ** 31 - 1


def pattern(k, shape, name):
    n = int(np.prod(shape)) if len(shape) else 1
    x = uniform(n, k)
    if name.endswith("running_mean"):
        v = 0.1 * x
    elif name.endswith("running_var"):
        v = 1 + 0.25 * x
    elif name.endswith("bias"):
        v = 0.1 * x
    elif len(shape) == 1:
        v = 1 + 0.25 * x
    else:
        v = x * math.sqrt(6 / (n / shape[0]))
    return torch.from_numpy(v.astype(np.float32).reshape(shape))


def pattern_model(name):
    model = published_networks.build(name) if name in PUBLISHED else getattr(torchvision.models, name)()
    state = model.state_dict()
    filled = {}
    for k, (key, t) in enumerate(state.items()):
        filled[key] = torch.zeros_like(t) if key.endswith("num_batches_tracked") else pattern(k, tuple(t.shape), key)
    if name == "kneel":
        for key in ("out_block.0.weight", "out_block.0.bias"):
            filled[key] = filled[key] * 1e-4
    model.load_state_dict(filled)
    return model.eval(), filled


def pattern_input(shape):
    n = int(np.prod(shape))
    return torch.from_numpy(uniform(n, 1000003).astype(np.float32).reshape(shape))


def forward_3d(name, model, x):
    """The network's own forward on the inflated modules: global pooling in 3D where torchvision pools in 2D."""
    if name.startswith("densenet"):
        out = torch.relu(model.features(x))
        return model.classifier(torch.flatten(nn.functional.adaptive_avg_pool3d(out, 1), 1))
    model.avgpool = nn.AdaptiveAvgPool3d(1)
    return model(x)


def read_safetensors(path):
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n))
        data = f.read()
    out = {}
    for key, e in header.items():
        if key == "__metadata__":
            continue
        assert e["dtype"] == "F32", e
        b, end = e["data_offsets"]
        out[key] = torch.from_numpy(np.frombuffer(data[b:end], dtype="<f4").copy().reshape(e["shape"]))
    return out


def compare(label, actual, expected):
    diff = (actual - expected).abs().max().item()
    scale = expected.abs().max().item()
    print("%-28s max abs difference %.3e   relative %.3e   (max |torch| %.3e, shape %s)"
          % (label, diff, diff / max(scale, 1e-12), scale, list(expected.shape)))
    return diff / max(scale, 1e-12)


def constants(label, y):
    y = y.flatten().double()
    head = ", ".join("%.7e" % v for v in y[:8].tolist())
    print("%s: first8 {%s}, l2 %.9e, sum %.9e" % (label, head, y.norm().item(), y.sum().item()))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--osteon", default="./osteon")
    p.add_argument("--work", default=None, help="folder for the files (default: a new temporary folder)")
    p.add_argument("--constants", action="store_true", help="print PyTorch's outputs for the Java test")
    p.add_argument("--skip-osteon", action="store_true", help="only PyTorch (with --constants)")
    p.add_argument("--threads", type=int, default=2)
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    work = a.work or tempfile.mkdtemp(prefix="model-run-check-")
    os.makedirs(work, exist_ok=True)
    print("torch %s, torchvision %s; files in %s" % (torch.__version__, torchvision.__version__, work))
    worst = 0.0
    runs = [(name, model_id, INPUT_2D, (False, True)) for name, model_id in MODELS.items()]
    runs += [(name, model_id, shape, (False,)) for name, (model_id, shape) in PUBLISHED.items()]
    for name, model_id, shape_2d, variants in runs:
        model, state = pattern_model(name)
        weights = os.path.join(work, name + ".safetensors")
        save_safetensors(weights, state)
        for inflated in variants:
            shape = INPUT_3D if inflated else shape_2d
            x = pattern_input(shape)
            with torch.no_grad():
                if inflated:
                    m3, _ = pattern_model(name)
                    expected = forward_3d(name, inflate(m3).eval(), x)
                else:
                    expected = model(x)
            label = name + (" inflated 3D" if inflated else " 2D")
            if a.constants:
                constants(label, expected)
            if a.skip_osteon:
                continue
            tag = name + ("-3d" if inflated else "-2d")
            inp = os.path.join(work, tag + "-input.safetensors")
            outp = os.path.join(work, tag + "-output.safetensors")
            save_safetensors(inp, {"input": x})
            cmd = [a.osteon, "model", "run", model_id, "--weights", weights, "--input", inp, "--output", outp]
            if inflated:
                cmd.append("--inflate")
            r = subprocess.run(cmd, capture_output=True, text=True)
            if r.returncode != 0:
                print("FAILED (%d): %s\n%s%s" % (r.returncode, " ".join(cmd), r.stdout, r.stderr))
                worst = float("inf")
                continue
            worst = max(worst, compare(label, read_safetensors(outp)["output"], expected))
    if not a.skip_osteon:
        print("largest relative difference: %.3e" % worst)
        sys.exit(0 if worst < 1e-4 else 1)


if __name__ == "__main__":
    main()
