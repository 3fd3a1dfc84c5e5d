package org.medialiteracy.kit.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AnalyzeApiIT {

    private static final String ARTICLE = "NATO ministers met in Brussels on Wednesday. "
            + "A senior diplomat, who asked not to be named, said the talks were tense. I think that is troubling.";

    @Autowired
    MockMvc mvc;

    @Test
    void plain_text_gets_labelled_sentences_with_offsets_into_the_text() throws Exception {
        mvc.perform(post("/api/analyze").contentType(MediaType.TEXT_PLAIN).content(ARTICLE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sentences.length()").value(3))
                .andExpect(jsonPath("$.sentences[0].start").value(0))
                .andExpect(jsonPath("$.sentences[0].label").value("REPORTED_FACT"))
                .andExpect(jsonPath("$.sentences[1].label").value("ANONYMOUS_SOURCE"))
                .andExpect(jsonPath("$.sentences[2].label").value("OPINION"))
                .andExpect(jsonPath("$.sentences[1].explanation").isNotEmpty());
    }

    @Test
    void json_body_with_text_works_the_same() throws Exception {
        mvc.perform(post("/api/analyze").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"NATO ministers met in Brussels on Wednesday.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sentences[0].end").value(44));
    }

    @Test
    void html_is_reduced_to_its_article_and_scripts_never_come_back() throws Exception {
        String html = "<html><body><nav>Home | World</nav><script>alert('x')</script>"
                + "<article><p>NATO ministers met in Brussels on Wednesday.</p></article></body></html>";
        mvc.perform(post("/api/analyze").contentType(MediaType.TEXT_HTML).content(html))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("alert"))))
                .andExpect(content().string(containsString("NATO ministers met")));
    }

    @Test
    void empty_binary_or_malformed_input_gets_a_clear_message() throws Exception {
        mvc.perform(post("/api/analyze").contentType(MediaType.TEXT_PLAIN).content("   "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").isNotEmpty());
        mvc.perform(post("/api/analyze").contentType(MediaType.TEXT_PLAIN).content(new byte[0]))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").isNotEmpty());
        mvc.perform(post("/api/analyze").contentType(MediaType.TEXT_PLAIN).content(new byte[] {0, 1, 2, 3, 0, 0, 5}))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/analyze").contentType(MediaType.APPLICATION_JSON).content("{\"text\": 42}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/analyze").contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void windows_1252_text_is_decoded() throws Exception {
        byte[] bytes = "The minister said “no” on Monday.".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        mvc.perform(post("/api/analyze").contentType(MediaType.TEXT_PLAIN).content(bytes))
                .andExpect(status().isOk())
                .andExpect(content().encoding(StandardCharsets.UTF_8))
                .andExpect(jsonPath("$.sentences[0].text").value("The minister said “no” on Monday."));
    }
}
