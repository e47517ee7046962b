#!/usr/bin/python3
"""Reference values of cv2.resize on a float32 image for ResizeTest (org.osteon.preprocess.tests): INTER_AREA
when shrinking (integer and non-integer factors), INTER_LINEAR when enlarging. The input is the integer formula
((x * 37 + y * 91) % 101) / 7 on a 50 x 40 image, which both sides compute exactly. Prints, per case, the sum
of the output and the values at a few (x, y) positions, committed into the test as constants."""
import cv2
import numpy as np

W, H = 50, 40
y, x = np.mgrid[0:H, 0:W]
img = (((x * 37 + y * 91) % 101) / 7.0).astype(np.float32)
POINTS = [(0, 0), (1, 0), (3, 2), (7, 5), (10, 11), (16, 12), (0, 12), (16, 0)]
for (w, h, interp, name) in [(17, 13, cv2.INTER_AREA, "AREA"), (25, 20, cv2.INTER_AREA, "AREA"),
                             (73, 61, cv2.INTER_LINEAR, "LINEAR"), (50, 61, cv2.INTER_LINEAR, "LINEAR")]:
    out = cv2.resize(img, (w, h), interpolation=interp)
    vals = ", ".join(f"{out[py, px]:.6f}" for px, py in POINTS)
    print(f"{{{w}, {h}, {float(out.astype(np.float64).sum()):.5f}, {vals}}}, // {name}")
print("// OpenCV", cv2.__version__)
