package org.sitrep.app.input.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself. Read before the page is pruned, since JSON-LD lives in script
 * elements that pruning drops.
 *
 * @param title          og:title, else the {@code <title>}; null when neither is there
 * @param url            the canonical link or og:url, when absolute
 * @param outlet         og:site_name, else the JSON-LD publisher's name
 * @param dateCandidates publication date values, most trustworthy first, not yet parsed
 */
public record PageMetadata(String title, String url, String outlet, List<String> dateCandidates) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Date sources in order of trust: explicit publication metadata before a page's first visible time. */
    private static final String[] META_DATES = {
        "meta[property=article:published_time]", "meta[name=article:published_time]",
        "meta[property=og:published_time]", "meta[name=og:published_time]",
    };
    /** A visible time marked as the publication date, else the first in the article, else in the page. */
    private static final String[] TIMES = {
        "time[itemprop=datePublished][datetime]", "time[pubdate][datetime]", "article time[datetime]",
        "time[datetime]",
    };
    private static final String[] LATE_META_DATES = {
        "meta[itemprop=datePublished]", "meta[name=date]", "meta[name=pubdate]", "meta[name=publishdate]",
        "meta[name=DC.date.issued]", "meta[name=dcterms.issued]", "meta[name=DC.date]",
    };

    public static PageMetadata read(Document doc) {
        List<JsonNode> jsonLd = jsonLd(doc);
        return new PageMetadata(title(doc), url(doc), outlet(doc, jsonLd), dates(doc, jsonLd));
    }

    private static String title(Document doc) {
        String og = meta(doc, "meta[property=og:title]");
        if (og != null) {
            return og;
        }
        String title = doc.title().strip();
        return title.isEmpty() ? null : title;
    }

    private static String url(Document doc) {
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String href = canonical == null ? null : canonical.attr("href").strip();
        if (isAbsolute(href)) {
            return href;
        }
        String og = meta(doc, "meta[property=og:url]");
        return isAbsolute(og) ? og : null;
    }

    private static boolean isAbsolute(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://"));
    }

    private static String outlet(Document doc, List<JsonNode> jsonLd) {
        String site = meta(doc, "meta[property=og:site_name]");
        if (site != null) {
            return site;
        }
        for (JsonNode node : jsonLd) {
            JsonNode name = node.path("publisher").path("name");
            if (name.isTextual() && !name.asText().isBlank()) {
                return name.asText().strip();
            }
        }
        return null;
    }

    private static List<String> dates(Document doc, List<JsonNode> jsonLd) {
        List<String> dates = new ArrayList<>();
        for (String query : META_DATES) {
            addIfPresent(dates, meta(doc, query));
        }
        for (JsonNode node : jsonLd) {
            JsonNode published = node.get("datePublished");
            if (published != null && published.isTextual()) {
                dates.add(published.asText());
            }
        }
        for (String query : TIMES) {
            Element time = doc.selectFirst(query);
            if (time != null) {
                dates.add(time.attr("datetime"));
            }
        }
        for (String query : LATE_META_DATES) {
            addIfPresent(dates, meta(doc, query));
        }
        return dates;
    }

    private static void addIfPresent(List<String> list, String value) {
        if (value != null) {
            list.add(value);
        }
    }

    private static String meta(Document doc, String query) {
        Element e = doc.selectFirst(query + "[content]");
        String content = e == null ? "" : e.attr("content").strip();
        return content.isEmpty() ? null : content;
    }

    /**
     * Every JSON-LD object in the page, flattened out of arrays and {@code @graph}; a block that is
     * not valid JSON is skipped, as browsers and search engines skip it.
     */
    private static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                flatten(JSON.readTree(script.data()), objects);
            } catch (java.io.IOException e) {
                // not usable metadata; the page is still read
            }
        }
        return objects;
    }

    private static void flatten(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> flatten(n, out));
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out);
        }
    }
}
