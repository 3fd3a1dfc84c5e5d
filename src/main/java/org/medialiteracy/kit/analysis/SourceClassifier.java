package org.medialiteracy.kit.analysis;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what kind of source a speaker's noun phrase is: a name or a body that speaks on the record, one
 * person described only by a role, a vague group, or a pronoun to resolve from the article.
 */
final class SourceClassifier {

    /** "One industry estimate", "independent projections": a figure whose author is not given. */
    private static final Pattern UNOWNED_ESTIMATE = Pattern.compile("(?i)^(?:one|an|another|some|other|several|many"
            + "|independent|unofficial|private|industry)\\b[\\w’' -]*\\b(?:estimates?|projections?|calculations?"
            + "|forecasts?|tall(?:y|ies))$");
    static final Pattern ROLE = Pattern.compile(
            "(?i)\\b(officials?|diplomats?|analysts?|operators?|sources?|aides?|experts?|critics?|observers?|insiders?"
                    + "|ministers?|envoys?|negotiators?|council+ors?|legislators?|spokes(?:man|men|woman|women|person|people)|lawmakers?"
                    + "|officers?|staffers?|advis[eo]rs?|strategists?|witnesses?|residents?|commanders?"
                    + "|employees?|executives?|someone|somebody|voices?|people familiar|person familiar"
                    + "|scientists?|researchers?|economists?|doctors?|lawyers?|attorneys?|academics?|historians?|activists?"
                    + "|campaigners?|protesters?|investigators?|engineers?|teachers?|workers?|users?"
                    + "|students?|colleagues?|traders?|farmers?|nurses?|drivers?|parents?(?! compan)|owners?|delegates?"
                    + "|(?<!-)members?|person|one of (?:them|us|those)|shareholders?|bankers?|lobbyists?|inspectors?"
                    + "|(?:former|retired) regulators?|curators?|archivists?|conservators?|pharmacists?|paramedics?"
                    + "|physicians?|surgeons?|clinicians?|midwives|midwife|dentists?|referees?|(?:senior|leading|prominent) figures?"
                    // lower case only: "the Finnish Border Guard", "AFSCME Local 2290" are names
                    + "|(?-i:directors?|managers?|stewards?|specialists?|consultants?|planners?|organi[sz]ers?"
                    + "|soldiers?|pilots?|fisherm[ae]n|migrants?|refugees?|passengers?|fans?|volunteers?"
                    + "|villagers?|shopkeepers?|neighbou?rs?|mothers?|fathers?|man|woman|men|women|providers?|supervisors?|administrators?))\\b");
    /** People who speak for a body on the record: its spokespeople and, in court, its lawyers. */
    private static final Pattern SPOKESPERSON = Pattern.compile("(?i)spokes(?:man|men|woman|women|person|people)|lawyers?|attorneys?");
    private static final Pattern BACK_REFERENCE = Pattern.compile("(?i)(?:the|its|their|his|her) (?:same )?spokes");
    /** "a city spokesperson", "a county spokeswoman": a spokesperson for the local government. */
    private static final Pattern PUBLIC_BODY = Pattern.compile("(?i)\\b(?:city|county|borough|state|town|city hall|federal)\\b");
    private static final Pattern VAGUE = Pattern.compile(
            "(?i)\\b(some|many|several|certain|others?|various|most|few)\\b|\\bwestern capitals\\b|\\bleadership\\b"
                    + "|^(reports?|critics|observers|advocates|sources|rumou?rs|analysts|experts|people|insiders"
                    + "|supporters|opponents|proponents|detractors|sceptics|skeptics|backers)\\b"
                    + "|\\b(delegates|allies|members|countries|nations|governments|capitals|leaders|people|reports"
                    + "|observers|critics|advocates|diplomats|officials|ministers|analysts|experts|sources"
                    + "|negotiators|voices|circles|quarters)\\b");
    /** "The industry will tell you", "the usual chorus is warning": a whole trade or camp as the speaker, in lower case. */
    private static final Pattern COLLECTIVE_HEAD = Pattern.compile("(?:^|\\s)(?:industry|lobby|chorus|trade)$");
    private static final String ORGANISATIONS = "ministry|government|department|agency|police|army|military"
            + "|court|council|committee|embassy|company|office|commission|parliament|secretariat|administration"
            + "|campaign|party|union|university|institute|directorate|service|firm|bank|club|board|authority|charity"
            + "|hospital|utility|airline|foundation|federation|association|trust|regulator|district|school|academy|insurer"
            + "|league|municipality|alliance|organi[sz]ation|institution|team|network|coalition|cooperative|co-op|guild"
            + "|museum|gallery|library|zoo";
    /** Organisations that speak as a body through an official channel: "the ministry said". */
    private static final Pattern ORGANISATION_BODY = Pattern.compile(
            "(?i)\\b(?:" + ORGANISATIONS + "|statement|spokes(?:man|woman|person)|prosecutors?|(?:the|its|the study['’]s) authors)$");
    /** "according to the company's own estimates": an organisation the article has named, speaking for itself. */
    static final Pattern OWN_FIGURES = Pattern.compile("(?i)the (?:" + ORGANISATIONS + ")['’]s\\b");
    /** "according to accounts filed in March", "according to the study": a document the reader can look up. */
    static final Pattern DOCUMENT = Pattern.compile("(?iU)(?:(?:the|a|an|its|their|official|new|annual|published)\\s+)*"
            + "(?:[\\w’'-]+\\s+){0,5}(?:copy|study|report|survey|poll|census|accounts|filings?|records|figures|data|statistics|minutes"
            + "|notice|statement|summary|note|calculator|memo(?:randum)?|letter|press release|guidance|forecast|index"
            + "|tracker|website|assessment|review|submission|circular"
            + "|court documents|documents|transcripts?|budget|audit|analysis|estimates|calendar|text|declaration|tally"
            + "|count|communiqu[eé]|annex|register|registry|ledger|logs|timetable|database|dataset|bulletin|ruling"
            + "|judg(?:e)?ment|resolution|treaty|decree|charter|timeline|update|results|paper|log|files?|dossier"
            + "|indictment|lawsuit|complaint|petition|contract|readout|announcement|release|manifesto|prospectus"
            + "|document|presentation|calculations?|projections?|spreadsheet|modell?ing|maps?|charts?|graphic"
            + "|recordings?|video|footage|record|plan|proposals?|registers|disclosures?|orders?)\\b(?!\\s+(?:say|said|suggest))");
    private static final Pattern ORGANISATION_END = Pattern.compile("(?i)\\b(?:" + ORGANISATIONS + ")$");
    /** The same organisations anywhere in a phrase: "a spokesperson for the ministry". */
    private static final Pattern ORGANISATION = Pattern.compile("(?i)\\b(?:" + ORGANISATIONS + ")\\b");
    /** Collectives and bare plural roles: vague rather than one unnamed person. */
    private static final Pattern QUANTIFIER = Pattern.compile(
            "(?i)^(?:(some|many|several|certain|others?|various|most|few)\\b"
                    + "|(critics|observers|advocates|analysts|experts|insiders|commentators)\\b"
                    + "|\\w+ (scientists|researchers|economists|experts|analysts|activists|campaigners|operators)\\b)");
    private static final Set<String> THIRD_PERSON = Set.of("he", "she", "they", "it");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "across", "around", "inside",
            "outside", "throughout", "from");
    static final Set<String> SPEAKER_PARTICIPLES = Set.of("involved", "briefed", "posted", "based",
            "stationed", "interviewed", "contacted", "consulted", "engaged", "tasked", "assigned", "speaking",
            "working", "close", "familiar", "knowledgeable", "privy", "aligned", "linked", "allied", "living");
    /** "One told me…", "Another added…": one of the people just described, still unnamed. */
    private static final Pattern ONE_OF_THEM = Pattern.compile("(?i)(?:one|another|a second|a third)");
    private static final Pattern RELATIVE_OF = Pattern.compile("(?i)(?:his|her|their) (?:mother|father|wife|husband|son"
            + "|daughter|sister|brother|parents|family|widow|widower|mum|dad|mom)");
    /** "Nobody on Ward 14 can yet say": no one speaks. */
    private static final Pattern NOBODY = Pattern.compile("(?i)^(?:nobody|no one|no-one|none)\\b");
    /** "the two governments said", "both ministries": bodies the article has just named, counted back. */
    private static final Pattern BOTH_BODIES = Pattern.compile("(?i)(?:the (?:two|three|four)|both)(?: countries['’])?"
            + "(?: \\w+)? (?:governments|ministries|capitals|countries|sides|parties|companies|agencies)");

    private SourceClassifier() {
    }

    /** "delegates", "officials", not "witness" or "Spain’s". */
    static boolean endsLikePlural(String word) {
        return word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("’s") && !word.endsWith("'s");
    }

    /** "he", "she", "they", "I", "we": a person speaking, not "it". */
    static boolean isPersonalPronoun(String word) {
        return THIRD_PERSON.contains(word) && !word.equals("it") || word.equals("i") || word.equals("we");
    }

    /** "A spokeswoman for the firm": someone who speaks for an organisation rather than for themselves. */
    static boolean mentionsSpokesperson(String words) {
        return SPOKESPERSON.matcher(words).find();
    }

    private static boolean hasPrepositionBetween(TaggedSentence s, int fromOffset, int toToken) {
        for (int i = toToken - 1; i >= 0 && s.tokenStart(i) >= fromOffset; i--) {
            // "an aide to a member of the Senate", not "Minister for Economic Affairs" or "Secretary of the Interior"
            if (s.tag(i).equals("ADP") && (s.lower(i + 1).equals("a") || s.lower(i + 1).equals("an"))) {
                return true;
            }
        }
        return false;
    }

    /** "diplomats in Lomé", "hardliners in Seoul": a place after the speaker does not name the speaker. */
    private static boolean isPlace(TaggedSentence s, int from, int properNoun) {
        int j = properNoun;
        while (j > from && (s.isProperNoun(j - 1) || isListJoint(s, j - 1) && j - 2 > from && s.isProperNoun(j - 2)
                || s.lower(j - 1).equals("of") && j - 2 > from && s.isProperNoun(j - 2))) {
            j--; // "in Rome and Madrid", "in France, Ireland and Poland", "at the Department of Health"
        }
        while (j > from + 1 && s.tag(j - 1).equals("ADJ") && s.isCapitalised(j - 1)) {
            j--; // "critics in the Philippine Senate"
        }
        if (j > from + 2 && s.tag(j - 1).matches("NOUN|ADJ") && Character.isLowerCase(s.token(j - 1).charAt(0))
                && s.tag(j - 2).equals("DET")) {
            j--; // "an official at the state Department of Health"
        }
        if (j > from + 1 && s.tag(j - 1).equals("DET")) {
            j--; // "an official at the Interior Ministry", "a trader at a London desk"
        }
        return j > from + 1 && PLACE_PREPOSITIONS.contains(s.lower(j - 1)) && !isNameAt(s, from);
    }

    /** A proper noun, but not a role that is capitalised only because it opens the sentence ("Neighbours in…"). */
    private static boolean isNameAt(TaggedSentence s, int i) {
        return s.isProperNoun(i) && !(i == 0 && ROLE.matcher(uncapitalised(s.token(i))).matches());
    }

    private static boolean isListJoint(TaggedSentence s, int i) {
        return s.lower(i).equals("and") || s.token(i).equals(",");
    }

    /** "Hardliners in Seoul say": a phrase opening with a plural common noun, no article or name. */
    private static boolean isPluralCommonNoun(TaggedSentence s, int i) {
        boolean common = s.tag(i).equals("NOUN") || s.tag(i).equals("PROPN") && !s.isProperNoun(i);
        return common && endsLikePlural(s.lower(i));
    }

    /** "Military planners fear", "Opposition parties accused": a plural group under a modifier, no article. */
    private static boolean isModifiedBarePlural(TaggedSentence s, int from, int to) {
        boolean modifiers = true;
        for (int i = from; i < to - 1; i++) {
            modifiers &= s.tag(i).equals("ADJ") || s.tag(i).matches("NOUN|PROPN") && !s.isProperNoun(i);
        }
        return modifiers && to - from >= 2 && to - from <= 3 && isPluralCommonNoun(s, to - 1);
    }

    /** "The same report said", "the notice says": a document speaks for whoever published it. */
    private static boolean isDocument(String phrase) {
        Matcher document = DOCUMENT.matcher(phrase);
        return document.matches() && !phrase.regionMatches(true, 0, "a ", 0, 2);
    }

    /**
     * "Pennock denied those reports": a capitalised word alone right before its verb, with no article, is a name
     * ("Time will tell" is not).
     */
    private static boolean isLoneCapitalOpener(TaggedSentence s, int from, int to) {
        return from == 0 && to == 1 && s.size() > 1 && s.tag(0).equals("NOUN") && s.tag(1).equals("VERB")
                && s.isCapitalised(0) && !endsLikePlural(s.lower(0));
    }

    private static String uncapitalised(String phrase) {
        return phrase.isEmpty() ? phrase : Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1);
    }

    static SourceKind classify(TaggedSentence s, int from, int to) {
        String phrase = s.text().substring(s.tokenStart(from) - s.start(), s.tokenEnd(to - 1) - s.start());
        if (to - from == 1 && s.tag(from).equals("PRON")) {
            // "he said" needs the article's context; "I think", "we believe" are the writer's own view
            return THIRD_PERSON.contains(s.lower(from)) ? SourceKind.PRONOUN : null;
        }
        if (NOBODY.matcher(phrase).lookingAt()) {
            return null;
        }
        if (ONE_OF_THEM.matcher(phrase).matches()) {
            return SourceKind.ANONYMOUS;
        }
        if (RELATIVE_OF.matcher(phrase).matches()) {
            return SourceKind.PRONOUN; // "his mother said": whoever the article has just named, by relation
        }
        if (BOTH_BODIES.matcher(phrase).matches()) {
            return SourceKind.NAMED;
        }
        int properNouns = 0;
        int lastProper = -1;
        for (int i = from; i < to; i++) {
            if (SPEAKER_PARTICIPLES.contains(s.lower(i)) && i > from) {
                break; // "two officials familiar with the talks between Bucharest and the Commission"
            }
            if (s.isProperNoun(i) && !isPlace(s, from, i)) {
                properNouns++;
                lastProper = i;
            }
        }
        // a role opening the sentence is capitalised only because it opens it: "Neighbours in Altnabreck say"
        boolean opensSentence = from == 0 && (to - from == 1 || !s.isProperNoun(from + 1));
        Matcher role = ROLE.matcher(opensSentence ? uncapitalised(phrase) : phrase);
        if (role.find()) {
            int roleEnd = s.tokenStart(from) + role.end();
            // "Foreign Minister Elina Valtonen", not "an aide to a member of the Senate"
            boolean nameAfterRole = lastProper >= 0 && s.tokenStart(lastProper) >= roleEnd
                    && !hasPrepositionBetween(s, roleEnd, lastProper);
            // "the spokesperson said" goes back to one introduced for a named body; "its spokesman" is the body's
            boolean namedSpokesperson = SPOKESPERSON.matcher(role.group()).matches()
                    && (properNouns > 0 || ORGANISATION.matcher(phrase).find() || BACK_REFERENCE.matcher(phrase).lookingAt()
                    || PUBLIC_BODY.matcher(phrase).find() || s.hasNameBefore(from));
            // "Some lawmakers on the Senate Agriculture Committee": a group, whatever body it belongs to
            Matcher quantifier = QUANTIFIER.matcher(phrase);
            boolean someOfThem = quantifier.lookingAt() && quantifier.group(1) != null;
            if ((nameAfterRole || namedSpokesperson) && !someOfThem) {
                return SourceKind.NAMED;
            }
            return QUANTIFIER.matcher(phrase).find() ? SourceKind.VAGUE : SourceKind.ANONYMOUS;
        }
        if (ORGANISATION_END.matcher(phrase).find() && !QUANTIFIER.matcher(phrase).find()) {
            return SourceKind.NAMED; // "the United Nations human rights office said": a body, not "nations"
        }
        if (VAGUE.matcher(phrase).find() || UNOWNED_ESTIMATE.matcher(phrase).matches() || COLLECTIVE_HEAD.matcher(phrase).find()
                || properNouns == 0 && (isPluralCommonNoun(s, from) || isModifiedBarePlural(s, from, to))) {
            return SourceKind.VAGUE;
        }
        if (properNouns > 0 || ORGANISATION_BODY.matcher(phrase).find() || isDocument(phrase)
                || isLoneCapitalOpener(s, from, to)) {
            return SourceKind.NAMED;
        }
        return null;
    }
}
