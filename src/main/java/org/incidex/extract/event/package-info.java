/**
 * Is this an attack? Reads each sentence for a violent act by people ({@link org.incidex.extract.event.EventReader})
 * and judges each incident's sentences together ({@link org.incidex.extract.event.AttackJudge}): a confidence and the
 * sentence that triggered it. The words are data: {@code triggers.tsv}, {@code senses.tsv}, {@code cues.tsv} and
 * {@code frames.tsv} beside this package's classes, loaded by {@link org.incidex.extract.event.EventLexicon}.
 */
package org.incidex.extract.event;
