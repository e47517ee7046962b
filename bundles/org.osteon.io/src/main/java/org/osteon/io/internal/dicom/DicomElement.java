package org.osteon.io.internal.dicom;

import java.nio.ByteOrder;

/**
 * One data element of a parsed data set: its value is {@code length} bytes of {@code buffer} from
 * {@code offset}, in {@code order}. The buffer is shared with the data set and must not be modified.
 */
public record DicomElement(int tag, String vr, byte[] buffer, int offset, int length, ByteOrder order) {
}
