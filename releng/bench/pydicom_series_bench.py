#!/usr/bin/python3
"""pydicom's side of io-bench.sh: reads every file of a DICOM series folder with pydicom, sorts the slices along
the normal by Image Position (Patient), stacks pixel_array * slope + intercept into one float32 volume (what
Osteon's reader returns), and prints the median of REPEATS timed reads after 2 warm-up reads in the format of
IoBench.java. Usage: pydicom_series_bench.py FOLDER REFERENCE_SUM [REPEATS]
"""
import os
import statistics
import sys
import time

import numpy as np
import pydicom


def read(folder):
    slices = [pydicom.dcmread(os.path.join(folder, n)) for n in sorted(os.listdir(folder))]
    o = np.array(slices[0].ImageOrientationPatient, dtype=float)
    normal = np.cross(o[:3], o[3:])
    slices.sort(key=lambda s: float(np.dot(normal, np.array(s.ImagePositionPatient, dtype=float))))
    volume = np.stack([s.pixel_array for s in slices]).astype(np.float32)
    slope = float(getattr(slices[0], "RescaleSlope", 1))
    intercept = float(getattr(slices[0], "RescaleIntercept", 0))
    if slope != 1 or intercept != 0:
        volume = volume * np.float32(slope) + np.float32(intercept)
    return volume


def main(folder, reference, repeats):
    for _ in range(2):
        v = read(folder)
    seconds = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        v = read(folder)
        seconds.append(time.perf_counter() - t0)
    seconds.sort()
    median = statistics.median(seconds)
    ok = int(v.astype(np.int64).sum()) == reference
    print("%-22s %-26s %10.3f %10.3f %10.1f  %s" % (os.path.basename(folder), "pydicom " + pydicom.__version__,
          seconds[0], median, v.size * 2 / 1e6 / median,
          ("sum ok " if ok else "SUM WRONG ") + " x ".join(str(d) for d in v.shape[::-1])))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 7)
