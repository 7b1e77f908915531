package org.parallax.annotation;

import org.parallax.store.StoreException;

/**
 * An edit named an article that is not in the library: never imported, or deleted (perhaps by another process while
 * the window showed it). Nothing was changed. The window tells the user the article is gone; the command line prints
 * the message, which says how to list the ids.
 */
public final class ArticleGoneException extends StoreException {
    private final long articleId;

    public ArticleGoneException(long articleId) {
        super("There is no article " + articleId + ". List articles with `parallax list`.");
        this.articleId = articleId;
    }

    public long articleId() {
        return articleId;
    }
}
