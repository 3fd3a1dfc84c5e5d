package org.medialiteracy.kit.scoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.lesson.KeyedSentence;

/** How many of an article's scored sentences the key gives each label, for the comparison chart. */
public record LabelMix(Map<Label, Integer> counts, int total) {

    public LabelMix {
        EnumMap<Label, Integer> all = new EnumMap<>(Label.class);
        for (Label label : Label.values()) {
            all.put(label, counts.getOrDefault(label, 0));
        }
        counts = Collections.unmodifiableMap(all);
    }

    public static LabelMix of(List<KeyedSentence> items) {
        Map<Label, Integer> counts = new EnumMap<>(Label.class);
        items.forEach(item -> counts.merge(item.label(), 1, Integer::sum));
        return new LabelMix(counts, items.size());
    }

    public int count(Label label) {
        return counts.get(label);
    }

    /** count(label) / total; 0 for an empty mix. */
    public double share(Label label) {
        return total == 0 ? 0.0 : (double) count(label) / total;
    }
}
