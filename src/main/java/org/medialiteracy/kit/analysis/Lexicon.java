package org.medialiteracy.kit.analysis;

import java.util.List;

/** Word lists behind the cue rules, kept apart so they can grow without touching the rules. */
final class Lexicon {

    /** "It is time…", "it's high time…": the writer's demand, for the obligation cue and for the source finder alike. */
    static final String DEMAND = "it(?:['’]s| is) (?:high |about )?time";

    /** Words that judge, interpret or colour: the writer's evaluation when they carry the point. */
    static final List<String> EVALUATIVE = List.of(
            "absurd", "absurdity", "actually", "admirable", "alarming", "alarmingly", "amazing", "appalling",
            "arrogance", "arrogant", "as if", "as though", "astonishing", "atrocious", "awesome", "awful", "baffling", "beautiful",
            "betray", "betrayal", "betrays", "bitter", "bizarre", "blatant", "blatantly", "bleak", "blindsided",
            "blunder", "bluster", "bold", "bombast", "bombastic", "boring", "brave", "braver", "bravest",
            "brilliant", "bristling", "brutal", "bumpy", "cabal", "callous", "catastrophic", "certainly", "chaos",
            "chaotic", "charade", "cheap", "clearly", "cling", "clumsy", "clung", "compelling", "contemptible",
            "correctly", "corrupt", "courageous", "cowardly", "crazy", "crucial", "crucially", "cruel", "cynical",
            "damaging", "dangerous", "daring", "debacle", "decry", "deliberately", "deserve", "deserved", "deserves", "delighted", "deplorable",
            "desperate", "devastating", "devil is", "dire", "disappointed", "disappointing", "disaster",
            "disastrous", "disgrace", "disgraceful", "dishonest", "dismal", "disturbing", "dreadful", "dubious",
            "dumb", "eagerly", "elegant", "elephant in the room", "elite", "elites", "embarrassing", "essential",
            "evil", "exaggerated", "excellent", "exciting", "exploit", "exploits", "extraordinary", "extremist",
            "fabulous", "facade", "fantastic", "farce", "fascinating", "fatal", "fear-mongering", "fearmongering", "fiasco",
            "fierce", "finest", "flawed", "folly", "foolish", "fortunately", "fragile", "frankly", "frustrated",
            "frustrating", "futile", "gambits", "gamble", "glaring", "glorious", "gold standard", "grandstanding",
            "greater good", "greatest", "greed", "greedy", "grim", "harsh", "heartbreaking", "hollow", "honestly",
            "hopeful", "hopefully", "hopeless", "horrendous", "horrible", "horrific", "hubris", "hyperbolic",
            "hypocrisy", "hypocritical", "hysterical", "idiotic", "ill-advised", "impatient", "importantly",
            "impressive", "in fact", "in the balance", "inappropriate", "incompetent", "incredible", "indeed",
            "indefensible", "inefficient", "inept", "inevitable", "inevitably", "inexcusable", "infamous",
            "ingenious", "insane", "insidious", "insult", "interestingly", "intriguing", "ironclad", "ironic",
            "ironically", "irony", "irresponsible", "laughable", "lavish", "lazy", "lousy", "lovely", "ludicrous",
            "magnificent", "marvellous", "marvelous", "masterpiece", "maturing", "meaningful", "meddling",
            "mediocre", "mess", "a mistake", "meticulously", "mind-blowing", "mindblowing", "miserable", "misguided",
            "misleading", "naive", "naivety", "nasty", "naïve", "needless", "nervousness", "nonsense",
            "nonsensical", "notorious", "obscene", "obvious", "obviously", "oddly", "of course", "ominous",
            "optimistic", "outrage", "outrageous", "outrageously", "outsized", "overblown", "overreach",
            "overreaction", "painful", "palpable", "panic", "pathetic", "peculiar", "perfect", "perfectly",
            "perilous", "pessimistic", "pivotal", "pointless", "posturing", "pragmatic", "pretentious", "profound",
            "promising", "propaganda", "questionable", "racist", "radical", "reckless", "remarkable", "remarkably",
            "ridiculous", "rightly", "ruin", "saber-rattling", "sabotage", "sabre-rattling", "sadly", "scandal",
            "scandalous", "scapegoat", "self-contradictory", "senseless", "sham", "shame", "shameful", "shameless",
            "sheer", "shocking", "silly", "sinister", "skilful", "slim", "snub", "so-called", "spectacular",
            "splendid", "stark", "starkly", "striking", "stunning", "stupid", "superb", "surely", "surprising",
            "tellingly", "terrible", "terrific", "thankfully", "thick and thin", "thorny", "too-strong", "toxic",
            "tragic", "tragically", "troubling", "truly", "twist", "twisted", "ugly", "unacceptable",
            "unbelievable", "undermine", "undermines", "undoubtedly", "unease", "unfair", "unfairly", "unfortunate",
            "unfortunately", "unjust", "unjustified", "unprecedented", "unsustainable", "unwarranted", "unwise",
            "unworkable", "urgently", "useless", "vague", "wake-up call", "wariness", "wasteful", "weaponized",
            "weary", "weird", "wisdom", "wise", "woke", "wonderful", "worrying", "worthless", "wrong", "wrongly");

    /** Judgment words that news also uses literally ("a key vote", "serious injuries"): half weight. */
    static final List<String> MILD_EVALUATIVE = List.of(
            "angry", "bad", "best", "better", "credible", "crisis", "critical", "deeper", "delicate", "difficult",
            "easier", "easy", "empty", "failed", "fair", "fairer", "fairly", "fear", "genuine", "glad", "good", "great",
            "happy", "harder", "honest", "hope", "hoping", "huge", "important", "interesting", "justified", "key",
            "legitimate", "mere", "modest", "necessary", "nice", "odd", "poor", "powerful", "pride", "problem",
            "proud", "real", "robust", "sad", "serious", "significant", "smart", "smarter", "sorry", "strange", "tough",
            "uncomfortable", "unhappy", "urgent", "valid", "vital", "weak", "worse", "worst");

/** Words that only strengthen a judgment. */
    static final List<String> INTENSIFIERS = List.of(
            "very", "extremely", "hugely", "deeply", "incredibly", "utterly", "totally", "absolutely", "really",
            "simply", "merely", "so much", "far too", "exponentially", "increasingly", "the most", "least", "pretty much",
            "even more", "always", "never");

    private Lexicon() {
    }

    /** An alternation that matches any of the words as whole words, apostrophes either way. */
    static String alternation(List<String> words) {
        StringBuilder regex = new StringBuilder("(?i)\\b(?:");
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                regex.append('|');
            }
            regex.append(words.get(i).replace("'", "['’]").replace(" ", "\\s+").replace("-", "[-‑]"));
        }
        return regex.append(")\\b").toString();
    }
}
