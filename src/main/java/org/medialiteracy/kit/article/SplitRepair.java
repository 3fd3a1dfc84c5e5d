package org.medialiteracy.kit.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Joins sentence pieces the detector split wrongly: after abbreviations, inside numbers, before lowercase. */
final class SplitRepair {

    /** Abbreviations that are never the end of a sentence: titles and months before a name or a day. */
    private static final Pattern TITLE_OR_MONTH = Pattern.compile(
            "(?:^|[\\s(“\"])(?:Mr|Mrs|Ms|Dr|Prof|Sen|Sens|Rep|Reps|Gov|Govs|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Cmdr|Rev|Hon|Pres|Supt|Insp|St|Mt|Ft|No|Nos|Art|Fig|vs|v|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.$");
    /** Initials such as U.S., U.K., E.U., J. — a sentence end only before a typical sentence opener. */
    private static final Pattern INITIALS = Pattern.compile("(?:^|[\\s(“\"])(?:[A-Z]\\.){1,3}$");
    private static final Pattern INITIALS_THEN_OPENER = Pattern.compile("(?<=\\b(?:[A-Z]\\.){2,3})\\s+([A-Z][a-z]*)\\b");
    /** "…on Sept. 3. Critics say…", "…waiting for the No. 6. “Everyone…": the detector reads the full stop as the abbreviation's. */
    private static final Pattern DATE_THEN_SENTENCE = Pattern.compile(
            "\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos)\\. \\d{1,3}\\.\\s+([A-Z“\"‘])");
    private static final Pattern DECIMAL_START = Pattern.compile("\\d+\\.$");
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "The", "A", "An", "But", "And", "Or", "So", "Yet", "He", "She", "It", "They", "We", "I", "You",
            "This", "That", "These", "Those", "There", "In", "On", "At", "For", "As", "If", "When", "While",
            "After", "Before", "Since", "Still", "Meanwhile", "However", "Its", "His", "Her", "Their", "Our",
            "My", "Some", "Many", "Most", "One", "Two", "Now", "Then", "What", "Why", "How", "Who");

    private SplitRepair() {
    }

    static List<TextSpan> repair(String text, List<TextSpan> pieces) {
        List<TextSpan> repaired = new ArrayList<>();
        // "…brokered by the U.S. The Europeans objected": the detector keeps initials and the next sentence together
        for (TextSpan piece : splitBefore(text, pieces, INITIALS_THEN_OPENER, SENTENCE_OPENERS::contains)) {
            if (!repaired.isEmpty() && belongsToPrevious(text, repaired.getLast(), piece)) {
                repaired.set(repaired.size() - 1, new TextSpan(repaired.getLast().start(), piece.end()));
            } else {
                repaired.add(piece);
            }
        }
        // after joining: the detector may have cut "Sept." from "3." and the join put them back together
        return splitBefore(text, repaired, DATE_THEN_SENTENCE, opener -> true);
    }

    /** Splits each piece before every match's first group that {@code opens} accepts as a sentence's first word. */
    private static List<TextSpan> splitBefore(String text, List<TextSpan> pieces, Pattern pattern, Predicate<String> opens) {
        List<TextSpan> split = new ArrayList<>();
        for (TextSpan piece : pieces) {
            int start = piece.start();
            Matcher matcher = pattern.matcher(text).region(piece.start(), piece.end());
            while (matcher.find()) {
                if (opens.test(matcher.group(1))) {
                    split.add(new TextSpan(start, matcher.start(1)).trimmedIn(text));
                    start = matcher.start(1);
                }
            }
            split.add(new TextSpan(start, piece.end()));
        }
        return split;
    }

    private static boolean belongsToPrevious(String text, TextSpan previous, TextSpan piece) {
        String before = text.substring(previous.start(), previous.end());
        String after = text.substring(piece.start(), piece.end());
        char first = after.charAt(0);
        if (!Character.isLetterOrDigit(first) && after.chars().noneMatch(Character::isLetterOrDigit)) {
            return true; // a stray closing quote or bracket
        }
        if (Character.isLowerCase(first)) {
            return true;
        }
        if (TITLE_OR_MONTH.matcher(before).find()) {
            return true;
        }
        if (DECIMAL_START.matcher(before).find() && Character.isDigit(first)) {
            return true;
        }
        if (INITIALS.matcher(before).find()) {
            String firstWord = after.split("[\\s,’']", 2)[0];
            return !SENTENCE_OPENERS.contains(firstWord);
        }
        return false;
    }
}
