#!/usr/bin/python3
"""Checks the side convention of org.osteon.io.dataset.KneeRoi on KNEEL's published annotation file.

Usage: /usr/bin/python3 releng/parity/kneel_landmarks_check.py bf_landmarks_1_0.3.csv

KNEEL (Oulu-IMEDS/KNEEL, annotations/bf_landmarks_1_0.3.csv) centres each 466 x 466 knee ROI on the middle
(5th) tibia landmark and mirrors the L ROI. With W = x2 - x1 the mapping the Java reader uses is
R: x = x1 + x_roi, L: x = x2 - x_roi, y = y1 + y_roi. This script maps the 5th tibia point of every row and
counts, per side, the rows where it lands exactly on the `center` column and within 1 pixel of it (KNEEL
rounds the ROI and the landmarks separately), and the rows whose bbox is not 466 x 466. The middle point
sits at the ROI centre, so this checks the offsets only to within that pixel and cannot tell a mirrored
ROI from an unmirrored one: the mirroring and x2 - x_roi come from KNEEL's dataset script
(scripts/create_bone_finder_dataset.py). The Java test KneelReaderTest.middleTibiaPointIsTheCentreColumnForBothSides
asserts exact equality on the first three rows of the file (copied into the test). On the five rows of
the published file checked when this was written: R exact 2 of 2; L exact 1 of 3, within 1 px 3 of 3.
"""
import csv
import sys


def main(path):
    hits = {"L": [0, 0, 0], "R": [0, 0, 0]}
    odd_boxes = 0
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            tibia = [float(v) for v in row["tibia"].split(",")]
            x1, y1, x2, y2 = (float(v) for v in row["bbox"].split(","))
            cx, cy = (float(v) for v in row["center"].split(","))
            if (x2 - x1, y2 - y1) != (466, 466):
                odd_boxes += 1
            u, v = tibia[8], tibia[9]
            x = x2 - u if row["side"] == "L" else x1 + u
            y = y1 + v
            hits[row["side"]][2] += 1
            if (x, y) == (cx, cy):
                hits[row["side"]][0] += 1
            if abs(x - cx) <= 1 and abs(y - cy) <= 1:
                hits[row["side"]][1] += 1
    for side, (exact, near, n) in sorted(hits.items()):
        print(f"side {side}: 5th tibia point == center in {exact} of {n} rows, within 1 px in {near}")
    print(f"rows whose bbox is not 466 x 466: {odd_boxes}")


if __name__ == "__main__":
    main(sys.argv[1])
