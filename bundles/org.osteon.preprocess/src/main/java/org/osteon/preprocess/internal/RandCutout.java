package org.osteon.preprocess.internal;

import java.util.SplittableRandom;

import org.osteon.preprocess.Image2D;
import org.osteon.preprocess.ImageSample;
import org.osteon.preprocess.Transform;
import org.osteon.preprocess.TransformSettings;

/** {@code org.osteon.preprocess.randCutout}: with probability p, fills {@code count} rectangles of side {@code size} times the image side, placed uniformly (they may cross the border), with {@code fill}; the mask and landmarks are kept (the anatomy is still there, only hidden). */
public final class RandCutout implements Transform {

    private final int count;
    private final double size;
    private final double fill;
    private final double p;

    public RandCutout() {
        this(1, 0.2, 0, 1);
    }

    public RandCutout(int count, double size, double fill, double p) {
        this.count = count;
        this.size = size;
        this.fill = fill;
        this.p = p;
    }

    @Override
    public Transform configure(TransformSettings s) {
        return new RandCutout(s.integer("count"), s.real("size"), s.real("fill"), s.real("probability"));
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
            int cx = random.nextInt(w);
            int cy = random.nextInt(h);
            for (int y = Math.max(0, cy - ch / 2); y < Math.min(h, cy - ch / 2 + ch); y++) {
                for (int x = Math.max(0, cx - cw / 2); x < Math.min(w, cx - cw / 2 + cw); x++) {
                    java.util.Arrays.fill(out, (y * w + x) * c, (y * w + x) * c + c, (float) fill);
                }
            }
        }
        return sample.withImage(new Image2D(w, h, c, out));
    }
}
