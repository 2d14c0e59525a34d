/**
 * Casualty figures in a sentence: how many were killed, injured, taken hostage or trapped, and how many attackers
 * died ({@link org.incidex.extract.casualty.CasualtyFinder}, the only public type). The sentence shapes are regexes
 * (CasualtyPatterns) over counted noun phrases (VictimPhrases), whose side, attackers or victims, Sides reads and
 * whose counts Numbers reads.
 */
package org.incidex.extract.casualty;
