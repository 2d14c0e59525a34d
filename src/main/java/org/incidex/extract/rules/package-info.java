/**
 * What the extractor's rules are made of: word-list patterns that scan fast ({@link
 * org.incidex.extract.rules.Alternatives}) and tables of words and patterns kept as data beside the class that owns
 * them ({@link org.incidex.extract.rules.RuleTable}).
 */
package org.incidex.extract.rules;
