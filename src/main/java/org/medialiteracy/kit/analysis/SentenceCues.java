package org.medialiteracy.kit.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The cues every rule found in one sentence, by rule id. */
final class SentenceCues {

    private final TaggedSentence sentence;
    private final Map<String, List<Cue>> byRule = new LinkedHashMap<>();

    SentenceCues(TaggedSentence sentence, List<CueRule> rules) {
        this.sentence = sentence;
        for (CueRule rule : rules) {
            List<Cue> found = rule.find(sentence);
            if (!found.isEmpty()) {
                byRule.put(rule.id(), found);
            }
        }
    }

    String text() {
        return sentence.text();
    }

    List<Cue> ofRule(String ruleId) {
        return byRule.getOrDefault(ruleId, List.of());
    }

    boolean has(String ruleId) {
        return byRule.containsKey(ruleId);
    }

    List<Cue> ofKind(CueKind kind) {
        List<Cue> cues = new ArrayList<>();
        for (List<Cue> found : byRule.values()) {
            for (Cue cue : found) {
                if (cue.kind() == kind) {
                    cues.add(cue);
                }
            }
        }
        cues.sort(Comparator.comparingInt(Cue::start));
        return cues;
    }

    /** The first cue, by position (the longest of those starting there), of any of the kinds; null if none. */
    Cue first(CueKind... kinds) {
        Cue first = null;
        for (CueKind kind : kinds) {
            for (Cue cue : ofKind(kind)) {
                boolean earlier = first == null || cue.start() < first.start();
                boolean longerAtSameStart = first != null && cue.start() == first.start() && cue.end() > first.end();
                if (earlier || longerAtSameStart) {
                    first = cue;
                }
            }
        }
        return first;
    }

    /** Every cue, by position, without duplicates or cues inside a longer one of the same kind ("I" in "I think"). */
    List<Cue> all() {
        List<Cue> distinct = byRule.values().stream().flatMap(List::stream).distinct().toList();
        return distinct.stream().filter(cue -> distinct.stream().noneMatch(outer -> contains(outer, cue)))
                .sorted(Comparator.comparingInt(Cue::start).thenComparingInt(Cue::end)).toList();
    }

    /** The cues of one rule that no cue of another rule already covers. */
    List<Cue> ofRuleOutside(String ruleId, String coveringRuleId) {
        List<Cue> covering = ofRule(coveringRuleId);
        return ofRule(ruleId).stream().filter(cue -> covering.stream().noneMatch(outer -> contains(outer, cue))).toList();
    }

    private static boolean contains(Cue outer, Cue inner) {
        return !outer.equals(inner) && outer.kind() == inner.kind()
                && outer.start() <= inner.start() && inner.end() <= outer.end();
    }

    List<Cue> residue() {
        List<Cue> residue = new ArrayList<>();
        byRule.forEach((id, found) -> {
            if (id.startsWith(CueRules.RESIDUE_PREFIX)) {
                residue.addAll(found);
            }
        });
        return residue;
    }

    /** The article's words under a cue. */
    String words(Cue cue) {
        return sentence.text().substring(cue.start() - sentence.start(), cue.end() - sentence.start());
    }
}
