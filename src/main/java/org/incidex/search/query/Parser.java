package org.incidex.search.query;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.analysis.Analyzer;
import org.incidex.index.Fields;
import org.incidex.search.query.Lexer.Kind;
import org.incidex.search.query.Lexer.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive descent over the lexer's tokens. Precedence, loosest first: OR, AND, juxtaposition, then NOT / - / + on
 * one item. Juxtaposed words are optional (OR, ranked by BM25) but at least one must match when the group also has
 * {@code field:value} filters; field clauses are filters; a group of only exclusions means "everything except".
 * Consecutive plain words are looked up together for group and country names ("Islamic State", "Malian").
 * Per call; not thread-safe.
 */
final class Parser {
    /** Parentheses nested deeper than this are refused (no legitimate query needs them; recursion stays shallow). */
    static final int MAX_DEPTH = 16;
    /** Terms a wildcard, prefix or fuzzy word may expand to: the best-scoring ones are kept. */
    static final int MAX_EXPANSIONS = 64;
    /** Characters a wildcard word needs before its first * or ?. */
    static final int MIN_PREFIX = 2;

    private final List<Token> tokens;
    private final TextClauses text;
    private final FieldClauses fields;
    private final Synonyms synonyms;
    private final Analyzer analyzer;
    private final boolean allCaps;
    /** Positive plain words in order, for the proximity boost. */
    final List<String> proximityWords = new ArrayList<>();
    private int p;
    private int depth;
    private int negations;

    Parser(String q, TextClauses text, FieldClauses fields, Synonyms synonyms, Analyzer analyzer) {
        this.tokens = new Lexer(q).tokens();
        this.text = text;
        this.fields = fields;
        this.synonyms = synonyms;
        this.analyzer = analyzer;
        this.allCaps = synonyms.shouted(q);
    }

    Query parse() {
        Query q = or();
        Token t = peek();
        if (t.kind() != Kind.EOF) {
            throw QuerySyntax.error(t.kind() == Kind.RPAREN ? "')' has no matching '('" : "unexpected '" + t.text() + "'",
                    t.col());
        }
        return q;
    }

    private Token peek() {
        return tokens.get(p);
    }

    private Query or() {
        List<Query> parts = new ArrayList<>();
        parts.add(and());
        while (peek().kind() == Kind.OR) {
            Token op = tokens.get(p++);
            requireOperand(op);
            parts.add(and());
        }
        if (parts.size() == 1) return parts.get(0);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        parts.forEach(q -> b.add(q, Occur.SHOULD));
        return b.build();
    }

    private Query and() {
        List<Query> parts = new ArrayList<>();
        parts.add(sequence());
        while (peek().kind() == Kind.AND) {
            Token op = tokens.get(p++);
            requireOperand(op);
            parts.add(sequence());
        }
        if (parts.size() == 1) return parts.get(0);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        parts.forEach(q -> b.add(q, Occur.MUST));
        return b.build();
    }

    private void requireOperand(Token op) {
        Kind k = peek().kind();
        if (k == Kind.EOF || k == Kind.RPAREN || k == Kind.AND || k == Kind.OR) {
            throw QuerySyntax.error(op.text() + " needs a term after it", op.col());
        }
    }

    /** Items side by side: words optional, +items required, -items excluded, field clauses filters. */
    private Query sequence() {
        Token first = peek();
        if (first.kind() == Kind.AND || first.kind() == Kind.OR) {
            throw QuerySyntax.error(first.text() + " needs a term before it", first.col());
        }
        List<Query> should = new ArrayList<>();
        List<Query> must = new ArrayList<>();
        List<Query> filter = new ArrayList<>();
        List<Query> mustNot = new ArrayList<>();
        List<Token> run = new ArrayList<>();
        int items = 0;
        while (true) {
            Token t = peek();
            Kind k = t.kind();
            if (k == Kind.EOF || k == Kind.RPAREN || k == Kind.AND || k == Kind.OR) break;
            items++;
            if (k == Kind.WORD && isPlain(t)) {
                run.add(tokens.get(p++));
                continue;
            }
            flush(run, should);
            Occur occur = Occur.SHOULD;
            if (k == Kind.NOT || k == Kind.MINUS || k == Kind.PLUS) {
                p++;
                Token next = peek();
                if (next.kind() == Kind.EOF || next.kind() == Kind.RPAREN || next.kind() == Kind.AND
                        || next.kind() == Kind.OR || next.kind() == Kind.NOT) {
                    throw QuerySyntax.error(t.text() + " needs a term after it", t.col());
                }
                occur = k == Kind.PLUS ? Occur.MUST : Occur.MUST_NOT;
            }
            if (occur == Occur.MUST_NOT) negations++;
            Token item = peek();
            Query q = item.kind() == Kind.WORD && isPlain(item) ? words(List.of(tokens.get(p++))) : primary();
            if (occur == Occur.MUST_NOT) negations--;
            boolean isFilter = item.kind() == Kind.FIELD || item.kind() == Kind.RANGE;
            if (q == null) continue; // only stop words
            switch (occur) {
                case MUST_NOT -> mustNot.add(q);
                case MUST -> (isFilter ? filter : must).add(q);
                default -> (isFilter ? filter : should).add(q);
            }
        }
        flush(run, should);
        if (items == 0) throw QuerySyntax.error("empty parentheses", first.col());
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        should.forEach(q -> b.add(q, Occur.SHOULD));
        must.forEach(q -> b.add(q, Occur.MUST));
        filter.forEach(q -> b.add(q, Occur.FILTER));
        mustNot.forEach(q -> b.add(q, Occur.MUST_NOT));
        if (!should.isEmpty() && must.isEmpty() && !filter.isEmpty()) b.setMinimumNumberShouldMatch(1);
        if (should.isEmpty() && must.isEmpty() && filter.isEmpty()) {
            if (mustNot.isEmpty()) return new MatchNoDocsQuery("only stop words");
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        if (should.size() == 1 && must.isEmpty() && filter.isEmpty() && mustNot.isEmpty()) return should.get(0);
        return b.build();
    }

    private void flush(List<Token> run, List<Query> should) {
        if (run.isEmpty()) return;
        should.addAll(wordClauses(run));
        run.clear();
    }

    /** A parenthesised group, a phrase, a field clause or a special word (wildcard, fuzzy). */
    private Query primary() {
        Token t = tokens.get(p++);
        switch (t.kind()) {
            case LPAREN -> {
                if (++depth > MAX_DEPTH) throw QuerySyntax.error("parentheses nest deeper than " + MAX_DEPTH, t.col());
                if (peek().kind() == Kind.RPAREN) throw QuerySyntax.error("empty parentheses", t.col());
                Query q = or();
                if (peek().kind() != Kind.RPAREN) throw QuerySyntax.error("the '(' is never closed", t.col());
                p++;
                depth--;
                return q;
            }
            case PHRASE -> {
                if (negations == 0) proximityWords.add(t.text());
                return phrase(t.text(), t.slop());
            }
            case FIELD -> {
                return fields.value(t.field(), t.text(), t.col());
            }
            case RANGE -> {
                return fields.range(t.field(), t.text(), t.hi(), t.loIncl(), t.hiIncl(), t.col());
            }
            case WORD -> {
                return special(t);
            }
            default -> throw QuerySyntax.error("unexpected '" + t.text() + "'", t.col());
        }
    }

    private Query words(List<Token> run) {
        List<Query> qs = wordClauses(run);
        if (qs.isEmpty()) return null;
        if (qs.size() == 1) return qs.get(0);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        qs.forEach(q -> b.add(q, Occur.SHOULD));
        return b.build();
    }

    /** Plain words, longest group or country name first (up to six words), else one word at a time. */
    private List<Query> wordClauses(List<Token> run) {
        List<Query> out = new ArrayList<>();
        int i = 0;
        while (i < run.size()) {
            int taken = 0;
            for (int len = Math.min(6, run.size() - i); len >= 1 && taken == 0; len--) {
                String phrase = join(run, i, i + len);
                var concept = synonyms.inText(phrase, allCaps);
                if (concept.isPresent()) {
                    out.add(text.concept(phrase, 0, concept.get()));
                    taken = len;
                }
            }
            if (taken == 0) {
                Query q = text.text(run.get(i).text(), 0);
                if (q != null) out.add(q);
                taken = 1;
            }
            if (negations == 0) for (int k = i; k < i + taken; k++) proximityWords.add(run.get(k).text());
            i += taken;
        }
        return out;
    }

    private Query phrase(String words, int slop) {
        var concept = synonyms.inText(words, allCaps);
        if (concept.isPresent()) return text.concept(words, slop, concept.get());
        return text.text(words, slop);
    }

    private static String join(List<Token> run, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) sb.append(' ');
            sb.append(run.get(k).text());
        }
        return sb.toString();
    }

    /** A plain word: no wildcard, no fuzzy marker (or they were escaped). */
    private static boolean isPlain(Token t) {
        if (t.escaped()) return true;
        String w = t.text();
        return w.indexOf('*') < 0 && w.indexOf('?') < 0 && w.indexOf('~') < 0;
    }

    /**
     * A wildcard or fuzzy word, over the article text only (where nearly every word is). Expansion is bounded: the
     * {@value #MAX_EXPANSIONS} best terms are kept, so "ab*" over a large index stays cheap; a leading wildcard, which
     * would enumerate every term, is refused.
     */
    private Query special(Token t) {
        String w = t.text();
        int tilde = w.indexOf('~');
        if (tilde >= 0) {
            String base = w.substring(0, tilde);
            String edits = w.substring(tilde + 1);
            if (base.length() < 3 || base.indexOf('*') >= 0 || base.indexOf('?') >= 0) {
                throw QuerySyntax.error("fuzzy '" + w + "' needs a plain word of 3 or more letters before ~", t.col());
            }
            if (!edits.isEmpty() && !edits.matches("[012]")) {
                throw QuerySyntax.error("fuzzy '" + w + "': ~ takes 0, 1 or 2 edits", t.col());
            }
            int n = edits.isEmpty() ? 2 : Integer.parseInt(edits);
            return new FuzzyQuery(new Term(Fields.TEXT, normalize(base)), n, 1, MAX_EXPANSIONS, true);
        }
        int first = Math.min(w.indexOf('*') < 0 ? w.length() : w.indexOf('*'), w.indexOf('?') < 0 ? w.length() : w.indexOf('?'));
        if (first == 0) {
            throw QuerySyntax.error("leading wildcard in '" + w + "' is not allowed (it would scan every term)", t.col());
        }
        if (first < MIN_PREFIX) {
            throw QuerySyntax.error("wildcard '" + w + "' needs at least " + MIN_PREFIX + " characters before * or ?",
                    t.col());
        }
        if (negations == 0) proximityWords.add(w.substring(0, first));
        String n = normalize(w);
        var rewrite = new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_EXPANSIONS);
        if (first == w.length() - 1 && w.endsWith("*")) {
            return new PrefixQuery(new Term(Fields.TEXT, n.substring(0, n.length() - 1)), rewrite);
        }
        return new WildcardQuery(new Term(Fields.TEXT, n), 1_000, rewrite);
    }

    /** Lower case and ASCII folding, no stemming: what a wildcard or fuzzy word is compared with. */
    private String normalize(String w) {
        return analyzer.normalize(Fields.TEXT, w).utf8ToString();
    }
}
