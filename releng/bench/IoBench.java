import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.osteon.core.image.Volume;
import org.osteon.core.io.FilePatterns;
import org.osteon.core.io.Location;
import org.osteon.core.io.VolumeReader;

/**
 * Read throughput of Osteon's volume readers (a benchmark, not a test; run by io-bench.sh).
 * <p>
 * Reads every file (and folder) in DIR with the reader that org.osteon.io's plugin.xml assigns to it (by
 * file pattern, else by content, as the platform does), checks that the voxel sum equals the reference,
 * and prints the best and median of REPEATS timed reads after two warm-up reads. MB/s counts the decoded
 * voxel data as stored (int16: 2 bytes per voxel) per second, 1 MB = 10^6 bytes.
 * <pre>java -cp CLASSES IoBench.java PLUGIN_XML DIR REFERENCE_SUM [REPEATS]</pre>
 */
public class IoBench {

    record Reader(String id, FilePatterns patterns, VolumeReader reader) {
    }

    public static void main(String[] args) throws Exception {
        Path pluginXml = Path.of(args[0]);
        Path dir = Path.of(args[1]);
        long referenceSum = Long.parseLong(args[2]);
        int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        List<Reader> readers = readers(pluginXml);
        List<Path> inputs;
        try (Stream<Path> s = Files.list(dir)) {
            inputs = s.filter(p -> !p.getFileName().toString().endsWith(".npy")).sorted().toList();
        }
        System.out.printf(Locale.ROOT, "%-22s %-26s %10s %10s %10s  %s%n", "input", "reader", "best s", "median s",
                "MB/s", "check");
        for (Path input : inputs) {
            Location location = Location.of(input);
            Reader r = readers.stream().filter(x -> x.patterns().matches(location)).findFirst()
                    .or(() -> readers.stream().filter(x -> x.reader().recognizes(input)).findFirst()).orElse(null);
            if (r == null) {
                System.out.printf(Locale.ROOT, "%-22s %-26s no reader%n", input.getFileName(), "-");
                continue;
            }
            Volume v = null;
            for (int i = 0; i < 2; i++) {
                v = r.reader().read(location, dir);
            }
            double[] seconds = new double[repeats];
            for (int i = 0; i < repeats; i++) {
                long t0 = System.nanoTime();
                v = r.reader().read(location, dir);
                seconds[i] = (System.nanoTime() - t0) / 1e9;
            }
            Arrays.sort(seconds);
            long sum = 0;
            for (float f : v.data()) {
                sum += (long) f;
            }
            double megabytes = v.size().voxelCount() * 2 / 1e6;
            System.out.printf(Locale.ROOT, "%-22s %-26s %10.3f %10.3f %10.1f  %s%n", input.getFileName(), r.id(),
                    seconds[0], seconds[repeats / 2], megabytes / seconds[repeats / 2],
                    (sum == referenceSum ? "sum ok " : "SUM WRONG ") + v.size());
        }
    }

    /** The volumeReader contributions of a plugin.xml, instantiated in id order as the registry does. */
    static List<Reader> readers(Path pluginXml) throws Exception {
        String xml = Files.readString(pluginXml);
        Matcher m = Pattern.compile("<volumeReader\\b(.*?)/>", Pattern.DOTALL).matcher(xml);
        List<Reader> out = new ArrayList<>();
        while (m.find()) {
            String element = m.group(1);
            String id = attribute(element, "id");
            VolumeReader reader = (VolumeReader) Class.forName(attribute(element, "class")).getDeclaredConstructor()
                    .newInstance();
            out.add(new Reader(id, new FilePatterns(Arrays.stream(attribute(element, "filePatterns").split(","))
                    .map(String::strip).toList()), reader));
        }
        out.sort((a, b) -> a.id().compareTo(b.id()));
        return out;
    }

    static String attribute(String element, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(element);
        if (!m.find()) {
            throw new IllegalArgumentException("no " + name + " in " + element);
        }
        return m.group(1);
    }
}
