package org.medialiteracy.kit.ui.charts;

import com.vaadin.flow.component.Svg;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medialiteracy.kit.analysis.Label;
import org.medialiteracy.kit.scoring.LabelMix;

/** Each article's mix of labels as a stacked bar, side by side, with the counts in words too. */
public final class LabelMixChart {

    private static final int BAR = 560;
    private static final int LEFT = 110;

    private LabelMixChart() {
    }

    public static Svg of(List<String> names, List<LabelMix> mixes) {
        int height = 40 + mixes.size() * 46 + 28;
        StringBuilder svg = SvgMarkup.open(LEFT + BAR + 20, height, describe(names, mixes));
        for (int i = 0; i < mixes.size(); i++) {
            LabelMix mix = mixes.get(i);
            double y = 20 + i * 46;
            svg.append(SvgMarkup.text(LEFT - 10, y + 22, "end", "font-size:13px;font-weight:600", names.get(i)));
            double x = LEFT;
            for (Label label : Label.values()) {
                int count = mix.count(label);
                if (count == 0 || mix.total() == 0) {
                    continue;
                }
                double width = BAR * (double) count / mix.total();
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(width)
                        .append("\" height=\"32\" style=\"fill:var(--kit-").append(cssName(label))
                        .append(");stroke:#fff;stroke-width:1\"/>");
                if (width > 22) {
                    svg.append(SvgMarkup.text(x + width / 2, y + 21, "middle", "font-size:12px;font-weight:700;fill:#fff",
                            label.shortCode() + " " + count));
                }
                x += width;
            }
        }
        double legendY = 20 + mixes.size() * 46 + 12;
        double x = 0;
        for (Label label : Label.values()) {
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(legendY - 10).append("\" width=\"12\" height=\"12\" style=\"fill:var(--kit-")
                    .append(cssName(label)).append(")\"/>");
            String words = label.shortCode() + " " + label.displayName();
            svg.append(SvgMarkup.text(x + 16, legendY, "start", "font-size:11px", words));
            x += 16 + words.length() * 6.2 + 10;
        }
        return new Svg(svg.append("</svg>").toString());
    }

    static String cssName(Label label) {
        return switch (label) {
            case NOT_A_CLAIM -> "not-a-claim";
            case ANONYMOUS_SOURCE -> "anonymous";
            case REPORTED_FACT -> "fact";
            case OPINION -> "opinion";
            case UNSUPPORTED_ASSERTION -> "unsupported";
        };
    }

    static String describe(List<String> names, List<LabelMix> mixes) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < mixes.size(); i++) {
            LabelMix mix = mixes.get(i);
            List<String> counts = new ArrayList<>();
            for (Label label : Label.values()) {
                if (mix.count(label) > 0) {
                    counts.add(mix.count(label) + " " + label.displayName().toLowerCase(Locale.ROOT));
                }
            }
            parts.add(names.get(i) + ": " + String.join(", ", counts) + " (" + mix.total() + " sentences)");
        }
        return "Label mix. " + String.join(". ", parts) + ".";
    }
}
