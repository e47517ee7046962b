package org.osteon.phantom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osteon.core.InvalidInputException;
import org.osteon.io.NiftiWriter;

/**
 * Writes a {@link KneeCt} as NIfTI files: {@code DIR/knee-ct.nii.gz} (float32, HU) and
 * {@code DIR/knee-ct-labels.nii.gz} (int16, 1 = femur, 2 = tibia). Existing files are never overwritten.
 */
public final class KneeCtWriter {

    public static final String VOLUME_FILE = "knee-ct.nii.gz";
    public static final String LABELS_FILE = "knee-ct-labels.nii.gz";

    /** Where the two files were written. */
    public record PhantomFiles(Path volume, Path labels) {
    }

    private KneeCtWriter() {
    }

    /**
     * Writes both files into {@code directory} (created if needed). Throws an InvalidInputException naming
     * the file, before writing anything, when either file already exists.
     */
    public static PhantomFiles write(KneeCt ct, Path directory) throws IOException {
        Path volume = directory.resolve(VOLUME_FILE);
        Path labels = directory.resolve(LABELS_FILE);
        for (Path p : new Path[] {volume, labels}) {
            if (Files.exists(p)) {
                throw new InvalidInputException(p + " already exists; the knee phantom is never written over"
                        + " existing files: choose another folder or remove the old files");
            }
        }
        Files.createDirectories(directory);
        NiftiWriter writer = new NiftiWriter();
        writer.write(ct.volume(), volume);
        writer.write(ct.labels(), labels);
        return new PhantomFiles(volume, labels);
    }
}
