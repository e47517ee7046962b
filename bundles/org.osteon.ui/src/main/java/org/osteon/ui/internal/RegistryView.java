package org.osteon.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.osteon.core.registry.Descriptor;
import org.osteon.core.registry.Registries;

/**
 * Everything installed on the extension points (readers, data set readers, steps, models, losses, metrics,
 * transforms, reporters), each with its contributing bundle, so a lab sees what a third-party bundle added.
 */
public final class RegistryView extends ViewPart {

    /** One row: the kind of contribution and its descriptor. */
    public record Row(String kind, Descriptor descriptor) {
    }

    private TableViewer viewer;

    /** Every contribution of {@code registries}, grouped by kind in the order of the extension points. */
    public static List<Row> rows(Registries registries) {
        List<Row> rows = new ArrayList<>();
        registries.readers().all().forEach(d -> rows.add(new Row("reader", d)));
        registries.datasetReaders().all().forEach(d -> rows.add(new Row("data set", d)));
        registries.steps().all().forEach(d -> rows.add(new Row("step", d)));
        registries.models().all().forEach(d -> rows.add(new Row("model", d)));
        registries.losses().all().forEach(d -> rows.add(new Row("loss", d)));
        registries.metrics().all().forEach(d -> rows.add(new Row("metric", d)));
        registries.transforms().all().forEach(d -> rows.add(new Row("transform", d)));
        registries.reporters().all().forEach(d -> rows.add(new Row("reporter", d)));
        return rows;
    }

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column("Kind", 80, r -> r.kind());
        column("Id", 260, r -> r.descriptor().id());
        column("Name", 180, r -> r.descriptor().name());
        column("Bundle", 200, r -> r.descriptor().contributor());
        column("Description", 500, r -> r.descriptor().description());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(rows(Registries.ofPlatform()));
    }

    private void column(String title, int width, java.util.function.Function<Row, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String s = text.apply((Row) element);
                return s == null ? "" : s;
            }
        });
    }

    public TableViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
