package org.incidex.search;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The histogram's day counts agree with counting by hand, for dense spans (prefix sums) and sparse ones (sorted). */
class DayCountsTest {
    static void check(long spread, long seed) {
        check(spread, seed, new DateHistogram.DayCounts());
        check(spread, seed, new DateHistogram.DayCounts(-5_000, -5_000 + spread)); // counted in place when dense
        check(spread, seed, new DateHistogram.DayCounts(-4_000, -4_000 + spread / 2)); // some days outside the span
    }

    static void check(long spread, long seed, DateHistogram.DayCounts c) {
        Random r = new Random(seed);
        long[] days = new long[2_000];
        for (int i = 0; i < days.length; i++) {
            days[i] = -5_000 + (long) (r.nextDouble() * spread);
            c.add(days[i]);
        }
        c.seal();
        for (int q = 0; q < 500; q++) {
            long a = -6_000 + (long) (r.nextDouble() * (spread + 2_000));
            long b = a + (long) (r.nextDouble() * spread / 3);
            long expected = 0;
            for (long d : days) if (d >= a && d <= b) expected++;
            assertThat(c.count(a, b)).as("[%d, %d] over a spread of %d", a, b, spread).isEqualTo(expected);
        }
    }

    @Test
    void denseAndSparseSpansCountExactly() {
        check(20_000, 1); // 55 years: prefix sums
        check(5_000_000, 2); // 13,700 years: sorted days
        DateHistogram.DayCounts empty = new DateHistogram.DayCounts();
        empty.seal();
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.count(0, 100)).isZero();
        DateHistogram.DayCounts emptyDense = new DateHistogram.DayCounts(0, 1000);
        emptyDense.seal();
        assertThat(emptyDense.isEmpty()).isTrue();
        assertThat(emptyDense.count(0, 100)).isZero();
    }
}
