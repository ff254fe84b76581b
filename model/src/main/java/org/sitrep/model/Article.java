package org.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One piece of reporting as it reached sitrep. {@code text} is the whole article (title first when
 * there is one); every offset sitrep writes points into this string.
 *
 * @param id        stable identifier (given by the input, or derived from the file name)
 * @param url       where it was published, or null
 * @param outlet    who published it, or null
 * @param published publication date, or null when nothing says
 * @param text      the article text
 */
public record Article(String id, String url, String outlet, LocalDate published, String text) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
