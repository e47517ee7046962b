package org.osteon.reporting.internal;

import static org.osteon.reporting.internal.Html.escape;
import static org.osteon.reporting.internal.Html.num;

import java.util.List;

import org.osteon.core.result.MatrixResult;

/**
 * An inline SVG heat map of one result matrix: a coloured, labelled cell per value, row labels on the left,
 * column labels slanted above, and a colour legend from the smallest to the largest finite value. Each cell
 * carries a tooltip with its labels and the value to four decimals.
 */
final class HeatMapSvg {

    private static final double CELL_W = 66;
    private static final double CELL_H = 26;
    private static final double CHAR_W = 6.6;
    private static final int MAX_LABEL_CHARS = 32;
    private static final double LEGEND_W = 14;

    private HeatMapSvg() {
    }

    /**
     * @param idPrefix unique in the page, for the legend gradient's id
     */
    static void render(StringBuilder out, MatrixResult m, String idPrefix) {
        List<String> rows = m.rowLabels();
        List<String> cols = m.columnLabels();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < cols.size(); c++) {
                double v = m.value(r, c);
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        boolean anyFinite = min <= max;

        int rowChars = Math.min(MAX_LABEL_CHARS, rows.stream().mapToInt(String::length).max().orElse(1));
        int colChars = Math.min(MAX_LABEL_CHARS, cols.stream().mapToInt(String::length).max().orElse(1));
        double left = 12 + CHAR_W * rowChars;
        // column labels are slanted by 45 degrees: they rise and reach right by about 0.71 of their length
        double slant = 0.71 * CHAR_W * colChars;
        double top = 12 + slant;
        double gridW = cols.size() * CELL_W;
        double gridH = Math.max(rows.size() * CELL_H, 1);
        double legendH = Math.max(gridH, 90);
        double legendX = left + gridW + 18;
        double width = Math.max(legendX + LEGEND_W + 80, left + gridW + slant + 8);
        double height = top + Math.max(gridH, legendH) + 12;

        String gradientId = idPrefix + "-scale";
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heatmap\" role=\"img\" width=\"")
                .append(num(width)).append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ")
                .append(num(width)).append(' ').append(num(height)).append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
        out.append("<title>Heat map of ").append(escape(m.name())).append("</title>\n");
        out.append("<defs><linearGradient id=\"").append(gradientId).append("\" x1=\"0\" y1=\"1\" x2=\"0\" y2=\"0\">");
        int stops = ColourScale.stopCount();
        for (int i = 0; i < stops; i++) {
            out.append("<stop offset=\"").append(num(100.0 * i / (stops - 1))).append("%\" stop-color=\"")
                    .append(ColourScale.stopColour(i)).append("\"/>");
        }
        out.append("</linearGradient></defs>\n");

        for (int c = 0; c < cols.size(); c++) {
            double x = left + (c + 0.5) * CELL_W;
            out.append("<text transform=\"translate(").append(num(x)).append(',').append(num(top - 6))
                    .append(") rotate(-45)\"><title>").append(escape(cols.get(c))).append("</title>")
                    .append(escape(Html.shorten(cols.get(c), MAX_LABEL_CHARS))).append("</text>\n");
        }
        for (int r = 0; r < rows.size(); r++) {
            double y = top + r * CELL_H;
            out.append("<text x=\"").append(num(left - 6)).append("\" y=\"").append(num(y + CELL_H / 2))
                    .append("\" text-anchor=\"end\" dominant-baseline=\"middle\"><title>")
                    .append(escape(rows.get(r))).append("</title>")
                    .append(escape(Html.shorten(rows.get(r), MAX_LABEL_CHARS))).append("</text>\n");
            for (int c = 0; c < cols.size(); c++) {
                double v = m.value(r, c);
                double x = left + c * CELL_W;
                String fill;
                String ink;
                if (Double.isNaN(v)) {
                    fill = ColourScale.MISSING;
                    ink = "#000000";
                } else {
                    double t = !anyFinite || max == min ? 0.5 : (Math.max(min, Math.min(max, v)) - min) / (max - min);
                    fill = ColourScale.colour(t);
                    ink = ColourScale.textColour(t);
                }
                out.append("<g><title>").append(escape(rows.get(r))).append(" \u00d7 ").append(escape(cols.get(c)))
                        .append(": ").append(Html.value(v)).append("</title>");
                out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                        .append(num(CELL_W)).append("\" height=\"").append(num(CELL_H)).append("\" fill=\"")
                        .append(fill).append("\" stroke=\"#ffffff\"/>");
                out.append("<text x=\"").append(num(x + CELL_W / 2)).append("\" y=\"").append(num(y + CELL_H / 2))
                        .append("\" text-anchor=\"middle\" dominant-baseline=\"middle\" fill=\"").append(ink)
                        .append("\">").append(Html.compactValue(v)).append("</text></g>\n");
            }
        }

        // legend: the gradient bar with the range's ends and middle
        out.append("<rect x=\"").append(num(legendX)).append("\" y=\"").append(num(top)).append("\" width=\"")
                .append(num(LEGEND_W)).append("\" height=\"").append(num(legendH)).append("\" fill=\"url(#")
                .append(gradientId).append(")\" stroke=\"#888888\"/>\n");
        if (anyFinite) {
            double[] ticks = { max, (min + max) / 2, min };
            for (int i = 0; i < ticks.length; i++) {
                double y = top + i * legendH / 2;
                out.append("<line x1=\"").append(num(legendX + LEGEND_W)).append("\" y1=\"").append(num(y))
                        .append("\" x2=\"").append(num(legendX + LEGEND_W + 4)).append("\" y2=\"").append(num(y))
                        .append("\" stroke=\"#444444\"/>");
                out.append("<text x=\"").append(num(legendX + LEGEND_W + 7)).append("\" y=\"").append(num(y))
                        .append("\" dominant-baseline=\"middle\">").append(Html.compactValue(ticks[i]))
                        .append("</text>\n");
            }
        } else {
            out.append("<text x=\"").append(num(legendX + LEGEND_W + 7)).append("\" y=\"").append(num(top + 8))
                    .append("\">no finite values</text>\n");
        }
        if (!m.unit().isEmpty()) {
            out.append("<text x=\"").append(num(legendX)).append("\" y=\"").append(num(top - 6)).append("\">")
                    .append(escape(Html.shorten(m.unit(), 14))).append("</text>\n");
        }
        out.append("</svg>\n");
    }
}
