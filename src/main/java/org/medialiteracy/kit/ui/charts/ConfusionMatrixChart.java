package org.medialiteracy.kit.ui.charts;

import com.vaadin.flow.component.Svg;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.scoring.ConfusionMatrix;

/**
 * Which labels got mixed up, as a picture: rows are the key's labels, columns the answers; darker means more.
 * The right answers sit on the diagonal. The same facts are read out in words for screen readers.
 */
public final class ConfusionMatrixChart {

    private static final int CELL = 56;
    private static final int LEFT = 170;
    private static final int TOP = 96;

    private ConfusionMatrixChart() {
    }

    public static Svg of(ConfusionMatrix matrix) {
        List<Label> rows = Arrays.stream(Label.values()).filter(l -> matrix.keyed(l) > 0).toList();
        List<Label> columns = Arrays.stream(Label.values())
                .filter(l -> matrix.keyed(l) > 0 || matrix.answeredAs(l) > 0).toList();
        boolean anyUnanswered = rows.stream().anyMatch(l -> matrix.unanswered(l) > 0);
        int width = LEFT + CELL * (columns.size() + (anyUnanswered ? 1 : 0)) + 90;
        int height = TOP + CELL * rows.size() + 10;
        int max = 1;
        for (Label row : rows) {
            for (Label column : columns) {
                max = Math.max(max, matrix.count(row, column));
            }
        }
        StringBuilder svg = SvgMarkup.open(width, height, describe(matrix, rows, columns));
        svg.append(SvgMarkup.text(LEFT - 8, TOP - 70, "end", "font-size:12px;font-weight:600", "The key said ↓ / you said →"));
        for (int c = 0; c < columns.size(); c++) {
            header(svg, LEFT + c * CELL + CELL / 2.0, columns.get(c).shortCode(), columns.get(c).displayName());
        }
        if (anyUnanswered) {
            header(svg, LEFT + columns.size() * CELL + CELL / 2.0, "–", "No answer");
        }
        for (int r = 0; r < rows.size(); r++) {
            Label row = rows.get(r);
            double y = TOP + r * CELL;
            svg.append(SvgMarkup.text(LEFT - 8, y + CELL / 2.0 + 4, "end", "font-size:13px",
                    row.shortCode() + " · " + row.displayName()));
            for (int c = 0; c < columns.size(); c++) {
                cell(svg, LEFT + c * CELL, y, matrix.count(row, columns.get(c)), max, row == columns.get(c));
            }
            if (anyUnanswered) {
                cell(svg, LEFT + columns.size() * CELL, y, matrix.unanswered(row), max, false);
            }
        }
        return new Svg(svg.append("</svg>").toString());
    }

    private static void header(StringBuilder svg, double x, String code, String name) {
        svg.append("<g transform=\"translate(").append(x).append(',').append(TOP - 8).append(") rotate(-35)\">")
                .append(SvgMarkup.text(0, 0, "start", "font-size:12px", code + " · " + name)).append("</g>");
    }

    private static void cell(StringBuilder svg, double x, double y, int count, int max, boolean diagonal) {
        double strength = count == 0 ? 0 : 0.15 + 0.75 * count / max;
        String colour = diagonal ? "15,110,60" : "179,38,30";
        svg.append("<rect x=\"").append(x + 2).append("\" y=\"").append(y + 2).append("\" width=\"").append(CELL - 4)
                .append("\" height=\"").append(CELL - 4).append("\" rx=\"6\" style=\"fill:rgba(").append(colour).append(',')
                .append(String.format(Locale.ROOT, "%.2f", strength)).append(");stroke:")
                .append(diagonal ? "#0f6e3c;stroke-width:2" : "#c8ccd2;stroke-width:1").append("\"/>");
        String textColour = strength > 0.5 ? "#fff" : "#1a1a1a";
        svg.append(SvgMarkup.text(x + CELL / 2.0, y + CELL / 2.0 + 5, "middle",
                "font-size:16px;font-weight:700;fill:" + textColour, String.valueOf(count)));
    }

    /** The chart in words: for each key label, what the answers were. */
    static String describe(ConfusionMatrix matrix, List<Label> rows, List<Label> columns) {
        List<String> parts = new ArrayList<>();
        for (Label row : rows) {
            List<String> answers = new ArrayList<>();
            for (Label column : columns) {
                int n = matrix.count(row, column);
                if (n > 0) {
                    answers.add(n + " " + column.displayName().toLowerCase(Locale.ROOT));
                }
            }
            if (matrix.unanswered(row) > 0) {
                answers.add(matrix.unanswered(row) + " with no answer");
            }
            parts.add("Of " + matrix.keyed(row) + " keyed " + row.displayName().toLowerCase(Locale.ROOT) + ": "
                    + String.join(", ", answers));
        }
        return "Mix-up chart. " + String.join(". ", parts) + ".";
    }
}
