package org.medialiteracy.kit.export;

/**
 * Keeps spreadsheet programs from running text as a formula (OWASP "CSV injection"): text starting with
 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe. Applied to text cells only, so
 * numbers stay numbers.
 */
final class FormulaGuard {

    private static final String TRIGGERS = "=+-@\t\r";

    private FormulaGuard() {
    }

    static String neutralise(String text) {
        if (text == null || text.isEmpty() || TRIGGERS.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return "'" + text;
    }
}
