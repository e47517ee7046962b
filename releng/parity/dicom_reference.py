#!/usr/bin/python3
"""Reference values for the DICOM reader tests (bundles/org.osteon.io.tests, package org.osteon.io.dicom).

Decodes every file of releng/testdata/dicom and the series in releng/testdata/dicom-series with pydicom 2.3
(JPEG files first decompressed with dcmtk's dcmdjpeg, which pydicom cannot decode without GDCM/pylibjpeg),
applies what the Osteon reader documents (rescale slope/intercept, RT Dose Grid Scaling, MONOCHROME1
inversion v' = smin + smax - s before rescale, RGB -> 0.299 R + 0.587 G + 0.114 B) and prints, per file,
the size, the RAS+ geometry (DICOM LPS with x and y negated), min / max / sum of the float32 values and a
few sampled voxels value(x, y, z) = array[z, y, x].

Run: /usr/bin/python3 releng/parity/dicom_reference.py   (from the repository root)
"""
import glob
import os
import subprocess
import tempfile

import numpy as np
import pydicom

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "testdata")


def values(ds):
    a = ds.pixel_array
    frames = int(ds.get("NumberOfFrames", 1) or 1)
    spp = int(ds.get("SamplesPerPixel", 1))
    if spp == 3:
        a = a.reshape(frames, ds.Rows, ds.Columns, 3).astype(np.float64)
        a = 0.299 * a[..., 0] + 0.587 * a[..., 1] + 0.114 * a[..., 2]
    else:
        a = a.reshape(frames, ds.Rows, ds.Columns).astype(np.float64)
    if ds.PhotometricInterpretation == "MONOCHROME1":
        bs = ds.BitsStored
        lo, hi = (-(1 << bs - 1), (1 << bs - 1) - 1) if ds.PixelRepresentation == 1 else (0, (1 << bs) - 1)
        a = lo + hi - a
    slope = float(ds.get("RescaleSlope", 1) or 1)
    intercept = float(ds.get("RescaleIntercept", 0) or 0)
    if ds.get("Modality") == "RTDOSE" and "DoseGridScaling" in ds:
        slope *= float(ds.DoseGridScaling)
    return (a * slope + intercept).astype(np.float32)


def geometry(ds, z_step=None, z_dir=None):
    o = np.array(ds.get("ImageOrientationPatient", [1, 0, 0, 0, 1, 0]), float)
    p = np.array(ds.get("ImagePositionPatient", [0, 0, 0]), float)
    ps = ds.get("PixelSpacing") or ds.get("ImagerPixelSpacing") or [1, 1]
    n = np.cross(o[:3], o[3:])
    n /= np.linalg.norm(n)
    if z_step is None:
        if "GridFrameOffsetVector" in ds and len(ds.GridFrameOffsetVector) > 1:
            z_step = float(ds.GridFrameOffsetVector[1]) - float(ds.GridFrameOffsetVector[0])
        elif ds.get("SpacingBetweenSlices"):
            z_step = float(ds.SpacingBetweenSlices)
        elif ds.get("SliceThickness"):
            z_step = float(ds.SliceThickness)
        else:
            z_step = 1.0
    if z_dir is None:
        z_dir = n if z_step > 0 else -n
    cols = np.stack([o[:3], o[3:], z_dir], axis=1)
    flip = np.diag([-1.0, -1.0, 1.0])
    return [float(ps[1]), float(ps[0]), abs(z_step)], flip @ p, (flip @ cols).ravel()


def report(name, v, spacing, origin, direction):
    nz, ny, nx = v.shape
    print("==", name)
    print("  size", nx, ny, nz)
    print("  spacing", [round(s, 6) for s in spacing])
    print("  origin", [round(float(x), 6) for x in origin])
    print("  direction", [round(float(x), 6) for x in direction])
    print("  min %r max %r sum %r" % (float(v.min()), float(v.max()), float(v.astype(np.float64).sum())))
    pts = [(0, 0, 0), (nx - 1, ny - 1, nz - 1), (nx // 2, ny // 2, nz // 2), (1, 2, 0), (nx // 3, ny // 4, nz - 1)]
    print("  samples", ", ".join("(%d,%d,%d)=%r" % (x, y, z, float(v[z, y, x])) for x, y, z in pts))


def read(path):
    ds = pydicom.dcmread(path)
    try:
        ds.pixel_array
        return ds
    except Exception:
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "d.dcm")
            subprocess.run(["dcmdjpeg", path, out], check=True)
            d = pydicom.dcmread(out)
            d.pixel_array
            return d


for path in sorted(glob.glob(os.path.join(ROOT, "dicom", "*.dcm"))):
    name = os.path.basename(path)
    try:
        ds = read(path)
    except Exception as e:
        print("==", name, "\n  not decodable:", str(e).splitlines()[0][:150])
        continue
    spacing, origin, direction = geometry(ds)
    report(name, values(ds), spacing, origin, direction)

files = sorted(glob.glob(os.path.join(ROOT, "dicom-series", "*.dcm")))
slices = [pydicom.dcmread(f) for f in files]
o = np.array(slices[0].ImageOrientationPatient, float)
n = np.cross(o[:3], o[3:])
n /= np.linalg.norm(n)
slices.sort(key=lambda d: float(np.dot(n, np.array(d.ImagePositionPatient, float))))
pos = [float(np.dot(n, np.array(d.ImagePositionPatient, float))) for d in slices]
print("series projected positions first %r last %r steps min %r max %r" % (pos[0], pos[-1],
      float(np.diff(pos).min()), float(np.diff(pos).max())))
print("series first IPP", list(map(float, slices[0].ImagePositionPatient)), "last IPP",
      list(map(float, slices[-1].ImagePositionPatient)), "InstanceNumbers", [int(d.InstanceNumber) for d in slices])
v = np.concatenate([values(d) for d in slices])
spacing, origin, direction = geometry(slices[0], (pos[-1] - pos[0]) / (len(pos) - 1), n)
report("dicom-series", v, spacing, origin, direction)
