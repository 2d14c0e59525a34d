package org.incidex.ingest.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.incidex.model.RawDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the rendered sample to {@link PageRenderer#VERSION}. {@link DemoCorpus#fingerprint()} hashes the facts,
 * the version and the live blog, not the pages, so a template change that forgets to bump the version would
 * leave stale fingerprints. When this test fails after an intended change: bump {@code PageRenderer.VERSION}
 * and paste the new hash here.
 */
class RendererVersionTest {

    private static final int PINNED_VERSION = 2;
    private static final String PINNED_PAGES_SHA256 =
            "b4388c16359ba06468f015bb9aec0caa7bbe2cdced81d65a34e724d0c9e49ccb";

    @Test
    void renderedSampleMatchesThePinnedVersion() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (RawDocument d : DemoCorpus.fromFacts(SampleFacts.load()).documents()) {
            sha.update(d.source().getBytes(StandardCharsets.UTF_8));
            sha.update(d.bytes());
        }
        String actual = HexFormat.of().formatHex(sha.digest());
        assertThat(PageRenderer.VERSION).as("update PINNED_VERSION and PINNED_PAGES_SHA256 together")
                .isEqualTo(PINNED_VERSION);
        assertThat(actual).as("pages changed: bump PageRenderer.VERSION, then pin version %d and this hash",
                PageRenderer.VERSION + 1).isEqualTo(PINNED_PAGES_SHA256);
    }
}
