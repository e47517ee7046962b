#!/usr/bin/env python3
"""Reference outputs of torchvision's DenseNet121 for the Java parity test.

Builds torchvision's densenet121 with a fixed seed (batch-norm statistics and affine parameters randomised so
that batch norm is exercised), saves its state_dict as safetensors (written by hand: nothing is pickled),
runs a 2D input through it and a 3D input through its I3D inflation (done here in PyTorch, independently of
the Java code), and writes the inputs and outputs to reference.safetensors:

  input2d            (1, 3, H, W)
  gap2d.last         global average of the last convolution's output (32 values)
  gap2d.third-last   ... of the third-last convolution
  gap2d.fifth-last   ... of the fifth-last convolution
  gap2d.transition1  ... of features.transition1.conv (128 values)
  embedding2d        relu(features) pooled (1024 values)
  logits2d           classifier output (1000 values)
  input3d, gap3d.*, embedding3d   the same for the inflated network on a (1, 3, D, H, W) input

Usage: /usr/bin/python3 densenet121_reference.py OUT_DIR [--seed 2024] [--size 64] [--depth 32]
Then: ./mvnw -B -o verify -pl <modules> -Dosteon.parity.dir=OUT_DIR   (runs DenseNet121ParityTest)
"""
import argparse
import json
import os
import struct

import torch
import torch.nn as nn
import torch.nn.functional as F
import torchvision

DTYPES = {torch.float32: "F32", torch.int64: "I64", torch.int32: "I32", torch.uint8: "U8", torch.int8: "I8",
          torch.float16: "F16", torch.float64: "F64", torch.bfloat16: "BF16"}


def save_safetensors(path, tensors, metadata=None):
    """The safetensors layout: u64 LE header length, JSON header (space-padded to 8 bytes), raw LE data."""
    header = {}
    if metadata:
        header["__metadata__"] = {k: str(v) for k, v in metadata.items()}
    blobs = []
    offset = 0
    for name, t in tensors.items():
        t = t.detach().contiguous().cpu()
        data = t.numpy().tobytes() if t.dtype != torch.bfloat16 else t.view(torch.int16).numpy().tobytes()
        header[name] = {"dtype": DTYPES[t.dtype], "shape": list(t.shape), "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    raw = json.dumps(header, separators=(",", ":")).encode("utf-8")
    raw += b" " * (-len(raw) % 8)
    tmp = path + ".part"
    with open(tmp, "wb") as f:
        f.write(struct.pack("<Q", len(raw)))
        f.write(raw)
        for b in blobs:
            f.write(b)
    os.replace(tmp, path)


def randomise_batch_norm(model, generator):
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, nn.BatchNorm2d):
                n = m.num_features
                m.weight.copy_(0.5 + torch.rand(n, generator=generator))
                m.bias.copy_(torch.rand(n, generator=generator) - 0.5)
                m.running_mean.copy_(torch.rand(n, generator=generator) - 0.5)
                m.running_var.copy_(0.5 + torch.rand(n, generator=generator))


def _triple(v):
    v = (v, v) if isinstance(v, int) else tuple(v)
    return (v[0], v[0], v[1])


def inflate(module):
    """I3D inflation: Conv2d (k, w) -> Conv3d (k, k, w) with weights repeated along depth and divided by k;
    batch norm copied; pooling gains a depth axis by the same rule (depth takes the first spatial value)."""
    if isinstance(module, nn.Conv2d):
        k = _triple(module.kernel_size)
        c = nn.Conv3d(module.in_channels, module.out_channels, k, stride=_triple(module.stride),
                      padding=_triple(module.padding), dilation=_triple(module.dilation), groups=module.groups,
                      bias=module.bias is not None)
        with torch.no_grad():
            c.weight.copy_(module.weight.unsqueeze(2).repeat(1, 1, k[0], 1, 1) / k[0])
            if module.bias is not None:
                c.bias.copy_(module.bias)
        return c
    if isinstance(module, nn.BatchNorm2d):
        b = nn.BatchNorm3d(module.num_features, eps=module.eps, momentum=module.momentum)
        b.load_state_dict(module.state_dict())
        return b
    if isinstance(module, nn.MaxPool2d):
        return nn.MaxPool3d(_triple(module.kernel_size), _triple(module.stride), _triple(module.padding),
                            ceil_mode=module.ceil_mode)
    if isinstance(module, nn.AvgPool2d):
        return nn.AvgPool3d(_triple(module.kernel_size), _triple(module.stride), _triple(module.padding),
                            ceil_mode=module.ceil_mode, count_include_pad=module.count_include_pad)
    for name, child in list(module.named_children()):
        setattr(module, name, inflate(child))
    return module


def forward(model, x):
    """torchvision's DenseNet.forward, with a pooling that works for 2D and 3D."""
    out = F.relu(model.features(x))
    embedding = torch.flatten(F.adaptive_avg_pool2d(out, 1) if out.dim() == 4 else F.adaptive_avg_pool3d(out, 1), 1)
    return embedding, model.classifier(embedding)


def capture(model, x, named):
    """Global averages of the outputs of the named modules during one forward pass."""
    pooled = {}
    handles = []
    for key, (name, module) in named.items():
        handles.append(module.register_forward_hook(
            lambda m, i, o, key=key: pooled.__setitem__(key, o.mean(dim=tuple(range(2, o.dim()))).flatten())))
    with torch.no_grad():
        embedding, logits = forward(model, x)
    for h in handles:
        h.remove()
    return pooled, embedding.flatten(), logits.flatten()


def selected(model):
    convs = [(n, m) for n, m in model.named_modules() if isinstance(m, (nn.Conv2d, nn.Conv3d))]
    return {"last": convs[-1], "third-last": convs[-3], "fifth-last": convs[-5],
            "transition1": ("features.transition1.conv", model.features.transition1.conv)}


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("out")
    p.add_argument("--seed", type=int, default=2024)
    p.add_argument("--size", type=int, default=64, help="height and width of the inputs")
    p.add_argument("--depth", type=int, default=32, help="depth of the 3D input (at least 32: five halvings)")
    a = p.parse_args()
    os.makedirs(a.out, exist_ok=True)
    torch.manual_seed(a.seed)
    torch.set_num_threads(2)
    g = torch.Generator().manual_seed(a.seed + 1)

    model = torchvision.models.densenet121(weights=None)
    randomise_batch_norm(model, g)
    model.eval()
    save_safetensors(os.path.join(a.out, "densenet121.safetensors"), model.state_dict(),
                     {"format": "pt", "source": "torchvision %s densenet121, seed %d" % (torchvision.__version__, a.seed)})

    ref = {}
    x2 = torch.randn(1, 3, a.size, a.size, generator=g)
    sel = selected(model)
    pooled, emb, logits = capture(model, x2, sel)
    ref["input2d"] = x2
    for k, v in pooled.items():
        ref["gap2d." + k] = v
    ref["embedding2d"] = emb
    ref["logits2d"] = logits

    model3d = inflate(model).eval()
    x3 = torch.randn(1, 3, a.depth, a.size, a.size, generator=g)
    sel3 = selected(model3d)
    pooled3, emb3, _ = capture(model3d, x3, sel3)
    ref["input3d"] = x3
    for k, v in pooled3.items():
        ref["gap3d." + k] = v
    ref["embedding3d"] = emb3
    names = {k: v[0] for k, v in sel.items()}
    save_safetensors(os.path.join(a.out, "reference.safetensors"), ref,
                     {"torch": torch.__version__, "torchvision": torchvision.__version__, "modules": json.dumps(names)})
    print("wrote %s: weights and %d reference tensors (modules %s)" % (a.out, len(ref), names))


if __name__ == "__main__":
    main()
