package org.osteon.dl;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import ai.djl.ndarray.NDArray;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Writes safetensors files (see {@link SafetensorsReader}): float32 tensors as F32, integer tensors as I64,
 * I32, I8 or U8, in the map's order. The file is written beside the target and moved into place, so a
 * failed write never leaves a file that looks complete.
 */
public final class SafetensorsWriter {

    private SafetensorsWriter() {
    }

    public static void write(Path file, Map<String, Tensor> tensors) throws IOException {
        write(file, tensors, Map.of());
    }

    /** As {@link #write(Path, Map)}, with string metadata in the header's {@code __metadata__}. */
    public static void write(Path file, Map<String, Tensor> tensors, Map<String, String> metadata) throws IOException {
        JsonObject header = new JsonObject();
        if (!metadata.isEmpty()) {
            JsonObject m = new JsonObject();
            metadata.forEach(m::addProperty);
            header.add("__metadata__", m);
        }
        long offset = 0;
        for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
            if (e.getKey().equals("__metadata__")) {
                throw new IllegalArgumentException("__metadata__ is reserved and cannot name a tensor");
            }
            Tensor t = e.getValue();
            String dtype = dtype(t);
            long bytes = t.size() * SafetensorsReader.itemSize(dtype);
            JsonObject o = new JsonObject();
            o.addProperty("dtype", dtype);
            JsonArray shape = new JsonArray();
            for (long s : t.shape()) {
                shape.add(s);
            }
            o.add("shape", shape);
            JsonArray offsets = new JsonArray();
            offsets.add(offset);
            offsets.add(offset + bytes);
            o.add("data_offsets", offsets);
            header.add(e.getKey(), o);
            offset += bytes;
        }
        byte[] json = new GsonBuilder().disableHtmlEscaping().create().toJson(header).getBytes(StandardCharsets.UTF_8);
        // the reference implementation pads the header with spaces so that the data starts 8-byte aligned
        int padded = (json.length + 7) / 8 * 8;
        ByteBuffer head = ByteBuffer.allocate(8 + padded).order(ByteOrder.LITTLE_ENDIAN);
        head.putLong(padded).put(json);
        while (head.hasRemaining()) {
            head.put((byte) ' ');
        }
        head.flip();

        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".part");
        try {
            try (OutputStream os = Files.newOutputStream(tmp); WritableByteChannel ch = Channels.newChannel(os)) {
                writeAll(ch, head);
                for (Tensor t : tensors.values()) {
                    NDArray a = t.array();
                    ByteBuffer data = a.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
                    writeAll(ch, data);
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void writeAll(WritableByteChannel ch, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }

    private static String dtype(Tensor t) {
        return switch (t.dataType()) {
            case "float32" -> "F32";
            case "int64" -> "I64";
            case "int32" -> "I32";
            case "int8" -> "I8";
            case "uint8" -> "U8";
            default -> throw new IllegalArgumentException("cannot write a " + t.dataType() + " tensor; convert it to float32");
        };
    }
}
