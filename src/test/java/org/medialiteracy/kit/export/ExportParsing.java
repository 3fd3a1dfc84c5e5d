package org.medialiteracy.kit.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.medialiteracy.kit.classroom.AssignmentResults;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Writes an export to bytes and reads it back the way a spreadsheet or a JSON client would. */
final class ExportParsing {

    static final java.time.Instant EXPORTED = java.time.Instant.parse("2026-09-03T09:00:00Z");

    private ExportParsing() {
    }

    static String write(List<AssignmentResults> results, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ExportWriter.write(results, options, EXPORTED, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static List<CSVRecord> csv(String text) {
        try {
            return CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        return JsonMapper.builder().build().readTree(text);
    }
}
