package org.incidex.search.query;

import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.incidex.index.Fields;
import org.incidex.index.IncidexAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The proximity boost: a sloppy phrase of the query's words over the title and summary, not the article text. */
class ProximityBoostTest {
    private final QueryLanguage lang = new QueryLanguage(new IncidexAnalyzer(), Fields.facetsConfig(), Synonyms.shared());

    /** The phrases of {@code q}, as "field slop". */
    private static List<String> phrases(Query q) {
        List<String> out = new ArrayList<>();
        q.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }

            @Override
            public void consumeTerms(Query query, org.apache.lucene.index.Term... terms) {
                if (query instanceof PhraseQuery p) out.add(p.getField() + " " + p.getSlop());
            }
        });
        return out;
    }

    @Test
    void twoWordsAreBoostedWhenCloseInTheTitleOrSummary() throws Exception {
        try (MultiReader empty = new MultiReader()) {
            QueryLanguage.Parsed p = lang.parseParts("hotel siege", empty);
            assertThat(phrases(p.words())).isEmpty();
            assertThat(phrases(p.query())).containsExactlyInAnyOrder(
                    Fields.TITLE + " " + QueryLanguage.PROXIMITY_SLOP, Fields.SUMMARY + " " + QueryLanguage.PROXIMITY_SLOP);
        }
    }

    @Test
    void aQuotedPhraseStillSearchesTheText() throws Exception {
        try (MultiReader empty = new MultiReader()) {
            assertThat(phrases(lang.parse("\"hotel siege\"", empty))).contains(Fields.TEXT + " 0");
        }
    }

    @Test
    void oneWordHasNoBoost() throws Exception {
        try (MultiReader empty = new MultiReader()) {
            assertThat(phrases(lang.parse("hotel", empty))).isEmpty();
        }
    }
}
