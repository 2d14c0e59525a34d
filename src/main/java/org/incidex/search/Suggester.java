package org.incidex.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.StoredFields;
import org.incidex.index.Fields;
import org.incidex.index.IncidexAnalyzer;
import org.incidex.index.IndexSnapshot;
import org.incidex.model.IncidentRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * As-you-type suggestions: groups and places whose name has a word starting with the typed prefix (case and accents
 * ignored: "sev" finds Sévaré), ranked by how many incidents have them, then incident titles matching the prefix.
 *
 * <p>The names and counts are the facet values of the whole index, read once per generation from the
 * SortedSetDocValues the facets already keep (no suggester side index to build or keep in step) — a few thousand
 * names at most, so a linear scan per keystroke costs well under a millisecond. Titles come from a query on the title
 * field: the typed words as terms, the last (unfinished) word as a prefix.
 *
 * <p>Thread-safe: the per-generation name list is immutable and swapped atomically.
 */
final class Suggester {
    /** Facet dimensions offered as suggestions, with their kind. */
    private static final List<String> KINDS = List.of(Fields.GROUP, Fields.COUNTRY, Fields.REGION, Fields.CITY);
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private record Name(String kind, String value, long count, String normalized) {}

    private record Vocabulary(String generation, List<Name> names) {}

    private final IncidexAnalyzer analyzer;
    private final AtomicReference<Vocabulary> vocabulary = new AtomicReference<>();

    Suggester(IncidexAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    SuggestResult suggest(IndexSnapshot snap, String q, int size) throws IOException {
        String typed = q == null ? "" : q.strip();
        if (typed.isEmpty()) throw new InvalidRequestException("q is required: the characters typed so far");
        if (typed.length() > SuggestResult.MAX_Q_CHARS) {
            throw new InvalidRequestException("q is " + typed.length() + " characters; the limit is " + SuggestResult.MAX_Q_CHARS);
        }
        if (size < 1 || size > SuggestResult.MAX_SIZE) {
            throw new InvalidRequestException("size must be 1.." + SuggestResult.MAX_SIZE + ", was " + size);
        }
        String prefix = normalize(typed);
        List<SuggestResult.Suggestion> names = new ArrayList<>();
        if (!prefix.isEmpty()) {
            for (Name n : vocabulary(snap).names()) {
                if (n.normalized().startsWith(prefix) || n.normalized().contains(" " + prefix)) {
                    names.add(new SuggestResult.Suggestion(n.kind(), n.value(), n.count(), null));
                }
            }
        }
        names.sort(Comparator.comparingLong(SuggestResult.Suggestion::count).reversed()
                .thenComparing(SuggestResult.Suggestion::value, String.CASE_INSENSITIVE_ORDER));
        List<SuggestResult.Suggestion> titles = titles(snap.searcher(), typed, size);
        // Names first, but titles keep a third of the list (rounded down) when there are enough of them.
        int titleRows = Math.min(titles.size(), Math.max(size - names.size(), size / 3));
        List<SuggestResult.Suggestion> out = new ArrayList<>(names.subList(0, Math.min(names.size(), size - titleRows)));
        out.addAll(titles.subList(0, titleRows));
        return new SuggestResult(typed, List.copyOf(out));
    }

    private List<SuggestResult.Suggestion> titles(IndexSearcher searcher, String typed, int size) throws IOException {
        Query query = titleQuery(typed);
        if (query == null) return List.of();
        StoredFields stored = searcher.storedFields();
        List<SuggestResult.Suggestion> out = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(query, size).scoreDocs) {
            IncidentRecord r = StoredIncidents.read(stored, sd.doc);
            out.add(new SuggestResult.Suggestion("title", r.title(), 1, r.id()));
        }
        return out;
    }

    /**
     * Finished words (followed by more input) must each match as analysed terms; the last word, when unfinished,
     * matches as a prefix of the folded, unstemmed form or as its stemmed term ("sieges" is indexed as "sieg").
     * Null when nothing searchable was typed.
     */
    Query titleQuery(String typed) throws IOException {
        String[] words = typed.strip().split("\\s+");
        boolean lastUnfinished = !Character.isWhitespace(typed.charAt(typed.length() - 1));
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        for (int i = 0; i < words.length; i++) {
            List<String> terms = analyze(words[i]);
            if (i == words.length - 1 && lastUnfinished) {
                String folded = analyzer.normalize(Fields.TITLE, words[i]).utf8ToString();
                if (folded.isBlank()) continue;
                BooleanQuery.Builder last = new BooleanQuery.Builder();
                last.add(new PrefixQuery(new Term(Fields.TITLE, folded)), BooleanClause.Occur.SHOULD);
                for (String t : terms) last.add(new TermQuery(new Term(Fields.TITLE, t)), BooleanClause.Occur.SHOULD);
                b.add(last.build(), BooleanClause.Occur.MUST);
                clauses++;
            } else {
                for (String t : terms) {
                    b.add(new TermQuery(new Term(Fields.TITLE, t)), BooleanClause.Occur.MUST);
                    clauses++;
                }
            }
        }
        return clauses == 0 ? null : b.build();
    }

    private List<String> analyze(String word) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(Fields.TITLE, word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        }
        return out;
    }

    private Vocabulary vocabulary(IndexSnapshot snap) {
        Vocabulary v = vocabulary.get();
        if (v != null && v.generation().equals(snap.generationName())) return v;
        Vocabulary fresh = new Vocabulary(snap.generationName(), names(snap));
        vocabulary.set(fresh); // two requests racing on a new generation both build it; either result is right
        return fresh;
    }

    private static List<Name> names(IndexSnapshot snap) {
        try {
            SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(snap.facetState());
            List<Name> out = new ArrayList<>();
            for (String dim : KINDS) {
                FacetResult fr;
                try {
                    fr = counts.getAllChildren(dim);
                } catch (IllegalArgumentException e) {
                    continue; // no incident of this generation has a value for it
                }
                if (fr == null) continue;
                for (LabelAndValue lv : fr.labelValues) {
                    out.add(new Name(dim, lv.label, lv.value.longValue(), normalize(lv.label)));
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read facet values of " + snap.generationName(), e);
        }
    }

    /** Lower case, accents dropped, every run of non-letters one space: "Al-Mourabitoun" → "al mourabitoun". */
    static String normalize(String s) {
        String folded = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return NON_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
