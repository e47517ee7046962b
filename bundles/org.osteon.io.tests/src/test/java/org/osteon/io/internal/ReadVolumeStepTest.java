package org.osteon.io.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.step.StandaloneStepContext;
import org.osteon.core.InvalidInputException;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.LabelMap;
import org.osteon.core.image.Volume;
import org.osteon.io.NiftiReader;
import org.osteon.io.NiftiWriter;

class ReadVolumeStepTest {

    @TempDir
    Path dir;

    private StandaloneStepContext context() {
        return new StandaloneStepContext("read", dir).reader("org.osteon.io.nifti", new NiftiReader(), "*.nii", "*.nii.gz");
    }

    private Volume volume(GridSize size) {
        float[] d = new float[size.voxelCount()];
        for (int i = 0; i < d.length; i++) {
            d[i] = i * 0.5f - 7;
        }
        return new Volume(size, Geometry.of(0.8, 0.8, 1), d);
    }

    @Test
    void readsVolumeAndAlignedLabels() throws Exception {
        GridSize size = new GridSize(5, 4, 3);
        new NiftiWriter().write(volume(size), dir.resolve("ct.nii.gz"));
        short[] l = new short[size.voxelCount()];
        l[7] = 1;
        l[50] = 2;
        new NiftiWriter().write(new LabelMap(size, Geometry.of(0.8, 0.8, 1), l), dir.resolve("ct-labels.nii"));

        StandaloneStepContext ctx = context();
        ctx.set("volume", "ct.nii.gz");
        ctx.set("labels", "ct-labels.nii");
        new ReadVolumeStep().run(ctx);

        Volume v = (Volume) ctx.published().get("volume");
        assertEquals(size, v.size());
        assertArrayEquals(volume(size).data(), v.data());
        LabelMap labels = (LabelMap) ctx.published().get("labels");
        assertArrayEquals(l, labels.labels());
        assertTrue(ctx.warnings().isEmpty(), ctx.warnings().toString());
    }

    @Test
    void labelsArePublishedOnlyWhenGiven() throws Exception {
        new NiftiWriter().write(volume(new GridSize(2, 2, 2)), dir.resolve("ct.nii"));
        StandaloneStepContext ctx = context();
        ctx.set("volume", "ct.nii");
        new ReadVolumeStep().run(ctx);
        assertTrue(ctx.published().containsKey("volume"));
        assertFalse(ctx.published().containsKey("labels"));
    }

    @Test
    void misalignedLabelsAreRefused() throws Exception {
        new NiftiWriter().write(volume(new GridSize(5, 4, 3)), dir.resolve("ct.nii"));
        new NiftiWriter().write(new LabelMap(new GridSize(5, 4, 2), Geometry.unit(), new short[40]), dir.resolve("l.nii"));
        StandaloneStepContext ctx = context();
        ctx.set("volume", "ct.nii");
        ctx.set("labels", "l.nii");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ReadVolumeStep().run(ctx));
        assertEquals("label map " + dir.resolve("l.nii") + " has size 5 x 4 x 2 but the volume ct.nii has size 5 x 4 x 3;"
                + " they must be aligned voxel for voxel", e.getMessage());
    }

    @Test
    void unknownFormatListsSupportedPatterns() {
        StandaloneStepContext ctx = context();
        ctx.set("volume", "scan.mha");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ReadVolumeStep().run(ctx));
        assertTrue(e.getMessage().contains("scan.mha") && e.getMessage().contains("*.nii, *.nii.gz"), e.getMessage());
    }
}
