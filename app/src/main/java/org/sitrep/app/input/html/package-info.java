/**
 * Reading a saved web page the way a person reads it: the article's own text without menus,
 * share buttons and related links, and the page's metadata (canonical URL, outlet, publication date
 * candidates, declared charset). Knows jsoup and nothing of sitrep's model.
 */
package org.sitrep.app.input.html;
