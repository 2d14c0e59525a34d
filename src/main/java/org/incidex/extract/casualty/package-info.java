/**
 * Casualty figures in a sentence: how many were killed, injured, taken hostage or trapped, and how many attackers
 * died ({@link org.incidex.extract.casualty.CasualtyFinder}, the only public type). The sentence shapes are regexes
 * (CasualtyPatterns), tried in the priority shapes.tsv declares (Shape) and read into figures by FigureReaders, over
 * counted noun phrases (VictimPhrases), whose side, attackers or victims, Sides reads and whose counts Numbers reads.
 *
 * <p>The words are data, in tables beside these classes, each read by one class only (the others ask it):
 * numbers.tsv (Numbers), victim-words.tsv and victim-patterns.tsv (VictimPhrases), sides.tsv (Sides), verbs.tsv,
 * shape-words.tsv and cues.tsv (CasualtyPatterns), shapes.tsv (Shape). Each says in its header what it holds and how
 * its columns are used; the grammar that combines the words stays in the code.
 */
package org.incidex.extract.casualty;
