package org.osteon.segmentation.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.step.StandaloneStepContext;
import org.osteon.core.InvalidInputException;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.LabelMap;
import org.osteon.io.NiftiReader;
import org.osteon.phantom.KneeCt;
import org.osteon.phantom.KneeCtPhantom;

class KneeBonesStepTest {

    @TempDir
    Path dir;

    private static KneeCt phantom;

    @BeforeAll
    static void phantom() {
        phantom = KneeCtPhantom.generate(new GridSize(64, 64, 48), 5);
    }

    /** The step's declared defaults, as the engine would pass them. */
    private StandaloneStepContext context() {
        StandaloneStepContext ctx = new StandaloneStepContext("bones", dir);
        ctx.set("boneThreshold", "200");
        ctx.set("closingIterations", "1");
        ctx.set("markerMinDistance", "2.5");
        ctx.set("maxDetachedFraction", "0.25");
        ctx.set("minSize", "1000");
        ctx.set("minSizePerSlabs", "");
        ctx.set("femurAt", "high-z");
        ctx.bind("volume", phantom.volume());
        return ctx;
    }

    @Test
    void segmentsPublishesAndWritesTheArtifact() throws Exception {
        StandaloneStepContext ctx = context();
        ctx.set("minSizePerSlabs", "0-20:500,21-47:300");
        new KneeBonesStep().run(ctx);
        LabelMap labels = (LabelMap) ctx.published().get("labels");
        assertTrue(labels.count(1) > 5000 && labels.count(2) > 5000, "femur " + labels.count(1) + ", tibia " + labels.count(2));
        assertEquals(Integer.toString(labels.count(1)), ctx.notes().get("bones.femurVoxels"));
        assertEquals(java.util.List.of("segmentation/labels.nii.gz application/x-nifti"), ctx.artifacts());
        LabelMap written = new NiftiReader().readLabels(org.osteon.core.io.Location.of(
                dir.resolve("artifacts/segmentation/labels.nii.gz")), dir);
        assertArrayEquals(labels.labels(), written.labels());
        assertTrue(ctx.warnings().isEmpty(), ctx.warnings().toString());
    }

    @Test
    void connectedLabelsArePassedThrough() throws Exception {
        StandaloneStepContext ctx = context();
        ctx.bind("labels", phantom.labels());
        new KneeBonesStep().run(ctx);
        assertSame(phantom.labels(), ctx.published().get("labels"));
    }

    @Test
    void misalignedLabelsAreRefused() {
        StandaloneStepContext ctx = context();
        ctx.bind("labels", new LabelMap(new GridSize(64, 64, 47), phantom.labels().geometry(), new short[64 * 64 * 47]));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new KneeBonesStep().run(ctx));
        assertTrue(e.getMessage().contains("64 x 64 x 47") && e.getMessage().contains("64 x 64 x 48"), e.getMessage());
    }

    @Test
    void badSlabsNameTheParameter() {
        StandaloneStepContext ctx = context();
        ctx.set("minSizePerSlabs", "0..40=5000");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new KneeBonesStep().run(ctx));
        assertTrue(e.getMessage().contains("minSizePerSlabs") && e.getMessage().contains("0-40:5000"), e.getMessage());
    }
}
