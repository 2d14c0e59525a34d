package org.incidex.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {
    private static final String FRENCH = "Le café de la place a été évacué à 9 h 30 – selon la préfecture,"
            + " « par précaution ».";

    @Test
    void declaredWindows1252HasNoMojibake() {
        HtmlDecoder.Decoded d = HtmlDecoder.decode(Fixtures.bytes("cp1252-declared.html"), null);
        assertThat(d.charset()).isEqualTo("windows-1252");
        assertThat(d.text()).contains(FRENCH).contains("“irréelle”").contains("€");
    }

    @Test
    void undeclaredInvalidUtf8FallsBackToWindows1252() {
        HtmlDecoder.Decoded d = HtmlDecoder.decode(Fixtures.bytes("cp1252-undeclared.html"), null);
        assertThat(d.charset()).isEqualTo("windows-1252");
        assertThat(d.text()).contains(FRENCH);
    }

    @Test
    void utf16ByteOrderMarkWinsOverTheMetaLabel() {
        HtmlDecoder.Decoded d = HtmlDecoder.decode(Fixtures.bytes("utf16le-bom.html"), null);
        assertThat(d.charset()).isEqualTo("UTF-16LE");
        assertThat(d.text()).startsWith("<!DOCTYPE html>").contains(FRENCH);
    }

    @Test
    void shiftJisDeclaredInMeta() {
        HtmlDecoder.Decoded d = HtmlDecoder.decode(Fixtures.bytes("shift-jis-declared.html"), null);
        assertThat(d.charset()).isEqualTo("Shift_JIS");
        assertThat(d.text()).contains("東京の駅で不審な荷物が見つかり");
    }

    @Test
    void httpContentTypeWinsOverMeta() {
        byte[] bytes = "<meta charset=\"utf-8\"><p>caf\u00e9</p>".getBytes(Charset.forName("windows-1252"));
        HtmlDecoder.Decoded d = HtmlDecoder.decode(bytes, "text/html; charset=ISO-8859-1");
        assertThat(d.charset()).isEqualTo("windows-1252");
        assertThat(d.text()).contains("café");
    }

    @Test
    void utf8BomAndUndeclaredUtf8() {
        byte[] body = "<p>Ségou – Mopti</p>".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(HtmlDecoder.decode(withBom, null).text()).isEqualTo("<p>Ségou – Mopti</p>");
        assertThat(HtmlDecoder.decode(body, null).charset()).isEqualTo("UTF-8");
    }

    @Test
    void validUtf8BeatsAStaleMetaDeclaration() {
        byte[] body = "<meta charset=\"gb2312\"><title>人工智能</title><p>新电脑</p>".getBytes(StandardCharsets.UTF_8);
        HtmlDecoder.Decoded d = HtmlDecoder.decode(body, null);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text()).contains("<title>人工智能</title>");
    }

    @Test
    void unknownLabelsAreIgnored() {
        byte[] body = "<meta charset=\"x-no-such-charset\"><p>Ségou</p>".getBytes(StandardCharsets.UTF_8);
        HtmlDecoder.Decoded d = HtmlDecoder.decode(body, "text/html; charset=bogus");
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text()).contains("Ségou");
    }

    @Test
    void cleanerReportsTheCharsetAndCleanText() throws Exception {
        ArticleCleaner cleaner = new ArticleCleaner();
        for (String f : new String[] {"cp1252-declared.html", "cp1252-undeclared.html", "utf16le-bom.html"}) {
            CleanedPage page = cleaner.clean(new org.incidex.model.RawDocument(f, Fixtures.bytes(f), null));
            assertThat(page.title()).as(f).isEqualTo("Évacuation à Gao");
            assertThat(page.blocks()).as(f).first().isEqualTo(FRENCH);
            assertThat(page.lang()).isEqualTo("fr");
        }
        CleanedPage ja = cleaner.clean(new org.incidex.model.RawDocument("sj", Fixtures.bytes("shift-jis-declared.html"),
                null));
        assertThat(ja.charset()).isEqualTo("Shift_JIS");
        assertThat(ja.text()).contains("けが人はいないということです。");
    }
}
