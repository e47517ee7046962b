#!/usr/bin/python3
"""Grad-CAM reference for GradCamTest (org.osteon.methods.tests).

A tiny network with fixed, formula-given weights (no random numbers, so the Java test rebuilds it exactly):
conv 3x3 (2 -> 3 channels, padding 1, bias) -> ReLU -> [Grad-CAM layer] -> global average pooling ->
linear 3 -> 1. Input (1, 2, 5, 6): x[c, y, x] = sin(0.7 * (c * 30 + y * 6 + x) + 0.3).
Weights: conv.weight[o, i, ky, kx] = cos(0.37 * (o * 18 + i * 9 + ky * 3 + kx)) * 0.5,
conv.bias[o] = 0.1 * (o - 1), fc.weight[0, o] = (1.0, -0.8, 0.6)[o], fc.bias = 0.05.
Grad-CAM as Selvaraju et al.: weights = spatial mean of d(score)/dA, cam = relu(sum_c w_c A_c), divided by
its maximum. Prints the score, and the 5 x 6 map as a Java array.
Run: /usr/bin/python3 releng/parity/gradcam_reference.py
"""
import math
import torch

torch.set_default_dtype(torch.float32)
x = torch.tensor([[[[math.sin(0.7 * (c * 30 + y * 6 + xx) + 0.3) for xx in range(6)] for y in range(5)] for c in range(2)]])
conv = torch.nn.Conv2d(2, 3, 3, padding=1)
with torch.no_grad():
    for o in range(3):
        for i in range(2):
            for ky in range(3):
                for kx in range(3):
                    conv.weight[o, i, ky, kx] = math.cos(0.37 * (o * 18 + i * 9 + ky * 3 + kx)) * 0.5
        conv.bias[o] = 0.1 * (o - 1)
fc = torch.nn.Linear(3, 1)
with torch.no_grad():
    fc.weight[0] = torch.tensor([1.0, -0.8, 0.6])
    fc.bias[0] = 0.05

a = torch.relu(conv(x))
a.retain_grad()
score = fc(a.mean(dim=(2, 3)))
score.sum().backward()
w = a.grad.mean(dim=(2, 3), keepdim=True)
cam = torch.relu((w * a).sum(dim=1))[0]
cam = cam / cam.max()
print("score = %.9ef" % score.item())
print("float[] expected = {" + ", ".join("%.8ef" % v for v in cam.flatten().tolist()) + "};")
