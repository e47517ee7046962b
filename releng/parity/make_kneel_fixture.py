#!/usr/bin/python3
"""Makes releng/testdata/dicom-radiograph/kneel_cr.dcm, a small synthetic knee-like CR radiograph (pydicom 2.3),
and the result of KNEEL's preprocessing of it, computed with KNEEL's own code (read_dicom and process_xray of
Tiulpin et al.'s KNEEL / OAI utilities, reproduced below): kneel_cr.ref.f32 (little-endian float32, rows x columns).

The file: 96 x 80, 16 bits allocated, 12 stored, MONOCHROME1 (as OAI's CR files), Imager Pixel Spacing 0.2
and Pixel Spacing 0.19 (KNEEL takes the Imager Pixel Spacing), a bright background, two "bones", noise, a few
saturated pixels so that clipping to the 5th/99th percentiles matters. Usage: make_kneel_fixture.py OUT_DIR
"""
import os
import sys

import numpy as np
import pydicom
from pydicom.dataset import FileDataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian


def read_dicom(filename):
    """KNEEL's read_dicom: raw uint16 pixels, MONOCHROME1 as max - v, Imager Pixel Spacing first."""
    data = pydicom.dcmread(filename)
    img = np.frombuffer(data.PixelData, dtype=np.uint16).copy().astype(np.float64)
    if data.PhotometricInterpretation == 'MONOCHROME1':
        img = img.max() - img
    img = img.reshape((data.Rows, data.Columns))
    try:
        return img, float(data.ImagerPixelSpacing[0])
    except AttributeError:
        return img, float(data.PixelSpacing[0])


def process_xray(img, cut_min=5, cut_max=99, multiplier=255):
    """KNEEL's process_xray."""
    img = img.copy()
    lim1, lim2 = np.percentile(img, [cut_min, cut_max])
    img[img < lim1] = lim1
    img[img > lim2] = lim2
    img -= lim1
    img /= img.max()
    img *= multiplier
    return img


def main(out):
    os.makedirs(out, exist_ok=True)
    rows, columns = 96, 80
    rng = np.random.default_rng(3)
    y, x = np.mgrid[0:rows, 0:columns]
    img = 3000 - 8 * y + rng.normal(0, 40, (rows, columns))
    img[(np.abs(x - 25) < 10) & (y > 10)] -= 1500
    img[(np.abs(x - 58) < 12) & (y < 85)] -= 1700
    img[2:4, 2:6] = 4095
    img[90:92, 70:74] = 0
    stored = np.clip(np.round(img), 0, 4095).astype("<u2")
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.1"
    meta.MediaStorageSOPInstanceUID = "1.2.826.0.1.3680043.8.498.11"
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = FileDataset(None, {}, file_meta=meta, preamble=b"\0" * 128)
    ds.is_little_endian, ds.is_implicit_VR = True, False
    ds.SOPClassUID, ds.SOPInstanceUID = meta.MediaStorageSOPClassUID, meta.MediaStorageSOPInstanceUID
    ds.Modality, ds.BodyPartExamined = "CR", "KNEE"
    ds.SeriesInstanceUID = "1.2.826.0.1.3680043.8.498.12"
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME1"
    ds.Rows, ds.Columns = rows, columns
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
    ds.ImagerPixelSpacing = [0.2, 0.2]
    ds.PixelSpacing = [0.19, 0.19]
    ds.PixelData = stored.tobytes()
    path = os.path.join(out, "kneel_cr.dcm")
    ds.save_as(path, write_like_original=False)
    img, spacing = read_dicom(path)
    lim1, lim2 = np.percentile(img, [5, 99])
    ref = process_xray(img)
    ref.astype("<f4").tofile(os.path.join(out, "kneel_cr.ref.f32"))
    print(f"spacing {spacing}; percentiles of KNEEL's inverted image {lim1!r} {lim2!r}; "
          f"output sum {float(ref.sum()):.4f} min {ref.min()} max {ref.max()}")


if __name__ == "__main__":
    main(sys.argv[1])
