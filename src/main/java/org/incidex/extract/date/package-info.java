/**
 * Dates: the date expressions of a sentence, resolved against the day of publication ({@link
 * org.incidex.extract.date.DateFinder}). The words are data beside this package's class: {@code months.tsv},
 * {@code weekdays.tsv}, {@code relative-dates.tsv} (today, yesterday, last week, last year) and {@code
 * date-words.tsv} (the prepositions and nouns around a month, a year or a weekday); the order in which the kinds of
 * expression win over each other is declared by {@code DateFinder.Rule}.
 */
package org.incidex.extract.date;
