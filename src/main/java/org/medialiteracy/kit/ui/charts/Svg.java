package org.medialiteracy.kit.ui.charts;

/** Small helpers for server-side SVG charts: text is always escaped. */
public final class Svg {

    private Svg() {
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public static String text(double x, double y, String anchor, String css, String content) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\" style=\"" + css + "\">"
                + escape(content) + "</text>";
    }
}
