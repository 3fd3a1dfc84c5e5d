package org.medialiteracy.kit.analysis;

import java.util.List;

/** Word lists behind the cue rules, kept apart so they can grow without touching the rules. */
final class Lexicon {

    /** Words that judge, interpret or colour: the writer's evaluation when they carry the point. */
    static final List<String> EVALUATIVE = List.of(
            "absurd", "admirable", "alarming", "appalling", "astonishing", "atrocious", "awful", "bad", "baffling",
            "bizarre", "bleak", "blunder", "bold", "bombast", "bombastic", "brave", "braver", "bravest", "brilliant",
            "brutal", "callous", "catastrophic", "cheap", "clumsy", "compelling", "contemptible", "corrupt",
            "courageous", "cowardly", "crazy", "crucial", "cruel", "cynical", "damaging", "dangerous", "daring",
            "deplorable", "desperate", "devastating", "dire", "disastrous", "disgraceful", "dishonest", "dismal",
            "dreadful", "dubious", "dumb", "elegant", "embarrassing", "essential", "excellent", "extraordinary",
            "fabulous", "facade", "failed", "fair", "fantastic", "farce", "fatal", "fierce", "flawed", "foolish",
            "fragile", "futile", "genuine", "glaring", "good", "great", "greatest", "grim", "harsh", "hollow",
            "honest", "horrible", "horrific", "hypocritical", "hypocrisy", "hysterical", "idiotic", "ill-advised",
            "impressive", "inappropriate", "incompetent", "incredible", "indefensible", "inept", "inexcusable",
            "insane", "intriguing", "irresponsible", "laughable", "lazy", "legitimate", "lousy", "ludicrous",
            "magnificent", "marvellous", "marvelous", "masterpiece", "meaningful", "mediocre", "meticulously",
            "misguided", "misleading", "miserable", "naive", "nasty", "needless", "nonsense", "obscene", "odd",
            "oddly", "outrageous", "outsized", "painful", "palpable", "pathetic", "peculiar", "perfect", "perfectly",
            "perilous", "pivotal", "pointless", "poor", "powerful", "pragmatic", "pretentious", "profound",
            "promising", "questionable", "reckless", "remarkable", "remarkably", "ridiculous", "rightly", "sad",
            "sadly", "scandalous", "senseless", "shameful", "shocking", "silly", "sinister", "skilful", "slim",
            "smart", "spectacular", "splendid", "strange", "striking", "stunning", "stupid", "superb", "surprising",
            "terrible", "terrific", "thorny", "toxic", "tragic", "tragically", "troubling", "unacceptable",
            "unfair", "unfortunate", "unfortunately", "unjust", "unprecedented", "unwise", "useless", "vague",
            "valid", "vital", "weak", "weary", "weaponized", "weird", "wise", "wisdom", "wonderful", "worrying",
            "worse", "worst", "worthless", "wrong", "wrongly", "bluster", "posturing", "saber-rattling",
            "sabre-rattling", "hyperbolic", "grandstanding", "propaganda", "sham", "charade", "folly", "mess",
            "debacle", "fiasco", "gamble", "gambits", "hubris", "arrogant", "arrogance", "naivety", "ironclad",
            "robust", "maturing", "obvious", "obviously", "clearly", "undoubtedly", "certainly", "surely",
            "of course", "honestly", "frankly", "truly", "hopefully", "fortunately", "thankfully",
            "ironically", "tellingly", "inevitably", "crucially", "importantly", "interesting", "interestingly",
            "easy", "easier", "harder", "tough", "difficult", "delicate", "uncomfortable", "necessary",
            "urgent", "urgently", "important", "significant", "critical", "key", "serious", "real", "deeper",
            "stark", "starkly", "bitter", "empty", "bristling", "impatient", "too-strong",
            "greater good", "thick and thin", "gold standard", "elephant in the room", "devil is", "in the balance",
            "hope", "hoping", "fear", "unease", "nervousness", "wariness", "pride", "shame", "outrage", "scandal",
            "insult", "disgrace", "betray", "betrays", "betrayal", "sabotage", "undermines", "undermine",
            "twisted", "twist", "exploit", "exploits", "cling", "clung", "blindsided", "snub", "meddling",
            "racist", "indeed", "actually", "in fact", "wasteful", "inefficient", "problem", "disaster", "ruin",
            "mindblowing", "mind-blowing", "fear-mongering", "fearmongering", "correctly", "deliberately",
            "ingenious", "eagerly", "self-contradictory", "scapegoat", "so-called", "cabal", "inevitable",
            "decry", "panic", "greed", "greedy", "evil", "radical", "extremist", "elite", "elites",
            "woke", "destroy", "destroying", "crisis", "chaos", "chaotic", "shameless", "blatant", "blatantly",
            "mere", "sheer", "notorious", "infamous", "lavish", "modest", "bumpy", "best", "better", "finest",
            "beautiful", "ugly", "lovely", "nice", "happy", "unhappy", "proud", "angry", "glad", "sorry",
            "delighted", "disappointed", "disappointing", "frustrating", "frustrated", "exciting", "boring",
            "amazing", "awesome", "horrendous", "insidious", "ominous", "alarmingly", "disturbing", "heartbreaking",
            "hopeless", "hopeful", "optimistic", "pessimistic", "naïve", "ironic", "irony", "absurdity", "nonsensical",
            "unsustainable", "unworkable", "credible", "unbelievable", "outrageously", "overblown",
            "exaggerated", "wake-up call", "overreach", "overreaction", "unwarranted", "justified", "unjustified", "fairly", "unfairly");

    /** Words that only strengthen a judgment. */
    static final List<String> INTENSIFIERS = List.of(
            "very", "extremely", "hugely", "deeply", "incredibly", "utterly", "totally", "absolutely", "really",
            "simply", "merely", "so much", "far too", "exponentially", "increasingly", "most", "least", "pretty much",
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
