package org.osteon.io.internal.dicom.codec;

/** Marker scanning shared by the JPEG (ITU-T T.81) and JPEG-LS (T.87) decoders. */
final class JpegMarkers {

    private JpegMarkers() {
    }

    /**
     * The offset of the next marker's code byte at or after {@code from}: skips stray data between segments (libjpeg
     * skips it too), fill bytes 0xFF and stuffed 0xFF 0x00 pairs; -1 when the data ends first.
     */
    static int nextMarkerCode(byte[] data, int from) {
        int pos = from;
        while (pos < data.length) {
            if ((data[pos] & 0xFF) != 0xFF) {
                pos++;
                continue;
            }
            while (pos < data.length && (data[pos] & 0xFF) == 0xFF) {
                pos++;
            }
            if (pos >= data.length) {
                return -1;
            }
            if ((data[pos] & 0xFF) != 0) {
                return pos;
            }
            pos++;
        }
        return -1;
    }
}
