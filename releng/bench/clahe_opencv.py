#!/usr/bin/python3
"""OpenCV's CLAHE time on the same 16-bit image as ClaheBench.java (run by clahe-bench.sh).
Usage: clahe_opencv.py SIZE THREADS REPEATS CLIP TILES"""
import hashlib
import sys
import time

import cv2
import numpy as np

size, threads, repeats = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
clip, tiles = float(sys.argv[4]), int(sys.argv[5])
cv2.setNumThreads(threads)
y, x = np.mgrid[0:size, 0:size].astype(np.int64)
img = (((x * 40503 + y * 7919 + (x * y) * 13) % 65536 + ((x * 2654435761 + y * 40503 * 97) >> 7) % 4096)
       % 65536).astype(np.uint16)
clahe = cv2.createCLAHE(clipLimit=clip, tileGridSize=(tiles, tiles))
for _ in range(5):
    out = clahe.apply(img)
t = []
for _ in range(repeats):
    t0 = time.perf_counter()
    out = clahe.apply(img)
    t.append((time.perf_counter() - t0) * 1000)
t.sort()
sha = hashlib.sha256(out.astype("<u2").tobytes()).hexdigest()
print(f"opencv  threads {cv2.getNumThreads()}  median {t[repeats // 2]:.2f} ms  best {t[0]:.2f} ms  sha256 {sha}"
      f"  (OpenCV {cv2.__version__})")
