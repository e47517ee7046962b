package org.osteon.io.nifti;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Hand-built NIfTI-1 files for datatype, byte-order and scaling cases no real file covers. */
final class NiftiTestHeaders {

    private NiftiTestHeaders() {
    }

    /** A single-file NIfTI-1 with the given header fields and raw voxel bytes appended (already in order). */
    static byte[] nifti1(ByteOrder order, int nx, int ny, int nz, int datatype, int bitpix, float slope, float inter,
            byte[] voxels) {
        ByteBuffer b = ByteBuffer.allocate(352 + voxels.length).order(order);
        b.putInt(0, 348);
        short[] dim = {3, (short) nx, (short) ny, (short) nz, 1, 1, 1, 1};
        for (int i = 0; i < 8; i++) {
            b.putShort(40 + 2 * i, dim[i]);
        }
        b.putShort(70, (short) datatype);
        b.putShort(72, (short) bitpix);
        float[] pixdim = {1, 0.5f, 0.75f, 2.5f, 1, 1, 1, 1};
        for (int i = 0; i < 8; i++) {
            b.putFloat(76 + 4 * i, pixdim[i]);
        }
        b.putFloat(108, 352);
        b.putFloat(112, slope);
        b.putFloat(116, inter);
        b.put(344, (byte) 'n');
        b.put(345, (byte) '+');
        b.put(346, (byte) '1');
        b.position(352);
        b.put(voxels);
        return b.array();
    }
}
