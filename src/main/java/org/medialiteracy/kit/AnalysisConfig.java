package org.medialiteracy.kit;

import org.medialiteracy.kit.analysis.Analyzer;
import org.medialiteracy.kit.analysis.subjectivity.EmbeddingSubjectivityScorer;
import org.medialiteracy.kit.article.ArticleImporter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The framework-free analysis engine as beans for the web app: rules plus the learned part. */
@Configuration
class AnalysisConfig {

    @Bean
    Analyzer analyzer() {
        return new Analyzer(EmbeddingSubjectivityScorer.load());
    }

    @Bean
    ArticleImporter articleImporter() {
        return new ArticleImporter();
    }
}
