package org.incidex.extract.rules;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast word-list patterns match exactly what the plain ones do (see {@link Alternatives}). */
class AlternativesTest {
    static final String LIST = "bomb(?:s|ing)?|IEDs?|gunm[ae]n|set (?:\\w+ ){0,2}on fire|(?:hit|struck) (?:a )?mines?"
            + "|police(?:men)?|caf[eé]s?";

    @Test
    void firstLettersAndStemsOfAList() {
        assertThat(Alternatives.firstLetters(LIST)).containsExactly('b', 'c', 'g', 'h', 'i', 'p', 's');
        assertThat(Alternatives.stems(LIST)).containsExactly("bomb", "ied", "gunm", "set ", "hit", "struck", "police", "caf");
        // an optional first letter, or an alternative that opens with an operator, leaves the scan as it was
        assertThat(Alternatives.firstLetters("s?he|they")).isNull();
        assertThat(Alternatives.stems("\\d+ killed|dead")).isNull();
        assertThat(Alternatives.firstLetters("(?:a|b)?c")).isNull();
    }

    @Test
    void theFastListMatchesWhatThePlainPatternMatches() {
        Pattern plain = Pattern.compile("\\b(?:" + LIST + ")\\b", Pattern.CASE_INSENSITIVE);
        Alternatives.WordList fast = Alternatives.WordList.of(LIST);
        for (String text : List.of("Two IEDs exploded.", "A bombing in town", "The bombers fled", "gunmen set the car on fire",
                "They hit a mine.", "They hit mines", "Policemen were hurt", "a café was hit", "CAFES", "nothing here",
                "set fire", "bombs", "Bomb", "a guided missile", "the ied", "struck amine")) {
            assertThat(fast.foundIn(text, text.toLowerCase(Locale.ROOT))).as(text).isEqualTo(plain.matcher(text).find());
            assertThat(fast.pattern().matcher(text).find()).as(text).isEqualTo(plain.matcher(text).find());
        }
    }

    @Test
    void requirementsAreWhatEveryMatchContains() {
        String row = "(?:a|the) (?:man|woman|suspect) armed with";
        assertThat(Alternatives.requirements(row)).isDeepEqualTo(new String[][] {{"man", "woman", "suspect"},
                {" armed with"}});
        // optional parts, classes and repeated letters end a run; several alternatives say nothing more
        assertThat(Alternatives.requirements("(?:a|an) \\d+-year-old")).isDeepEqualTo(new String[][] {{"-year-old"}});
        assertThat(Alternatives.requirements("hit (?:a )?mines?")).isDeepEqualTo(new String[][] {{"hit "},
                {"mine"}});
        assertThat(Alternatives.requirements("bombs+ed")).isDeepEqualTo(new String[][] {{"bombs"}});
        assertThat(Alternatives.requirements("(?<who>[a-z]+) (?:was|were) shot(?= dead)"))
                .isDeepEqualTo(new String[][] {{"was", "were"}, {" shot"}});
        assertThat(Alternatives.requirements("bomb|blast")).isEmpty();
        Alternatives.WordList list = Alternatives.WordList.of(row);
        for (String text : List.of("A man armed with a knife", "the woman armed  with", "a suspect armed",
                "THE MAN ARMED WITH", "a teenager armed with")) {
            String low = text.toLowerCase(Locale.ROOT);
            boolean matches = list.pattern().matcher(text).find();
            if (matches) assertThat(list.mayMatch(low)).as(text).isTrue();
            assertThat(list.foundIn(text, low)).as(text).isEqualTo(matches);
        }
        assertThat(list.mayMatch("a suspect armed")).isFalse();
    }

    @Test
    void firstCharsOfAGrammarsParts() {
        assertThat(Alternatives.firstChars("(?:\\d+|two|three)|an?|(?<q>at least)")).containsExactly('0', '1', '2', '3',
                '4', '5', '6', '7', '8', '9', 'a', 't');
        assertThat(Alternatives.firstChars("s?he")).isNull();
        assertThat(Alternatives.firstChars("(?:the )?man")).isNull();
        assertThat(Alternatives.startLookahead("some|up to", "his|her")).isEqualTo("(?=[hsu])");
        assertThat(Alternatives.startLookahead("some", "[a-z]+")).isEmpty();
        Pattern with = Pattern.compile("(?i)(?<!\\w)" + Alternatives.startLookahead("(?:\\d+|two)")
                + "(?:\\d+|two) killed");
        Pattern without = Pattern.compile("(?i)(?<!\\w)(?:\\d+|two) killed");
        for (String t : List.of("Two killed", "12 killed", "they killed", "TWO KILLED", "tw killed")) {
            assertThat(with.matcher(t).find()).as(t).isEqualTo(without.matcher(t).find());
        }
    }
}
