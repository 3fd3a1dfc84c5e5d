package org.medialiteracy.kit.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Extracts the readable body of an HTML page as plain text with blank lines between paragraphs. */
final class HtmlText {

    private static final String FURNITURE =
            "script, style, noscript, template, nav, aside, footer, header, form, iframe, svg, button,"
                    + " [role=navigation], [role=complementary], [role=banner], [role=contentinfo],"
                    + " #comments, .comments, .comment, .comment-respond, [id*=comment], [class*=comments]";
    private static final Pattern BLOCK = Pattern.compile(
            "p|div|h[1-6]|li|blockquote|pre|tr|table|section|article|main|figcaption|dd|dt|ul|ol|body");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");

    private HtmlText() {
    }

    static String extract(String html) {
        Document document = Jsoup.parse(html);
        document.select(FURNITURE).remove();
        Element root = document.selectFirst("article");
        if (root == null) {
            root = document.selectFirst("main");
        }
        if (root == null) {
            root = document.body();
        }
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        collect(root, blocks, current);
        flush(blocks, current);
        return String.join("\n\n", blocks);
    }

    private static void collect(Node node, List<String> blocks, StringBuilder current) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                current.append(text.getWholeText());
            } else if (child instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    current.append('\n');
                } else if (BLOCK.matcher(tag).matches()) {
                    flush(blocks, current);
                    if (tag.equals("li")) {
                        current.append("- ");
                    }
                    collect(element, blocks, current);
                    flush(blocks, current);
                } else {
                    collect(element, blocks, current);
                }
            }
        }
    }

    private static void flush(List<String> blocks, StringBuilder current) {
        String block = SPACES.matcher(current.toString().replace('\n', ' ').trim()).replaceAll(" ");
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        current.setLength(0);
    }
}
