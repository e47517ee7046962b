package org.osteon.ui;

import java.nio.file.Path;

import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;

/** An editor input for a file outside any Eclipse resource workspace: an experiment file, an image. */
public final class PathEditorInput implements IPathEditorInput {

    private final Path file;

    public PathEditorInput(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    public Path file() {
        return file;
    }

    @Override
    public IPath getPath() {
        return IPath.fromOSString(file.toString());
    }

    @Override
    public boolean exists() {
        return java.nio.file.Files.exists(file);
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return file.getFileName().toString();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return file.toString();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter.isInstance(file) ? adapter.cast(file) : null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PathEditorInput p && p.file.equals(file);
    }

    @Override
    public int hashCode() {
        return file.hashCode();
    }
}
