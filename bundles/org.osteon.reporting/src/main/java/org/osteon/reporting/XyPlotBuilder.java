package org.osteon.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * What the builders of {@link LinePlot} and {@link ScatterPlot} share: a required title, optional axis
 * titles, and at least one series.
 */
public abstract class XyPlotBuilder<B extends XyPlotBuilder<B, P>, P> {

    private String title;
    private String xTitle = "";
    private String yTitle = "";
    private final List<Series> series = new ArrayList<>();

    XyPlotBuilder() {
    }

    public B setTitle(String title) {
        this.title = title;
        return self();
    }

    public B optXTitle(String xTitle) {
        this.xTitle = xTitle;
        return self();
    }

    public B optYTitle(String yTitle) {
        this.yTitle = yTitle;
        return self();
    }

    B add(String name, double[] x, double[] y) {
        series.add(new Series(name, x, y));
        return self();
    }

    public P build() {
        if (title == null || title.isBlank()) {
            throw new IllegalStateException("a plot needs a title (setTitle)");
        }
        if (series.isEmpty()) {
            throw new IllegalStateException("plot '" + title + "' has no data series");
        }
        return create(title, xTitle, yTitle, List.copyOf(series));
    }

    abstract P create(String title, String xTitle, String yTitle, List<Series> series);

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }
}
