package org.incidex.search.query;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.incidex.search.InvalidRequestException;

import java.util.List;

/**
 * The {@code q} language of the search API: words, "phrases" (with {@code ~slop}), AND / OR / NOT, {@code -exclude},
 * {@code +require}, parentheses, {@code field:value} for group, country, region, city, type, target and year
 * (case- and accent-insensitive, aliases resolved), ranges {@code killed:[10 TO *]}, {@code injured:[..]},
 * {@code hostages:[..]}, {@code date:[2015-01-01 TO 2015-12-31]} (also {@code date:2015}, {@code date:2015-11}),
 * trailing wildcards ({@code bomb*}) and fuzzy words ({@code Mogadishu~1}) with bounded expansion.
 *
 * <p>Ranking: BM25 over title (x3), summary (x2) and text (x1) summed per word; group and country names widened to
 * their aliases, demonyms and facet value ({@link Synonyms}); and an optional sloppy phrase of all the query's
 * positive words over the title and summary ({@link TextClauses#near}), so that documents with the words close
 * together there rank first.
 *
 * <p>Malformed input and expensive patterns throw {@link InvalidRequestException} saying what and at which column.
 * Thread-safe: parsing state lives in a per-call {@link Parser}.
 */
public final class QueryLanguage {
    /** Most leaf clauses a query may expand to (Lucene's default {@link IndexSearcher#getMaxClauseCount()}). */
    public static final int MAX_CLAUSES = 1024;
    /** The proximity phrase lets this many positions between the query's words. */
    static final int PROXIMITY_SLOP = 6;
    /** Weight of the proximity phrase relative to one word. */
    static final float PROXIMITY_BOOST = 1.5f;

    private final Analyzer analyzer;
    private final FacetsConfig facetsConfig;
    private final Synonyms synonyms;
    private final TextClauses text;

    public QueryLanguage(Analyzer analyzer, FacetsConfig facetsConfig, Synonyms synonyms) {
        this.analyzer = analyzer;
        this.facetsConfig = facetsConfig;
        this.synonyms = synonyms;
        this.text = new TextClauses(analyzer, facetsConfig);
    }

    /**
     * The query for {@code q} against {@code reader} (field values are looked up among those it holds). A blank
     * {@code q} matches everything.
     *
     * @throws InvalidRequestException when {@code q} is malformed, refused as too expensive, or expands to more
     *                                 clauses than {@link #MAX_CLAUSES}
     */
    public Query parse(String q, IndexReader reader) {
        return parseParts(q, reader).query();
    }

    /**
     * A parsed query, and the same without its proximity boost: {@code words} is what a hit's snippet marks. The
     * boost is a sloppy phrase of the query's words; a snippet marked by it would mark the words between them too
     * ("Beni attack took place" for {@code Beni place}), and reading its matches was a third of the highlighting.
     */
    public record Parsed(Query query, Query words) {}

    /** {@link #parse}, with the query's words apart ({@link Parsed}). Same exceptions. */
    public Parsed parseParts(String q, IndexReader reader) {
        if (q == null || q.isBlank()) {
            Query all = new MatchAllDocsQuery();
            return new Parsed(all, all);
        }
        Parser parser;
        Query parsed;
        try {
            parser = new Parser(q, text, new FieldClauses(reader, facetsConfig, synonyms, text), synonyms, analyzer);
            parsed = parser.parse();
        } catch (TooComplexToDeterminizeException e) {
            throw new InvalidRequestException("q: a wildcard is too complex to run; use a plain prefix such as bomb*", e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooMany(-1, e);
        } catch (InvalidRequestException e) {
            // name the input: "cannot parse q at column 6: the '(' is never closed (q was 'bomb (')", shortened when long
            String shown = q.length() > 80 ? q.substring(0, 77) + "…" : q;
            throw new InvalidRequestException(e.getMessage() + " (q was '" + shown + "')", e);
        }
        Query result = withProximity(parsed, parser.proximityWords);
        int clauses = countClauses(result);
        if (clauses > limit()) throw tooMany(clauses, null);
        return new Parsed(result, parsed);
    }

    private Query withProximity(Query parsed, List<String> words) {
        if (words.size() < 2) return parsed;
        Query near = text.near(String.join(" ", words), PROXIMITY_SLOP);
        if (near == null) return parsed;
        return new BooleanQuery.Builder()
                .add(parsed, Occur.MUST)
                .add(new BoostQuery(near, PROXIMITY_BOOST), Occur.SHOULD)
                .build();
    }

    /** Leaf queries, the way {@link IndexSearcher} counts them against its limit. */
    static int countClauses(Query q) {
        int[] n = {0};
        q.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }

            @Override
            public void visitLeaf(Query query) {
                n[0]++;
            }

            @Override
            public void consumeTerms(Query query, org.apache.lucene.index.Term... terms) {
                n[0]++;
            }
        });
        return n[0];
    }

    private static int limit() {
        return Math.min(MAX_CLAUSES, IndexSearcher.getMaxClauseCount());
    }

    private static InvalidRequestException tooMany(int clauses, Throwable cause) {
        return new InvalidRequestException("q expands to " + (clauses < 0 ? "too many" : String.valueOf(clauses))
                + " clauses (a group or country name counts each of its aliases in each text field); the limit is "
                + limit(), cause);
    }
}
