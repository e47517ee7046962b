package org.osteon.io.internal.nrrd;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osteon.core.InvalidInputException;
import org.osteon.io.internal.HeaderLines;

/**
 * The text header of a NRRD file (teem.sourceforge.net/nrrd/format.html), as read: the magic's version, the
 * fields ({@code name: value}, names lower-cased, with the line each came from), the key/value pairs
 * ({@code key:=value}), the lines after a {@code data file: LIST} field, and the byte offset at which the data
 * of an attached file starts (just after the blank line that ends the header). Lines may end in LF or CRLF;
 * {@code #} lines are comments.
 *
 * @param version   the NNNN of "NRRD000N" (1 to 5)
 * @param fields    field name (lower case, single spaces) to value, in file order
 * @param lines     field name to its 1-based line number, for messages
 * @param keyValues key/value pairs, in file order
 * @param dataList  the file names listed after {@code data file: LIST} (empty otherwise)
 * @param dataStart byte offset of attached data (or of the end of the header for a detached header)
 */
public record NrrdHeader(int version, Map<String, String> fields, Map<String, Integer> lines,
        Map<String, String> keyValues, List<String> dataList, long dataStart) {

    /** Headers longer than this are not NRRD headers (a binary file whose first line looked like one). */
    public static final int MAX_HEADER_BYTES = 1 << 20;

    public NrrdHeader {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        lines = Collections.unmodifiableMap(new LinkedHashMap<>(lines));
        keyValues = Collections.unmodifiableMap(new LinkedHashMap<>(keyValues));
        dataList = List.copyOf(dataList);
    }

    /** True when {@code first} (at least 8 bytes) starts with a NRRD magic line "NRRD000N". */
    public static boolean hasMagic(byte[] first, int length) {
        if (length < 8) {
            return false;
        }
        String s = new String(first, 0, 8, StandardCharsets.ISO_8859_1);
        return s.startsWith("NRRD000") && s.charAt(7) >= '1' && s.charAt(7) <= '9';
    }

    /**
     * Reads the header from the start of {@code in}, leaving the stream just after the blank line that ends it
     * (or at its end). {@code file} names the file in messages.
     */
    public static NrrdHeader read(InputStream in, String file) throws IOException {
        long[] position = {0};
        String magic = line(in, position, file);
        if (magic == null || !magic.startsWith("NRRD000") || magic.length() != 8 || magic.charAt(7) < '1'
                || magic.charAt(7) > '5') {
            throw new InvalidInputException(file + " is not a NRRD file: its first line is '" + printable(magic)
                    + "'; expected the magic NRRD0001 to NRRD0005");
        }
        int version = magic.charAt(7) - '0';
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        Map<String, String> keyValues = new LinkedHashMap<>();
        List<String> dataList = new ArrayList<>();
        boolean inList = false;
        int number = 1;
        while (true) {
            String line = line(in, position, file);
            number++;
            if (line == null || line.isEmpty() && !inList) {
                break;
            }
            if (inList) {
                if (line.isEmpty()) {
                    break;
                }
                if (!line.startsWith("#")) {
                    dataList.add(line.strip());
                }
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0 && colon + 1 < line.length() && line.charAt(colon + 1) == '=') {
                keyValues.put(unescape(line.substring(0, colon)), unescape(line.substring(colon + 2)));
                continue;
            }
            if (colon <= 0) {
                throw new InvalidInputException(file + " has a bad NRRD header line " + number + " '" + printable(line)
                        + "'; expected 'field: value', 'key:=value' or a '#' comment");
            }
            String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            String value = line.substring(colon + 1).strip();
            if (name.equals("datafile")) {
                name = "data file";
            }
            if (fields.containsKey(name)) {
                throw new InvalidInputException(file + " gives the NRRD field '" + name + "' twice (lines "
                        + lines.get(name) + " and " + number + "); expected each field once");
            }
            fields.put(name, value);
            lines.put(name, number);
            if (name.equals("data file") && value.toUpperCase(Locale.ROOT).startsWith("LIST")) {
                inList = true;
            }
        }
        return new NrrdHeader(version, fields, lines, keyValues, dataList, position[0]);
    }

    /** One header line without its LF or CRLF, or null at the end of the stream. */
    private static String line(InputStream in, long[] position, String file) throws IOException {
        return HeaderLines.next(in, position, MAX_HEADER_BYTES, () -> file + " has a NRRD header longer than "
                + MAX_HEADER_BYTES + " bytes without the blank line that ends it; expected a text header followed by"
                + " an empty line");
    }

    /** A field's value, if given. */
    public java.util.Optional<String> field(String name) {
        return java.util.Optional.ofNullable(fields.get(name));
    }

    /** "field 'name' (line N)", for messages. */
    public String where(String name) {
        Integer line = lines.get(name);
        return "field '" + name + "'" + (line == null ? "" : " (line " + line + ")");
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\\\", "\\");
    }

    static String printable(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (b.length() >= 60) {
                b.append("...");
                break;
            }
            b.append(c >= 32 && c < 127 ? c : '?');
        }
        return b.toString();
    }
}
