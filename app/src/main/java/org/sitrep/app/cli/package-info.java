/**
 * The subcommands of {@code sitrep} and what they share: option converters, the one-line error
 * reporting, and the handlers that keep picocli's and Java's own error output (usage dumps, stack
 * traces) away from users who made an ordinary mistake.
 */
package org.sitrep.app.cli;
