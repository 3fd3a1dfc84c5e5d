package org.medialiteracy.kit.article;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns an uploaded file or a pasted text into an {@link Article}: decodes the bytes, extracts the
 * body of an HTML page, strips a byte-order mark and normalises line endings to {@code \n}.
 *
 * <p>Limits: at most {@value #MAX_BYTES} bytes and {@value #MAX_CHARS} characters; binary data and
 * empty texts are rejected with an {@link ArticleRejectedException}.
 */
public final class ArticleImporter {

    public static final int MAX_BYTES = 1_000_000;
    public static final int MAX_CHARS = 200_000;

    private static final Pattern HTML_SNIFF = Pattern.compile(
            "(?is)^\\s*(<!doctype html|<html|<head|<body|<article|<main|<div|<p[ >])"
                    + "|</p>|</div>|<br\\s*/?>");

    /** Imports a file; the name (may be null) decides HTML by its extension, else the content does. */
    public Article fromBytes(byte[] bytes, String fileName) {
        if (bytes == null || bytes.length == 0) {
            throw new ArticleRejectedException("The file is empty: there is no text to analyse.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ArticleRejectedException("The file is too large (" + bytes.length
                    + " bytes). Articles can be at most " + MAX_BYTES + " bytes.");
        }
        String decoded = TextDecoder.decode(bytes);
        boolean html = fileName != null && fileName.toLowerCase(Locale.ROOT).matches(".*\\.x?html?$");
        return importText(decoded, html);
    }

    /** Imports a pasted text, which may be plain text or the source of an HTML page. */
    public Article fromText(String pasted) {
        if (pasted == null) {
            throw new ArticleRejectedException("There is no text to analyse.");
        }
        return importText(pasted, false);
    }

    private Article importText(String raw, boolean knownHtml) {
        String text = stripBom(raw);
        BinaryCheck.rejectIfBinary(text);
        text = normaliseLineEndings(text);
        if (knownHtml || HTML_SNIFF.matcher(text).find()) {
            text = HtmlText.extract(text);
        }
        if (text.isBlank()) {
            throw new ArticleRejectedException("The text is empty: there is nothing to analyse.");
        }
        if (text.length() > MAX_CHARS) {
            throw new ArticleRejectedException("The text is too long (" + text.length()
                    + " characters). Articles can be at most " + MAX_CHARS + " characters.");
        }
        return new Article(text);
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static String normaliseLineEndings(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
