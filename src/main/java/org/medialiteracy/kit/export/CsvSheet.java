package org.medialiteracy.kit.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file written row by row in UTF-8 (RFC 4180, CRLF), with typed cells: text cells are guarded against
 * formula injection, number, time and flag cells are written as they are; a null cell is left empty.
 */
final class CsvSheet {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final int CHUNK = 1 << 16;

    private final Writer writer;
    // commons-csv appends char by char; into a StringBuilder that is cheap, into a Writer it takes a lock each time.
    private final StringBuilder buffer = new StringBuilder(CHUNK + 1024);
    private final CSVPrinter printer;
    private final List<Object> row = new ArrayList<>();

    CsvSheet(OutputStream out, boolean excelBom) throws IOException {
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (excelBom) {
            writer.write(BYTE_ORDER_MARK);
        }
        this.printer = new CSVPrinter(buffer, CSVFormat.DEFAULT);
    }

    CsvSheet text(String value) {
        row.add(FormulaGuard.neutralise(value));
        return this;
    }

    CsvSheet number(Number value) {
        row.add(value instanceof BigDecimal decimal ? decimal.toPlainString() : value);
        return this;
    }

    CsvSheet time(Instant value) {
        row.add(ExportValues.utc(value));
        return this;
    }

    CsvSheet flag(Boolean value) {
        row.add(value);
        return this;
    }

    CsvSheet empty() {
        row.add(null);
        return this;
    }

    void endRow() throws IOException {
        printer.printRecord(row);
        row.clear();
        if (buffer.length() >= CHUNK) {
            drain();
        }
    }

    private void drain() throws IOException {
        writer.append(buffer);
        buffer.setLength(0);
    }

    /** Flushes what is buffered; the caller owns the stream. */
    void finish() throws IOException {
        drain();
        writer.flush();
    }
}
