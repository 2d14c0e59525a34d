package org.incidex.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2015-11-20T09:41:00+00:00 | 2015-11-20T09:41:00+00:00",
        "2015-11-20T09:41:00Z | 2015-11-20T09:41:00+00:00",
        "2015-11-20T09:41:00.123Z | 2015-11-20T09:41:00+00:00",
        "2021-11-01T10:52:50+0100 | 2021-11-01T10:52:50+01:00",
        "2015-11-20T09:41 | 2015-11-20",
        "2017-11-03 03:01:00.000000 | 2017-11-03",
        "2015-11-20 | 2015-11-20",
        "Fri, 20 Nov 2015 09:41:00 GMT | 2015-11-20T09:41:00+00:00",
        "November 20, 2015 | 2015-11-20",
        "20 November 2015 | 2015-11-20",
        "Nov. 20, 2015 9:41 AM | 2015-11-20",
        "Nov. 20, 2015 9:41 PM EST | 2015-11-20T21:41:00-05:00",
        "Published Sept 3rd, 2014 at 12:05 am | 2014-09-03",
        "2015/11/20 | 2015-11-20",
        "20.11.2015 | 2015-11-20",
        "Updated: 20 Nov 2015 | 2015-11-20",
    })
    void normalizesCommonFormats(String in, String expected) {
        assertThat(DateParser.toIso(in)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "yesterday", "2015", "2015-13-01", "February 30, 2015", "1850-01-01",
        "call 555-1234", "12:30"})
    void refusesWhatIsNotADate(String in) {
        assertThat(DateParser.toIso(in)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void nullIsNoDate() {
        assertThat(DateParser.toIso(null)).isEmpty();
    }
}
