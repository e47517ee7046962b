#!/usr/bin/python3
"""Writes one 256 x 256 x 108 int16 volume in every volume format Osteon reads, for io-bench.sh.

The files are written by independent tools (nibabel for NIfTI, pydicom for DICOM, numpy and zlib for
NRRD and MetaImage, following their specifications), not by Osteon. Usage: make_io_bench_files.py DIR
"""
import gzip
import os
import sys
import zlib

import numpy as np

NX, NY, NZ = 256, 256, 108
SPACING = (0.7, 0.7, 1.5)


def volume():
    rng = np.random.default_rng(7)
    z, y, x = np.mgrid[0:NZ, 0:NY, 0:NX]
    v = 1000 * np.exp(-((x - 128) ** 2 + (y - 128) ** 2) / 4000.0) - 1000 + 10 * (z % 7)
    v = v + rng.normal(0, 20, v.shape)
    return v.astype(np.int16)  # (z, y, x): x fastest in memory


def write_nifti(v, d):
    import nibabel as nib
    affine = np.diag([SPACING[0], SPACING[1], SPACING[2], 1.0])
    img = nib.Nifti1Image(np.ascontiguousarray(v.transpose(2, 1, 0)), affine)  # nibabel wants (x, y, z)
    img.set_data_dtype(np.int16)
    nib.save(img, os.path.join(d, "vol.nii"))
    nib.save(img, os.path.join(d, "vol.nii.gz"))


def nrrd_header(encoding):
    return ("NRRD0004\ntype: short\ndimension: 3\nspace: right-anterior-superior\n"
            f"sizes: {NX} {NY} {NZ}\nspace directions: ({SPACING[0]},0,0) (0,{SPACING[1]},0) (0,0,{SPACING[2]})\n"
            f"endian: little\nencoding: {encoding}\nspace origin: (0,0,0)\n\n").encode("ascii")


def write_nrrd(v, d):
    raw = v.astype("<i2").tobytes()
    with open(os.path.join(d, "vol-raw.nrrd"), "wb") as f:
        f.write(nrrd_header("raw") + raw)
    with open(os.path.join(d, "vol-gzip.nrrd"), "wb") as f:
        f.write(nrrd_header("gzip") + gzip.compress(raw, 6))


def mha_header(compressed, size=None, data_file="LOCAL"):
    h = (f"ObjectType = Image\nNDims = 3\nBinaryData = True\nBinaryDataByteOrderMSB = False\n"
         f"CompressedData = {'True' if compressed else 'False'}\n")
    if compressed:
        h += f"CompressedDataSize = {size}\n"
    h += (f"TransformMatrix = 1 0 0 0 1 0 0 0 1\nOffset = 0 0 0\nElementSpacing = {SPACING[0]} {SPACING[1]} {SPACING[2]}\n"
          f"DimSize = {NX} {NY} {NZ}\nElementType = MET_SHORT\nElementDataFile = {data_file}\n")
    return h.encode("ascii")


def write_metaimage(v, d):
    raw = v.astype("<i2").tobytes()
    with open(os.path.join(d, "vol-raw.mha"), "wb") as f:
        f.write(mha_header(False) + raw)
    z = zlib.compress(raw, 6)
    with open(os.path.join(d, "vol-zlib.mha"), "wb") as f:
        f.write(mha_header(True, len(z)) + z)


def write_dicom(v, d):
    import pydicom
    from pydicom.dataset import FileDataset, FileMetaDataset
    from pydicom.uid import ExplicitVRLittleEndian, generate_uid
    series = os.path.join(d, "dicom-series")
    os.makedirs(series, exist_ok=True)
    study, series_uid = generate_uid(), generate_uid()
    for k in range(NZ):
        meta = FileMetaDataset()
        meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.2"
        meta.MediaStorageSOPInstanceUID = generate_uid()
        meta.TransferSyntaxUID = ExplicitVRLittleEndian
        ds = FileDataset(None, {}, file_meta=meta, preamble=b"\0" * 128)
        ds.SOPClassUID, ds.SOPInstanceUID = meta.MediaStorageSOPClassUID, meta.MediaStorageSOPInstanceUID
        ds.Modality, ds.StudyInstanceUID, ds.SeriesInstanceUID = "CT", study, series_uid
        ds.InstanceNumber = k + 1
        ds.Rows, ds.Columns = NY, NX
        ds.PixelSpacing = [SPACING[1], SPACING[0]]
        ds.SliceThickness = SPACING[2]
        ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
        ds.ImagePositionPatient = [0, 0, k * SPACING[2]]
        ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
        ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 16, 15, 1
        ds.RescaleSlope, ds.RescaleIntercept = 1, 0
        ds.PixelData = v[k].astype("<i2").tobytes()
        ds.is_little_endian, ds.is_implicit_VR = True, False
        ds.save_as(os.path.join(series, f"slice{k:03d}.dcm"), write_like_original=False)


if __name__ == "__main__":
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    v = volume()
    write_nifti(v, out)
    write_nrrd(v, out)
    write_metaimage(v, out)
    write_dicom(v, out)
    np.save(os.path.join(out, "reference.npy"), v)
    print(f"wrote {NX} x {NY} x {NZ} int16 ({v.nbytes / 1e6:.1f} MB) in every format to {out}; sum {int(v.astype(np.int64).sum())}")
