package org.incidex.search;

import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorTest {
    @Test
    void roundTripsEveryValueType() {
        Object[] values = {1.25f, -7L, 42, new BytesRef("inc-abc"), null};
        String token = new Cursor(SortOrder.KILLED, values, 17).encode();
        assertThat(token).matches("[A-Za-z0-9_-]+");
        Cursor back = Cursor.decode(token, SortOrder.KILLED);
        assertThat(back.values()).containsExactly(values);
        assertThat(back.doc()).isEqualTo(17);
        assertThat(back.order()).isEqualTo(SortOrder.KILLED);
    }

    @Test
    void anotherSortOrderIsRefusedByName() {
        String token = new Cursor(SortOrder.DATE, new Object[]{5L, new BytesRef("inc-a")}, 0).encode();
        assertThatThrownBy(() -> Cursor.decode(token, SortOrder.DATE_DESC))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("sort=date").hasMessageContaining("sort=-date");
    }

    @Test
    void damagedTokensAreInvalidRequestsNeverOtherErrors() {
        String token = new Cursor(SortOrder.RELEVANCE, new Object[]{3.5f, new BytesRef("inc-0123456789ab")}, 4).encode();
        byte[] raw = Base64.getUrlDecoder().decode(token);
        Random random = new Random(5);
        for (int i = 0; i < 2_000; i++) {
            byte[] b = raw.clone();
            if (i % 2 == 0) b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255));
            else b = java.util.Arrays.copyOf(b, random.nextInt(b.length));
            String bad = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
            try {
                Cursor.decode(bad, SortOrder.RELEVANCE);
            } catch (InvalidRequestException expected) {
                assertThat(expected.getMessage()).startsWith("after");
            }
        }
        assertThatThrownBy(() -> Cursor.decode("***", SortOrder.RELEVANCE)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> Cursor.decode("A".repeat(2_000), SortOrder.RELEVANCE)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aCursorWithTheWrongValueTypesIsRefusedBeforeSearching() {
        // well-formed, right order, but a long where relevance has a float score
        String token = new Cursor(SortOrder.RELEVANCE, new Object[]{5L, new BytesRef("inc-a")}, 0).encode();
        SearchRequest req = SearchRequest.of("").withAfter(token);
        assertThatThrownBy(() -> Paging.after(req, Paging.sort(SortOrder.RELEVANCE, true), true))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("after");
        String shortOne = new Cursor(SortOrder.RELEVANCE, new Object[]{1f}, 0).encode();
        assertThatThrownBy(() -> Paging.after(SearchRequest.of("").withAfter(shortOne), Paging.sort(SortOrder.RELEVANCE, true), true))
                .isInstanceOf(InvalidRequestException.class);
    }
}
