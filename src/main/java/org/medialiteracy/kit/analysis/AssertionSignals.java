package org.medialiteracy.kit.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that make an unhedged sentence general rather than specific: sweeping quantifiers, causes and
 * motives, unnamed groups. Used to tell an unsupported assertion from a plain reported fact.
 */
final class AssertionSignals {

    private static final Pattern GENERAL = Pattern.compile(
            "(?i)\\b(?:every(?:one|thing|where|body)?(?!\\s+(?:\\d|other|two|three|four|five|six|ten|twelve|few|single"
                    + "|day|week|month|year|hour|minute|morning|night|spring|summer|autumn|winter)\\b)"
                    + "|all|always|never|nobody|no one|nothing|any|whatever(?! happens| happened| the outcome)|certain|hardly any(?:one|body)?"
                    + "|some|many|most|(?<!more |less )often|usually|generally|increasingly|rarely|widely|everywhere|too)\\b");
    private static final Pattern CAUSE_OR_MOTIVE = Pattern.compile(
            "(?i)\\b(?:because|as a result|it means|this means|that means|means that|due to|so that|therefore|thus"
                    + "|hence|leads? to|led to|in order to|designed to|to justify|aims? to|wants? to|intends?|seeks? to"
                    + "|motives?|in response to|can be \\w+ed|the reality|the truth)\\b");

    /**
     * "Smaller members are wary of…", "Donors have grown tired of…": how a group feels, stated flatly. The
     * codebook makes that an unsupported assertion, not the writer's opinion; "we are tired" is the writer's own.
     */
    private static final Pattern GROUP_FEELING = Pattern.compile(
            "(?i)^(?!(?:i|we|you)\\b|it(?:'s|’s| is) (?:understandable|no (?:surprise|wonder)|natural|hardly surprising))"
                    + "[^;:“”\"]*?\\b((?:are|were|feel|felt|have grown|had grown|grow|remain|remained)"
                    + "\\s+(?:\\w+ly\\s+)?(?:more\\s+|less\\s+|so\\s+|deeply\\s+)?(?:resentful|frustrated|angry|furious"
                    + "|worried|anxious|nervous|wary|uneasy|fearful|afraid|relieved|disillusioned|fed up|exhausted|abandoned"
                    + "|betrayed|bitter|impatient|restless|alarmed|upset|unhappy|happy|tired|weary|desperate|eager))\\b"
                    + "|^((?:frustration|anger|anxiety|resentment|impatience|unease|fatigue) (?:is|has been|was)"
                    + " (?:growing|mounting|rising|building) among"
                    + "|(?:resentment|anger|distrust|suspicion|bitterness) (?:runs|ran|is running) (?:deep|high))\\b"
                    // "Most tenants no longer trust the council", "Parents have stopped believing the company"
                    + "|^(?!(?:i|we|you)\\b)[^;:“”\"]*?\\b((?:no longer|never|hardly|barely|do not|don" + "['’]" + "t) trust"
                    + "|(?:have|has|had) stopped (?:believing|trusting)|(?:distrust|mistrust)s?"
                    + "|(?:have|has|had) (?:\\w+ly )?lost (?:all )?(?:faith|trust|confidence|patience|hope))\\b");

    private AssertionSignals() {
    }

    /** The words that say how a group feels ("are quietly resentful"), or null when the sentence does not. */
    static String groupFeeling(TaggedSentence sentence) {
        Matcher feeling = GROUP_FEELING.matcher(sentence.text());
        if (!feeling.find()) {
            return null;
        }
        for (int group = 1; group <= feeling.groupCount(); group++) {
            if (feeling.group(group) != null) {
                return feeling.group(group);
            }
        }
        throw new IllegalStateException("a group-feeling match without its words");
    }

    /** The general, causal or motive words of a sentence, outside quotation marks. */
    static List<String> find(TaggedSentence sentence) {
        List<String> words = new ArrayList<>();
        collect(GENERAL.matcher(sentence.text()), sentence, words);
        collect(CAUSE_OR_MOTIVE.matcher(sentence.text()), sentence, words);
        return words;
    }

    private static void collect(Matcher matcher, TaggedSentence sentence, List<String> words) {
        while (matcher.find()) {
            if (!sentence.sentence().isQuoted(sentence.start() + matcher.start())) {
                words.add(matcher.group());
            }
        }
    }

    /** How many specific, checkable details the sentence gives: names of people and places, numbers, dates. */
    static int specifics(TaggedSentence sentence, List<Cue> numbersAndDates) {
        int properNouns = 0;
        for (int i = 0; i < sentence.size(); i++) {
            if (sentence.isProperNoun(i) && !sentence.isQuoted(i)) {
                properNouns++;
            }
        }
        return properNouns + numbersAndDates.size();
    }
}
