/**
 * What a request must pass before any handler reads it: the Host it names must be a name of this
 * server (no DNS rebinding), and its body must fit the route's limit (checked on the declared length
 * before a byte is read, and again while reading a body of undeclared length).
 */
package org.sitrep.web.guard;
