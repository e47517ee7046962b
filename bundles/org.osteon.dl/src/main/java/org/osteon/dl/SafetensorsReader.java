package org.osteon.dl;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import org.osteon.core.InvalidInputException;

/**
 * Reads safetensors files (https://github.com/huggingface/safetensors): an 8-byte little-endian header
 * length, a JSON header {@code {name: {dtype, shape, data_offsets: [begin, end]}, "__metadata__": {...}}}
 * and the raw little-endian data, offsets relative to the end of the header. Nothing is ever unpickled.
 * <p>
 * Floating-point tensors (F32, F16, BF16, F64) become float32 tensors, the networks' type; integer tensors
 * (I64, I32, I8, U8) keep their type. Every defect (truncation, a header that is not JSON, data outside the
 * file, an unknown dtype, a shape that does not match its data) gives an {@link InvalidInputException}
 * naming the file and the problem; nothing is read from a file that has one.
 */
public final class SafetensorsReader {

    /** The reference implementation's limit; a larger header is a corrupt length field. */
    static final long MAX_HEADER_BYTES = 100L * 1024 * 1024;

    private SafetensorsReader() {
    }

    /** One tensor as the header describes it. */
    public record Entry(String name, String dtype, long[] shape, long begin, long end) {

        public Entry {
            shape = shape.clone();
        }

        @Override
        public long[] shape() {
            return shape.clone();
        }
    }

    /** All tensors of {@code file}, by name in file order, created in {@code scope}. */
    public static Map<String, Tensor> read(TensorScope scope, Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            Header header = readHeader(ch, file);
            Map<String, Tensor> out = new LinkedHashMap<>();
            try {
                for (Entry e : header.entries) {
                    out.put(e.name(), new Tensor(load(ch, header.dataStart, e, scope)));
                }
            } catch (IOException | RuntimeException ex) {
                out.values().forEach(Tensor::close);
                throw ex;
            }
            return out;
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("safetensors file " + file + " does not exist");
        } catch (EOFException e) {
            throw new InvalidInputException("safetensors file " + file + " ends early (truncated): " + e.getMessage());
        } catch (IOException e) {
            throw new InvalidInputException("safetensors file " + file + " could not be read: " + e.getMessage(), e);
        }
    }

    /** The tensors {@code file} declares, in file order, checked as {@link #read} checks them; no data is read. */
    public static List<Entry> entries(Path file) {
        return header(file).entries;
    }

    /**
     * The header's {@code __metadata__} string map, in file order (empty when the file has none); no data is
     * read. A {@code __metadata__} that is not an object of strings is a defect of the file.
     */
    public static Map<String, String> metadata(Path file) {
        return header(file).metadata;
    }

    private static Header header(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return readHeader(ch, file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("safetensors file " + file + " does not exist");
        } catch (IOException e) {
            throw new InvalidInputException("safetensors file " + file + " could not be read: " + e.getMessage(), e);
        }
    }

    private record Header(List<Entry> entries, long dataStart, Map<String, String> metadata) {
    }

    private static Header readHeader(FileChannel ch, Path file) throws IOException {
        long size = ch.size();
        if (size < 8) {
            throw invalid(file, "is " + size + " bytes long: too short for the 8-byte header length");
        }
        ByteBuffer len = readFully(ch, 0, 8).order(ByteOrder.LITTLE_ENDIAN);
        long n = len.getLong(0);
        if (n < 0 || n > size - 8) {
            throw invalid(file, "declares a header of " + Long.toUnsignedString(n) + " bytes but only " + (size - 8)
                    + " bytes follow (truncated, or not a safetensors file)");
        }
        if (n > MAX_HEADER_BYTES) {
            throw invalid(file, "declares a header of " + n + " bytes, more than the format's limit of " + MAX_HEADER_BYTES);
        }
        String json;
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(readFully(ch, 8, (int) n));
            json = chars.toString();
        } catch (CharacterCodingException e) {
            throw invalid(file, "has a header that is not UTF-8 text");
        }
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            throw invalid(file, "has a header that is not valid JSON (" + rootMessage(e) + ")");
        }
        if (!root.isJsonObject()) {
            throw invalid(file, "has a header that is not a JSON object");
        }
        long dataStart = 8 + n;
        long dataBytes = size - dataStart;
        List<Entry> entries = new ArrayList<>();
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : root.getAsJsonObject().entrySet()) {
            if (e.getKey().equals("__metadata__")) {
                metadata = metadata(file, e.getValue());
                continue;
            }
            entries.add(entry(file, e.getKey(), e.getValue(), dataBytes));
        }
        entries.sort(Comparator.comparingLong(Entry::begin));
        return new Header(Collections.unmodifiableList(entries), dataStart, Collections.unmodifiableMap(metadata));
    }

    private static Map<String, String> metadata(Path file, JsonElement value) {
        if (!value.isJsonObject()) {
            throw invalid(file, "has a __metadata__ that is not a JSON object");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> m : value.getAsJsonObject().entrySet()) {
            JsonElement v = m.getValue();
            if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) {
                throw invalid(file, "has the __metadata__ entry " + m.getKey() + " that is not a string (the format allows strings only)");
            }
            out.put(m.getKey(), v.getAsString());
        }
        return out;
    }

    private static Entry entry(Path file, String name, JsonElement value, long dataBytes) {
        String where = "tensor " + name;
        if (!value.isJsonObject()) {
            throw invalid(file, "describes " + where + " with something that is not a JSON object");
        }
        JsonObject o = value.getAsJsonObject();
        JsonElement dt = o.get("dtype");
        if (dt == null || !dt.isJsonPrimitive()) {
            throw invalid(file, "gives no dtype for " + where);
        }
        String dtype = dt.getAsString();
        int itemSize = itemSize(dtype);
        if (itemSize < 0) {
            throw invalid(file, "gives " + where + " the unknown dtype " + dtype + " (expected one of F32, F16, BF16, F64, I64, I32, I8, U8)");
        }
        long[] shape = longs(file, o.get("shape"), where, "shape", -1);
        long[] offsets = longs(file, o.get("data_offsets"), where, "data_offsets", 2);
        long numel;
        try {
            numel = Tensor.numel(shape);
        } catch (IllegalArgumentException | ArithmeticException ex) {
            throw invalid(file, "gives " + where + " the impossible shape " + Arrays.toString(shape));
        }
        long begin = offsets[0];
        long end = offsets[1];
        if (begin > end) {
            throw invalid(file, "gives " + where + " data_offsets [" + begin + ", " + end + "] that end before they begin");
        }
        if (end > dataBytes) {
            throw invalid(file, "places the data of " + where + " at bytes [" + begin + ", " + end + ") but the data section holds only "
                    + dataBytes + " bytes (truncated?)");
        }
        if (end - begin != numel * itemSize) {
            throw invalid(file, "gives " + where + " " + (end - begin) + " bytes of data, but shape " + Arrays.toString(shape) + " of "
                    + dtype + " needs " + numel * itemSize);
        }
        if (numel > Integer.MAX_VALUE - 8) {
            throw invalid(file, "holds " + where + " with " + numel + " elements, more than one tensor can hold here");
        }
        return new Entry(name, dtype, shape, begin, end);
    }

    private static long[] longs(Path file, JsonElement e, String where, String what, int length) {
        if (e == null || !e.isJsonArray()) {
            throw invalid(file, "gives no " + what + " list for " + where);
        }
        JsonArray a = e.getAsJsonArray();
        if (length >= 0 && a.size() != length) {
            throw invalid(file, "gives " + where + " a " + what + " of " + a.size() + " values, expected " + length);
        }
        long[] v = new long[a.size()];
        for (int i = 0; i < v.length; i++) {
            JsonElement x = a.get(i);
            try {
                if (!x.isJsonPrimitive() || !x.getAsJsonPrimitive().isNumber()) {
                    throw new NumberFormatException();
                }
                v[i] = x.getAsBigDecimal().longValueExact();
            } catch (NumberFormatException | ArithmeticException ex) {
                throw invalid(file, "gives " + where + " a " + what + " value that is not an integer: " + x);
            }
            if (v[i] < 0) {
                throw invalid(file, "gives " + where + " a negative " + what + " value " + v[i]);
            }
        }
        return v;
    }

    static int itemSize(String dtype) {
        return switch (dtype) {
            case "F64", "I64" -> 8;
            case "F32", "I32" -> 4;
            case "F16", "BF16" -> 2;
            case "I8", "U8" -> 1;
            default -> -1;
        };
    }

    private static NDArray load(FileChannel ch, long dataStart, Entry e, TensorScope scope) throws IOException {
        int bytes = (int) (e.end() - e.begin());
        ByteBuffer raw = readFully(ch, dataStart + e.begin(), bytes).order(ByteOrder.LITTLE_ENDIAN);
        Shape shape = new Shape(e.shape());
        int n = bytes / itemSize(e.dtype());
        var manager = scope.manager();
        switch (e.dtype()) {
            case "F32":
                return Tensor.owned(manager.create(raw, shape, DataType.FLOAT32));
            case "I64":
                return Tensor.owned(manager.create(raw, shape, DataType.INT64));
            case "I32":
                return Tensor.owned(manager.create(raw, shape, DataType.INT32));
            case "I8":
                return Tensor.owned(manager.create(raw, shape, DataType.INT8));
            case "U8":
                return Tensor.owned(manager.create(raw, shape, DataType.UINT8));
            default:
                break;
        }
        float[] f = new float[n];
        switch (e.dtype()) {
            case "F16" -> {
                for (int i = 0; i < n; i++) {
                    f[i] = Float.float16ToFloat(raw.getShort(2 * i));
                }
            }
            case "BF16" -> {
                for (int i = 0; i < n; i++) {
                    f[i] = Float.intBitsToFloat((raw.getShort(2 * i) & 0xffff) << 16);
                }
            }
            case "F64" -> {
                for (int i = 0; i < n; i++) {
                    f[i] = (float) raw.getDouble(8 * i);
                }
            }
            default -> throw new IllegalStateException(e.dtype());
        }
        return Tensor.owned(manager.create(f, shape));
    }

    /** {@code length} bytes at {@code position}, in a direct buffer positioned at 0. */
    private static ByteBuffer readFully(FileChannel ch, long position, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocateDirect(length).order(ByteOrder.LITTLE_ENDIAN);
        long p = position;
        while (b.hasRemaining()) {
            int r = ch.read(b, p);
            if (r < 0) {
                throw new EOFException("expected " + length + " bytes at offset " + position + ", the file has " + ch.size());
            }
            p += r;
        }
        b.flip();
        return b;
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getMessage();
    }

    private static InvalidInputException invalid(Path file, String problem) {
        return new InvalidInputException("safetensors file " + file + " " + problem);
    }
}
