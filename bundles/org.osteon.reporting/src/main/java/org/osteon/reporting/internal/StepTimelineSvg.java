package org.osteon.reporting.internal;

import static org.osteon.reporting.internal.Html.escape;
import static org.osteon.reporting.internal.Html.num;

import java.util.List;

import org.osteon.core.report.RunReport.StepSummary;

/**
 * An inline SVG timeline of the steps: one bar per step, in execution order, starting where the previous
 * step ended and as long as the step took, on a common time axis.
 */
final class StepTimelineSvg {

    private static final double ROW_H = 22;
    private static final double BAR_H = 14;
    private static final double PLOT_W = 480;
    private static final double CHAR_W = 6.6;
    private static final int MAX_LABEL_CHARS = 32;

    private StepTimelineSvg() {
    }

    static void render(StringBuilder out, List<StepSummary> steps) {
        double total = 0;
        for (StepSummary s : steps) {
            total += duration(s);
        }
        int labelChars = Math.min(MAX_LABEL_CHARS, steps.stream().mapToInt(s -> s.id().length()).max().orElse(1));
        double left = 12 + CHAR_W * labelChars;
        double top = 8;
        double axisY = top + steps.size() * ROW_H + 4;
        double width = left + PLOT_W + 90;
        double height = axisY + 22;
        double scale = total > 0 ? PLOT_W / total : 0;

        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" role=\"img\" width=\"")
                .append(num(width)).append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ")
                .append(num(width)).append(' ').append(num(height)).append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
        out.append("<title>Step timeline, ").append(Html.seconds(total)).append(" s in all</title>\n");
        double start = 0;
        for (int i = 0; i < steps.size(); i++) {
            StepSummary s = steps.get(i);
            double d = duration(s);
            double y = top + i * ROW_H;
            double x = left + start * scale;
            double w = Math.max(d * scale, 1);
            out.append("<text x=\"").append(num(left - 6)).append("\" y=\"").append(num(y + ROW_H / 2))
                    .append("\" text-anchor=\"end\" dominant-baseline=\"middle\"><title>").append(escape(s.id()))
                    .append("</title>").append(escape(Html.shorten(s.id(), MAX_LABEL_CHARS))).append("</text>\n");
            out.append("<g><title>").append(escape(s.id())).append(" (").append(escape(s.kind())).append("): ")
                    .append(Html.seconds(s.seconds())).append(" s</title><rect x=\"").append(num(x)).append("\" y=\"")
                    .append(num(y + (ROW_H - BAR_H) / 2)).append("\" width=\"").append(num(w)).append("\" height=\"")
                    .append(num(BAR_H)).append("\" fill=\"#2c728e\"/></g>");
            out.append("<text x=\"").append(num(x + w + 4)).append("\" y=\"").append(num(y + ROW_H / 2))
                    .append("\" dominant-baseline=\"middle\">").append(Html.seconds(s.seconds())).append(" s</text>\n");
            start += d;
        }
        out.append("<line x1=\"").append(num(left)).append("\" y1=\"").append(num(axisY)).append("\" x2=\"")
                .append(num(left + PLOT_W)).append("\" y2=\"").append(num(axisY)).append("\" stroke=\"#444444\"/>");
        for (int k = 0; k <= 4; k++) {
            double x = left + k * PLOT_W / 4;
            out.append("<line x1=\"").append(num(x)).append("\" y1=\"").append(num(axisY)).append("\" x2=\"")
                    .append(num(x)).append("\" y2=\"").append(num(axisY + 4)).append("\" stroke=\"#444444\"/>");
            out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(axisY + 15))
                    .append("\" text-anchor=\"middle\">").append(Html.seconds(total * k / 4)).append(" s</text>\n");
        }
        out.append("</svg>\n");
    }

    /** Negative or undefined times (a clock step backwards, a step that never ran) draw as zero. */
    private static double duration(StepSummary s) {
        return Double.isFinite(s.seconds()) && s.seconds() > 0 ? s.seconds() : 0;
    }
}
