package org.osteon.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

import org.osteon.core.InvalidInputException;

/** Reads the text header lines of NRRD and MetaImage files byte by byte, so the data that follows stays unread. */
public final class HeaderLines {

    private HeaderLines() {
    }

    /**
     * One header line without its LF or CRLF, or null at the end of the stream. {@code position[0]} counts the
     * bytes read so far; past {@code maxBytes} the header is refused with the message {@code tooLong} gives.
     */
    public static String next(InputStream in, long[] position, long maxBytes, Supplier<String> tooLong)
            throws IOException {
        StringBuilder b = new StringBuilder();
        while (true) {
            int c = in.read();
            if (c < 0) {
                return b.isEmpty() ? null : b.toString();
            }
            position[0]++;
            if (position[0] > maxBytes) {
                throw new InvalidInputException(tooLong.get());
            }
            if (c == '\n') {
                int n = b.length();
                if (n > 0 && b.charAt(n - 1) == '\r') {
                    b.setLength(n - 1);
                }
                return b.toString();
            }
            b.append((char) c);
        }
    }
}
