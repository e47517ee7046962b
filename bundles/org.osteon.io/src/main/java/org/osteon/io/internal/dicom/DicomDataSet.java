package org.osteon.io.internal.dicom;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osteon.core.InvalidInputException;

/**
 * The top-level elements of a DICOM file (file meta group and data set; nested sequence content is skipped)
 * and where its pixel data lies.
 *
 * @param source         the file, for messages
 * @param transferSyntax the transfer syntax of the data set
 * @param elements       top-level elements by tag, pixel data excluded
 * @param pixelData      the pixel data, absent when the file has none
 */
public record DicomDataSet(String source, TransferSyntax transferSyntax, Map<Integer, DicomElement> elements,
        Optional<PixelData> pixelData) {

    public DicomDataSet {
        elements = Collections.unmodifiableMap(elements);
    }

    /**
     * Where the pixel data (7FE0,0010) lies: native pixel data is one value ({@code fragments} holds it alone,
     * {@code encapsulated} false); encapsulated pixel data is the fragments after the basic offset table
     * (PS3.5 A.4).
     *
     * @param vr           OB or OW (native), OB (encapsulated)
     * @param offsetTable  the basic offset table (empty when the first item is empty)
     * @param fragments    the value, or the fragments in order
     * @param fragmentItemOffsets for each fragment, the offset of its item tag relative to the first
     *                     fragment's item tag (what the basic offset table counts)
     */
    public record PixelData(String vr, boolean encapsulated, long[] offsetTable, List<DicomElement> fragments,
            long[] fragmentItemOffsets) {

        public PixelData {
            fragments = List.copyOf(fragments);
        }

        /** Total bytes of value or fragments. */
        public long length() {
            long n = 0;
            for (DicomElement f : fragments) {
                n += f.length();
            }
            return n;
        }
    }

    public boolean contains(int tag) {
        return elements.containsKey(tag);
    }

    /** The value as text (ISO 8859-1), with padding spaces and NULs removed; absent when the tag is missing. */
    public Optional<String> string(int tag) {
        DicomElement e = elements.get(tag);
        if (e == null) {
            return Optional.empty();
        }
        String s = new String(e.buffer(), e.offset(), e.length(), StandardCharsets.ISO_8859_1);
        return Optional.of(trim(s));
    }

    /** A non-empty text value, or {@code fallback}. */
    public String string(int tag, String fallback) {
        return string(tag).filter(s -> !s.isEmpty()).orElse(fallback);
    }

    /**
     * The first value of an integer element (US, SS, UL, SL binary, or IS text); absent when the tag is missing
     * or empty.
     */
    public Optional<Long> integer(int tag) {
        DicomElement e = elements.get(tag);
        if (e == null || e.length() == 0) {
            return Optional.empty();
        }
        String vr = binaryVr(e);
        ByteBuffer b = ByteBuffer.wrap(e.buffer(), e.offset(), e.length()).order(e.order());
        switch (vr) {
            case "US":
                return e.length() >= 2 ? Optional.of((long) (b.getShort(e.offset()) & 0xFFFF)) : bad(e, "2 bytes");
            case "SS":
                return e.length() >= 2 ? Optional.of((long) b.getShort(e.offset())) : bad(e, "2 bytes");
            case "UL":
                return e.length() >= 4 ? Optional.of(b.getInt(e.offset()) & 0xFFFFFFFFL) : bad(e, "4 bytes");
            case "SL":
                return e.length() >= 4 ? Optional.of((long) b.getInt(e.offset())) : bad(e, "4 bytes");
            default:
                double[] d = numbers(tag);
                if (d.length == 0) {
                    return Optional.empty();
                }
                if (d[0] != Math.rint(d[0]) || Math.abs(d[0]) > 1e15) {
                    throw new InvalidInputException(source + ": element " + DicomTags.format(tag) + " holds '"
                            + string(tag).orElse("") + "'; expected an integer");
                }
                return Optional.of((long) d[0]);
        }
    }

    /** All values of a decimal or float element (DS or IS text, FL or FD binary); empty when missing. */
    public double[] numbers(int tag) {
        DicomElement e = elements.get(tag);
        if (e == null || e.length() == 0) {
            return new double[0];
        }
        String vr = binaryVr(e);
        if (vr.equals("FD") || vr.equals("FL")) {
            int size = vr.equals("FD") ? 8 : 4;
            ByteBuffer b = ByteBuffer.wrap(e.buffer()).order(e.order());
            double[] d = new double[e.length() / size];
            for (int i = 0; i < d.length; i++) {
                d[i] = size == 8 ? b.getDouble(e.offset() + 8 * i) : b.getFloat(e.offset() + 4 * i);
            }
            return d;
        }
        String text = string(tag).orElse("");
        if (text.isEmpty()) {
            return new double[0];
        }
        String[] parts = text.split("\\\\", -1);
        double[] d = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                d[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException ex) {
                throw new InvalidInputException(source + ": element " + DicomTags.format(tag) + " holds '"
                        + clip(text) + "'; expected decimal numbers separated by '\\'");
            }
            if (!Double.isFinite(d[i])) {
                throw new InvalidInputException(source + ": element " + DicomTags.format(tag) + " holds '"
                        + clip(text) + "'; expected finite numbers");
            }
        }
        return d;
    }

    /** Exactly {@code count} numbers, or absent (missing or empty); another count is an error. */
    public Optional<double[]> numbers(int tag, int count) {
        double[] d = numbers(tag);
        if (d.length == 0) {
            return Optional.empty();
        }
        if (d.length != count) {
            throw new InvalidInputException(source + ": element " + DicomTags.format(tag) + " holds " + d.length
                    + " values; expected " + count);
        }
        return Optional.of(d);
    }

    /** The strings of a multi-valued text element. */
    public List<String> strings(int tag) {
        List<String> list = new ArrayList<>();
        string(tag).ifPresent(s -> {
            for (String p : s.split("\\\\", -1)) {
                list.add(p.strip());
            }
        });
        return list;
    }

    /** The VR used to decode a value: the element's own, or the dictionary's for implicit or UN elements. */
    private static String binaryVr(DicomElement e) {
        String vr = e.vr();
        return vr == null || vr.equals("UN") ? DicomTags.vr(e.tag()) : vr;
    }

    private <T> Optional<T> bad(DicomElement e, String expected) {
        throw new InvalidInputException(source + ": element " + DicomTags.format(e.tag()) + " (" + e.vr() + ") has "
                + e.length() + " bytes; expected at least " + expected);
    }

    private static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == ' ' || s.charAt(start) == 0)) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == 0)) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String clip(String s) {
        return s.length() > 64 ? s.substring(0, 64) + "..." : s;
    }
}
