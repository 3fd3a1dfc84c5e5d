package org.medialiteracy.kit.lesson;

import java.util.List;

/**
 * An article with the labeller's proposed key, before the teacher reviews it.
 *
 * @param seedFile the seed it came from, or null for a pasted or uploaded article (stored with the lesson)
 */
public record LessonDraft(String seedFile, String text, List<KeyedSentence> proposedKey) {

    public LessonDraft {
        proposedKey = List.copyOf(proposedKey);
    }
}
