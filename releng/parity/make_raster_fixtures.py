#!/usr/bin/python3
"""Makes the small radiograph-format test files in releng/testdata/raster with Pillow (and OpenCV when
installed), and prints the reference values that the reader tests hold: size, sum, min, max, a few
sampled pixels and the sha256 of the values as decoded by Pillow (or OpenCV), as little-endian int32.

The image is a synthetic 64 x 48 'radiograph' (a bright bar on a dark ramp) so that every value is known.
Usage: make_raster_fixtures.py OUT_DIR
"""
import hashlib
import os
import sys

import numpy as np
from PIL import Image

W, H = 64, 48


def image16():
    y, x = np.mgrid[0:H, 0:W]
    v = 300 * x + 40 * y                       # ramp 0 .. 20780
    v[(x > 20) & (x < 30)] = 60000              # a bright bone-like bar
    v[5, 7] = 65535
    return v.astype(np.uint16)


def describe(name, arr):
    a = arr.astype(np.int64)
    print(f"{name}: {a.shape[1]}x{a.shape[0]} sum {int(a.sum())} min {int(a.min())} max {int(a.max())} "
          f"sha256(int32 LE) {hashlib.sha256(a.astype('<i4').tobytes()).hexdigest()[:16]} "
          f"(0,0)={int(a[0, 0])} (7,5)={int(a[5, 7])} (25,10)={int(a[10, 25])} (63,47)={int(a[47, 63])}")


def main(out):
    os.makedirs(out, exist_ok=True)
    v16 = image16()
    v8 = (v16 >> 8).astype(np.uint8)
    Image.fromarray(v16).save(os.path.join(out, "pil_grey16.png"))
    Image.fromarray(v8).save(os.path.join(out, "pil_grey8_300dpi.png"), dpi=(300, 300))
    Image.fromarray(v16).save(os.path.join(out, "pil_grey16.tif"))
    Image.fromarray(v8).save(os.path.join(out, "pil_grey8_lzw.tif"), compression="tiff_lzw")
    Image.fromarray(v8).save(os.path.join(out, "pil_grey8_q90.jpg"), quality=90)
    rgb = np.stack([v8, (v8 // 2).astype(np.uint8), (255 - v8).astype(np.uint8)], axis=-1)
    Image.fromarray(rgb, "RGB").save(os.path.join(out, "pil_rgb8.png"))
    try:
        import cv2
        cv2.imwrite(os.path.join(out, "cv_grey16_deflate.tif"), v16, [cv2.IMWRITE_TIFF_COMPRESSION, 8])
    except ImportError:
        print("OpenCV not installed: cv_grey16_deflate.tif not written")
    for n in sorted(os.listdir(out)):
        p = os.path.join(out, n)
        if n.startswith("cv_"):
            import cv2
            arr = cv2.imread(p, cv2.IMREAD_UNCHANGED)
            describe(n + " (OpenCV " + cv2.__version__ + ")", arr)
            continue
        img = Image.open(p)
        arr = np.asarray(img)
        if arr.ndim == 3:
            # luminance as Osteon documents it, before rounding
            lum = arr[..., 0] * 0.299 + arr[..., 1] * 0.587 + arr[..., 2] * 0.114
            print(f"{n}: RGB, luminance sum {lum.sum():.3f} (0,0)={lum[0, 0]:.3f} (25,10)={lum[10, 25]:.3f}")
            continue
        describe(f"{n} (Pillow {Image.__version__}, mode {img.mode}, dpi {img.info.get('dpi')})", arr)


if __name__ == "__main__":
    main(sys.argv[1])
