package org.osteon.reporting.internal;

import static org.osteon.reporting.internal.Html.escape;
import static org.osteon.reporting.internal.Html.num;

import java.util.List;
import java.util.Locale;

import org.osteon.reporting.MatrixPlot;
import org.osteon.reporting.Series;

/**
 * Hand-written SVG for the public plot types: deterministic text (the same data give the same bytes), no
 * fonts measured, nothing but the JDK. Each element carries a {@code <title>} tooltip with its exact values.
 */
public final class PlotSvg {

    private static final double CELL = 64;
    private static final double CHAR_W = 6.6;
    private static final int MAX_LABEL_CHARS = 24;

    private PlotSvg() {
    }

    public static String line(String title, String xTitle, String yTitle, List<Series> series) {
        PlotAxes axes = axes(series, false);
        StringBuilder out = new StringBuilder(4096);
        axes.open(out, "plot line-plot", title, xTitle, yTitle);
        for (int s = 0; s < series.size(); s++) {
            Series ser = series.get(s);
            double[] x = ser.x();
            double[] y = ser.y();
            String colour = PlotAxes.colour(s);
            out.append("<g class=\"series\" data-name=\"").append(escape(ser.name())).append("\"><title>")
                    .append(escape(ser.name())).append("</title>");
            StringBuilder path = new StringBuilder();
            boolean pen = false;
            for (int i = 0; i < x.length; i++) {
                if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                    pen = false; // a gap where a value is missing
                    continue;
                }
                path.append(pen ? " L" : " M").append(num(axes.px(x[i]))).append(',').append(num(axes.py(y[i])));
                pen = true;
            }
            if (path.length() > 0) {
                out.append("<path d=\"").append(path.toString().strip()).append("\" fill=\"none\" stroke=\"")
                        .append(colour).append("\" stroke-width=\"2\"/>");
            }
            for (int i = 0; i < x.length; i++) {
                if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                    point(out, axes, x[i], y[i], colour, 2.5, ser.name());
                }
            }
            out.append("</g>\n");
            axes.legend(out, s, ser.name(), true);
        }
        PlotAxes.close(out);
        return out.toString();
    }

    public static String scatter(String title, String xTitle, String yTitle, List<Series> groups,
            boolean identityLine) {
        PlotAxes axes = axes(groups, identityLine);
        StringBuilder out = new StringBuilder(8192);
        axes.open(out, "plot scatter-plot", title, xTitle, yTitle);
        if (identityLine) {
            double lo = Math.max(axes.xMin(), axes.yMin());
            double hi = Math.min(axes.xMax(), axes.yMax());
            out.append("<line class=\"identity\" x1=\"").append(num(axes.px(lo))).append("\" y1=\"")
                    .append(num(axes.py(lo))).append("\" x2=\"").append(num(axes.px(hi))).append("\" y2=\"")
                    .append(num(axes.py(hi))).append("\" stroke=\"#888888\" stroke-dasharray=\"4 3\"/>\n");
        }
        for (int g = 0; g < groups.size(); g++) {
            Series group = groups.get(g);
            double[] x = group.x();
            double[] y = group.y();
            out.append("<g class=\"group\" data-name=\"").append(escape(group.name())).append("\" fill-opacity=\"0.75\">");
            for (int i = 0; i < x.length; i++) {
                if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                    point(out, axes, x[i], y[i], PlotAxes.colour(g), 3.5, group.name());
                }
            }
            out.append("</g>\n");
            axes.legend(out, g, group.name(), false);
        }
        PlotAxes.close(out);
        return out.toString();
    }

    public static String matrix(MatrixPlot m) {
        List<String> rows = m.rowLabels();
        List<String> cols = m.columnLabels();
        double[][] v = m.values();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : v) {
            for (double x : row) {
                if (Double.isFinite(x)) {
                    min = Math.min(min, x);
                    max = Math.max(max, x);
                }
            }
        }
        int rowChars = Math.min(MAX_LABEL_CHARS, rows.stream().mapToInt(String::length).max().orElse(1));
        double left = 34 + CHAR_W * rowChars;
        double top = 64;
        double width = Math.max(left + cols.size() * CELL + 16, 220);
        double height = top + rows.size() * CELL + 16;
        StringBuilder out = new StringBuilder(2048);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"plot matrix-plot\" role=\"img\" width=\"")
                .append(num(width)).append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ")
                .append(num(width)).append(' ').append(num(height))
                .append("\" font-family=\"sans-serif\" font-size=\"11\">\n<title>").append(escape(m.title()))
                .append("</title>\n<rect x=\"0\" y=\"0\" width=\"").append(num(width)).append("\" height=\"")
                .append(num(height)).append("\" fill=\"#ffffff\"/>\n<text x=\"8\" y=\"20\" font-size=\"13\" font-weight=\"bold\">")
                .append(escape(m.title())).append("</text>\n");
        if (!m.columnTitle().isEmpty()) {
            out.append("<text x=\"").append(num(left + cols.size() * CELL / 2)).append("\" y=\"38\" text-anchor=\"middle\">")
                    .append(escape(m.columnTitle())).append("</text>\n");
        }
        if (!m.rowTitle().isEmpty()) {
            out.append("<text transform=\"translate(14,").append(num(top + rows.size() * CELL / 2))
                    .append(") rotate(-90)\" text-anchor=\"middle\">").append(escape(m.rowTitle())).append("</text>\n");
        }
        for (int c = 0; c < cols.size(); c++) {
            out.append("<text x=\"").append(num(left + (c + 0.5) * CELL)).append("\" y=\"").append(num(top - 6))
                    .append("\" text-anchor=\"middle\">").append(escape(Html.shorten(cols.get(c), 10))).append("</text>\n");
        }
        for (int r = 0; r < rows.size(); r++) {
            double y = top + r * CELL;
            out.append("<text x=\"").append(num(left - 6)).append("\" y=\"").append(num(y + CELL / 2))
                    .append("\" text-anchor=\"end\" dominant-baseline=\"middle\">")
                    .append(escape(Html.shorten(rows.get(r), MAX_LABEL_CHARS))).append("</text>\n");
            for (int c = 0; c < cols.size(); c++) {
                double x = left + c * CELL;
                double value = v[r][c];
                String fill;
                String ink;
                if (!Double.isFinite(value)) {
                    fill = ColourScale.MISSING;
                    ink = "#000000";
                } else {
                    double t = max == min ? 0.5 : (value - min) / (max - min);
                    fill = ColourScale.colour(t);
                    ink = ColourScale.textColour(t);
                }
                String text = m.integers() && Double.isFinite(value) ? Long.toString(Math.round(value))
                        : Html.compactValue(value);
                out.append("<g class=\"cell\" data-row=\"").append(r).append("\" data-column=\"").append(c)
                        .append("\"><title>").append(escape(rows.get(r))).append(" \u00d7 ").append(escape(cols.get(c)))
                        .append(": ").append(text).append("</title><rect x=\"").append(num(x)).append("\" y=\"")
                        .append(num(y)).append("\" width=\"").append(num(CELL)).append("\" height=\"").append(num(CELL))
                        .append("\" fill=\"").append(fill).append("\" stroke=\"#ffffff\"/><text x=\"")
                        .append(num(x + CELL / 2)).append("\" y=\"").append(num(y + CELL / 2))
                        .append("\" text-anchor=\"middle\" dominant-baseline=\"middle\" font-size=\"14\" fill=\"")
                        .append(ink).append("\">").append(text).append("</text></g>\n");
            }
        }
        out.append("</svg>\n");
        return out.toString();
    }

    private static void point(StringBuilder out, PlotAxes axes, double x, double y, String colour, double r,
            String name) {
        out.append("<circle cx=\"").append(num(axes.px(x))).append("\" cy=\"").append(num(axes.py(y)))
                .append("\" r=\"").append(num(r)).append("\" fill=\"").append(colour).append("\"><title>")
                .append(escape(name)).append(": ").append(exact(x)).append(", ").append(exact(y))
                .append("</title></circle>");
    }

    private static String exact(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    private static PlotAxes axes(List<Series> series, boolean square) {
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            double[] x = s.x();
            double[] y = s.y();
            for (int i = 0; i < x.length; i++) {
                if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                    xMin = Math.min(xMin, x[i]);
                    xMax = Math.max(xMax, x[i]);
                    yMin = Math.min(yMin, y[i]);
                    yMax = Math.max(yMax, y[i]);
                }
            }
        }
        if (square) { // predicted against true: both axes over the same range, so y = x is the diagonal
            double lo = Math.min(xMin, yMin);
            double hi = Math.max(xMax, yMax);
            return new PlotAxes(lo, hi, lo, hi);
        }
        return new PlotAxes(xMin, xMax, yMin, yMax);
    }
}
