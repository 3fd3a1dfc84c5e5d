package org.medialiteracy.kit.ui;

import com.vaadin.flow.component.html.Span;
import org.medialiteracy.kit.analysis.Label;

/** A label's colour with its letter and name, so colour is never the only signal. */
final class LabelChip extends Span {

    LabelChip(Label label) {
        super(label.shortCode() + " · " + label.displayName());
        addClassNames("kit-label-chip", "kit-label-" + label.name());
    }
}
