package org.osteon.reporting;

import java.util.List;

import org.osteon.reporting.internal.PlotSvg;

/**
 * A scatter plot with one colour per group (embeddings coloured by label; predicted against true bone
 * age, optionally with the identity line y = x), rendered as a self-contained SVG. Built with
 * {@link #builder()}: {@code setTitle} and at least one {@code addGroup} are required.
 */
public record ScatterPlot(String title, String xTitle, String yTitle, List<Series> groups, boolean identityLine) {

    public ScatterPlot {
        groups = List.copyOf(groups);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The plot as an SVG element. */
    public String svg() {
        return PlotSvg.scatter(title, xTitle, yTitle, groups, identityLine);
    }

    public static final class Builder extends XyPlotBuilder<Builder, ScatterPlot> {

        private boolean identityLine;

        Builder() {
        }

        public Builder addGroup(String name, double[] x, double[] y) {
            return add(name, x, y);
        }

        /** Draws the line y = x (for predicted against true values) and gives both axes one range. */
        public Builder optIdentityLine(boolean identityLine) {
            this.identityLine = identityLine;
            return this;
        }

        @Override
        ScatterPlot create(String title, String xTitle, String yTitle, List<Series> groups) {
            return new ScatterPlot(title, xTitle, yTitle, groups, identityLine);
        }
    }
}
