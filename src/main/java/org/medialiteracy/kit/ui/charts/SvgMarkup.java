package org.medialiteracy.kit.ui.charts;

/** Small helpers for server-side SVG charts: text is always escaped. */
public final class SvgMarkup {

    private SvgMarkup() {
    }

    /**
     * Opens a chart of the given size, described in words for screen readers. The view box lets CSS shrink it
     * to a phone's width without cutting it off.
     */
    public static StringBuilder open(int width, int height, String description) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"kit-chart\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" aria-label=\"").append(escape(description)).append("\">");
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public static String text(double x, double y, String anchor, String css, String content) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\" style=\"" + css + "\">"
                + escape(content) + "</text>";
    }
}
