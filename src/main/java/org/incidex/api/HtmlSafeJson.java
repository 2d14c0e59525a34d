package org.incidex.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.incidex.model.Json;

import java.io.UncheckedIOException;

/**
 * The API's JSON: the project's mapper ({@link Json}) whose strings escape {@code < > & '} as {@code \u003C} and so
 * on. Parsed JSON is unchanged, but the bytes on the wire never hold markup, so a title such as
 * {@code <script>…</script>} stays inert even for a client that sniffs or mis-renders the body as HTML. Thread-safe.
 */
final class HtmlSafeJson {
    private static final ObjectMapper MAPPER = create();

    private HtmlSafeJson() {}

    static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Compact JSON of {@code value}. */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static ObjectMapper create() {
        ObjectMapper m = Json.mapper().copy();
        m.getFactory().setCharacterEscapes(new Escapes());
        return m;
    }

    private static final class Escapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        Escapes() {
            for (char c : new char[] {'<', '>', '&', '\''}) ascii[c] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null; // only the standard \\uXXXX escapes above
        }
    }
}
