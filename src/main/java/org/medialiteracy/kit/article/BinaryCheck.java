package org.medialiteracy.kit.article;

/** Tells text from binary data (images, PDFs, archives) before any analysis is attempted. */
final class BinaryCheck {

    /** Share of control characters above which the input is taken for binary data. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    private BinaryCheck() {
    }

    static void rejectIfBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw notText();
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        if (!text.isEmpty() && controls > MAX_CONTROL_SHARE * text.length()) {
            throw notText();
        }
    }

    private static ArticleRejectedException notText() {
        return new ArticleRejectedException(
                "This file does not look like text. Upload a plain-text (.txt) or web page (.html) file.");
    }
}
