package org.incidex.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.incidex.index.Fields;
import org.incidex.index.IncidexAnalyzer;
import org.incidex.index.IndexSnapshot;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Did you mean" for a search without hits: each word of the query whose analysed term is absent from the text field
 * is replaced by a close index term (Lucene's {@link DirectSpellChecker}: Levenshtein automata over the terms
 * dictionary, no side index), and a correction is offered only when the corrected query, with the same filters,
 * actually finds incidents. The text field is stemmed, so a suggested term ("sieg") is shown as a word an article
 * really uses ("siege"), read back from the first incident that has it.
 *
 * <p>Bounded work: at most {@link #MAX_WORDS} unknown words, {@link #CANDIDATES} candidates each, one count per
 * candidate tried. A term's candidates are kept per generation ({@link Memo}): building the edit-distance automata
 * for a look-up was nine tenths of it, and a search without hits was a tenth of the server's time in the benchmark's
 * mix (words of page furniture that cleaning removed). Thread-safe: {@code DirectSpellChecker} is configured once and
 * only read.
 */
final class SpellingCorrector {
    static final int MAX_WORDS = 5;
    static final int CANDIDATES = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "TO");
    private static final int SURFACE_SCAN_CHARS = 100_000;

    private final IncidexAnalyzer analyzer;
    private final DirectSpellChecker checker = new DirectSpellChecker();

    SpellingCorrector(IncidexAnalyzer analyzer) {
        this.analyzer = analyzer;
        checker.setMinQueryLength(3); // "isi" → "isis"; shorter words have too many neighbours to guess from
    }

    private record Unknown(int start, int end, String typed, List<String> candidates) {}

    /**
     * The candidates (surface forms, lower case) of the unknown terms of one generation's searches, the most recently
     * used {@value #CAPACITY} terms; they depend on nothing but the term and the generation. Thread-safe.
     */
    static final class Memo {
        static final int CAPACITY = 4_096;
        private final Map<String, List<String>> terms = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
                return size() > CAPACITY;
            }
        };
        private long lookUps;

        /** The memo of {@code snap}'s generation, made on first use and kept with it. */
        static Memo of(IndexSnapshot snap) {
            return snap.derived(Memo.class, s -> new Memo());
        }

        private synchronized List<String> get(String term) {
            return terms.get(term);
        }

        private synchronized void put(String term, List<String> candidates) {
            terms.put(term, candidates);
            lookUps++;
        }

        /** Terms looked up in the index so far (not answered from memory). */
        synchronized long lookUps() {
            return lookUps;
        }
    }

    /**
     * A corrected query string that finds incidents with the request's filters, or null.
     *
     * @param memo  the candidates of terms already looked up in {@code searcher}'s generation
     * @param count runs a request and returns its total (the same query building as the search itself)
     */
    String didYouMean(IndexSearcher searcher, Memo memo, SearchRequest req, ToLongFunction<SearchRequest> count)
            throws IOException {
        String q = req.query();
        if (q.isEmpty()) return null;
        IndexReader reader = searcher.getIndexReader();
        List<Unknown> unknown = new ArrayList<>();
        Matcher m = WORD.matcher(q);
        while (m.find() && unknown.size() < MAX_WORDS) {
            String word = m.group();
            if (OPERATORS.contains(word) || word.chars().allMatch(Character::isDigit)) continue;
            if (m.end() < q.length() && q.charAt(m.end()) == ':') continue; // a field name (group:, killed:)
            List<String> terms = analyze(word);
            if (terms.size() != 1 || reader.docFreq(new Term(Fields.TEXT, terms.getFirst())) > 0) continue;
            List<String> candidates = new ArrayList<>();
            for (String surface : candidates(searcher, memo, terms.getFirst())) {
                String cased = matchCase(word, surface);
                if (!candidates.contains(cased)) candidates.add(cased);
            }
            if (!candidates.isEmpty()) unknown.add(new Unknown(m.start(), m.end(), word, candidates));
        }
        if (unknown.isEmpty()) return null;
        // Greedy, left to right: keep the first candidate of each word unless a later one is needed for hits.
        int[] pick = new int[unknown.size()];
        for (int i = 0; i < unknown.size(); i++) {
            for (int c = 0; c < unknown.get(i).candidates().size(); c++) {
                pick[i] = c;
                if (count.applyAsLong(req.withQuery(rewrite(q, unknown, pick))) > 0) break;
                pick[i] = 0;
            }
        }
        String corrected = rewrite(q, unknown, pick);
        return count.applyAsLong(req.withQuery(corrected)) > 0 ? corrected : null;
    }

    /** Words articles write for the index terms close to {@code term}, best first. */
    private List<String> candidates(IndexSearcher searcher, Memo memo, String term) throws IOException {
        List<String> known = memo.get(term);
        if (known != null) return known;
        List<String> out = new ArrayList<>();
        for (SuggestWord s : checker.suggestSimilar(new Term(Fields.TEXT, term), CANDIDATES, searcher.getIndexReader(),
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
            String surface = surface(searcher, s.string);
            if (surface == null || surface.length() < 3) continue; // "isis" → "ii" (World War II) helps nobody
            out.add(surface);
        }
        List<String> frozen = List.copyOf(out);
        memo.put(term, frozen);
        return frozen;
    }

    private static String rewrite(String q, List<Unknown> unknown, int[] pick) {
        StringBuilder sb = new StringBuilder(q.length() + 8);
        int at = 0;
        for (int i = 0; i < unknown.size(); i++) {
            Unknown u = unknown.get(i);
            sb.append(q, at, u.start()).append(u.candidates().get(pick[i]));
            at = u.end();
        }
        return sb.append(q, at, q.length()).toString();
    }

    /** The word as an article writes it whose analysed term is {@code term}, lower-cased; null when none is found. */
    private String surface(IndexSearcher searcher, String term) throws IOException {
        TopDocs td = searcher.search(new TermQuery(new Term(Fields.TEXT, term)), 1);
        if (td.scoreDocs.length == 0) return null;
        Document doc = searcher.storedFields().document(td.scoreDocs[0].doc, Set.of(Fields.TEXT));
        String text = doc.get(Fields.TEXT);
        if (text == null) return null;
        if (text.length() > SURFACE_SCAN_CHARS) text = text.substring(0, SURFACE_SCAN_CHARS);
        try (TokenStream ts = analyzer.tokenStream(Fields.TEXT, text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            String found = null;
            while (found == null && ts.incrementToken()) {
                if (t.toString().equals(term)) found = text.substring(off.startOffset(), off.endOffset());
            }
            ts.end();
            return found == null ? null : found.toLowerCase(Locale.ROOT);
        }
    }

    /** "Bamkao" → "Bamako": a capitalised word stays capitalised. */
    private static String matchCase(String typed, String word) {
        if (Character.isUpperCase(typed.codePointAt(0)) && !word.isEmpty()) {
            return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
        }
        return word;
    }

    private List<String> analyze(String word) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(Fields.TEXT, word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        }
        return out;
    }
}
