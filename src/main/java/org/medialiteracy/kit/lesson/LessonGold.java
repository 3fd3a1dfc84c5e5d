package org.medialiteracy.kit.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medialiteracy.kit.analysis.eval.GoldDocument;
import org.medialiteracy.kit.analysis.eval.GoldSentence;

/** The reviewed keys of lessons as gold for the labeller's evaluator: each article once, contested items left out. */
public final class LessonGold {

    private LessonGold() {
    }

    public static List<GoldDocument> of(List<Lesson> lessons) {
        Map<String, GoldDocument> byText = new LinkedHashMap<>();
        for (Lesson lesson : lessons) {
            for (LessonArticle article : lesson.articles()) {
                byText.computeIfAbsent(article.text(), text -> document(article));
            }
        }
        return new ArrayList<>(byText.values());
    }

    private static GoldDocument document(LessonArticle article) {
        List<GoldSentence> sentences = article.key().stream()
                .filter(sentence -> !sentence.contested())
                .map(sentence -> new GoldSentence(sentence.start(), sentence.end(), sentence.label()))
                .toList();
        return new GoldDocument(article.text(), sentences, true);
    }
}
