/**
 * Where an attack happened: place names in a sentence ({@link org.incidex.extract.place.PlaceFinder}: gazetteer
 * names, and the names the words around them call a place) and the place an article's names mean
 * ({@link org.incidex.extract.place.PlaceResolver}, one per article). The words are tables beside these classes, read
 * by {@code PlaceWords} (and {@code region-types.tsv} by {@code RegionTypes}, {@code person-cues.tsv} by
 * {@code NameContext}).
 */
package org.incidex.extract.place;
