package org.osteon.io.internal.dicom;

import java.io.ByteArrayOutputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.osteon.core.InvalidInputException;

/**
 * Parses a DICOM Part 10 file (PS3.10 section 7): the 128-byte preamble and "DICM", the file meta group
 * (always Explicit VR Little Endian), then the data set in its transfer syntax: Implicit VR Little Endian,
 * Explicit VR Little or Big Endian, Deflated Explicit VR Little Endian (raw deflate), and the encapsulated
 * syntaxes (Explicit VR Little Endian with fragmented pixel data, PS3.5 A.4).
 * <p>
 * Sequences of defined or undefined length are skipped, nested content included (items and delimiters are
 * checked on the way); only top-level elements are kept. Parsing stops after the pixel data element
 * (7FE0,0010) or at data set trailing padding (FFFC,FFFC): what follows, e.g. zero padding, is not read.
 * <p>
 * A file without preamble is accepted when it starts directly with a group 0002 or 0008 element (as old
 * ACR-NEMA-like exports do); without a file meta group its encoding is guessed: explicit VR when the bytes
 * after the first tag are a known VR, else implicit, little endian in both cases.
 * <p>
 * Every malformed input (bad VR, a length running past the end, a broken item structure, a corrupt deflate
 * stream) is reported as an {@link InvalidInputException} naming the file and the byte offset.
 */
public final class DicomParser {

    private static final long UNDEFINED = 0xFFFFFFFFL;
    private static final int MAX_DEPTH = 16;
    /** VRs with a 2-byte reserved field and a 4-byte length in explicit VR (PS3.5 7.1.2). */
    private static final Set<String> LONG_VRS = Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN",
            "UR", "UT", "UV");
    private static final Set<String> VRS = Set.of("AE", "AS", "AT", "CS", "DA", "DS", "DT", "FL", "FD", "IS", "LO",
            "LT", "OB", "OD", "OF", "OL", "OV", "OW", "PN", "SH", "SL", "SQ", "SS", "ST", "SV", "TM", "UC", "UI", "UL",
            "UN", "UR", "US", "UT", "UV");
    /** Inflated data sets larger than this are refused (a deflate bomb, or not a real image). */
    private static final long MAX_INFLATED = 1L << 30;

    private final byte[] bytes;
    private final String source;
    private final ByteOrder order;
    private final boolean explicit;
    private final int base;
    private int pos;

    private DicomParser(byte[] bytes, int pos, ByteOrder order, boolean explicit, String source, int base) {
        this.bytes = bytes;
        this.pos = pos;
        this.order = order;
        this.explicit = explicit;
        this.source = source;
        this.base = base;
    }

    /** Whether {@code head} (the first 132 bytes or more of a file) has "DICM" at byte 128. */
    public static boolean hasPreamble(byte[] head) {
        return head.length >= 132 && head[128] == 'D' && head[129] == 'I' && head[130] == 'C' && head[131] == 'M';
    }

    /** Whether the bytes start with a plausible group 0002 or 0008 element (a data set without preamble). */
    public static boolean startsWithDataSet(byte[] head) {
        if (head.length < 8) {
            return false;
        }
        int group = (head[0] & 0xFF) | (head[1] & 0xFF) << 8;
        int element = (head[2] & 0xFF) | (head[3] & 0xFF) << 8;
        if (group != 0x0002 && group != 0x0008 || element > 0x1200) {
            return false;
        }
        if (isVr(head[4], head[5])) {
            return true;
        }
        long length = (head[4] & 0xFFL) | (head[5] & 0xFFL) << 8 | (head[6] & 0xFFL) << 16 | (head[7] & 0xFFL) << 24;
        return length < 1024 && length <= head.length + 1024L;
    }

    /**
     * Parses a whole file.
     *
     * @param source the file name, for messages
     */
    public static DicomDataSet parse(byte[] bytes, String source) {
        int start;
        if (hasPreamble(bytes)) {
            start = 132;
        } else if (startsWithDataSet(bytes)) {
            start = 0;
        } else {
            throw new InvalidInputException(source + " is not a DICOM file: " + (bytes.length < 132
                    ? "it has only " + bytes.length + " bytes and does not start with a DICOM data element"
                    : "there is no 'DICM' at byte 128 and it does not start with a DICOM data element")
                    + "; expected a DICOM Part 10 file");
        }
        Map<Integer, DicomElement> elements = new LinkedHashMap<>();
        DicomParser meta = new DicomParser(bytes, start, ByteOrder.LITTLE_ENDIAN, true, source, 0);
        boolean hasMeta = false;
        while (meta.remaining() >= 8 && meta.u16(meta.pos) == 0x0002) {
            DicomElement e = meta.readElement(0);
            if (e != null) {
                elements.put(e.tag(), e);
            }
            hasMeta = true;
        }
        TransferSyntax ts;
        if (elements.containsKey(DicomTags.TRANSFER_SYNTAX_UID)) {
            DicomElement e = elements.get(DicomTags.TRANSFER_SYNTAX_UID);
            ts = TransferSyntax.of(new String(e.buffer(), e.offset(), e.length(), StandardCharsets.ISO_8859_1));
        } else if (hasMeta && start == 132) {
            throw new InvalidInputException(source + ": the file meta group has no transfer syntax UID (0002,0010);"
                    + " expected one in every DICOM Part 10 file");
        } else {
            boolean guessExplicit = meta.remaining() >= 6 && isVr(bytes[meta.pos + 4], bytes[meta.pos + 5]);
            ts = TransferSyntax.of(guessExplicit ? TransferSyntax.EXPLICIT_LE : TransferSyntax.IMPLICIT_LE);
        }
        DicomParser data = ts.deflated()
                ? new DicomParser(inflate(bytes, meta.pos, source), 0, ByteOrder.LITTLE_ENDIAN, true, source, -1)
                : new DicomParser(bytes, meta.pos, ts.order(), ts.explicitVr(), source, 0);
        Optional<DicomDataSet.PixelData> pixels = data.readDataSet(elements);
        return new DicomDataSet(source, ts, elements, pixels);
    }

    private Optional<DicomDataSet.PixelData> readDataSet(Map<Integer, DicomElement> elements) {
        while (remaining() > 0) {
            if (remaining() < 8) {
                throw truncated("an element header", 8, remaining());
            }
            int tag = tag(pos);
            if (tag == DicomTags.TRAILING_PADDING) {
                break;
            }
            if (tag == DicomTags.PIXEL_DATA) {
                return Optional.of(readPixelData());
            }
            DicomElement e = readElement(0);
            if (e != null && tag >>> 16 != 0x0002) {
                elements.put(tag, e);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads one element at {@code pos} and moves past it; sequences (and undefined-length values) are skipped
     * and give null.
     */
    private DicomElement readElement(int depth) {
        int at = pos;
        int tag = tag(pos);
        String vr;
        long length;
        if (tag >>> 16 == 0xFFFE) {
            throw malformed(at, "unexpected item or delimiter tag " + DicomTags.format(tag) + " outside a sequence");
        }
        if (explicit) {
            if (!isVr(bytes[pos + 4], bytes[pos + 5])) {
                throw malformed(at, "element " + DicomTags.format(tag) + " has VR bytes " + hex(bytes[pos + 4])
                        + " " + hex(bytes[pos + 5]) + "; expected a two-letter value representation such as US or DS");
            }
            vr = new String(bytes, pos + 4, 2, StandardCharsets.ISO_8859_1);
            if (LONG_VRS.contains(vr)) {
                if (remaining() < 12) {
                    throw truncated("the header of element " + DicomTags.format(tag), 12, remaining());
                }
                length = u32(pos + 8);
                pos += 12;
            } else {
                length = u16(pos + 6);
                pos += 8;
            }
        } else {
            length = u32(pos + 4);
            vr = DicomTags.vr(tag);
            pos += 8;
        }
        if (length == UNDEFINED) {
            if (depth >= MAX_DEPTH) {
                throw malformed(at, "sequences are nested more than " + MAX_DEPTH + " deep");
            }
            // an undefined-length UN value is a sequence in Implicit VR Little Endian (PS3.5 6.2.2)
            DicomParser nested = vr.equals("UN") && explicit
                    ? new DicomParser(bytes, pos, ByteOrder.LITTLE_ENDIAN, false, source, base) : this;
            nested.skipSequence(depth + 1);
            pos = nested.pos;
            return null;
        }
        if (length > remaining()) {
            throw truncated("element " + DicomTags.format(tag) + " at byte " + offset(at), length, remaining());
        }
        DicomElement e = new DicomElement(tag, vr, bytes, pos, (int) length, order);
        pos += (int) length;
        return vr.equals("SQ") ? null : e;
    }

    /** Skips the items of an undefined-length sequence up to and including its delimiter. */
    private void skipSequence(int depth) {
        while (true) {
            if (remaining() < 8) {
                throw truncated("a sequence item", 8, remaining());
            }
            int at = pos;
            int tag = tag(pos);
            long length = u32(pos + 4);
            pos += 8;
            if (tag == DicomTags.SEQUENCE_DELIMITATION) {
                return;
            }
            if (tag != DicomTags.ITEM) {
                throw malformed(at, "found " + DicomTags.format(tag) + " inside a sequence; expected an item"
                        + " (FFFE,E000) or the sequence delimiter (FFFE,E0DD)");
            }
            if (length == UNDEFINED) {
                skipItem(depth);
            } else if (length > remaining()) {
                throw truncated("a sequence item at byte " + offset(at), length, remaining());
            } else {
                pos += (int) length;
            }
        }
    }

    /** Skips the elements of an undefined-length item up to and including its delimiter. */
    private void skipItem(int depth) {
        while (true) {
            if (remaining() < 8) {
                throw truncated("an element header in a sequence item", 8, remaining());
            }
            if (tag(pos) == DicomTags.ITEM_DELIMITATION) {
                pos += 8;
                return;
            }
            readElement(depth);
        }
    }

    private DicomDataSet.PixelData readPixelData() {
        int at = pos;
        String vr;
        long length;
        if (explicit) {
            if (remaining() < 12) {
                throw truncated("the pixel data header", 12, remaining());
            }
            vr = new String(bytes, pos + 4, 2, StandardCharsets.ISO_8859_1);
            if (!vr.equals("OB") && !vr.equals("OW") && !vr.equals("UN")) {
                throw malformed(at, "pixel data (7FE0,0010) has VR '" + printable(vr) + "'; expected OB or OW");
            }
            length = u32(pos + 8);
            pos += 12;
        } else {
            vr = "OW";
            length = u32(pos + 4);
            pos += 8;
        }
        if (length != UNDEFINED) {
            if (length > remaining()) {
                throw new InvalidInputException("file " + source + " is truncated: expected " + length
                        + " bytes of pixel data (7FE0,0010), found " + remaining());
            }
            DicomElement value = new DicomElement(DicomTags.PIXEL_DATA, vr, bytes, pos, (int) length, order);
            pos += (int) length;
            return new DicomDataSet.PixelData(vr, false, new long[0], List.of(value), new long[] {0});
        }
        // encapsulated: basic offset table item, fragment items, sequence delimiter (PS3.5 A.4)
        long[] table = null;
        List<DicomElement> fragments = new ArrayList<>();
        List<Long> itemOffsets = new ArrayList<>();
        int firstFragment = -1;
        while (true) {
            if (remaining() < 8) {
                throw new InvalidInputException("file " + source + " is truncated: the encapsulated pixel data"
                        + " ends without its sequence delimiter (FFFE,E0DD)");
            }
            int itemAt = pos;
            int tag = tag(pos);
            long itemLength = u32(pos + 4);
            pos += 8;
            if (tag == DicomTags.SEQUENCE_DELIMITATION) {
                break;
            }
            if (tag != DicomTags.ITEM || itemLength == UNDEFINED) {
                throw malformed(itemAt, "encapsulated pixel data holds " + DicomTags.format(tag)
                        + (itemLength == UNDEFINED ? " of undefined length" : "")
                        + "; expected items (FFFE,E000) of defined length and a sequence delimiter");
            }
            if (itemLength > remaining()) {
                throw new InvalidInputException("file " + source + " is truncated: a pixel data fragment at byte "
                        + offset(itemAt) + " declares " + itemLength + " bytes, found " + remaining());
            }
            if (table == null) {
                if (itemLength % 4 != 0) {
                    throw malformed(itemAt, "the basic offset table has " + itemLength
                            + " bytes; expected a multiple of 4");
                }
                table = new long[(int) (itemLength / 4)];
                for (int i = 0; i < table.length; i++) {
                    table[i] = u32le(pos + 4 * i);
                }
            } else {
                if (firstFragment < 0) {
                    firstFragment = itemAt;
                }
                fragments.add(new DicomElement(DicomTags.ITEM, "OB", bytes, pos, (int) itemLength, order));
                itemOffsets.add((long) (itemAt - firstFragment));
            }
            pos += (int) itemLength;
        }
        if (table == null) {
            throw malformed(at, "the encapsulated pixel data has no basic offset table item; expected one (possibly"
                    + " empty) before the fragments");
        }
        long[] offsets = itemOffsets.stream().mapToLong(Long::longValue).toArray();
        return new DicomDataSet.PixelData("OB", true, table, fragments, offsets);
    }

    private static byte[] inflate(byte[] bytes, int start, String source) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(bytes, start, bytes.length - start);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, 4 * (bytes.length - start)));
            byte[] chunk = new byte[1 << 16];
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new InvalidInputException("file " + source + " is truncated: its deflated data set ends"
                            + " before the end of the deflate stream (" + out.size() + " bytes inflated)");
                }
                out.write(chunk, 0, n);
                if (out.size() > MAX_INFLATED) {
                    throw new InvalidInputException(source + ": the deflated data set inflates to more than "
                            + MAX_INFLATED + " bytes; refused");
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new InvalidInputException(source + ": the deflated data set is corrupt (" + e.getMessage()
                    + "); expected a raw deflate stream after the file meta group (Deflated Explicit VR Little Endian)",
                    e);
        } finally {
            inflater.end();
        }
    }

    private int remaining() {
        return bytes.length - pos;
    }

    private int tag(int at) {
        return u16(at) << 16 | u16(at + 2);
    }

    private int u16(int at) {
        return order == ByteOrder.LITTLE_ENDIAN ? (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8
                : (bytes[at] & 0xFF) << 8 | (bytes[at + 1] & 0xFF);
    }

    private long u32(int at) {
        return order == ByteOrder.LITTLE_ENDIAN ? u32le(at)
                : (bytes[at] & 0xFFL) << 24 | (bytes[at + 1] & 0xFFL) << 16 | (bytes[at + 2] & 0xFFL) << 8
                        | (bytes[at + 3] & 0xFFL);
    }

    private long u32le(int at) {
        return (bytes[at] & 0xFFL) | (bytes[at + 1] & 0xFFL) << 8 | (bytes[at + 2] & 0xFFL) << 16
                | (bytes[at + 3] & 0xFFL) << 24;
    }

    private static boolean isVr(byte a, byte b) {
        return a >= 'A' && a <= 'Z' && b >= 'A' && b <= 'Z'
                && VRS.contains(new String(new byte[] {a, b}, StandardCharsets.ISO_8859_1));
    }

    /** The offset as a reader of the file would count it (inflated data sets count from the inflated start). */
    private String offset(int at) {
        return base < 0 ? at + " of the inflated data set" : String.valueOf(at + base);
    }

    private InvalidInputException truncated(String what, long expected, long found) {
        return new InvalidInputException("file " + source + " is truncated: " + what + " needs " + expected
                + " bytes, found " + found);
    }

    private InvalidInputException malformed(int at, String problem) {
        return new InvalidInputException(source + " is not a valid DICOM file: at byte " + offset(at) + ", " + problem);
    }

    private static String hex(byte b) {
        return String.format("%02X", b & 0xFF);
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= 32 && c < 127 ? c : '?');
        }
        return b.toString();
    }
}
