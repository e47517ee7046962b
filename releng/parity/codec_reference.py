#!/usr/bin/env python3
"""Reference values for the compressed-frame decoders (org.osteon.io.internal.dicom.codec).

For each compressed test file in releng/testdata/dicom, decodes the first frame with an independent
decoder and prints the numbers that FrameDecodersTest asserts:

  * pydicom 2.3 with its GDCM 3.0 handler (IJG libjpeg 8/12/16-bit inside GDCM, OpenJPEG for JPEG 2000);
  * dcmtk's dcmdjpeg (its own IJG 12-bit build) for the 12-bit lossy file, as a second opinion;
  * for the JPEG 2000 lossless file, the uncompressed original pydicom__MR_small.dcm.

Printed per file: shape, min, max, sum, the SHA-256 of the samples written as little-endian int32 in
frame order (row by row, samples interleaved per pixel), and the samples on an 8 x 8 grid of pixels
(rows r * (R - 1) // 7, columns c * (C - 1) // 7, every component).

Usage: /usr/bin/python3 codec_reference.py [TESTDATA_DICOM_DIR] [--dump DIR]
  --dump DIR also writes each decoded frame as DIR/<file>.int32 (raw little-endian int32) for ad-hoc
  comparison of whole images; those files are not committed.
"""
import argparse
import hashlib
import os
import subprocess
import sys
import tempfile

import numpy as np
import pydicom
from pydicom.pixel_data_handlers import gdcm_handler, numpy_handler

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DIR = os.path.join(HERE, "..", "testdata", "dicom")

FILES = [
    "pydicom__JPGExtended_NM.dcm",
    "pydicom__SC_rgb_jpeg_gdcm_lossless_sv1.dcm",
    "pydicom__MR_small_jp2klossless.dcm",
]


def decode_gdcm(path):
    ds = pydicom.dcmread(path)
    pydicom.config.pixel_data_handlers = [numpy_handler, gdcm_handler]
    return ds, ds.pixel_array


def decode_dcmdjpeg(path):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "plain.dcm")
        subprocess.run(["dcmdjpeg", path, out], check=True)
        return pydicom.dcmread(out).pixel_array


def describe(name, arr):
    a = np.asarray(arr).astype(np.int64)
    rows, cols = a.shape[0], a.shape[1]
    digest = hashlib.sha256(a.astype("<i4").tobytes()).hexdigest()
    print(f"{name}: shape={a.shape} min={a.min()} max={a.max()} sum={a.sum()} sha256={digest}")
    grid = []
    for r in range(8):
        for c in range(8):
            y, x = r * (rows - 1) // 7, c * (cols - 1) // 7
            px = a[y, x]
            grid.extend(np.atleast_1d(px).tolist())
    print(f"  grid8x8={','.join(str(v) for v in grid)}")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("dir", nargs="?", default=DEFAULT_DIR)
    p.add_argument("--dump")
    args = p.parse_args()
    for f in FILES:
        path = os.path.join(args.dir, f)
        ds, arr = decode_gdcm(path)
        print(f"== {f}  TS {ds.file_meta.TransferSyntaxUID}  {ds.PhotometricInterpretation}"
              f"  bits {ds.BitsAllocated}/{ds.BitsStored} signed={ds.PixelRepresentation}")
        describe("gdcm", arr)
        if f == "pydicom__JPGExtended_NM.dcm":
            other = decode_dcmdjpeg(path)
            describe("dcmdjpeg", other)
            print(f"  max |gdcm - dcmdjpeg| = {np.abs(arr.astype(np.int64) - other.astype(np.int64)).max()}")
        if f == "pydicom__MR_small_jp2klossless.dcm":
            plain = pydicom.dcmread(os.path.join(args.dir, "pydicom__MR_small.dcm")).pixel_array
            describe("uncompressed MR_small", plain)
            print(f"  identical to uncompressed: {np.array_equal(arr, plain)}")
        if args.dump:
            os.makedirs(args.dump, exist_ok=True)
            np.asarray(arr).astype("<i4").tofile(os.path.join(args.dump, f + ".int32"))


if __name__ == "__main__":
    sys.exit(main())
