package org.osteon.core.io;

import java.io.IOException;
import java.nio.file.Path;

import org.osteon.core.image.LabelMap;
import org.osteon.core.image.Volume;

/** Writes volumes and label maps in one file format. */
public interface VolumeWriter {

    void write(Volume volume, Path file) throws IOException;

    void write(LabelMap labels, Path file) throws IOException;
}
