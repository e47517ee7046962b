package org.osteon.dl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.InvalidInputException;
import org.osteon.testing.dl.TensorScopeExtension;

class SafetensorsTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final TensorScopeExtension scopes = new TensorScopeExtension();

    @Test
    void roundTripKeepsNamesShapesAndBits() throws IOException {
        SplittableRandom r = new SplittableRandom(7);
        float[] a = new float[2 * 3 * 5];
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) r.nextGaussian();
        }
        a[0] = -0.0f;
        a[1] = Float.MIN_VALUE;
        a[2] = Float.NaN;
        a[3] = Float.NEGATIVE_INFINITY;
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        tensors.put("features.conv0.weight", Tensor.fromFloatArray(scopes.scope(), a, 2, 3, 5));
        tensors.put("features.norm0.bias", Tensor.fromFloatArray(scopes.scope(), new float[] {1.5f}, 1));
        tensors.put("features.norm0.num_batches_tracked", Tensor.fromLongArray(scopes.scope(), new long[] {123456789012L}));
        tensors.put("empty", Tensor.fromFloatArray(scopes.scope(), new float[0], 0, 4));
        Path file = dir.resolve("w.safetensors");
        SafetensorsWriter.write(file, tensors, Map.of("format", "pt"));

        byte[] bytes = Files.readAllBytes(file);
        long headerLength = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getLong();
        assertEquals(0, headerLength % 8, "data starts 8-byte aligned");
        assertEquals(8 + headerLength + 4 * 30 + 4 + 8, bytes.length);

        Map<String, Tensor> back = SafetensorsReader.read(scopes.scope(), file);
        assertEquals(List.copyOf(tensors.keySet()), List.copyOf(back.keySet()));
        for (String name : tensors.keySet()) {
            assertArrayEquals(tensors.get(name).shape(), back.get(name).shape(), name);
            assertEquals(tensors.get(name).dataType(), back.get(name).dataType(), name);
        }
        float[] b = back.get("features.conv0.weight").toFloatArray();
        for (int i = 0; i < a.length; i++) {
            assertEquals(Float.floatToRawIntBits(a[i]), Float.floatToRawIntBits(b[i]), "value " + i);
        }
        assertArrayEquals(new long[] {123456789012L}, back.get("features.norm0.num_batches_tracked").toLongArray());
        assertArrayEquals(new long[0], back.get("features.norm0.num_batches_tracked").shape());
    }

    @Test
    void readsEveryDtypeOfTheFormat() throws IOException {
        // values exactly representable in each type
        ByteBuffer f16 = le(4).putShort(Float.floatToFloat16(1.5f)).putShort(Float.floatToFloat16(-2f));
        ByteBuffer bf16 = le(4).putShort((short) (Float.floatToRawIntBits(3.25f) >>> 16)).putShort((short) (Float.floatToRawIntBits(-0.5f) >>> 16));
        ByteBuffer f64 = le(16).putDouble(0.125).putDouble(-7);
        ByteBuffer i64 = le(16).putLong(-5).putLong(1L << 40);
        ByteBuffer i32 = le(8).putInt(-3).putInt(70000);
        ByteBuffer i8 = le(2).put((byte) -128).put((byte) 127);
        ByteBuffer u8 = le(2).put((byte) 0).put((byte) 255);
        Map<String, Object[]> spec = new LinkedHashMap<>();
        spec.put("f16", new Object[] {"F16", f16});
        spec.put("bf16", new Object[] {"BF16", bf16});
        spec.put("f64", new Object[] {"F64", f64});
        spec.put("i64", new Object[] {"I64", i64});
        spec.put("i32", new Object[] {"I32", i32});
        spec.put("i8", new Object[] {"I8", i8});
        spec.put("u8", new Object[] {"U8", u8});
        StringBuilder json = new StringBuilder("{");
        ByteBuffer data = ByteBuffer.allocate(64);
        for (Map.Entry<String, Object[]> e : spec.entrySet()) {
            ByteBuffer b = ((ByteBuffer) e.getValue()[1]).flip();
            int begin = data.position();
            data.put(b);
            json.append(json.length() > 1 ? "," : "").append('"').append(e.getKey()).append("\":{\"dtype\":\"").append(e.getValue()[0])
                    .append("\",\"shape\":[2],\"data_offsets\":[").append(begin).append(',').append(data.position()).append("]}");
        }
        json.append('}');
        Path file = write("types", json.toString(), Arrays.copyOf(data.array(), data.position()));
        Map<String, Tensor> t = SafetensorsReader.read(scopes.scope(), file);
        assertArrayEquals(new float[] {1.5f, -2f}, t.get("f16").toFloatArray());
        assertEquals("float32", t.get("f16").dataType());
        assertArrayEquals(new float[] {3.25f, -0.5f}, t.get("bf16").toFloatArray());
        assertArrayEquals(new float[] {0.125f, -7f}, t.get("f64").toFloatArray());
        assertArrayEquals(new long[] {-5, 1L << 40}, t.get("i64").toLongArray());
        assertEquals("int64", t.get("i64").dataType());
        assertArrayEquals(new long[] {-3, 70000}, t.get("i32").toLongArray());
        assertArrayEquals(new long[] {-128, 127}, t.get("i8").toLongArray());
        assertArrayEquals(new long[] {0, 255}, t.get("u8").toLongArray());
        assertEquals("uint8", t.get("u8").dataType());
    }

    @Test
    void metadataRoundTripsInOrderAndNonStringsAreRefused() throws IOException {
        Path file = dir.resolve("m.safetensors");
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("epoch", "2");
        meta.put("rng.order", "-7046029254386353131");
        meta.put("note", "ü \"quoted\"");
        SafetensorsWriter.write(file, Map.of("w", Tensor.ones(scopes.scope(), 2)), meta);
        assertEquals(List.copyOf(meta.entrySet()), List.copyOf(SafetensorsReader.metadata(file).entrySet()));
        assertEquals(Map.of(), SafetensorsReader.metadata(write("none", "{}", new byte[0])));
        Path bad = write("nonstring", "{\"__metadata__\":{\"epoch\":2}}", new byte[0]);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SafetensorsReader.metadata(bad));
        assertTrue(e.getMessage().contains("__metadata__ entry epoch"), e.getMessage());
    }

    @Test
    void truncatedFileNamesTheTensorWhoseDataIsMissing() throws IOException {
        Path file = dir.resolve("full.safetensors");
        SafetensorsWriter.write(file, Map.of("w", Tensor.ones(scopes.scope(), 10, 10)));
        byte[] bytes = Files.readAllBytes(file);
        Path cut = dir.resolve("cut.safetensors");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 7));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SafetensorsReader.read(scopes.scope(), cut));
        assertTrue(e.getMessage().contains(cut.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("tensor w") && e.getMessage().contains("[0, 400)") && e.getMessage().contains("393 bytes"),
                e.getMessage());
    }

    @Test
    void defectsAreNamed() throws IOException {
        assertProblem(write("short", new byte[] {1, 2, 3}), "too short");
        ByteBuffer huge = le(16).putLong(1000).putLong(0);
        assertProblem(write("huge", huge.array()), "declares a header of 1000 bytes but only 8 bytes follow");
        assertProblem(write("json", "{\"w\": {\"dtype\": \"F32\", ", new byte[0]), "not valid JSON");
        assertProblem(write("array", "[1, 2]", new byte[0]), "not a JSON object");
        assertProblem(write("dtype", "{\"w\":{\"dtype\":\"F8_E4M3\",\"shape\":[1],\"data_offsets\":[0,1]}}", new byte[1]),
                "tensor w the unknown dtype F8_E4M3");
        assertProblem(write("size", "{\"w\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]}}", new byte[8]),
                "gives tensor w 8 bytes of data, but shape [3] of F32 needs 12");
        assertProblem(write("outside", "{\"w\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}}", new byte[8]),
                "data section holds only 8 bytes");
        assertProblem(write("shape", "{\"w\":{\"dtype\":\"F32\",\"shape\":[-4],\"data_offsets\":[0,16]}}", new byte[16]),
                "negative shape value");
        assertProblem(dir.resolve("absent.safetensors"), "does not exist");
    }

    private void assertProblem(Path file, String expected) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SafetensorsReader.read(scopes.scope(), file));
        assertTrue(e.getMessage().startsWith("safetensors file " + file), e.getMessage());
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }

    private Path write(String name, String header, byte[] data) throws IOException {
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = le(8 + h.length + data.length).putLong(h.length).put(h).put(data);
        return write(name, b.array());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name + ".safetensors");
        Files.write(p, bytes);
        return p;
    }

    private static ByteBuffer le(int n) {
        return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    }
}
