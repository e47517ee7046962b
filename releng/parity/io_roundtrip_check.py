#!/usr/bin/python3
"""Checks the files that Osteon's writers produce with readers that are not Osteon's: nibabel 5.0 for NIfTI
(.nii, .nii.gz, NIfTI-2, .hdr/.img), Pillow for PNG, and the spec-based numpy decoders of io_reference.py for
NRRD and MetaImage (Debian's python has no packaged reader for those two).

The files and their expected content come from the JUnit test org.osteon.io.nifti.RoundTripSamplesTest, which
writes them, with expected.tsv (grid, spacing, origin, direction in RAS+, sha256 of the values as
little-endian float32, x fastest), when -Dosteon.roundtrip.dir is set:

  ./mvnw -B -o -q verify -pl bundles/org.osteon.core,bundles/org.osteon.jaiimageio.exports,bundles/org.osteon.io,bundles/org.osteon.io.tests \\
      -Dosteon.roundtrip.dir=/tmp/osteon-roundtrip
  /usr/bin/python3 releng/parity/io_roundtrip_check.py /tmp/osteon-roundtrip

With --write the script runs that Maven command itself (from the repository root) before checking.
Exit status 0 when every file matches, 1 otherwise.
"""
import hashlib
import os
import subprocess
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import io_reference  # noqa: E402  (the spec-based decoders)

REPO = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


def decode_png(path):
    from PIL import Image
    img = Image.open(path)
    arr = np.array(img).astype(np.float64)  # rows (y) x columns (x)
    vol = arr.T[:, :, None].astype(np.float32)
    dpi = img.info.get("dpi")
    spacing = [25.4 / float(dpi[0]), 25.4 / float(dpi[1]), 1.0] if dpi else [1.0, 1.0, 1.0]
    return vol, spacing, [0.0, 0.0, 0.0], np.eye(3), "Pillow %s, mode %s" % (Image.__version__, img.mode)


def decode(path):
    name = os.path.basename(path).lower()
    if name.endswith((".nii", ".nii.gz", ".hdr")):
        import nibabel as nib
        return io_reference.decode_nifti(path) + ("nibabel %s, %s" % (nib.__version__,
                                                                      type(nib.load(path)).__name__),)
    if name.endswith(".nrrd"):
        return io_reference.decode_nrrd(path) + ("numpy NRRD decoder (spec)",)
    if name.endswith((".mha", ".mhd")):
        return io_reference.decode_metaimage(path) + ("numpy MetaImage decoder (spec)",)
    if name.endswith(".png"):
        return decode_png(path)
    raise ValueError("no decoder for " + name)


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    folder = os.path.abspath(args[0] if args else "/tmp/osteon-roundtrip")
    if "--write" in argv:
        cmd = ["./mvnw", "-B", "-o", "-q", "verify", "-pl",
               "bundles/org.osteon.core,bundles/org.osteon.jaiimageio.exports,bundles/org.osteon.io,bundles/org.osteon.io.tests",
               "-Dosteon.roundtrip.dir=" + folder]
        print("$", " ".join(cmd))
        subprocess.run(cmd, cwd=REPO, check=True)
    lines = open(os.path.join(folder, "expected.tsv")).read().splitlines()
    failures = 0
    for line in lines:
        name, size, spacing, origin, direction, sha = line.split("\t")
        size = tuple(int(v) for v in size.split())
        spacing, origin, direction = (np.array([float(v) for v in s.split()]) for s in (spacing, origin, direction))
        vol, got_spacing, got_origin, got_direction, how = decode(os.path.join(folder, name))
        flat = np.asarray(vol, dtype=np.float32).reshape(-1, order="F")
        got_sha = hashlib.sha256(flat.astype("<f4").tobytes()).hexdigest()
        # NIfTI-1 stores the geometry as float32; a PNG stores whole pixels per metre
        tol = 1e-3 if name.endswith(".png") else 2e-5 if ("nifti1" in name or name.startswith("labels.nii")) else 1e-9
        problems = []
        if tuple(vol.shape) != size:
            problems.append("size %s, expected %s" % (vol.shape, size))
        if got_sha != sha:
            problems.append("values differ (sha256 %s..., expected %s...)" % (got_sha[:12], sha[:12]))
        if np.max(np.abs(np.array(got_spacing) - spacing)) > tol:
            problems.append("spacing %s, expected %s" % (list(got_spacing), list(spacing)))
        if np.max(np.abs(np.array(got_origin) - origin)) > max(tol, tol * np.max(np.abs(origin))):
            problems.append("origin %s, expected %s" % (list(got_origin), list(origin)))
        if np.max(np.abs(np.asarray(got_direction).reshape(-1) - direction)) > max(tol, 1e-6 if tol > 1e-9 else tol):
            problems.append("direction %s, expected %s" % (list(np.asarray(got_direction).reshape(-1)), list(direction)))
        status = "OK  " if not problems else "FAIL"
        failures += bool(problems)
        print("%s %-22s %-10s sha256 %s...  [%s]%s" % (status, name, "x".join(map(str, size)), sha[:16], how,
                                                      "" if not problems else "\n     " + "; ".join(problems)))
    print("%d of %d files match" % (len(lines) - failures, len(lines)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
