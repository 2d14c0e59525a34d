/**
 * Immutable records shared by every stage: articles, places, groups, incidents, evidence. No behaviour beyond
 * validation and small derived values; every record is thread-safe because it is immutable.
 */
package org.incidex.model;
