#!/usr/bin/env python3
"""State-dict names and shapes of the zoo's networks as PyTorch builds them, for the zoo tests.

Writes one text file (gzip-compressed when OUT ends in .gz) listing, for each model, its parameter count
and every state_dict entry in torchvision's order:

  model densenet169 14149480
  features.conv0.weight 64,3,7,7
  features.norm0.num_batches_tracked            (a scalar: no shape after the name)
  ...

The models are built with random initialisation (no weights are downloaded): torchvision's by name, the
others (kneel, kneel-roi, kneel-prefix, unet, unet-bilinear) from published_networks.py, the faithful
re-implementation of KNEEL's, deep-pipeline's and milesial/Pytorch-UNet's modules. The committed copies are
bundles/org.osteon.zoo.tests/data/torchvision-state-dicts.txt.gz (TorchvisionStateDictTest) and
bundles/org.osteon.zoo.tests/data/published-state-dicts.txt.gz (PublishedStateDictTest); the tests compare
the Java networks with them name by name and shape by shape.

Usage: /usr/bin/python3 releng/parity/zoo_state_dicts.py OUT [MODEL...]   (default: densenet121 densenet169 resnet50)
       /usr/bin/python3 releng/parity/zoo_state_dicts.py OUT --published   (the published networks above)
"""
import gzip
import os
import sys

import torch
import torchvision

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import published_networks  # noqa: E402

DEFAULT_MODELS = ["densenet121", "densenet169", "resnet50"]


def describe(name):
    if name in published_networks.MODELS:
        model = published_networks.build(name)
    else:
        model = getattr(torchvision.models, name)()
    params = sum(p.numel() for p in model.parameters())
    lines = ["model %s %d" % (name, params)]
    for key, tensor in model.state_dict().items():
        shape = ",".join(str(s) for s in tensor.shape)
        lines.append(key + (" " + shape if shape else ""))
    return lines


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    names = sys.argv[2:] or DEFAULT_MODELS
    if names == ["--published"]:
        names = published_networks.MODELS
    text = "\n".join(line for n in names for line in describe(n)) + "\n"
    if out.endswith(".gz"):
        # mtime 0: the same models give the same bytes
        with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as f:
            f.write(text.encode("utf-8"))
    else:
        with open(out, "w", encoding="utf-8") as f:
            f.write(text)
    print("torch %s, torchvision %s: wrote %s (%s)" % (torch.__version__, torchvision.__version__, out, ", ".join(names)))


if __name__ == "__main__":
    main()
