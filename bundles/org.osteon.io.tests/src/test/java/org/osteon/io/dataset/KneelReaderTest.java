package org.osteon.io.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.InvalidInputException;
import org.osteon.core.dataset.Dataset;
import org.osteon.core.dataset.Landmarks;
import org.osteon.core.dataset.Landmarks.Point;
import org.osteon.core.dataset.PixelSpacing;
import org.osteon.core.dataset.Sample;

/** KNEEL's landmark format, on rows copied from its published annotation file, and broken inputs. */
class KneelReaderTest {

    @TempDir
    Path dir;

    private final KneelReader reader = new KneelReader();

    @Test
    void readsRealRowsIntoWholeImageCoordinates() throws Exception {
        Dataset d = reader.read(Fixtures.kneel(dir), Map.of("spacing", "0.3"));
        assertEquals(List.of("9000798-L", "9000798-R", "9002316-R"), d.samples().stream().map(Sample::id).toList());
        Sample left = d.samples().get(0);
        assertEquals("9000798", left.subject());
        assertEquals("train", left.split());
        assertEquals(4.0, left.target("kl").getAsDouble());
        assertEquals(Map.of("side", "L", "bbox", "967,166,1433,632", "center", "1200,399"), left.attributes());
        assertEquals(dir.resolve("images/9000798.png").toAbsolutePath().normalize(), left.image());
        assertEquals(dir.resolve("images/9002316.dcm").toAbsolutePath().normalize(), d.samples().get(2).image());
        Landmarks l = left.landmarks().orElseThrow();
        assertEquals(9, l.group("tibia").size());
        assertEquals(7, l.group("femur").size());
        assertEquals(Optional.of(PixelSpacing.isotropic(0.3)), l.spacing());
        // L is mirrored: x = x2 - x_roi; y = y1 + y_roi. First tibia point (63, 278) of the ROI 967,166,1433,632
        assertEquals(new Point(1433 - 63, 166 + 278), l.group("tibia").get(0));
        // R is not: first tibia point (71, 278) of the ROI 236,174,702,640
        assertEquals(new Point(236 + 71, 174 + 278), d.samples().get(1).landmarks().orElseThrow().group("tibia").get(0));
        assertEquals(new Point(243 + 99, 426 + 249), d.samples().get(2).landmarks().orElseThrow().group("femur").get(0));
        assertTrue(reader.recognizes(dir));
    }

    @Test
    void middleTibiaPointIsTheCentreColumnForBothSides() throws Exception {
        // KNEEL centres the ROI on the middle tibia point; on these rows of its file the mapping hits it exactly
        // (other rows of the file are off by KNEEL's 1-pixel rounding)
        for (Sample s : reader.read(Fixtures.kneel(dir)).samples()) {
            String[] c = s.attributes().get("center").split(",");
            assertEquals(new Point(Double.parseDouble(c[0]), Double.parseDouble(c[1])),
                    s.landmarks().orElseThrow().group("tibia").get(4), s.id());
        }
    }

    @Test
    void roiMappingRoundTrips() throws Exception {
        Sample left = reader.read(Fixtures.kneel(dir)).samples().get(0);
        KneeRoi roi = KneeRoi.of(left);
        assertTrue(roi.mirrored());
        assertEquals(466, roi.width());
        Landmarks inRoi = roi.toRoi(left.landmarks().orElseThrow());
        assertEquals(new Point(63, 278), inRoi.group("tibia").get(0));
        assertEquals(new Point(391, 250), inRoi.group("femur").get(6));
        assertFalse(KneeRoi.of(reader.read(dir).samples().get(1)).mirrored());
    }

    @Test
    void spacingColumnSplitAndHoldOut() throws Exception {
        Fixtures.kneel(dir);
        Fixtures.write(dir.resolve("knees.csv"), Fixtures.KNEEL_HEADER + ",spacing\n"
                + Fixtures.KNEEL_ROWS.lines().map(r -> r + ",0.15").reduce((a, b) -> a + "\n" + b).orElseThrow());
        Dataset d = reader.read(dir, Map.of("file", "knees.csv", "testFraction", "0.5", "seed", "4"));
        assertEquals(Optional.of(PixelSpacing.isotropic(0.15)), d.samples().get(0).landmarks().orElseThrow().spacing());
        d.checkSubjectsDisjoint();
        assertEquals(1, d.split("test").subjects().size());
        assertEquals(d.split("test"), reader.read(dir, Map.of("file", "knees.csv", "testFraction", "0.5", "seed", "4",
                "split", "test")));
        assertTrue(reader.read(dir).samples().get(0).landmarks().orElseThrow().spacing().isEmpty(),
                "no spacing column, no option: unknown");
    }

    private String error(String rows) throws Exception {
        Fixtures.kneel(dir);
        Fixtures.write(dir.resolve("landmarks.csv"), Fixtures.KNEEL_HEADER + "\n" + rows);
        return assertThrows(InvalidInputException.class, () -> reader.read(dir)).getMessage();
    }

    @Test
    void malformedLandmarkListsNameLineAndColumn() throws Exception {
        String odd = error("9000798,L,4,\"63,278,116\",\"65,238,122,245,171,230,214,211,266,237,324,260,391,250\","
                + "\"967,166,1433,632\",\"1200,399\"\n");
        assertTrue(odd.endsWith("landmarks.csv, line 2, column 4 (tibia): 3 numbers (an odd count, so not x,y pairs);"
                + " expected 18 (9 x,y points)"), odd);
        String count = error(Fixtures.KNEEL_ROWS.lines().findFirst().orElseThrow().replace("\"65,238,", "\"") + "\n");
        assertTrue(count.endsWith("line 2, column 5 (femur): 12 numbers; expected 14 (7 x,y points)"), count);
        String nan = error(Fixtures.KNEEL_ROWS.lines().findFirst().orElseThrow().replace("\"1200,399\"", "\"1200,abc\"")
                + "\n");
        assertTrue(nan.endsWith("line 2, column 7 (center): value 2 'abc' is not a number; expected 2 numbers (x,y)"),
                nan);
        String unquoted = error("9000798,L,4,63,278\n");
        assertTrue(unquoted.endsWith("line 2: 5 fields; expected 7 as in the header (quote the point lists:"
                + " \"x1,y1,x2,y2,...\")"), unquoted);
        String side = error("9000798,X,4,\"1\",\"1\",\"1\",\"1\"\n");
        assertTrue(side.endsWith("line 2, column 2 (side): 'X'; expected L or R"), side);
        String kl = error(Fixtures.KNEEL_ROWS.lines().findFirst().orElseThrow().replace(",L,4,", ",L,7,") + "\n");
        assertTrue(kl.endsWith("column 3 (kl): '7'; expected a Kellgren-Lawrence grade 0..4 or nothing"), kl);
        String twice = error(Fixtures.KNEEL_ROWS.lines().findFirst().orElseThrow() + "\n"
                + Fixtures.KNEEL_ROWS.lines().findFirst().orElseThrow() + "\n");
        assertTrue(twice.endsWith("line 3: knee L of subject 9000798 is listed twice; expected one row per knee"), twice);
    }

    @Test
    void missingImageHeaderAndFileAreNamed() throws Exception {
        String image = error(Fixtures.KNEEL_ROWS.replace("9002316,", "9999999,"));
        assertTrue(image.contains("line 4: no image for subject 9999999; expected ") && image.endsWith("9999999.dcm"),
                image);
        Fixtures.write(dir.resolve("landmarks.csv"), "subject_id,side,kl,tibia,femur,bbox\n");
        String header = assertThrows(InvalidInputException.class, () -> reader.read(dir)).getMessage();
        assertTrue(header.endsWith("landmarks.csv, line 1: the header has no column 'center'; expected"
                + " subject_id,side,kl,tibia,femur,bbox,center[,spacing]"), header);
        String missing = assertThrows(InvalidInputException.class, () -> reader.read(dir, Map.of("file", "x.csv")))
                .getMessage();
        assertTrue(missing.contains("x.csv does not exist; expected the KNEEL landmark file"), missing);
        String option = assertThrows(InvalidInputException.class, () -> reader.read(dir, Map.of("spacing", "-1")))
                .getMessage();
        assertEquals("option spacing=-1 of the KNEEL reader: expected a number in [0.001, 100]", option);
    }
}
