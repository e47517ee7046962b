#!/usr/bin/python3
"""Makes the JPEG-LS test files in releng/testdata/dicom-jpegls with dcmtk's dcmcjpls, and their references.

Sources (pydicom 2.3, explicit VR little endian), 3 frames of 64 x 64 built from the MR_small pixels as in
make_dcmtk_fixtures.py (src12: 12 bits stored unsigned, src8: 8 bits), and one RGB frame of 100 x 100 (the
pixels of dicom/pydicom__SC_rgb_jpeg_gdcm_lossless_sv1.dcm, decoded by dcmtk's dcmdjpeg). Written here:
  ls_u12.dcm           dcmcjpls +el          lossless, 12 bit          reference: src_u12.dcm (the source)
  ls_u12_near2.dcm     dcmcjpls +en +md 2    near-lossless NEAR=2      reference: ls_u12_near2.ref.dcm
  ls_u8_near3.dcm      dcmcjpls +en +md 3    near-lossless NEAR=3      reference: ls_u8_near3.ref.dcm
  ls_u8_presets.dcm    dcmcjpls +t1 5 +t2 11 +t3 40 +rs 32 (LSE preset parameters)   reference: src_u8.dcm
  ls_rgb_line.dcm      dcmcjpls +il          lossless, line interleaved    reference: src_rgb.dcm
  ls_rgb_sample.dcm    dcmcjpls +is          lossless, sample interleaved  reference: src_rgb.dcm
  ls_rgb_none.dcm      dcmcjpls +in          lossless, not interleaved     reference: src_rgb.dcm
  ls_rgb_near2.dcm     dcmcjpls +en +md 2 +is                              reference: ls_rgb_near2.ref.dcm
The near-lossless references (*.ref.dcm) are dcmtk's dcmdjpls decoding; the script checks that GDCM's
gdcmconv --raw decodes every file to the same pixels, that lossless files give back their source exactly
and that near-lossless ones stay within NEAR of it, and fails otherwise. Usage: make_jpegls_fixtures.py OUT_DIR
"""
import os
import subprocess
import sys
import tempfile

import numpy as np
import pydicom
from pydicom.uid import ExplicitVRLittleEndian

HERE = os.path.dirname(os.path.abspath(__file__))
TESTDATA = os.path.join(HERE, "..", "testdata")
MR = os.path.join(TESTDATA, "dicom", "pydicom__MR_small.dcm")
RGB = os.path.join(TESTDATA, "dicom", "pydicom__SC_rgb_jpeg_gdcm_lossless_sv1.dcm")


def run(*cmd):
    subprocess.run(cmd, check=True)


def grey_source(out, frames, bits_stored):
    ds = pydicom.dcmread(MR)
    ds.NumberOfFrames = frames.shape[0]
    ds.BitsAllocated = 16 if bits_stored > 8 else 8
    ds.BitsStored = bits_stored
    ds.HighBit = bits_stored - 1
    ds.PixelRepresentation = 0
    ds.PixelData = frames.astype("<u2" if bits_stored > 8 else "u1").tobytes()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.is_little_endian, ds.is_implicit_VR = True, False
    ds.save_as(out, write_like_original=False)


def pixels(path):
    return pydicom.dcmread(path).pixel_array.astype(np.int64)


def gdcm_pixels(path, tmp):
    raw = os.path.join(tmp, "gdcm-" + os.path.basename(path))
    run("gdcmconv", "--raw", path, raw)
    return pixels(raw)


def main(out):
    os.makedirs(out, exist_ok=True)
    mr = pydicom.dcmread(MR).pixel_array.astype(np.int64)
    frames16 = np.stack([mr, mr[::-1, :], mr[:, ::-1]])
    lo, hi = frames16.min(), frames16.max()
    frames12 = np.round((frames16 - lo) * 4095.0 / (hi - lo)).astype(np.int64)
    frames8 = np.round((frames16 - lo) * 255.0 / (hi - lo)).astype(np.int64)
    p = lambda name: os.path.join(out, name)
    with tempfile.TemporaryDirectory() as tmp:
        grey_source(p("src_u12.dcm"), frames12, 12)
        grey_source(p("src_u8.dcm"), frames8, 8)
        run("dcmdjpeg", RGB, p("src_rgb.dcm"))
        run("dcmcjpls", "+el", p("src_u12.dcm"), p("ls_u12.dcm"))
        run("dcmcjpls", "+en", "+md", "2", p("src_u12.dcm"), p("ls_u12_near2.dcm"))
        run("dcmcjpls", "+en", "+md", "3", p("src_u8.dcm"), p("ls_u8_near3.dcm"))
        run("dcmcjpls", "+t1", "5", "+t2", "11", "+t3", "40", "+rs", "32", p("src_u8.dcm"), p("ls_u8_presets.dcm"))
        run("dcmcjpls", "+il", p("src_rgb.dcm"), p("ls_rgb_line.dcm"))
        run("dcmcjpls", "+is", p("src_rgb.dcm"), p("ls_rgb_sample.dcm"))
        run("dcmcjpls", "+in", p("src_rgb.dcm"), p("ls_rgb_none.dcm"))
        run("dcmcjpls", "+en", "+md", "2", "+is", p("src_rgb.dcm"), p("ls_rgb_near2.dcm"))
        cases = [("ls_u12.dcm", "src_u12.dcm", 0), ("ls_u12_near2.dcm", "src_u12.dcm", 2),
                 ("ls_u8_near3.dcm", "src_u8.dcm", 3), ("ls_u8_presets.dcm", "src_u8.dcm", 0),
                 ("ls_rgb_line.dcm", "src_rgb.dcm", 0), ("ls_rgb_sample.dcm", "src_rgb.dcm", 0),
                 ("ls_rgb_none.dcm", "src_rgb.dcm", 0), ("ls_rgb_near2.dcm", "src_rgb.dcm", 2)]
        for name, src, near in cases:
            dec = p(name.replace(".dcm", ".ref.dcm")) if near else os.path.join(tmp, "dec-" + name)
            run("dcmdjpls", p(name), dec)
            ref = pixels(dec)
            gdcm = gdcm_pixels(p(name), tmp)
            source = pixels(p(src))
            assert np.array_equal(ref, gdcm), name + ": dcmdjpls and GDCM disagree"
            dev = int(np.abs(ref - source).max())
            assert dev <= near, f"{name}: deviation {dev} > NEAR {near}"
            if near == 0:
                assert np.array_equal(ref, source), name
            ts = pydicom.dcmread(p(name), stop_before_pixels=True).file_meta.TransferSyntaxUID
            print(f"{name}: {ts.name}; dcmdjpls == gdcmconv; max |decoded - source| = {dev} (NEAR {near}); "
                  f"sum {int(ref.sum())}")


if __name__ == "__main__":
    main(sys.argv[1])
