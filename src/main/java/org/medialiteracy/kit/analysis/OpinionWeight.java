package org.medialiteracy.kit.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** How strongly the writer's own words judge, guess or feel: a weighted count of opinion cues. */
record OpinionWeight(double weight, List<Cue> cues) {

    private static final double FIRST_PERSON_VIEW = 2.0;
    /** "I" or "we" alone tells little, however often: first-person narration is common in interviews and features. */
    private static final double FIRST_PERSON = 0.5;
    private static final double OBLIGATION = 2.0;
    private static final double HEDGE = 1.5;
    private static final double EVALUATIVE = 1.0;
    private static final double MILD_EVALUATIVE = 0.5;
    private static final double INTENSIFIER = 0.5;
    private static final double EXCLAMATION = 2.0;
    /** Checkable detail (names, numbers, dates) makes an incidental evaluative word less likely to carry the point. */
    private static final double PER_SPECIFIC = -0.4;
    private static final int MAX_SPECIFICS = 3;
    /** "Under EFL rules, an owner must show proof of funds": the rule's "must", not the writer's. */
    private static final Pattern RULE_FRAME = Pattern.compile("(?i)^(?:under|by) (?:the )?(?:[\\w’'.-]+ ){0,4}(?:rules?|law|laws"
            + "|regulations?|contract|agreement|treaty|deal|plan|scheme|code|guidelines|terms|act|bill|policy|ordinance"
            + "|statute|directive|licen[cs]e|constitution)(?: (?:of )?\\d{4})?(?: (?:that|which) [^,]{1,50})?,");

    static OpinionWeight of(SentenceCues cues, int specifics) {
        List<Cue> found = new ArrayList<>();
        double weight = add(cues, "FIRST_PERSON_VIEW", FIRST_PERSON_VIEW, found)
                + once(cues.ofRuleOutside("FIRST_PERSON", "FIRST_PERSON_VIEW"), FIRST_PERSON, found)
                + (statesARule(cues.text()) ? 0 : add(cues, "OBLIGATION_MODAL", OBLIGATION, found))
                + add(cues, "HEDGE_SPECULATION", HEDGE, found)
                + add(cues, "EVALUATIVE_WORD", EVALUATIVE, found)
                + add(cues, "EVALUATIVE_MILD", MILD_EVALUATIVE, found)
                + add(cues, "EVALUATIVE_PREDICATE", EVALUATIVE, found)
                + add(cues, "INTENSIFIER", INTENSIFIER, found)
                + add(cues, "EXCLAMATION", EXCLAMATION, found)
                + Math.min(specifics, MAX_SPECIFICS) * PER_SPECIFIC;
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new OpinionWeight(weight, found);
    }

    /** "Under the final contract, images must be deleted": the "must" is the rule's, not the writer's. */
    static boolean statesARule(String sentence) {
        return RULE_FRAME.matcher(sentence).lookingAt();
    }

    private static double add(SentenceCues cues, String ruleId, double each, List<Cue> found) {
        return add(cues.ofRule(ruleId), each, found);
    }

    private static double once(List<Cue> ofRule, double weight, List<Cue> found) {
        found.addAll(ofRule);
        return ofRule.isEmpty() ? 0 : weight;
    }

    private static double add(List<Cue> ofRule, double each, List<Cue> found) {
        found.addAll(ofRule);
        return ofRule.size() * each;
    }
}
