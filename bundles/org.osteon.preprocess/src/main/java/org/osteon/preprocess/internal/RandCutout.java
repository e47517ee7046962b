package org.osteon.preprocess.internal;

import java.util.SplittableRandom;

import org.osteon.preprocess.Image2D;
import org.osteon.preprocess.ImageSample;
import org.osteon.preprocess.Transform;
import org.osteon.preprocess.TransformSettings;

/**
 * {@code org.osteon.preprocess.randCutout}: with probability p, fills {@code count} rectangles of side
 * round({@code size} times the image side) with {@code fill}; the mask and landmarks are kept (the anatomy is still
 * there, only hidden). {@code placement} {@code centre}: the rectangle's centre uniform over the pixels (it may cross
 * the border); {@code inside}: its top-left corner at (floor(u (w - cw)), floor(u' (h - ch))), u, u' uniform in
 * [0, 1), so it lies inside the image (solt's {@code ImageCutOut}).
 */
public final class RandCutout implements Transform {

    private final int count;
    private final double size;
    private final double fill;
    private final double p;
    private final boolean inside;

    public RandCutout() {
        this(1, 0.2, 0, 1);
    }

    public RandCutout(int count, double size, double fill, double p) {
        this(count, size, fill, p, false);
    }

    public RandCutout(int count, double size, double fill, double p, boolean inside) {
        this.count = count;
        this.size = size;
        this.fill = fill;
        this.p = p;
        this.inside = inside;
    }

    @Override
    public Transform configure(TransformSettings s) {
        return new RandCutout(s.integer("count"), s.real("size"), s.real("fill"), s.real("probability"), s.text("placement").equals("inside"));
    }

    @Override
    public ImageSample apply(ImageSample sample, SplittableRandom random) {
        if (!(random.nextDouble() < p)) {
            return sample;
        }
        Image2D img = sample.image();
        int w = img.width();
        int h = img.height();
        int c = img.channels();
        float[] out = img.data().clone();
        int cw = Math.max(1, (int) Math.round(size * w));
        int ch = Math.max(1, (int) Math.round(size * h));
        for (int k = 0; k < count; k++) {
            // the rectangle's top-left corner
            int x0;
            int y0;
            if (inside) {
                x0 = (int) (random.nextDouble() * Math.max(0, w - cw));
                y0 = (int) (random.nextDouble() * Math.max(0, h - ch));
            } else {
                x0 = random.nextInt(w) - cw / 2;
                y0 = random.nextInt(h) - ch / 2;
            }
            for (int y = Math.max(0, y0); y < Math.min(h, y0 + ch); y++) {
                for (int x = Math.max(0, x0); x < Math.min(w, x0 + cw); x++) {
                    java.util.Arrays.fill(out, (y * w + x) * c, (y * w + x) * c + c, (float) fill);
                }
            }
        }
        return sample.withImage(new Image2D(w, h, c, out));
    }
}
