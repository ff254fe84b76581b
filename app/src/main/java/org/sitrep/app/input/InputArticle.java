package org.sitrep.app.input;

import org.sitrep.model.Article;

/**
 * An article together with where it came from, so that later checks (language, engine failures) can
 * name the file and line in their message.
 *
 * @param where   the file as the user named it, plus ":LINE" or ": item N" for one record of many
 * @param article the article
 */
public record InputArticle(String where, Article article) {
}
