package org.medialiteracy.kit.ui.player;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.List;
import org.medialiteracy.kit.analysis.Cue;
import org.medialiteracy.kit.lesson.KeyedSentence;

/** A sentence with its cue words marked, each mark named for screen readers. */
public final class HighlightedSentence extends Paragraph {

    public HighlightedSentence(KeyedSentence sentence) {
        addClassName("kit-highlighted");
        List<Cue> cues = sentence.cues().stream()
                .filter(c -> c.start() >= sentence.start() && c.end() <= sentence.end())
                .sorted(Comparator.comparingInt(Cue::start)).toList();
        String text = sentence.text();
        int at = 0;
        for (Cue cue : cues) {
            int from = cue.start() - sentence.start();
            int to = cue.end() - sentence.start();
            if (from < at) {
                continue; // overlapping cues: the first one wins the highlight
            }
            add(new Span(text.substring(at, from)));
            Span mark = new Span(text.substring(from, to));
            mark.getElement().setAttribute("title", LabelWords.cueName(cue.kind()));
            mark.getElement().setAttribute("aria-label", text.substring(from, to) + " (" + LabelWords.cueName(cue.kind()) + ")");
            mark.addClassNames("kit-cue", "kit-cue-" + cue.kind().name());
            add(mark);
            at = to;
        }
        add(new Span(text.substring(at)));
    }
}
