package org.medialiteracy.kit.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleImporterTest {

    private final ArticleImporter importer = new ArticleImporter();

    @Test
    void utf8_file_is_decoded_as_utf8() {
        byte[] bytes = "Valtonen said “no” — twice.".getBytes(StandardCharsets.UTF_8);
        assertThat(importer.fromBytes(bytes, "a.txt").text()).isEqualTo("Valtonen said “no” — twice.");
    }

    @Test
    void invalid_utf8_falls_back_to_windows_1252() {
        byte[] bytes = {'S', 'h', 'e', ' ', 's', 'a', 'i', 'd', ' ', (byte) 0x93, 'n', 'o', (byte) 0x94, '.'};
        assertThat(importer.fromBytes(bytes, "a.txt").text()).isEqualTo("She said “no”.");
    }

    @Test
    void byte_order_mark_is_stripped_and_line_endings_become_newlines() {
        byte[] bytes = "\uFEFFTitle\r\nFirst line.\rSecond line.".getBytes(StandardCharsets.UTF_8);
        assertThat(importer.fromBytes(bytes, null).text()).isEqualTo("Title\nFirst line.\nSecond line.");
    }

    @Test
    void html_body_is_extracted_without_page_furniture() {
        String html = """
                <html><head><title>T</title><script>var x = 1;</script><style>p{}</style></head>
                <body><nav>Home | World</nav><header>Site name</header>
                <article><h1>Allies meet</h1><p>Ministers met on <b>Tuesday</b>.</p><p>They agreed.</p>
                <aside>Related stories</aside><form>Leave a comment</form></article>
                <footer>Copyright</footer></body></html>""";
        String text = importer.fromBytes(html.getBytes(StandardCharsets.UTF_8), "page.html").text();
        assertThat(text).isEqualTo("Allies meet\n\nMinisters met on Tuesday.\n\nThey agreed.");
    }

    @Test
    void pasted_html_is_recognised_by_its_tags() {
        assertThat(importer.fromText("<p>One.</p><p>Two.</p>").text()).isEqualTo("One.\n\nTwo.");
    }

    @Test
    void main_element_is_preferred_when_there_is_no_article() {
        String html = "<body><div>Menu</div><main><p>The story.</p></main></body>";
        assertThat(importer.fromText(html).text()).isEqualTo("The story.");
    }

    @Test
    void binary_data_is_rejected_with_a_plain_message() {
        byte[] bytes = {'%', 'P', 'D', 'F', 0, 1, 2, 3};
        assertThatThrownBy(() -> importer.fromBytes(bytes, "x.pdf"))
                .isInstanceOf(ArticleRejectedException.class)
                .hasMessageContaining("does not look like text");
    }

    @Test
    void text_full_of_control_characters_is_rejected() {
        assertThatThrownBy(() -> importer.fromText("ab\u0001\u0002\u0003\u0004cd"))
                .isInstanceOf(ArticleRejectedException.class);
    }

    @Test
    void too_long_text_is_rejected() {
        String text = "word ".repeat(ArticleImporter.MAX_CHARS / 5 + 1);
        assertThatThrownBy(() -> importer.fromText(text))
                .isInstanceOf(ArticleRejectedException.class)
                .hasMessageContaining("too long");
    }

    @Test
    void too_large_file_is_rejected() {
        byte[] bytes = new byte[ArticleImporter.MAX_BYTES + 1];
        assertThatThrownBy(() -> importer.fromBytes(bytes, "big.txt"))
                .isInstanceOf(ArticleRejectedException.class)
                .hasMessageContaining("too large");
    }

    @Test
    void blank_text_is_rejected() {
        assertThatThrownBy(() -> importer.fromText(" \n\t "))
                .isInstanceOf(ArticleRejectedException.class)
                .hasMessageContaining("empty");
    }
}
