package org.medialiteracy.kit.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> texts(String text) {
        return splitter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void offsets_point_into_the_text() {
        String text = "  Title\n\nFirst sentence here. Second one follows.\n- a bullet\n";
        for (Sentence sentence : splitter.split(text)) {
            assertThat(text.substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
        }
    }

    @Test
    void abbreviations_do_not_end_sentences() {
        assertThat(texts("Sens. Warren and Reps. Jordan met Mr. Smith in the U.S. capital on Oct. 19. They left."))
                .containsExactly("Sens. Warren and Reps. Jordan met Mr. Smith in the U.S. capital on Oct. 19.",
                        "They left.");
    }

    @Test
    void a_date_at_the_end_of_a_sentence_ends_it() {
        assertThat(texts("The authority opened an inquiry into grocery pricing on Sept. 3. Critics say it is too slow."))
                .containsExactly("The authority opened an inquiry into grocery pricing on Sept. 3.",
                        "Critics say it is too slow.");
    }

    @Test
    void a_numbered_bus_at_the_end_of_a_sentence_ends_it_before_a_quotation() {
        assertThat(texts("The pupils wait for the No. 6. “Everyone does the scratchcards,” one boy said."))
                .containsExactly("The pupils wait for the No. 6.", "“Everyone does the scratchcards,” one boy said.");
    }

    @Test
    void initials_before_a_sentence_opener_end_the_sentence() {
        assertThat(texts("The plan was brokered by the U.S. The Europeans objected."))
                .containsExactly("The plan was brokered by the U.S.", "The Europeans objected.");
    }

    @Test
    void decimals_and_money_stay_whole() {
        assertThat(texts("The fund grew to $2.6 million last year. Britain gave £1.2m more."))
                .containsExactly("The fund grew to $2.6 million last year.", "Britain gave £1.2m more.");
    }

    @Test
    void a_quotation_over_several_sentences_shares_one_id() {
        List<Sentence> sentences = splitter.split(
                "A minister was blunt: “We must not be intimidated. Europe has capability. Europe is ramping up.”");
        assertThat(sentences).hasSize(3);
        assertThat(sentences).allSatisfy(s -> assertThat(s.quotations()).containsExactly(0));
        assertThat(sentences.get(0).isFullyQuoted()).isFalse();
        assertThat(sentences.get(1).isFullyQuoted()).isTrue();
        assertThat(sentences.get(2).isFullyQuoted()).isTrue();
    }

    @Test
    void a_line_without_end_punctuation_is_a_heading_of_its_own() {
        List<Sentence> sentences = splitter.split("Mind the gap\nAllies feel left out. They said so.");
        assertThat(sentences.getFirst().text()).isEqualTo("Mind the gap");
        assertThat(sentences.getFirst().kind()).isEqualTo(SentenceKind.HEADING);
        assertThat(sentences).hasSize(3);
    }

    @Test
    void bullet_and_table_lines_are_one_sentence_each() {
        List<Sentence> sentences = splitter.split("- Bilateral deals. With partners\n| Type | Provider |\n1) First item");
        assertThat(sentences).extracting(Sentence::kind)
                .containsExactly(SentenceKind.BULLET, SentenceKind.TABLE_ROW, SentenceKind.BULLET);
    }

    @Test
    void glued_page_button_is_split_from_the_next_text() {
        assertThat(texts("FollowImagine sitting across from a rival.")).containsExactly("Follow",
                "Imagine sitting across from a rival.");
    }

    @Test
    void glued_sentence_end_is_split_from_the_next_text() {
        assertThat(texts("(Word count: approximately 3450)A summit of leaders met."))
                .containsExactly("(Word count: approximately 3450)", "A summit of leaders met.");
    }

    @Test
    void camel_case_names_are_not_split() {
        assertThat(texts("McDonald bought an iPhone on YouTube.")).containsExactly("McDonald bought an iPhone on YouTube.");
    }

    @Test
    void hard_wrapped_lines_are_joined_into_one_sentence() {
        String text = "Envoys from the U.S. met with senior\nofficials in lengthy sessions. Talks went on\nfor hours.";
        List<Sentence> sentences = splitter.split(text);
        assertThat(sentences).extracting(Sentence::text).containsExactly(
                "Envoys from the U.S. met with senior\nofficials in lengthy sessions.", "Talks went on\nfor hours.");
        assertThat(sentences).extracting(Sentence::paragraph).containsOnly(0);
    }

    @Test
    void paragraphs_are_counted_by_lines() {
        List<Sentence> sentences = splitter.split("One. Two.\n\nThree.");
        assertThat(sentences).extracting(Sentence::paragraph).containsExactly(0, 0, 1);
    }

    @Test
    void split_lines_gives_one_sentence_per_line_including_empty_ones() {
        List<Sentence> lines = splitter.splitLines("First. Still first.\n\nThird");
        assertThat(lines).extracting(Sentence::text).containsExactly("First. Still first.", "", "Third");
    }
}
