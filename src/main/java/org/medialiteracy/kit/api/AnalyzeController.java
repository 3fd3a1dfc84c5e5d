package org.medialiteracy.kit.api;

import org.medialiteracy.kit.analysis.AnalysisJson;
import org.medialiteracy.kit.analysis.Analyzer;
import org.medialiteracy.kit.article.Article;
import org.medialiteracy.kit.article.ArticleImporter;
import org.medialiteracy.kit.article.ArticleRejectedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/analyze}: an article as plain text or HTML, or {@code {"text": "..."}}; answers the same JSON
 * as the command line's {@code analyze}.
 */
@RestController
class AnalyzeController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Analyzer analyzer;
    private final ArticleImporter importer;

    AnalyzeController(Analyzer analyzer, ArticleImporter importer) {
        this.analyzer = analyzer;
        this.importer = importer;
    }

    @PostMapping(path = "/api/analyze", consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.TEXT_HTML_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    String analyzeText(@RequestBody(required = false) byte[] body) {
        // A body of zero bytes is empty input: the importer explains that, rather than Spring's bare 400.
        return AnalysisJson.write(analyzer.analyze(importer.fromBytes(body == null ? new byte[0] : body, null)));
    }

    @PostMapping(path = "/api/analyze", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    String analyzeJson(@RequestBody byte[] body) {
        JsonNode text = JSON.readTree(body).get("text");
        if (text == null || !text.isString()) {
            throw new ArticleRejectedException("Send the article as {\"text\": \"...\"}.");
        }
        Article article = importer.fromText(text.asString());
        return AnalysisJson.write(analyzer.analyze(article));
    }

    @ExceptionHandler(ArticleRejectedException.class)
    ResponseEntity<String> rejected(ArticleRejectedException rejected) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_JSON)
                .body(JSON.createObjectNode().put("error", rejected.getMessage()).toString());
    }

    @ExceptionHandler(tools.jackson.core.JacksonException.class)
    ResponseEntity<String> notJson(tools.jackson.core.JacksonException problem) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(JSON.createObjectNode().put("error", "The body is not valid JSON.").toString());
    }
}
