package org.osteon.core.registry;

import java.util.List;

import org.osteon.core.io.Location;
import org.osteon.core.io.VolumeReader;

/** A contributed reader and the file patterns (globs such as {@code *.nii.gz}) it handles. */
public interface ReaderDescriptor extends Descriptor {

    List<String> filePatterns();

    /** True when one of the patterns matches the location's name (case-insensitive). */
    boolean matches(Location location);

    VolumeReader create();
}
