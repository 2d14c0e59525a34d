/**
 * Is this an attack? Reads each sentence for a violent act by people ({@link org.incidex.extract.event.EventReader})
 * and judges each incident's sentences together ({@link org.incidex.extract.event.AttackJudge}): a confidence and the
 * sentence that triggered it. What kind of attack it was and on what is read by {@link
 * org.incidex.extract.event.AttackClassifier} (GTD attack and target types). The words are data beside this package's
 * classes: {@code triggers.tsv}, {@code senses.tsv}, {@code cues.tsv} and {@code frames.tsv}, loaded by {@link
 * org.incidex.extract.event.EventLexicon}; {@code attack-types.tsv}, {@code target-types.tsv} and {@code
 * attack-words.tsv}, loaded by {@link org.incidex.extract.event.AttackClassifier}.
 */
package org.incidex.extract.event;
