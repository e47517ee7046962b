package org.osteon.io.internal.nrrd;

import java.io.IOException;
import java.io.InputStream;

import org.osteon.core.InvalidInputException;

/**
 * bzip2 decompression through Apache Commons Compress, an optional import: without that bundle installed a
 * bzip2-encoded file is refused with a message that says so, and everything else still works.
 */
final class Bzip2 {

    private Bzip2() {
    }

    static InputStream open(InputStream in, String file) throws IOException {
        try {
            return Decoder.open(in);
        } catch (NoClassDefFoundError e) {
            throw new InvalidInputException(file + " holds bzip2-encoded data, which needs the Apache Commons Compress"
                    + " bundle; it is not installed, so expected raw, gzip, text or hex encoding", e);
        } catch (IOException e) {
            throw new InvalidInputException(file + " is not a valid bzip2 stream (" + e.getMessage()
                    + "); expected bzip2-compressed voxel data", e);
        }
    }

    /** Loaded only when bzip2 data is met, so that the optional import is touched only then. */
    private static final class Decoder {
        static InputStream open(InputStream in) throws IOException {
            return new org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream(in, true);
        }
    }
}
