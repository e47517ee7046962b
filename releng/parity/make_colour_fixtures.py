#!/usr/bin/python3
"""Makes the palette colour, YBR_FULL_422 and 1-bit test files in releng/testdata/dicom-colour with pydicom 2.3,
and the values Osteon's DICOM reader must give for them, from pydicom's own decoding.

Files (explicit VR little endian):
  palette8.dcm        PALETTE COLOR, 8-bit indices, LUT descriptor (200, 10, 8): 200 entries of 8 bits
                      (one byte each) from stored value 10; indices below 10 and above 209 occur (clamped)
  palette16.dcm       PALETTE COLOR, 16-bit indices (12 stored), LUT descriptor (1000, 50, 16), 16-bit entries
  ybr422.dcm          pydicom's SC_ybr_full_422_uncompressed.dcm, unchanged (100 x 100, 8 bit)
  bits1.dcm           Bits Allocated 1, MONOCHROME2, 2 frames of 13 x 7 (frames are not byte aligned)
  bits1_mono1.dcm     Bits Allocated 1, MONOCHROME1, 1 frame of 16 x 5
Reference (NAME.ref.f32: little-endian float32, frames x rows x columns), what the reader's grey volume must hold:
  palette:  luminance 0.299 R + 0.587 G + 0.114 B of pydicom's apply_color_lut(pixel_array)
  ybr422:   the Y channel of pydicom's pixel_array (which expands the 4:2:2 chroma); the script also prints
            how far that is from the luminance of convert_color_space(pixel_array, 'YBR_FULL', 'RGB')
  bits1:    pydicom's pixel_array (0/1); MONOCHROME1 inverted as 1 - v
Usage: make_colour_fixtures.py OUT_DIR
"""
import os
import shutil
import sys

import numpy as np
import pydicom
from pydicom.dataset import FileDataset, FileMetaDataset
from pydicom.pixel_data_handlers.util import apply_color_lut, convert_color_space
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

YBR = "/usr/lib/python3/dist-packages/pydicom/data/test_files/SC_ybr_full_422_uncompressed.dcm"


def dataset(rows, columns, photometric, bits_allocated, bits_stored, frames=1):
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.7"
    meta.MediaStorageSOPInstanceUID = "1.2.826.0.1.3680043.8.498.1"
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = FileDataset(None, {}, file_meta=meta, preamble=b"\0" * 128)
    ds.is_little_endian, ds.is_implicit_VR = True, False
    ds.SOPClassUID = meta.MediaStorageSOPClassUID
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.Modality = "OT"
    ds.SeriesInstanceUID = "1.2.826.0.1.3680043.8.498.2"
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = photometric
    ds.Rows, ds.Columns = rows, columns
    if frames > 1:
        ds.NumberOfFrames = frames
    ds.BitsAllocated, ds.BitsStored, ds.HighBit = bits_allocated, bits_stored, bits_stored - 1
    ds.PixelRepresentation = 0
    return ds


def luminance(rgb):
    rgb = rgb.astype(np.float64)
    return 0.299 * rgb[..., 0] + 0.587 * rgb[..., 1] + 0.114 * rgb[..., 2]


def palette(out, name, bits, entries, first, entry_bits, rows=24, columns=32):
    rng = np.random.default_rng(entries)
    ds = dataset(rows, columns, "PALETTE COLOR", bits, 8 if bits == 8 else 12)
    top = 255 if bits == 8 else 1100
    idx = rng.integers(0, top + 1, size=(rows, columns))
    idx[0, :4] = [0, first - 1, first, first + entries - 1]
    idx[1, :2] = [first + entries, top]
    dtype = "u1" if entry_bits == 8 else "<u2"
    hi = 255 if entry_bits == 8 else 65535
    lut = [rng.integers(0, hi + 1, size=entries).astype(dtype) for _ in range(3)]
    for c, kw in enumerate(("Red", "Green", "Blue")):
        setattr(ds, kw + "PaletteColorLookupTableDescriptor", [entries, first, entry_bits])
        data = lut[c].tobytes()
        ds.add_new(pydicom.datadict.tag_for_keyword(kw + "PaletteColorLookupTableData"), "OW", data)
    ds.PixelData = idx.astype("u1" if bits == 8 else "<u2").tobytes()
    path = os.path.join(out, name)
    ds.save_as(path, write_like_original=False)
    back = pydicom.dcmread(path)
    rgb = apply_color_lut(back.pixel_array, back)
    return path, luminance(rgb)[None]


def main(out):
    os.makedirs(out, exist_ok=True)
    refs = {}
    _, refs["palette8.dcm"] = palette(out, "palette8.dcm", 8, 200, 10, 8)
    _, refs["palette16.dcm"] = palette(out, "palette16.dcm", 16, 1000, 50, 16)
    ybr = os.path.join(out, "ybr422.dcm")
    shutil.copyfile(YBR, ybr)
    arr = pydicom.dcmread(ybr).pixel_array
    refs["ybr422.dcm"] = arr[None, :, :, 0].astype(np.float64)
    rgb = convert_color_space(arr, "YBR_FULL", "RGB")
    print("ybr422: max |Y - luminance(convert_color_space RGB)| =",
          float(np.abs(arr[..., 0] - luminance(rgb)).max()))
    rng = np.random.default_rng(1)
    bits = rng.integers(0, 2, size=(2, 7, 13))
    ds = dataset(7, 13, "MONOCHROME2", 1, 1, frames=2)
    ds.PixelData = pydicom.pixel_data_handlers.numpy_handler.pack_bits(bits)
    path = os.path.join(out, "bits1.dcm")
    ds.save_as(path, write_like_original=False)
    refs["bits1.dcm"] = pydicom.dcmread(path).pixel_array.astype(np.float64)
    bits = rng.integers(0, 2, size=(5, 16))
    ds = dataset(5, 16, "MONOCHROME1", 1, 1)
    ds.PixelData = pydicom.pixel_data_handlers.numpy_handler.pack_bits(bits)
    path = os.path.join(out, "bits1_mono1.dcm")
    ds.save_as(path, write_like_original=False)
    refs["bits1_mono1.dcm"] = 1.0 - pydicom.dcmread(path).pixel_array[None].astype(np.float64)
    for name, ref in refs.items():
        ref.astype("<f4").tofile(os.path.join(out, name.replace(".dcm", ".ref.f32")))
        print(f"{name}: shape {ref.shape} sum {float(ref.sum()):.3f} min {float(ref.min()):.3f} max {float(ref.max()):.3f}")


if __name__ == "__main__":
    main(sys.argv[1])
