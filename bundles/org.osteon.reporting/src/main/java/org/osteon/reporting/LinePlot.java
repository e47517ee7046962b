package org.osteon.reporting;

import java.util.List;

import org.osteon.reporting.internal.PlotSvg;

/**
 * A line plot of one or more series on shared axes (training curves, PCK against radius), rendered as a
 * self-contained SVG. Built with {@link #builder()}: {@code setTitle} and at least one {@code addSeries} are
 * required.
 */
public record LinePlot(String title, String xTitle, String yTitle, List<Series> series) {

    public LinePlot {
        series = List.copyOf(series);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The plot as an SVG element. */
    public String svg() {
        return PlotSvg.line(title, xTitle, yTitle, series);
    }

    public static final class Builder extends XyPlotBuilder<Builder, LinePlot> {

        Builder() {
        }

        public Builder addSeries(String name, double[] x, double[] y) {
            return add(name, x, y);
        }

        @Override
        LinePlot create(String title, String xTitle, String yTitle, List<Series> series) {
            return new LinePlot(title, xTitle, yTitle, series);
        }
    }
}
