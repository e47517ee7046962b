#!/usr/bin/env python3
"""PyTorch re-implementations of the zoo's networks from published code that is not torchvision's.

Each class below copies its source's module structure, names and forward pass line for line, so that its
state_dict has the published names and shapes and its outputs are what the published code computes; only
what training alone uses is left out. Nothing is downloaded or imported from those projects.

KNEEL (Tiulpin et al. 2019, "KNEEL: Knee Anatomical Landmark Localization Using Hourglass Networks"):
  - HourglassNet: github.com/MIPT-Oulu/KNEEL, kneel/model/_hourglass.py (base width 24, bilinear, multiscale
    blocks as in every published experiment config; init_model_from_args in kneel/model/_utils.py: 3 inputs,
    16 outputs for the 'hc' landmark model, 1 for the 'lc' ROI model);
  - conv_block_3x3 / conv_block_1x1 / Identity: github.com/lext/deep-pipeline (package deeppipeline,
    version 0.2.5, which KNEEL pins), deeppipeline/common/modules.py. conv_block_1x1 builds a 3x3 convolution
    with padding 1 (conv_block_nxn(3, ...)), which is what the published snapshots hold;
  - HGResidual, MultiScaleHGResidual, SoftArgmax2D, Hourglass: deeppipeline/keypoints/models/modules.py.
    After commit fdb71ff (2019-07-18, "fixed the bug in the hourglass module") the inner hourglass levels get
    the outer one's block type; before it they were built with HGResidual ("bottleneck", "conv", "out"
    blocks) whatever the outer level used. `prefix=True` builds the earlier network. SE blocks are left out
    (se=False in every published config).
U-Net: github.com/milesial/Pytorch-UNet, unet/unet_model.py and unet/unet_parts.py (UNet(n_channels,
  n_classes, bilinear)).
"""
import torch
import torch.nn.functional as F
from torch import nn


# ---- deeppipeline/common/modules.py --------------------------------------------------------------------

def conv_block_nxn(ks, inp, out, activation='relu'):
    # normalization='BN', bias=True, the only settings KNEEL uses; padding is 1 whatever ks is
    if activation == 'relu':
        return nn.Sequential(nn.Conv2d(inp, out, kernel_size=ks, padding=1, bias=True), nn.BatchNorm2d(out),
                             nn.ReLU(inplace=True))
    return nn.Sequential(nn.Conv2d(inp, out, kernel_size=ks, padding=1, bias=True), nn.BatchNorm2d(out))


def conv_block_3x3(inp, out, activation='relu'):
    return conv_block_nxn(3, inp, out, activation)


def conv_block_1x1(inp, out, activation='relu'):
    return conv_block_nxn(3, inp, out, activation)  # sic: 3x3, as deeppipeline builds it


class Identity(nn.Module):
    def forward(self, x):
        return x


# ---- deeppipeline/keypoints/models/modules.py ------------------------------------------------------------

class HGResidual(nn.Module):
    def __init__(self, n_inp, n_out):
        super().__init__()
        self.bottleneck = conv_block_1x1(n_inp, n_out // 2, 'relu')
        self.conv = conv_block_3x3(n_out // 2, n_out // 2, 'relu')
        self.out = conv_block_1x1(n_out // 2, n_out, None)
        self.skip = conv_block_1x1(n_inp, n_out, None) if n_inp != n_out else Identity()

    def forward(self, x):
        return self.out(self.conv(self.bottleneck(x))) + self.skip(x)


class MultiScaleHGResidual(nn.Module):
    def __init__(self, n_inp, n_out):
        super().__init__()
        self.scale1 = conv_block_3x3(n_inp, n_out // 2, 'relu')
        self.scale2 = conv_block_3x3(n_out // 2, n_out // 4, 'relu')
        self.scale3 = conv_block_3x3(n_out // 4, n_out - n_out // 4 - n_out // 2, None)
        self.skip = conv_block_1x1(n_inp, n_out, None) if n_inp != n_out else Identity()

    def forward(self, x):
        o1 = self.scale1(x)
        o2 = self.scale2(o1)
        o3 = self.scale3(o2)
        return torch.cat([o1, o2, o3], 1) + self.skip(x)


class SoftArgmax2D(nn.Module):
    def __init__(self, beta=1):
        super().__init__()
        self.beta = beta

    def forward(self, hm):
        hm = hm.mul(self.beta)
        bs, nc, h, w = hm.size()
        softmax = F.softmax(hm.view(bs, nc, h * w), dim=2).view(bs, nc, h, w)
        weights = torch.ones(bs, nc, h, w).float()
        w_x = torch.arange(w).float().div(w).mul(weights)
        w_y = torch.arange(h).float().div(h).mul(weights.transpose(2, 3)).transpose(2, 3)
        approx_x = softmax.mul(w_x).view(bs, nc, h * w).sum(2).unsqueeze(2)
        approx_y = softmax.mul(w_y).view(bs, nc, h * w).sum(2).unsqueeze(2)
        return torch.cat([approx_x, approx_y], 2)


class Hourglass(nn.Module):
    def __init__(self, n, hg_width, n_inp, n_out, upmode='nearest', multiscale_block=False, prefix=False):
        super().__init__()
        self.multiscale_block = multiscale_block
        self.upmode = upmode
        self.lower1 = self.make_block(n_inp, hg_width)
        self.lower2 = self.make_block(hg_width, hg_width)
        self.lower3 = self.make_block(hg_width, hg_width)
        if n > 1:
            # before fdb71ff: Hourglass(n - 1, hg_width, hg_width, n_out, upmode, se=False, se_ratio=16),
            # i.e. multiscale_block left at its default False
            inner_multiscale = False if prefix else multiscale_block
            self.lower4 = Hourglass(n - 1, hg_width, hg_width, n_out, upmode, inner_multiscale, prefix)
        else:
            self.lower4 = self.make_block(hg_width, n_out)
        self.lower5 = self.make_block(n_out, n_out)
        self.upper1 = self.make_block(n_inp, hg_width)
        self.upper2 = self.make_block(hg_width, hg_width)
        self.upper3 = self.make_block(hg_width, n_out)

    def make_block(self, inp, out):
        return MultiScaleHGResidual(inp, out) if self.multiscale_block else HGResidual(inp, out)

    def forward(self, x):
        o_pooled = F.max_pool2d(x, 2)
        o4 = self.lower4(self.lower3(self.lower2(self.lower1(o_pooled))))
        o5 = self.lower5(o4)
        o3_u = self.upper3(self.upper2(self.upper1(x)))
        return o3_u + F.interpolate(o5, x.size()[-2:], mode=self.upmode, align_corners=True)


# ---- kneel/model/_hourglass.py ---------------------------------------------------------------------------

class HourglassNet(nn.Module):
    def __init__(self, n_inputs=3, n_outputs=16, bw=24, hg_depth=4, upmode='bilinear', multiscale_hg_block=True,
                 prefix=False):
        super().__init__()
        self.multiscale_hg_block = multiscale_hg_block
        self.layer1 = nn.Sequential(
            nn.Conv2d(n_inputs, bw, kernel_size=7, stride=2, padding=3),
            nn.BatchNorm2d(bw),
            nn.ReLU(inplace=True),
            self.make_hg_block(bw, bw * 2),
            nn.MaxPool2d(2))
        self.layer2 = nn.Sequential(
            self.make_hg_block(bw * 2, bw * 2),
            self.make_hg_block(bw * 2, bw * 2),
            self.make_hg_block(bw * 2, bw * 4))
        self.hourglass = Hourglass(hg_depth, bw * 4, bw * 4, bw * 8, upmode, multiscale_hg_block, prefix)
        self.mixer = nn.Sequential(nn.Dropout2d(p=0.25),
                                   conv_block_1x1(bw * 8, bw * 8),
                                   nn.Dropout2d(p=0.25),
                                   conv_block_1x1(bw * 8, bw * 4))
        self.out_block = nn.Sequential(nn.Conv2d(bw * 4, n_outputs, kernel_size=1, padding=0))
        self.sagm = SoftArgmax2D()

    def make_hg_block(self, inp, out):
        return MultiScaleHGResidual(inp, out) if self.multiscale_hg_block else HGResidual(inp, out)

    def heatmaps(self, x):
        return self.out_block(self.mixer(self.hourglass(self.layer2(self.layer1(x)))))

    def forward(self, x):
        return self.sagm(self.heatmaps(x))


# ---- milesial/Pytorch-UNet unet/unet_parts.py, unet/unet_model.py ----------------------------------------

class DoubleConv(nn.Module):
    def __init__(self, in_channels, out_channels, mid_channels=None):
        super().__init__()
        if not mid_channels:
            mid_channels = out_channels
        self.double_conv = nn.Sequential(
            nn.Conv2d(in_channels, mid_channels, kernel_size=3, padding=1, bias=False),
            nn.BatchNorm2d(mid_channels),
            nn.ReLU(inplace=True),
            nn.Conv2d(mid_channels, out_channels, kernel_size=3, padding=1, bias=False),
            nn.BatchNorm2d(out_channels),
            nn.ReLU(inplace=True))

    def forward(self, x):
        return self.double_conv(x)


class Down(nn.Module):
    def __init__(self, in_channels, out_channels):
        super().__init__()
        self.maxpool_conv = nn.Sequential(nn.MaxPool2d(2), DoubleConv(in_channels, out_channels))

    def forward(self, x):
        return self.maxpool_conv(x)


class Up(nn.Module):
    def __init__(self, in_channels, out_channels, bilinear=True):
        super().__init__()
        if bilinear:
            self.up = nn.Upsample(scale_factor=2, mode='bilinear', align_corners=True)
            self.conv = DoubleConv(in_channels, out_channels, in_channels // 2)
        else:
            self.up = nn.ConvTranspose2d(in_channels, in_channels // 2, kernel_size=2, stride=2)
            self.conv = DoubleConv(in_channels, out_channels)

    def forward(self, x1, x2):
        x1 = self.up(x1)
        diffY = x2.size()[2] - x1.size()[2]
        diffX = x2.size()[3] - x1.size()[3]
        x1 = F.pad(x1, [diffX // 2, diffX - diffX // 2, diffY // 2, diffY - diffY // 2])
        x = torch.cat([x2, x1], dim=1)
        return self.conv(x)


class OutConv(nn.Module):
    def __init__(self, in_channels, out_channels):
        super().__init__()
        self.conv = nn.Conv2d(in_channels, out_channels, kernel_size=1)

    def forward(self, x):
        return self.conv(x)


class UNet(nn.Module):
    def __init__(self, n_channels, n_classes, bilinear=False):
        super().__init__()
        self.n_channels = n_channels
        self.n_classes = n_classes
        self.bilinear = bilinear
        self.inc = DoubleConv(n_channels, 64)
        self.down1 = Down(64, 128)
        self.down2 = Down(128, 256)
        self.down3 = Down(256, 512)
        factor = 2 if bilinear else 1
        self.down4 = Down(512, 1024 // factor)
        self.up1 = Up(1024, 512 // factor, bilinear)
        self.up2 = Up(512, 256 // factor, bilinear)
        self.up3 = Up(256, 128 // factor, bilinear)
        self.up4 = Up(128, 64, bilinear)
        self.outc = OutConv(64, n_classes)

    def forward(self, x):
        x1 = self.inc(x)
        x2 = self.down1(x1)
        x3 = self.down2(x2)
        x4 = self.down3(x3)
        x5 = self.down4(x4)
        x = self.up1(x5, x4)
        x = self.up2(x, x3)
        x = self.up3(x, x2)
        x = self.up4(x, x1)
        return self.outc(x)


# ---- the zoo's ids -----------------------------------------------------------------------------------------

def build(name):
    """The PyTorch network behind one zoo model (the name after org.osteon.zoo.)."""
    if name == "kneel":
        return HourglassNet(3, 16)
    if name == "kneel-roi":
        return HourglassNet(3, 1)
    if name == "kneel-prefix":
        return HourglassNet(3, 16, prefix=True)
    if name == "unet":
        return UNet(3, 2, False)
    if name == "unet-bilinear":
        return UNet(3, 2, True)
    raise ValueError(name)


MODELS = ["kneel", "kneel-roi", "kneel-prefix", "unet", "unet-bilinear"]

if __name__ == "__main__":
    for n in MODELS:
        m = build(n)
        print(n, sum(p.numel() for p in m.parameters()), len(m.state_dict()))
