package org.medialiteracy.kit.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations: from an opening mark to its closing mark (curly or straight double quotes).
 * A quotation left open at the end of a paragraph ends there, as in print convention.
 */
final class QuotationScanner {

    List<TextSpan> scan(String text) {
        List<TextSpan> quotes = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && open >= 0) {
                quotes.add(new TextSpan(open, i));
                open = -1;
            } else if (c == '“' || c == '„' || c == '«') {
                if (open >= 0) {
                    quotes.add(new TextSpan(open, i));
                }
                open = i;
            } else if ((c == '”' || c == '»') && open >= 0) {
                quotes.add(new TextSpan(open, i + 1));
                open = -1;
            } else if (c == '"') {
                if (open >= 0) {
                    quotes.add(new TextSpan(open, i + 1));
                    open = -1;
                } else {
                    open = i;
                }
            }
        }
        if (open >= 0) {
            quotes.add(new TextSpan(open, text.length()));
        }
        return quotes;
    }
}
