/**
 * Armed groups: the curated list of groups and their aliases ({@link org.incidex.extract.group.GroupLexicon}, from
 * {@code groups.tsv}) and the groups a sentence names with the part it gives them: claimed, blamed, suspected or
 * only mentioned ({@link org.incidex.extract.group.GroupFinder}). The words are data beside this package's classes:
 * {@code role-cues.tsv} (role words, with the priority the roles are read in), {@code name-cues.tsv},
 * {@code unlisted.tsv}, {@code english-names.tsv}, {@code groups-ambiguous.tsv}, {@code group-context.tsv} and
 * {@code particles.tsv}; each table is read by the one class its header names.
 */
package org.incidex.extract.group;
