#!/usr/bin/python3
"""Reference values for the NIfTI, NRRD and MetaImage reader tests (org.osteon.io.tests, packages nifti/,
nrrd/ and metaimage/), computed independently of Osteon from the real files in releng/testdata.

NIfTI files are decoded with nibabel (5.0, Debian python3-nibabel). No NRRD or MetaImage reader is packaged
for Debian's python here, so those are decoded with the small numpy parsers below, written from the format
specifications (teem.sourceforge.net/nrrd/format.html, itk.org/Wiki/ITK/MetaIO/Documentation).

For each file it prints the grid size of the first 3D volume, spacing, origin and direction cosines in RAS+
(row-major, column i = index axis i), min, max, sum, a few voxels and the sha256 of the decoded values as
little-endian float32 in x-fastest order. Run:  /usr/bin/python3 releng/parity/io_reference.py
"""
import gzip
import hashlib
import os
import re
import sys

import numpy as np

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "testdata")


def report(name, vol, spacing, origin, direction, samples):
    """vol is indexed [x, y, z] (first 3D volume), values as float32."""
    vol = np.asarray(vol, dtype=np.float32)
    flat = vol.reshape(-1, order="F")
    digest = hashlib.sha256(flat.astype("<f4").tobytes()).hexdigest()
    print(f"== {name}")
    print(f"size {vol.shape}")
    print("spacing", [float(s) for s in spacing])
    print("origin", [float(o) for o in origin])
    print("direction", [round(float(d), 12) + 0.0 for d in np.asarray(direction).reshape(-1)])
    print(f"min {float(flat.min())} max {float(flat.max())} sum {float(flat.astype(np.float64).sum())}")
    for s in samples:
        if all(0 <= s[i] < vol.shape[i] for i in range(3)):
            print(f"voxel {s} = {float(vol[s])}")
    print("sha256", digest)


def decode_nifti(path):
    """(volume [x, y, z] float32, spacing, origin, direction) as Osteon defines them, via nibabel."""
    import nibabel as nib
    img = nib.load(path)
    data = np.asanyarray(img.dataobj).astype(np.float64)
    if data.ndim > 3:
        data = data[..., 0] if data.ndim == 4 else data.reshape(data.shape[:3] + (-1,), order="F")[..., 0]
    h = img.header
    sform = int(h["sform_code"])
    qform = int(h["qform_code"])
    if sform > 0 or qform > 0:
        aff = img.affine  # nibabel: sform if sform_code > 0, else qform
        a = aff[:3, :3]
        spacing = np.linalg.norm(a, axis=0)
        direction = a / spacing
        origin = aff[:3, 3]
    else:  # no transform: Osteon uses pixdim, origin 0, identity (nibabel would centre the grid)
        spacing = np.abs(h["pixdim"][1:4])
        direction = np.eye(3)
        origin = np.zeros(3)
    vol = data.astype(np.float32)
    while vol.ndim < 3:
        vol = vol[..., None]
    return vol, spacing, origin, direction


def nifti(name):
    vol, spacing, origin, direction = decode_nifti(os.path.join(ROOT, "nifti", name))
    report("nifti/" + name, vol, spacing, origin, direction, [(0, 0, 0), (1, 2, 3), tuple(d // 2 for d in vol.shape),
                                                               tuple(d - 1 for d in vol.shape)])


NRRD_TYPES = {"unsigned char": "u1", "uchar": "u1", "uint8": "u1", "signed char": "i1", "int8": "i1",
              "short": "i2", "int16": "i2", "unsigned short": "u2", "ushort": "u2", "uint16": "u2",
              "int": "i4", "int32": "i4", "unsigned int": "u4", "uint": "u4", "uint32": "u4",
              "float": "f4", "double": "f8"}


def decode_nrrd(path):
    """(volume [x, y, z] float32, spacing, origin, direction in RAS+) from the NRRD specification."""
    raw = open(path, "rb").read()
    lines = []
    pos = 0
    while True:
        end = raw.index(b"\n", pos)
        line = raw[pos:end].decode("latin-1").rstrip("\r")
        pos = end + 1
        if line == "":
            break
        lines.append(line)
        if pos >= len(raw):
            break
    fields = {}
    for line in lines[1:]:
        if line.startswith("#") or ":=" in line:
            continue
        k, v = line.split(":", 1)
        fields[k.strip().lower()] = v.strip()
    dim = int(fields["dimension"])
    sizes = [int(s) for s in fields["sizes"].split()]
    dtype = np.dtype(NRRD_TYPES[fields["type"]])
    if dtype.itemsize > 1:
        dtype = dtype.newbyteorder("<" if fields.get("endian", "little") == "little" else ">")
    count = int(np.prod(sizes))
    if "data file" in fields:
        data_bytes = open(os.path.join(os.path.dirname(path), fields["data file"]), "rb").read()
    else:
        data_bytes = raw[pos:]
    enc = fields["encoding"]
    if enc in ("gzip", "gz"):
        data_bytes = gzip.decompress(data_bytes)
    if enc in ("text", "txt", "ascii"):
        values = np.array([float(t) for t in re.split(r"[\s,;]+", data_bytes.decode("latin-1").strip())][:count])
    else:
        values = np.frombuffer(data_bytes, dtype=dtype, count=count)
    vol = values.astype(np.float64).reshape(sizes, order="F").astype(np.float32)
    spacing = [1.0, 1.0, 1.0]
    origin = [0.0, 0.0, 0.0]
    axes = np.eye(3)
    if "space directions" in fields:
        vecs = [[float(x) for x in v.split(",")] for v in re.findall(r"\(([^)]*)\)", fields["space directions"])]
        sd = len(vecs[0])
        axes = np.zeros((3, 3))
        for c, v in enumerate(vecs):
            axes[:sd, c] = v
        if dim == 2:
            n = np.cross(axes[:, 0], axes[:, 1])
            axes[:, 2] = n / np.linalg.norm(n) if np.linalg.norm(n) > 0 else [0, 0, 1]
        if "space origin" in fields:
            o = [float(x) for x in fields["space origin"].strip("()").split(",")]
            origin[:len(o)] = o
        signs = {"left-posterior-superior": [-1, -1, 1], "lps": [-1, -1, 1], "left-anterior-superior": [-1, 1, 1],
                 "las": [-1, 1, 1]}.get(fields.get("space", "").lower(), [1, 1, 1])
        axes = axes * np.array(signs)[:, None]
        origin = list(np.array(origin) * signs)
        spacing = np.linalg.norm(axes, axis=0)
        axes = axes / spacing
    elif "spacings" in fields:
        spacing[:dim] = [float(s) for s in fields["spacings"].split()]
    while vol.ndim < 3:
        vol = vol[..., None]
    return vol, spacing, origin, axes


def nrrd(name):
    vol, spacing, origin, axes = decode_nrrd(os.path.join(ROOT, "nrrd", name))
    report("nrrd/" + name, vol, spacing, origin, axes, [(0, 0, 0), (1, 2, 0), (2, 3, 0), (100, 100, 0),
                                                        tuple(d // 2 for d in vol.shape), tuple(d - 1 for d in vol.shape)])


MET_TYPES = {"MET_UCHAR": "u1", "MET_CHAR": "i1", "MET_SHORT": "i2", "MET_USHORT": "u2", "MET_INT": "i4",
             "MET_UINT": "u4", "MET_FLOAT": "f4", "MET_DOUBLE": "f8"}


def decode_metaimage(path):
    """(volume [x, y, z] float32, spacing, origin, direction in RAS+) from the MetaIO documentation."""
    raw = open(path, "rb").read()
    fields = {}
    pos = 0
    while pos < len(raw):
        end = raw.find(b"\n", pos)
        end = len(raw) if end < 0 else end
        line = raw[pos:end].decode("latin-1").rstrip("\r")
        pos = end + 1
        if "=" in line:
            k, v = line.split("=", 1)
            fields[k.strip()] = v.strip()
            if k.strip() == "ElementDataFile":
                break
    nd = int(fields["NDims"])
    dims = [int(d) for d in fields["DimSize"].split()]
    dtype = np.dtype(MET_TYPES[fields["ElementType"]])
    msb = fields.get("BinaryDataByteOrderMSB", fields.get("ElementByteOrderMSB", "False")).lower() == "true"
    if dtype.itemsize > 1:
        dtype = dtype.newbyteorder(">" if msb else "<")
    if fields["ElementDataFile"] == "LOCAL":
        data = raw[pos:]
    else:
        data = open(os.path.join(os.path.dirname(path), fields["ElementDataFile"]), "rb").read()
    if fields.get("CompressedData", "False").lower() == "true":
        import zlib
        data = zlib.decompress(data)
    count = int(np.prod(dims))
    vol = np.frombuffer(data, dtype=dtype, count=count).astype(np.float64).reshape(dims, order="F").astype(np.float32)
    spacing = [1.0, 1.0, 1.0]
    spacing[:nd] = [float(s) for s in fields.get("ElementSpacing", " ".join(["1"] * nd)).split()][:nd]
    origin = [0.0, 0.0, 0.0]
    origin[:nd] = [float(s) for s in fields.get("Offset", " ".join(["0"] * nd)).split()][:nd]
    axes = np.eye(3)
    if "TransformMatrix" in fields:
        m = [float(s) for s in fields["TransformMatrix"].split()]
        for c in range(nd):
            axes[:nd, c] = m[c * nd:(c + 1) * nd]
    lps = np.array([-1.0, -1.0, 1.0])  # LPS -> RAS
    axes = axes * lps[:, None] + 0.0
    origin = list(np.array(origin) * lps + 0.0)
    while vol.ndim < 3:
        vol = vol[..., None]
    return vol, spacing, origin, axes


def metaimage(name):
    vol, spacing, origin, axes = decode_metaimage(os.path.join(ROOT, "metaimage", name))
    report("metaimage/" + name, vol, spacing, origin, axes, [(0, 0, 0), (1, 2, 0), (64, 64, 0), (90, 108, 1),
                                                             tuple(d - 1 for d in vol.shape)])


def main():
    for n in sorted(os.listdir(os.path.join(ROOT, "nifti"))):
        nifti(n)
    for n in sorted(os.listdir(os.path.join(ROOT, "nrrd"))):
        if n.endswith((".nrrd", ".nhdr")):
            nrrd(n)
    for n in sorted(os.listdir(os.path.join(ROOT, "metaimage"))):
        if n.endswith((".mha", ".mhd")):
            metaimage(n)


if __name__ == "__main__":
    sys.exit(main())
