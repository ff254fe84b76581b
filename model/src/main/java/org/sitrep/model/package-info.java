/**
 * Plain records shared by every layer of sitrep: the article that comes in, and the events, claims,
 * places and spans that come out. No behaviour beyond validation; no dependencies but the JSON names
 * of the controlled vocabularies (see {@code shared/eval/SCHEMA.md}).
 */
package org.sitrep.model;
