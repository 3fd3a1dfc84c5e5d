package org.medialiteracy.kit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** Tables of the kit's list pages. */
final class Grids {

    private Grids() {
    }

    /** A short list shown whole, its text wrapping on a phone instead of ending in "…". */
    static void listing(Grid<?> grid) {
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
    }
}
