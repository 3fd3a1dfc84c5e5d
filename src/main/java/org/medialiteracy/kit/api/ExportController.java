package org.medialiteracy.kit.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.medialiteracy.kit.export.ExportFile;
import org.medialiteracy.kit.export.ExportOptionProblem;
import org.medialiteracy.kit.export.ExportOptions;
import org.medialiteracy.kit.export.ExportService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Gradebook downloads for the signed-in teacher (HTTP Basic): {@code format=canvas|moodle|google|detail|json},
 * {@code attempt=best|last}, {@code bom=true} for Excel. Someone else's, or an unknown, assignment or class is
 * 403 alike, so ids cannot be probed.
 */
@RestController
@RequestMapping("/api")
class ExportController {

    private static final Logger log = LoggerFactory.getLogger(ExportController.class);

    private final ExportService exports;

    ExportController(ExportService exports) {
        this.exports = exports;
    }

    @GetMapping("/assignments/{assignmentId}/export")
    void assignment(@PathVariable long assignmentId, @RequestParam String format,
                    @RequestParam(defaultValue = "best") String attempt, @RequestParam(defaultValue = "false") boolean bom,
                    Principal teacher, HttpServletResponse response) throws IOException {
        ExportOptions options = ExportOptions.parse(format, attempt, bom);
        send(exports.assignmentExport(teacher.getName(), assignmentId, options), response);
    }

    @GetMapping("/classes/{classId}/export")
    void schoolClass(@PathVariable long classId, @RequestParam String format,
                     @RequestParam(defaultValue = "best") String attempt, @RequestParam(defaultValue = "false") boolean bom,
                     Principal teacher, HttpServletResponse response) throws IOException {
        ExportOptions options = ExportOptions.parse(format, attempt, bom);
        send(exports.classExport(teacher.getName(), classId, options), response);
    }

    /** Streams the file: a class's detail export can run to megabytes. */
    private static void send(ExportFile file, HttpServletResponse response) throws IOException {
        response.setContentType(file.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file.fileName()).build().toString());
        file.writeTo(response.getOutputStream());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail refused(AccessDeniedException e, Principal who) {
        log.info("Export refused to {}: {}", who == null ? "anonymous" : who.getName(), e.getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(ExportOptionProblem.class)
    ProblemDetail badOption(ExportOptionProblem e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    // Answered here, not by the servlet's error page: Vaadin's security denies /error, which would turn a 400 into a 403.
    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The parameter '" + e.getParameterName()
                + "' is missing, e.g. format=canvas (or moodle, google, detail, json).");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "'" + e.getValue() + "' is not a valid "
                + e.getName() + ".");
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail failed(RuntimeException e) {
        log.error("Export failed", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The export failed; the server log has the details.");
    }
}
