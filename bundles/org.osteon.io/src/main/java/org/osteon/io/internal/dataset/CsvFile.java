package org.osteon.io.internal.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osteon.core.InvalidInputException;

/**
 * Reads the small CSV index files of published data sets: comma-separated fields, optionally in double
 * quotes (a quoted field may hold commas; {@code ""} inside quotes is one quote), one record per line, blank
 * lines skipped, a UTF-8 byte-order mark and CR line ends tolerated. Bytes that are not UTF-8 become U+FFFD,
 * so a corrupt file fails on its content with a line number, never with a decoding exception.
 */
public final class CsvFile {

    private CsvFile() {
    }

    /**
     * The non-blank lines of {@code file}; {@code what} describes the file for the message when it is missing,
     * e.g. "the MURA image list (expected MURA-v1.1/train_image_paths.csv)".
     */
    public static List<CsvLine> read(Path file, String what) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("file " + file + (Files.isDirectory(file) ? " is a folder" : " does not exist")
                    + "; expected " + what);
        }
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CsvLine> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank()) {
                continue;
            }
            out.add(new CsvLine(file, i + 1, split(line, file, i + 1)));
        }
        return out;
    }

    static List<String> split(String line, Path file, int number) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
            } else if (c == ',') {
                fields.add(wasQuoted ? field.toString() : field.toString().strip());
                field.setLength(0);
                wasQuoted = false;
            } else if (wasQuoted && !Character.isWhitespace(c)) {
                throw new InvalidInputException(file + ", line " + number + ": text after a closing quote in field "
                        + (fields.size() + 1) + "; expected a comma");
            } else if (!wasQuoted) {
                field.append(c);
            }
        }
        if (quoted) {
            throw new InvalidInputException(file + ", line " + number + ": a quote in field " + (fields.size() + 1)
                    + " is not closed; expected \"...\" on one line");
        }
        fields.add(wasQuoted ? field.toString() : field.toString().strip());
        return fields;
    }
}
