import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

import org.osteon.preprocess.Clahe;

/**
 * CLAHE time of Osteon on a 16-bit image (a benchmark, not a test; run by clahe-bench.sh next to OpenCV).
 * The image is the synthetic one of releng/parity/clahe_reference.py (a smooth ramp plus pseudo-random noise
 * over the full 16-bit range). Prints the median and best of REPEATS timed runs after WARMUP runs, and the
 * sha256 of the output so that the script can check it equals OpenCV's.
 * <pre>java -cp CLASSES ClaheBench.java SIZE THREADS REPEATS CLIP TILES</pre>
 */
public class ClaheBench {

    public static void main(String[] args) throws Exception {
        int size = Integer.parseInt(args[0]);
        int threads = Integer.parseInt(args[1]);
        int repeats = Integer.parseInt(args[2]);
        double clip = Double.parseDouble(args[3]);
        int tiles = Integer.parseInt(args[4]);
        int[] px = new int[size * size];
        for (long y = 0; y < size; y++) {
            for (long x = 0; x < size; x++) {
                long smooth = (x * 40503 + y * 7919 + (x * y) * 13) % 65536;
                long noise = ((x * 2654435761L + y * 40503 * 97) >> 7) % 4096;
                px[(int) (y * size + x)] = (int) ((smooth + noise) % 65536);
            }
        }
        Clahe clahe = new Clahe(clip, tiles, tiles, threads);
        int[] out = null;
        for (int i = 0; i < 5; i++) {
            out = clahe.apply(px, size, size, 16);
        }
        double[] t = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            out = clahe.apply(px, size, size, 16);
            t[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(t);
        byte[] bytes = new byte[out.length * 2];
        for (int i = 0; i < out.length; i++) {
            bytes[2 * i] = (byte) out[i];
            bytes[2 * i + 1] = (byte) (out[i] >> 8);
        }
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        System.out.printf(Locale.ROOT, "osteon  threads %d  median %.2f ms  best %.2f ms  sha256 %s%n", threads,
                t[repeats / 2], t[0], sha);
    }
}
