package org.incidex.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.incidex.clean.ArticleCleaner;
import org.incidex.clean.CleanedPage;
import org.incidex.model.FailureReason;
import org.incidex.model.RawDocument;
import org.incidex.model.RejectedDocumentException;
import org.incidex.model.TimedEntry;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes {@link ArticleCleaner#clean(RawDocument)} with raw page bytes. An input may start with a line
 * {@code Content-Type: ...} that is passed as the HTTP header (so the header's charset path is fuzzed too); the rest
 * is the page. A {@link RejectedDocumentException} is the cleaner's documented answer to unusable input, except
 * {@link FailureReason#PROCESSING_ERROR}, which wraps an internal exception and is a finding. The corpus is in
 * {@code src/test/resources/org/incidex/fuzz/CleanerFuzzTestInputs/clean/}.
 */
class CleanerFuzzTest {
    /** Bytes per input: enough for deep nesting and long pages, small enough to keep an input fast. */
    static final int MAX_BYTES = 256 * 1024;
    static final int MAX_FUZZ_BYTES = 16 * 1024;
    static final Duration LIMIT = Duration.ofSeconds(5);
    private static final byte[] HEADER = "Content-Type:".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2})?");
    private static final ArticleCleaner CLEANER = new ArticleCleaner();

    @FuzzTest(maxDuration = "5m")
    void clean(byte[] data) throws Throwable {
        byte[] input = Bounded.cap(data, MAX_BYTES, MAX_FUZZ_BYTES);
        String contentType = null;
        byte[] body = input;
        if (startsWith(input, HEADER)) {
            int nl = indexOf(input, (byte) '\n');
            int end = nl < 0 ? input.length : nl;
            contentType = new String(input, HEADER.length, end - HEADER.length, StandardCharsets.ISO_8859_1).trim();
            body = Arrays.copyOfRange(input, Math.min(input.length, end + 1), input.length);
        }
        RawDocument doc = new RawDocument("https://news.example.org/2015/11/20/attack.html", body, contentType);
        CleanedPage page = Bounded.call(LIMIT, () -> {
            try {
                return CLEANER.clean(doc);
            } catch (RejectedDocumentException e) {
                if (e.reason() == FailureReason.PROCESSING_ERROR) throw new AssertionError("internal error", e);
                return null;
            }
        });
        if (page != null) check(page);
    }

    static void check(CleanedPage page) {
        assertThat(page.blocks()).isNotEmpty();
        assertThat(page.text()).isEqualTo(String.join("\n\n", page.blocks()));
        for (String block : page.blocks()) assertThat(block).isNotBlank();
        if (page.published() != null) assertThat(page.published()).matches(ISO);
        if (page.lang() != null) assertThat(page.lang()).isEqualTo(page.lang().toLowerCase(Locale.ROOT));
        for (TimedEntry e : page.entries()) {
            assertThat(e.start()).isBetween(-1, page.text().length());
        }
    }

    private static boolean startsWith(byte[] a, byte[] prefix) {
        return a.length >= prefix.length && Arrays.equals(a, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] a, byte b) {
        for (int i = 0; i < a.length; i++) if (a[i] == b) return i;
        return -1;
    }
}
