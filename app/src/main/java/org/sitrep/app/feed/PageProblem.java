package org.sitrep.app.feed;

/**
 * A fetched page that cannot be stored as an article, in one line.
 */
public final class PageProblem extends Exception {
    private final boolean mayChange;

    /**
     * @param message   what is wrong with it, starting lower case
     * @param mayChange whether the page may become an article later (a headline published before its
     *                  text); else it never will (not a web page, bad bytes, too large)
     */
    public PageProblem(String message, boolean mayChange) {
        super(message, null, false, false);
        this.mayChange = mayChange;
    }

    public boolean mayChange() {
        return mayChange;
    }
}
