#!/usr/bin/python3
"""Reference values for the optimizers, gradient clipping and gradients of org.osteon.training.
A tiny network (conv 1->2 3x3 pad 1 without bias (batch norm would leave it a gradient of rounding noise only), batch norm 2, ReLU, flatten, linear 32->1) with fixed
weights is trained two steps on one fixed batch with the MSE loss, by each optimizer of torch 1.13
(single-tensor implementation, the CPU default). Inputs are sin/cos patterns that the Java test rebuilds.
Run with Debian's torch: /usr/bin/python3 releng/parity/optimizer_reference.py
The printed arrays are pasted into OptimizerParityTest (org.osteon.training.tests)."""
import math

import torch
import torch.nn as nn


def pattern(n, f):
    return torch.tensor([f(k) for k in range(n)], dtype=torch.float32)


def show(name, t):
    print(name, "{" + ", ".join("%.8ef" % v for v in t.detach().flatten().tolist()) + "}")


def build():
    net = nn.Sequential()
    net.add_module("conv", nn.Conv2d(1, 2, 3, padding=1, bias=False))
    net.add_module("bn", nn.BatchNorm2d(2))
    net.add_module("relu", nn.ReLU())
    net.add_module("flatten", nn.Flatten())
    net.add_module("fc", nn.Linear(32, 1))
    with torch.no_grad():
        net.conv.weight.copy_(pattern(18, lambda k: 0.3 * math.sin(k + 0.5)).reshape(2, 1, 3, 3))
        net.bn.weight.copy_(torch.tensor([1.2, 0.8]))
        net.bn.bias.copy_(torch.tensor([0.1, -0.05]))
        net.fc.weight.copy_(pattern(32, lambda k: 0.2 * math.cos(0.37 * k)).reshape(1, 32))
        net.fc.bias.copy_(torch.tensor([0.02]))
    net.train()
    return net


x = pattern(4 * 16, lambda k: math.cos(0.21 * k) + 0.1 * k / 64).reshape(4, 1, 4, 4)
y = pattern(4, lambda k: 0.5 * k - 0.7).reshape(4, 1)


def loss_of(net):
    return ((net(x) - y) ** 2).mean()


# gradients of one forward/backward
net = build()
loss = loss_of(net)
loss.backward()
print("loss", "%.8ef" % loss.item())
for n, p in net.named_parameters():
    show("grad." + n, p.grad)
show("running_mean", net.bn.running_mean)
show("running_var", net.bn.running_var)

# clip_grad_norm_ on those gradients
total = torch.nn.utils.clip_grad_norm_(net.parameters(), 0.5)
print("clip.total", "%.8ef" % total.item())
for n, p in net.named_parameters():
    show("clipped." + n, p.grad)

configs = {
    "sgd": lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9, nesterov=True, weight_decay=0.01),
    "sgdplain": lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9, dampening=0.1, weight_decay=0.01),
    "adam": lambda ps: torch.optim.Adam(ps, lr=0.01, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.01),
    "adamw": lambda ps: torch.optim.AdamW(ps, lr=0.01, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.01),
}
for name, make in configs.items():
    net = build()
    opt = make(net.parameters())
    for step in range(2):
        opt.zero_grad()
        loss_of(net).backward()
        opt.step()
    for n, p in net.named_parameters():
        show(name + "." + n, p)
