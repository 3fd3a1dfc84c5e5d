package org.medialiteracy.kit.analysis.eval;

import java.util.List;
import org.medialiteracy.kit.analysis.Label;

/** The labeller's answers on Pew's fact-or-opinion statements. */
public record PewResult(List<Item> items) {

    public PewResult {
        items = List.copyOf(items);
    }

    /** One statement, its key and the labeller's label. */
    public record Item(String statement, Label gold, Label predicted) {

        /** Fact or opinion sort: right when OPINION is predicted exactly for the opinions. */
        public boolean sortedRight() {
            return (gold == Label.OPINION) == (predicted == Label.OPINION);
        }
    }

    /** Statements put on the right side of the fact-or-opinion sort. */
    public long sortedRight() {
        return items.stream().filter(Item::sortedRight).count();
    }

    /** Statements given exactly their key's label. */
    public long exact() {
        return items.stream().filter(item -> item.gold() == item.predicted()).count();
    }
}
