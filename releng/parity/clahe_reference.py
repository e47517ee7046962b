#!/usr/bin/python3
"""Reference outputs of OpenCV's CLAHE (cv2.createCLAHE(clipLimit, tileGridSize).apply) and of cv2.resize
for the preprocessing tests (org.osteon.preprocess.tests). Not run in CI: its printed checksums and values are
committed into ClaheTest and ResizeTest as constants.

Inputs, read exactly as the Java tests read them:
  - releng/testdata files: 8-bit and 16-bit grey PNGs (raster/), the 8-bit raw slices of ITK's
    BrainProtonDensitySliceBorder20 (221 x 257, nrrd/) and RatLungSlice1 (128 x 128, metaimage/);
  - synthetic images from an integer formula both sides compute identically (any size, 8 or 16 bit).
Each output is hashed as sha256 of its pixels, row-major, little-endian (1 byte per 8-bit pixel, 2 per 16-bit).
The colour case (raster/pil_rgb8.png, RGB -> LAB, CLAHE on L, LAB -> RGB) is written as a PNG fixture with -o.

Usage: clahe_reference.py REPO_ROOT [-o FIXTURE_DIR]
       clahe_reference.py REPO_ROOT --lab   (the RGB -> LAB checksum of LabColorTest)
"""
import hashlib
import sys

import cv2
import numpy as np

SETTINGS = [(2.0, (8, 8)), (4.0, (3, 5)), (0.0, (8, 8)), (40.0, (7, 3)), (1.0, (2, 2))]


def synthetic(w, h, bits):
    # the same integer formula as ClaheTest.synthetic: a smooth 'anatomy' plus pseudo-random noise
    y, x = np.mgrid[0:h, 0:w].astype(np.int64)
    smooth = (x * 40503 + y * 7919 + (x * y) * 13) % 65536
    noise = ((x * 2654435761 + y * 40503 * 97) >> 7) % 4096
    v = (smooth + noise) % 65536
    if bits == 8:
        v = v >> 8
    return v.astype(np.uint8 if bits == 8 else np.uint16)


def sha(a):
    return hashlib.sha256(a.astype(a.dtype.newbyteorder('<')).tobytes()).hexdigest()


def main(root, fixtures):
    t = root + "/releng/testdata/"
    images = {
        "raster/pil_grey8_300dpi.png": cv2.imread(t + "raster/pil_grey8_300dpi.png", cv2.IMREAD_UNCHANGED),
        "raster/pil_grey16.png": cv2.imread(t + "raster/pil_grey16.png", cv2.IMREAD_UNCHANGED),
        "nrrd/BrainProtonDensitySliceBorder20.raw": np.fromfile(t + "nrrd/BrainProtonDensitySliceBorder20.raw",
                                                                 np.uint8).reshape(257, 221),
        "metaimage/RatLungSlice1.raw": np.fromfile(t + "metaimage/RatLungSlice1.raw", np.uint8).reshape(128, 128),
        "synthetic 301x217 16": synthetic(301, 217, 16),
        "synthetic 256x256 16": synthetic(256, 256, 16),
        "synthetic 97x61 8": synthetic(97, 61, 8),
    }
    for name, img in images.items():
        print(f"// {name}: {img.shape[1]}x{img.shape[0]} {img.dtype} input sha256 {sha(img)}")
        for clip, tiles in SETTINGS:
            out = cv2.createCLAHE(clipLimit=clip, tileGridSize=tiles).apply(img)
            print(f'"{name}|{clip}|{tiles[0]}x{tiles[1]}|{sha(out)}",')
    rgb = cv2.cvtColor(cv2.imread(t + "raster/pil_rgb8.png", cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)
    lab = cv2.cvtColor(rgb, cv2.COLOR_RGB2LAB)
    lab[..., 0] = cv2.createCLAHE(clipLimit=2.0, tileGridSize=(8, 8)).apply(lab[..., 0])
    out = cv2.cvtColor(lab, cv2.COLOR_LAB2RGB)
    print(f"// colour pil_rgb8.png clip 2 tiles 8x8: sha256 {sha(out)}")
    if fixtures:
        cv2.imwrite(fixtures + "/clahe_rgb8_clip2_8x8_opencv.png", cv2.cvtColor(out, cv2.COLOR_RGB2BGR))
    print("// OpenCV", cv2.__version__)


if __name__ == "__main__" and "--lab" not in sys.argv:
    main(sys.argv[1], sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "-o" else None)


def lab_cube():
    """Forward 8-bit RGB -> LAB on every colour with components 0, 5, ..., 255 (52^3, one row), as LabColorTest."""
    v = np.arange(0, 256, 5, dtype=np.uint8)
    r, g, b = np.meshgrid(v, v, v, indexing="ij")
    rgb = np.stack([r.ravel(), g.ravel(), b.ravel()], axis=-1).reshape(1, -1, 3)
    lab = cv2.cvtColor(rgb, cv2.COLOR_RGB2LAB)
    print(f"// RGB2LAB of the 52^3 colour cube: sha256 {sha(lab)}, of its L plane {sha(np.ascontiguousarray(lab[..., 0]))}")
    back = cv2.cvtColor(cv2.cvtColor(rgb, cv2.COLOR_RGB2LAB), cv2.COLOR_LAB2RGB)
    print(f"// RGB -> LAB -> RGB round trip of the cube: largest change {int(np.abs(back.astype(int) - rgb).max())}")


if __name__ == "__main__" and "--lab" in sys.argv:
    lab_cube()
