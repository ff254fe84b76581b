/**
 * Who may do what: accounts with roles (viewer, analyst, admin), bcrypt password hashes, API bearer
 * tokens, page sessions with a CSRF token, and the check made before every request.
 */
package org.sitrep.web.access;
