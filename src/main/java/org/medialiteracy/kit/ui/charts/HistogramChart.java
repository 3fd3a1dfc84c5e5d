package org.medialiteracy.kit.ui.charts;

import com.vaadin.flow.component.Svg;
import java.util.ArrayList;
import java.util.List;
import org.medialiteracy.kit.scoring.ScoreDistribution;

/** How the class's scores spread, as columns per band of ten percent, with the counts in words too. */
public final class HistogramChart {

    private static final int COLUMN = 44;
    private static final int HEIGHT = 140;
    private static final int BOTTOM = 40;

    private HistogramChart() {
    }

    public static Svg of(ScoreDistribution distribution) {
        List<ScoreDistribution.Bin> bins = distribution.bins();
        int max = Math.max(1, bins.stream().mapToInt(ScoreDistribution.Bin::count).max().orElse(1));
        int width = bins.size() * COLUMN + 20;
        StringBuilder svg = SvgMarkup.open(width, HEIGHT + BOTTOM, describe(distribution));
        for (int i = 0; i < bins.size(); i++) {
            ScoreDistribution.Bin bin = bins.get(i);
            double barHeight = (HEIGHT - 20) * (double) bin.count() / max;
            double x = 10 + i * COLUMN;
            svg.append("<rect x=\"").append(x + 4).append("\" y=\"").append(HEIGHT - barHeight).append("\" width=\"")
                    .append(COLUMN - 8).append("\" height=\"").append(barHeight).append("\" style=\"fill:var(--lumo-primary-color)\"/>");
            if (bin.count() > 0) {
                svg.append(SvgMarkup.text(x + COLUMN / 2.0, HEIGHT - barHeight - 4, "middle", "font-size:12px;font-weight:700",
                        String.valueOf(bin.count())));
            }
            svg.append(SvgMarkup.text(x + COLUMN / 2.0, HEIGHT + 16, "middle", "font-size:10px", bin.from() + "–"));
        }
        svg.append(SvgMarkup.text(width / 2.0, HEIGHT + 34, "middle", "font-size:11px", "score in percent"));
        return new Svg(svg.append("</svg>").toString());
    }

    static String describe(ScoreDistribution distribution) {
        List<String> parts = new ArrayList<>();
        distribution.bins().stream().filter(b -> b.count() > 0)
                .forEach(b -> parts.add(b.count() + (b.count() == 1 ? " student" : " students") + " scored " + b.label()));
        return parts.isEmpty() ? "Score spread: no submissions yet." : "Score spread: " + String.join(", ", parts) + ".";
    }
}
