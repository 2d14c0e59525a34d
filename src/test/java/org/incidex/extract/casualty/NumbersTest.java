package org.incidex.extract.casualty;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts as news text writes them, in digits and in words. */
class NumbersTest {
    @Test
    void numbersInDigitsAndWords() {
        assertThat(Numbers.parse("13")).isEqualTo(13);
        assertThat(Numbers.parse("1,234")).isEqualTo(1234);
        assertThat(Numbers.parse("100,000")).isEqualTo(Numbers.MAX_COUNT);
        assertThat(Numbers.parse("2147483647")).isEqualTo(-1);
        assertThat(Numbers.parse("Fifty")).isEqualTo(50);
        assertThat(Numbers.parse("forty-two")).isEqualTo(42);
        assertThat(Numbers.parse("two dozen")).isEqualTo(24);
        assertThat(Numbers.parse("a dozen")).isEqualTo(12);
        assertThat(Numbers.parse("two hundred and six")).isEqualTo(206);
        assertThat(Numbers.parse("dozens")).isEqualTo(-1);
    }
}
