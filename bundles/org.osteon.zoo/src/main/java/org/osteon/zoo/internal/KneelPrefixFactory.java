package org.osteon.zoo.internal;

import org.osteon.zoo.HourglassNet.Block;

/**
 * KNEEL's landmark network as deep-pipeline built it before its 2019-07-18 fix ("fixed the bug in the hourglass
 * module", commit fdb71ff), contributed as {@code org.osteon.zoo.kneel-prefix}: the hourglass levels below the
 * outermost got plain {@code HGResidual} blocks ({@code hourglass.lower4.lower1.bottleneck...}) instead of
 * multi-scale ones ({@code ...scale1...}); 6,266,992 parameters. KNEEL's released snapshots (dated
 * 2019-07-14) predate the fix.
 */
public final class KneelPrefixFactory extends KneelFactory {

    public static final String ID = "kneel-prefix";

    public KneelPrefixFactory() {
        super(ID, 16, Block.BOTTLENECK);
    }
}
