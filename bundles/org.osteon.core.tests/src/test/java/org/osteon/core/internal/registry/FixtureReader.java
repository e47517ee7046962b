package org.osteon.core.internal.registry;

import java.nio.file.Path;

import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.Volume;
import org.osteon.core.io.Location;
import org.osteon.core.io.VolumeReader;

/** Fixture reader contributed by this test bundle: always the same 2 x 2 x 1 volume. */
public class FixtureReader implements VolumeReader {

    @Override
    public Volume read(Location location, Path base) {
        return new Volume(new GridSize(2, 2, 1), Geometry.of(0.5, 0.5, 1), new float[] {1, 2, 3, 4});
    }
}
