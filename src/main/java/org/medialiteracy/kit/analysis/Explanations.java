package org.medialiteracy.kit.analysis;

import java.util.List;

/** One plain sentence per label, naming the cue words, written for a 14-year-old. */
final class Explanations {

    private Explanations() {
    }

    static String residue(String words, boolean fromGenerator) {
        return "Not a claim: " + quote(words) + " is leftover text from "
                + (fromGenerator ? "the tool that wrote the article." : "the web page, not part of the article.");
    }

    static String heading() {
        return "Not a claim: this line is a heading or title, not a sentence that states something.";
    }

    static String tableRow() {
        return "Not a claim: this is a line of a table of labels.";
    }

    static String labelBullet() {
        return "Not a claim: this bullet point is only a label, with no verb saying that something happened.";
    }

    static String question(String words) {
        return "Not a claim: " + quote(words) + " asks the reader a question instead of stating something.";
    }

    static String callToAction(String words) {
        return "Not a claim: " + quote(words) + " invites the reader to do something; it does not state anything.";
    }

    static String noWords() {
        return "Not a claim: there are no words here.";
    }

    static String anonymous(Speaker speaker) {
        if (speaker.words() == null) {
            return "Anonymous sourcing: the quotation has no speaker the reader can identify.";
        }
        if (speaker.carried()) {
            return "Anonymous sourcing: this goes on with what " + quote(speaker.words())
                    + " said, and that source is not named.";
        }
        return "Anonymous sourcing: " + quote(speaker.words())
                + " does not name who is speaking, so the reader cannot check it.";
    }

    static String attributed(Speaker speaker) {
        if (speaker.carried()) {
            return "Reported fact: this continues the words of " + quote(speaker.words())
                    + ", who is named, so you can check that it was said.";
        }
        return "Reported fact: it reports what " + quote(speaker.words())
                + " said or did, and the source is named, so you can check it.";
    }

    static String opinion(List<String> cueWordsFound, boolean byScorer) {
        List<String> cueWords = cueWordsFound.stream().distinct().toList(); // two rules may flag the same word
        if (cueWords.isEmpty()) {
            return byScorer
                    ? "Opinion: the wording sounds like the writer's own judgment, and no one else is credited with it."
                    : "Opinion: it is the writer's own judgment.";
        }
        return "Opinion: " + list(cueWords) + " show" + (cueWords.size() == 1 ? "s" : "")
                + " the writer's own judgment, guess or feeling.";
    }

    static String rhetoricalQuestion(String words) {
        return "Opinion: " + quote(words) + " asks a question only to make a point, so it is the writer's view.";
    }

    static String unsupported(List<String> words) {
        if (words.isEmpty()) {
            return "Unsupported assertion: it states a claim as fact but gives no source or evidence for it.";
        }
        return "Unsupported assertion: " + list(words) + " make" + (words.size() == 1 ? "s" : "")
                + " it a general claim, stated as fact with no source or evidence.";
    }

    static String groupFeeling(String words) {
        return "Unsupported assertion: " + quote(words) + " says how a group feels, as if it were fact, with no source"
                + " or evidence.";
    }

    static String plainFact(List<String> details) {
        if (details.isEmpty()) {
            return "Reported fact: it states a specific event that can be checked.";
        }
        return "Reported fact: it states something specific you can check, such as " + list(details) + ".";
    }

    private static String list(List<String> words) {
        List<String> shown = words.stream().distinct().limit(3).map(Explanations::quote).toList();
        if (shown.size() == 1) {
            return shown.getFirst();
        }
        return String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.getLast();
    }

    private static String quote(String words) {
        String clean = words.strip();
        if (clean.length() > 60) {
            clean = clean.substring(0, 57).strip() + "…";
        }
        return "'" + clean + "'";
    }
}
