package org.medialiteracy.kit.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Marks an adjective the writer predicates of something ("the stakes are not abstract", "it's easy"):
 * a judgment when the adjective is not a neutral, checkable state such as "ready" or "available".
 */
final class EvaluativePredicateRule implements CueRule {

    private static final Set<String> LINKING = Set.of(
            "is", "are", "was", "were", "'s", "'re", "be", "been", "being", "remains", "remain", "remained",
            "seems", "seem", "seemed", "looks", "look", "becomes", "become", "became", "feels", "sounds", "it's",
            "that's", "isn't", "aren't", "wasn't", "weren't");
    private static final Set<String> NEUTRAL = Set.of(
            "able", "unable", "available", "ready", "due", "set", "expected", "scheduled", "present", "absent",
            "aware", "open", "closed", "alive", "dead", "free", "born", "based", "alone", "busy", "responsible",
            "eligible", "new", "former", "same", "other", "first", "last", "next", "likely", "unlikely", "possible",
            "sure", "certain", "willing", "unwilling", "similar", "different", "full", "empty", "located", "married",
            "single", "public", "private", "official", "legal", "illegal", "military", "civilian", "nuclear",
            "economic", "political", "financial", "federal", "national", "international", "local", "online",
            "active", "inactive", "current", "previous", "higher", "lower", "larger", "smaller", "older", "younger",
            "more", "less", "up", "down", "out", "over", "back", "known", "unknown", "left", "right");
    /** "The deal is worth about £40m": a price, not a judgment, when a figure follows. */
    private static final Pattern FIGURE = Pattern.compile("(?:about|around|roughly|nearly|almost|some|over|up|more|at|an|a|well"
            + "|\\p{Sc}.*|\\d.*)", Pattern.CASE_INSENSITIVE);
    private static final int MAX_ADVERBS = 2;

    @Override
    public String id() {
        return "EVALUATIVE_PREDICATE";
    }

    @Override
    public String description() {
        return "an adjective the writer predicates as a judgment: 'the stakes are not abstract', 'it's easy'";
    }

    @Override
    public CueKind kind() {
        return CueKind.EVALUATIVE;
    }

    @Override
    public List<String> mustFlag() {
        return List.of("For civilians, the calculus is simple.", "It’s easy in conference rooms to talk about balance sheets.",
                "Government is almost always wasteful and inefficient.");
    }

    @Override
    public List<String> mustNotFlag() {
        return List.of("The minister was unable to attend.", "The talks are scheduled for Monday.",
                "“The plan is dead,” Rutte said.", "The deal is worth about £40m.");
    }

    @Override
    public List<Cue> find(TaggedSentence s) {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.isQuoted(i) || !LINKING.contains(s.lower(i))) {
                continue;
            }
            int j = i + 1;
            int adverbs = 0;
            while (j < s.size() && adverbs < MAX_ADVERBS && (s.tag(j).equals("ADV") || s.tag(j).equals("PART"))) {
                j++;
                adverbs++;
            }
            boolean price = j + 1 < s.size() && s.lower(j).equals("worth") && FIGURE.matcher(s.token(j + 1)).matches();
            if (j < s.size() && s.tag(j).equals("ADJ") && !s.isQuoted(j) && !NEUTRAL.contains(s.lower(j)) && !price
                    && Character.isLowerCase(s.token(j).charAt(0))) {
                cues.add(new Cue(s.tokenStart(j), s.tokenEnd(j), CueKind.EVALUATIVE));
            }
        }
        return cues;
    }
}
