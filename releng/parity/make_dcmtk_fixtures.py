#!/usr/bin/python3
"""Makes the multi-frame compressed DICOM test files in releng/testdata/dicom-dcmtk with dcmtk.

Sources (written here with pydicom 2.3, explicit VR little endian, from the pixels of
releng/testdata/dicom/pydicom__MR_small.dcm): 3 frames of 64 x 64 made by flipping the MR slice,
  src16.dcm  16 bits allocated and stored, signed (the MR values)
  src12.dcm  16 bits allocated, 12 stored, unsigned (values scaled into 0..4095)
  src8.dcm   8 bits, unsigned (values scaled into 0..255)
then compressed by dcmtk (3.6.7) into
  mf_rle.dcm             dcmcrle                RLE Lossless, one fragment per frame
  mf_jpeg_lossless.dcm   dcmcjpeg +e1           JPEG Lossless process 14 SV1 (from src16)
  mf_jpeg_extended.dcm   dcmcjpeg +ee           JPEG Extended 12-bit (from src12)
  mf_jpeg_baseline.dcm   dcmcjpeg +eb           JPEG Baseline 8-bit (from src8)
  mf_jpegls.dcm          dcmcjpls               JPEG-LS Lossless
and prints the reference values the tests hold: for the lossless files the source pixels, for the
lossy ones the pixels that dcmtk's own dcmdjpeg decodes. Usage: make_dcmtk_fixtures.py OUT_DIR
"""
import hashlib
import os
import subprocess
import sys
import tempfile

import numpy as np
import pydicom
from pydicom.uid import ExplicitVRLittleEndian

HERE = os.path.dirname(os.path.abspath(__file__))
MR = os.path.join(HERE, "..", "testdata", "dicom", "pydicom__MR_small.dcm")


def source(out, frames, bits_stored, signed):
    ds = pydicom.dcmread(MR)
    ds.NumberOfFrames = frames.shape[0]
    ds.BitsAllocated = 16 if bits_stored > 8 else 8
    ds.BitsStored = bits_stored
    ds.HighBit = bits_stored - 1
    ds.PixelRepresentation = 1 if signed else 0
    dtype = {(16, True): "<i2", (16, False): "<u2", (8, False): "u1"}[(ds.BitsAllocated, signed)]
    ds.PixelData = frames.astype(dtype).tobytes()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.is_little_endian, ds.is_implicit_VR = True, False
    # multi-frame: drop the per-slice position tags' ambiguity by keeping the MR's own geometry
    ds.save_as(out, write_like_original=False)


def pixels(path):
    return pydicom.dcmread(path).pixel_array.astype(np.int64)


def describe(name, arr):
    print(f"{name}: shape {arr.shape} sum {int(arr.sum())} min {int(arr.min())} max {int(arr.max())} "
          f"sha256(int32 LE) {hashlib.sha256(arr.astype('<i4').tobytes()).hexdigest()[:16]} "
          f"samples f0(0,0)={int(arr[0, 0, 0])} f1(10,20)={int(arr[1, 20, 10])} f2(63,63)={int(arr[2, 63, 63])}")


def main(out):
    os.makedirs(out, exist_ok=True)
    mr = pydicom.dcmread(MR).pixel_array.astype(np.int64)
    frames16 = np.stack([mr, mr[::-1, :], mr[:, ::-1]])
    lo, hi = frames16.min(), frames16.max()
    frames12 = np.round((frames16 - lo) * 4095.0 / (hi - lo)).astype(np.int64)
    frames8 = np.round((frames16 - lo) * 255.0 / (hi - lo)).astype(np.int64)
    with tempfile.TemporaryDirectory() as tmp:
        s16, s12, s8 = (os.path.join(tmp, n) for n in ("src16.dcm", "src12.dcm", "src8.dcm"))
        source(s16, frames16, 16, True)
        source(s12, frames12, 12, False)
        source(s8, frames8, 8, False)
        run = lambda *cmd: subprocess.run(cmd, check=True)
        run("dcmcrle", s16, os.path.join(out, "mf_rle.dcm"))
        run("dcmcjpeg", "+e1", s16, os.path.join(out, "mf_jpeg_lossless.dcm"))
        run("dcmcjpeg", "+ee", s12, os.path.join(out, "mf_jpeg_extended.dcm"))
        run("dcmcjpeg", "+eb", s8, os.path.join(out, "mf_jpeg_baseline.dcm"))
        run("dcmcjpls", s16, os.path.join(out, "mf_jpegls.dcm"))
        describe("source 16-bit signed (= mf_rle, mf_jpeg_lossless)", frames16)
        describe("source 12-bit", frames12)
        describe("source 8-bit", frames8)
        for lossy in ("mf_jpeg_extended.dcm", "mf_jpeg_baseline.dcm"):
            dec = os.path.join(tmp, "dec-" + lossy)
            run("dcmdjpeg", os.path.join(out, lossy), dec)
            describe(lossy + " decoded by dcmdjpeg", pixels(dec))
    for n in sorted(os.listdir(out)):
        p = os.path.join(out, n)
        print(n, os.path.getsize(p), hashlib.sha256(open(p, "rb").read()).hexdigest()[:16],
              pydicom.dcmread(p, stop_before_pixels=True).file_meta.TransferSyntaxUID)


if __name__ == "__main__":
    main(sys.argv[1])
