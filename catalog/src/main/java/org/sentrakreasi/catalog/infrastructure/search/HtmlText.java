package org.sentrakreasi.catalog.infrastructure.search;

/**
 * Plain text made safe to place in an HTML snippet, the same way for every search adapter. Written
 * out rather than borrowed: it must give exactly what Elasticsearch's {@code html} highlight encoder
 * gives (Lucene's SimpleHTMLEncoder leaves the apostrophe and rewrites all non-ASCII), so that both
 * adapters return identical snippets.
 */
public final class HtmlText {

    private HtmlText() {
    }

    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#x27;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
