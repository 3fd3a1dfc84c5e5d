package org.medialiteracy.kit.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A ready export: its download name, its content type, and the writing of its bytes. The results are
 * already read (and the teacher's right to them checked), so writing can stream straight to a response.
 */
public record ExportFile(String fileName, String contentType, Body body) {

    /** Writes the file's bytes; the stream is flushed, not closed. */
    public void writeTo(OutputStream out) throws IOException {
        body.writeTo(out);
    }

    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }
}
