#!/usr/bin/python3
"""Reference values for the differentiable tensor operations of org.osteon.dl that have no hand-computable
result: transposed convolution (values and gradients), bilinear resizing with align_corners, and dropout masks
under a seed. Inputs are sin/cos patterns so the Java test can rebuild them. Run with Debian's torch 1.13:
    /usr/bin/python3 releng/parity/tensor_ops_reference.py
The printed numbers are pasted into TensorOpsTest (org.osteon.dl.tests)."""
import math

import torch
import torch.nn.functional as F


def pattern(n, f):
    return torch.tensor([f(k) for k in range(n)], dtype=torch.float32)


def show(name, t):
    print(name, list(t.shape), "{" + ", ".join("%.7ef" % v for v in t.flatten().tolist()) + "}")


x = pattern(18, lambda k: math.sin(k + 1)).reshape(1, 2, 3, 3).requires_grad_(True)
w = pattern(24, lambda k: math.cos(k * 0.7)).reshape(2, 3, 2, 2).requires_grad_(True)
b = torch.tensor([0.1, -0.2, 0.3], requires_grad=True)
y = F.conv_transpose2d(x, w, b, stride=2, padding=(1, 0), output_padding=(1, 0))
show("convT", y)
# loss = sum(y * m), m = sin(0.3 k) over y's elements
m = pattern(y.numel(), lambda k: math.sin(0.3 * k)).reshape(y.shape)
(y * m).sum().backward()
show("convT.dx", x.grad)
show("convT.dw", w.grad)
show("convT.db", b.grad)

wg = pattern(8, lambda k: math.cos(k * 0.7)).reshape(2, 1, 2, 2)
show("convT.groups", F.conv_transpose2d(x.detach(), wg, None, stride=1, groups=2, dilation=(2, 1)))

show("bilinear.align", F.interpolate(x.detach(), size=(5, 4), mode="bilinear", align_corners=True))
show("bilinear", F.interpolate(x.detach(), size=(5, 4), mode="bilinear", align_corners=False))
show("nearest", F.interpolate(x.detach(), size=(5, 4), mode="nearest"))

torch.manual_seed(42)
show("dropout.seed42", F.dropout(torch.ones(10), 0.5, True))
