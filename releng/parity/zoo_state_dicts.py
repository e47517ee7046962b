#!/usr/bin/env python3
"""torchvision's state-dict names and shapes of the zoo's CNNs, for the zoo tests.

Writes one text file (gzip-compressed when OUT ends in .gz) listing, for each model, its parameter count
and every state_dict entry in torchvision's order:

  model densenet169 14149480
  features.conv0.weight 64,3,7,7
  features.norm0.num_batches_tracked            (a scalar: no shape after the name)
  ...

The models are built with random initialisation (no weights are downloaded). The committed copy is
bundles/org.osteon.zoo.tests/data/torchvision-state-dicts.txt.gz; TorchvisionStateDictTest compares the Java
networks with it name by name and shape by shape.

Usage: /usr/bin/python3 releng/parity/zoo_state_dicts.py OUT [MODEL...]   (default: densenet121 densenet169 resnet50)
"""
import gzip
import sys

import torch
import torchvision

DEFAULT_MODELS = ["densenet121", "densenet169", "resnet50"]


def describe(name):
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
