package org.medialiteracy.kit.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Splits an article into paragraphs and sentences with absolute offsets. OpenNLP's sentence detector
 * does the prose; the rules here fix what it gets wrong in news text: abbreviations and initials,
 * decimals, headings and list or table lines, and page text glued together with no space.
 */
public final class SentenceSplitter {

    private static final Pattern BULLET = Pattern.compile("^(?:[-–—•*·▪►]\\s|\\d{1,2}[.)]\\s)");
    private static final Pattern END_PUNCTUATION = Pattern.compile("[.!?:;…\"”’')\\]]$");
    /** Two texts run together: a page button glued to the next word, or a sentence end glued to the next. */
    private static final Pattern GLUE = Pattern.compile(
            "(?<=\\b(?:Follow|Share|Subscribe|Advertisement|Comments?|Tweet|Print|Email|Listen|Menu|Login|Sign up|Read more|Close|Skip))(?=[A-Z][a-z])"
                    + "|(?<=[a-z]{2}[.!?]|[a-z]{2}[.!?][”\"]|\\d\\))(?=[A-Z][a-z]|[AI]\\s)");

    private final QuotationScanner quotationScanner = new QuotationScanner();

    /** Paragraphs and sentences of an article; blank lines and leading/trailing spaces belong to none. */
    public List<Sentence> split(String text) {
        List<TextSpan> pieces = new ArrayList<>();
        List<Integer> paragraphOf = new ArrayList<>();
        List<SentenceKind> kinds = new ArrayList<>();
        int paragraph = -1;
        for (TextSpan line : unwrap(text, lines(text))) {
            TextSpan trimmed = trim(text, line.start(), line.end());
            if (trimmed.start() == trimmed.end()) {
                continue;
            }
            paragraph++;
            for (TextSpan part : unglue(text, trimmed)) {
                SentenceKind kind = kindOf(text.substring(part.start(), part.end()));
                if (kind == SentenceKind.PROSE) {
                    for (TextSpan sentence : detect(text, part)) {
                        pieces.add(sentence);
                        paragraphOf.add(paragraph);
                        kinds.add(kind);
                    }
                } else {
                    pieces.add(part);
                    paragraphOf.add(paragraph);
                    kinds.add(kind);
                }
            }
        }
        return withQuotations(text, pieces, paragraphOf, kinds);
    }

    /** One sentence per line, empty lines included (as empty sentences), for texts given line by line. */
    public List<Sentence> splitLines(String text) {
        List<TextSpan> pieces = new ArrayList<>();
        List<Integer> paragraphOf = new ArrayList<>();
        List<SentenceKind> kinds = new ArrayList<>();
        List<TextSpan> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            TextSpan trimmed = trim(text, lines.get(i).start(), lines.get(i).end());
            pieces.add(trimmed);
            paragraphOf.add(i);
            kinds.add(kindOf(text.substring(trimmed.start(), trimmed.end())));
        }
        return withQuotations(text, pieces, paragraphOf, kinds);
    }

    private List<Sentence> withQuotations(String text, List<TextSpan> pieces, List<Integer> paragraphOf,
                                          List<SentenceKind> kinds) {
        List<TextSpan> quotes = quotationScanner.scan(text);
        List<Sentence> sentences = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            TextSpan piece = pieces.get(i);
            List<Integer> ids = new ArrayList<>();
            List<TextSpan> parts = new ArrayList<>();
            for (int q = 0; q < quotes.size(); q++) {
                TextSpan quote = quotes.get(q);
                if (quote.overlaps(piece.start(), piece.end())) {
                    ids.add(q);
                    parts.add(new TextSpan(Math.max(quote.start(), piece.start()),
                            Math.min(quote.end(), piece.end())));
                }
            }
            sentences.add(new Sentence(piece.start(), piece.end(), text.substring(piece.start(), piece.end()),
                    paragraphOf.get(i), kinds.get(i), ids, parts));
        }
        return sentences;
    }

    static SentenceKind kindOf(String line) {
        if (line.startsWith("|")) {
            return SentenceKind.TABLE_ROW;
        }
        if (BULLET.matcher(line).find()) {
            return SentenceKind.BULLET;
        }
        if (!line.isEmpty() && !END_PUNCTUATION.matcher(line).find()) {
            return SentenceKind.HEADING;
        }
        return SentenceKind.PROSE;
    }

    private static List<TextSpan> lines(String text) {
        List<TextSpan> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                lines.add(new TextSpan(start, i));
                start = i + 1;
            }
        }
        if (text.endsWith("\n")) {
            lines.removeLast();
        }
        return lines;
    }

    /**
     * Joins hard-wrapped lines: a line with no end punctuation followed by a line that starts in lower
     * case continues the same sentence ("…met with the\nforeign minister").
     */
    private static List<TextSpan> unwrap(String text, List<TextSpan> lines) {
        List<TextSpan> joined = new ArrayList<>();
        for (TextSpan line : lines) {
            String current = text.substring(line.start(), line.end()).strip();
            if (!joined.isEmpty() && !current.isEmpty() && Character.isLowerCase(current.charAt(0))) {
                TextSpan previous = joined.getLast();
                String before = text.substring(previous.start(), previous.end()).strip();
                if (!before.isEmpty() && kindOf(before) == SentenceKind.HEADING) {
                    joined.set(joined.size() - 1, new TextSpan(previous.start(), line.end()));
                    continue;
                }
            }
            joined.add(line);
        }
        return joined;
    }

    private static List<TextSpan> unglue(String text, TextSpan line) {
        List<TextSpan> parts = new ArrayList<>();
        Matcher glue = GLUE.matcher(text).region(line.start(), line.end());
        glue.useTransparentBounds(true);
        int start = line.start();
        while (glue.find()) {
            parts.add(new TextSpan(start, glue.start()));
            start = glue.start();
        }
        parts.add(new TextSpan(start, line.end()));
        return parts;
    }

    private static List<TextSpan> detect(String text, TextSpan part) {
        String chunk = text.substring(part.start(), part.end());
        Span[] spans = NlpModels.sentenceDetector().sentPosDetect(chunk);
        List<TextSpan> sentences = new ArrayList<>();
        for (Span span : spans) {
            TextSpan trimmed = trim(text, part.start() + span.getStart(), part.start() + span.getEnd());
            if (trimmed.end() > trimmed.start()) {
                sentences.add(trimmed);
            }
        }
        if (sentences.isEmpty()) {
            sentences.add(part);
        }
        return SplitRepair.repair(text, sentences);
    }

    private static TextSpan trim(String text, int start, int end) {
        return new TextSpan(start, end).trimmedIn(text);
    }
}
