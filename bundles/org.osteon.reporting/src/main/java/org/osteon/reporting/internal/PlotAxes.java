package org.osteon.reporting.internal;

import static org.osteon.reporting.internal.Html.escape;
import static org.osteon.reporting.internal.Html.num;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The frame shared by the x/y plots (line and scatter): an SVG of fixed size with a title, a plot area,
 * axes with "nice" ticks (1, 2 or 5 times a power of ten) and grid lines, axis titles and a legend on the
 * right. Coordinates are mapped from data to pixels here so that every plot type draws the same way.
 */
final class PlotAxes {

    /** Colour-blind-safe categorical colours (Okabe and Ito 2008), in series order. */
    private static final String[] PALETTE = {"#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9",
        "#f0e442", "#000000"};

    static final double WIDTH = 560;
    static final double HEIGHT = 340;
    private static final double LEFT = 64;
    private static final double TOP = 34;
    private static final double BOTTOM = 48;
    private static final double LEGEND_W = 130;

    private final double x0;
    private final double x1;
    private final double y0;
    private final double y1;

    /** Axes spanning the data ranges, widened to whole ticks; a degenerate range gets +-0.5 around its value. */
    PlotAxes(double xMin, double xMax, double yMin, double yMax) {
        double[] xs = niceRange(xMin, xMax);
        double[] ys = niceRange(yMin, yMax);
        x0 = xs[0];
        x1 = xs[1];
        y0 = ys[0];
        y1 = ys[1];
    }

    static String colour(int series) {
        return PALETTE[series % PALETTE.length];
    }

    double px(double x) {
        return LEFT + (x - x0) / (x1 - x0) * plotWidth();
    }

    double py(double y) {
        return TOP + (y1 - y) / (y1 - y0) * plotHeight();
    }

    static double plotWidth() {
        return WIDTH - LEFT - LEGEND_W - 16;
    }

    static double plotHeight() {
        return HEIGHT - TOP - BOTTOM;
    }

    double xMin() {
        return x0;
    }

    double xMax() {
        return x1;
    }

    double yMin() {
        return y0;
    }

    double yMax() {
        return y1;
    }

    /** Opens the SVG and draws title, grid, ticks and axis titles. */
    void open(StringBuilder out, String cssClass, String title, String xTitle, String yTitle) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").append(cssClass)
                .append("\" role=\"img\" width=\"").append(num(WIDTH)).append("\" height=\"").append(num(HEIGHT))
                .append("\" viewBox=\"0 0 ").append(num(WIDTH)).append(' ').append(num(HEIGHT))
                .append("\" font-family=\"sans-serif\" font-size=\"11\">\n<title>").append(escape(title))
                .append("</title>\n");
        out.append("<rect x=\"0\" y=\"0\" width=\"").append(num(WIDTH)).append("\" height=\"").append(num(HEIGHT))
                .append("\" fill=\"#ffffff\"/>\n");
        out.append("<text x=\"").append(num(LEFT)).append("\" y=\"20\" font-size=\"13\" font-weight=\"bold\">")
                .append(escape(title)).append("</text>\n");
        for (double t : ticks(x0, x1)) {
            double x = px(t);
            out.append("<line x1=\"").append(num(x)).append("\" y1=\"").append(num(TOP)).append("\" x2=\"")
                    .append(num(x)).append("\" y2=\"").append(num(TOP + plotHeight()))
                    .append("\" stroke=\"#e6e6e6\"/><text x=\"").append(num(x)).append("\" y=\"")
                    .append(num(TOP + plotHeight() + 14)).append("\" text-anchor=\"middle\">").append(tick(t))
                    .append("</text>\n");
        }
        for (double t : ticks(y0, y1)) {
            double y = py(t);
            out.append("<line x1=\"").append(num(LEFT)).append("\" y1=\"").append(num(y)).append("\" x2=\"")
                    .append(num(LEFT + plotWidth())).append("\" y2=\"").append(num(y))
                    .append("\" stroke=\"#e6e6e6\"/><text x=\"").append(num(LEFT - 5)).append("\" y=\"")
                    .append(num(y)).append("\" text-anchor=\"end\" dominant-baseline=\"middle\">").append(tick(t))
                    .append("</text>\n");
        }
        out.append("<rect x=\"").append(num(LEFT)).append("\" y=\"").append(num(TOP)).append("\" width=\"")
                .append(num(plotWidth())).append("\" height=\"").append(num(plotHeight()))
                .append("\" fill=\"none\" stroke=\"#444444\"/>\n");
        out.append("<text x=\"").append(num(LEFT + plotWidth() / 2)).append("\" y=\"").append(num(HEIGHT - 10))
                .append("\" text-anchor=\"middle\">").append(escape(xTitle)).append("</text>\n");
        out.append("<text transform=\"translate(14,").append(num(TOP + plotHeight() / 2))
                .append(") rotate(-90)\" text-anchor=\"middle\">").append(escape(yTitle)).append("</text>\n");
    }

    /** The legend entry of series {@code index}: a swatch (line or dot) and its name. */
    void legend(StringBuilder out, int index, String name, boolean line) {
        double x = LEFT + plotWidth() + 14;
        double y = TOP + 8 + index * 18;
        String c = colour(index);
        if (line) {
            out.append("<line x1=\"").append(num(x)).append("\" y1=\"").append(num(y)).append("\" x2=\"")
                    .append(num(x + 18)).append("\" y2=\"").append(num(y)).append("\" stroke=\"").append(c)
                    .append("\" stroke-width=\"2\"/>");
        } else {
            out.append("<circle cx=\"").append(num(x + 9)).append("\" cy=\"").append(num(y))
                    .append("\" r=\"4\" fill=\"").append(c).append("\"/>");
        }
        out.append("<text x=\"").append(num(x + 24)).append("\" y=\"").append(num(y))
                .append("\" dominant-baseline=\"middle\">").append(escape(Html.shorten(name, 16))).append("</text>\n");
    }

    static void close(StringBuilder out) {
        out.append("</svg>\n");
    }

    /** Ticks at multiples of a nice step within [lo, hi]. */
    static List<Double> ticks(double lo, double hi) {
        double step = niceStep(hi - lo);
        List<Double> out = new ArrayList<>();
        long first = (long) Math.ceil(lo / step - 1e-9);
        for (long k = first; k * step <= hi + step * 1e-9; k++) {
            out.add(k * step);
        }
        return out;
    }

    private static double niceStep(double span) {
        double raw = span / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / power;
        return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * power;
    }

    static double[] niceRange(double lo, double hi) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            return new double[] {0, 1};
        }
        if (hi - lo < 1e-12 * Math.max(1, Math.abs(lo))) {
            lo -= 0.5;
            hi += 0.5;
        }
        double step = niceStep(hi - lo);
        return new double[] {Math.floor(lo / step + 1e-9) * step, Math.ceil(hi / step - 1e-9) * step};
    }

    private static String tick(double t) {
        double v = Math.abs(t) < 1e-12 ? 0 : t;
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains("e")) {
            return s;
        }
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }
}
