package org.medialiteracy.kit.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cue rule given by a regular expression over the sentence text (Unicode-aware word boundaries, so
 * "Vučić" holds no "I"). Rules for the writer's words skip a capitalised match inside a sentence: it is a
 * name ("Pride organisers"), not the word.
 */
record PatternRule(String id, String description, CueKind kind, Pattern pattern, boolean outsideQuotesOnly,
                   List<String> mustFlag, List<String> mustNotFlag) implements CueRule {

    /** A rule for the writer's own words: matches inside quotation marks are the speaker's and do not count. */
    static PatternRule writer(String id, String description, CueKind kind, String regex,
                              List<String> mustFlag, List<String> mustNotFlag) {
        return new PatternRule(id, description, kind, Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS), true, mustFlag, mustNotFlag);
    }

    /** A rule that counts wherever it matches, quotation marks or not. */
    static PatternRule anywhere(String id, String description, CueKind kind, String regex,
                                List<String> mustFlag, List<String> mustNotFlag) {
        return new PatternRule(id, description, kind, Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS), false, mustFlag, mustNotFlag);
    }

    @Override
    public List<Cue> find(TaggedSentence sentence) {
        List<Cue> cues = new ArrayList<>();
        Matcher matcher = pattern.matcher(sentence.text());
        while (matcher.find()) {
            if (matcher.end() == matcher.start()) {
                continue;
            }
            int start = sentence.start() + matcher.start();
            if (outsideQuotesOnly && (sentence.sentence().isQuoted(start) || isNameInside(sentence, matcher.start()))) {
                continue;
            }
            cues.add(new Cue(start, sentence.start() + matcher.end(), kind));
        }
        return cues;
    }

    private boolean isNameInside(TaggedSentence sentence, int index) {
        String text = sentence.text();
        return kind == CueKind.EVALUATIVE && index > 0 && Character.isUpperCase(text.charAt(index))
                && !text.substring(0, index).isBlank() && text.charAt(index - 1) != '“' && text.charAt(index - 1) != '"';
    }
}
