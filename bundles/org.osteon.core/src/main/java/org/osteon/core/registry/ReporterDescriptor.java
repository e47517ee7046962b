package org.osteon.core.registry;

import org.osteon.core.report.Reporter;

/** A contributed report writer. */
public interface ReporterDescriptor extends Descriptor {

    Reporter create();
}
