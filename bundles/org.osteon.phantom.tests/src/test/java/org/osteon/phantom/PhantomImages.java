package org.osteon.phantom;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.osteon.core.io.Checksums;

/** Test helpers: decoded grey PNGs and the checksums of a written folder. */
final class PhantomImages {

    private PhantomImages() {
    }

    /** The grey values of an 8-bit PNG as [row][column]. */
    static int[][] grey(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        if (image == null || image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            throw new AssertionError(png + " is not an 8-bit grey PNG");
        }
        int[][] out = new int[image.getHeight()][image.getWidth()];
        for (int y = 0; y < out.length; y++) {
            image.getRaster().getPixels(0, y, out[y].length, 1, out[y]);
        }
        return out;
    }

    /** sha256 of every file under {@code root}, by relative path. */
    static Map<String, String> checksums(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.put(root.relativize(p).toString(), Checksums.sha256(p));
            }
        }
        return out;
    }

    static double pearson(double[] a, double[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i] / a.length;
            mb += b[i] / b.length;
        }
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
