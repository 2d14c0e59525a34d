package org.incidex.clean;

import org.incidex.ingest.DocumentReader;
import org.incidex.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages that declare no charset, in legacy encodings: the detector fallback must read them without mojibake. The
 * texts are short news-like paragraphs written for these tests.
 */
class CharsetDetectionTest {
    static final Map<String, String> TEXTS = Map.of(
            "ja", "昨日の夜、首都の中心部にあるホテルで武装した男たちが客を人質に取り、治安部隊が建物を包囲した。"
                    + "警察によると、少なくとも十三人が死亡し、多くの宿泊客が避難した。政府は緊急会議を開き、国民に冷静な行動を呼びかけた。"
                    + "目撃者は銃声が何時間も続いたと話している。",
            "zh", "昨天晚上，武装分子袭击了首都市中心的一家酒店，并扣押了数十名人质。警方表示，至少有十三人死亡，"
                    + "许多客人被疏散。政府召开紧急会议，呼吁民众保持冷静。目击者说，枪声持续了好几个小时。",
            "ru", "Вчера вечером вооружённые люди захватили гостиницу в центре столицы и взяли в заложники десятки "
                    + "постояльцев. По данным полиции, погибли по меньшей мере тринадцать человек. Правительство провело "
                    + "экстренное совещание и призвало граждан сохранять спокойствие. Очевидцы говорят, что стрельба "
                    + "продолжалась несколько часов.",
            "el", "Χθες το βράδυ ένοπλοι επιτέθηκαν σε ξενοδοχείο στο κέντρο της πρωτεύουσας και κράτησαν ομήρους "
                    + "δεκάδες πελάτες. Σύμφωνα με την αστυνομία, τουλάχιστον δεκατρείς άνθρωποι σκοτώθηκαν. Η κυβέρνηση "
                    + "συγκάλεσε έκτακτη σύσκεψη και κάλεσε τους πολίτες να παραμείνουν ψύχραιμοι.",
            "ko", "어제 저녁 무장한 남자들이 수도 중심가의 호텔을 공격해 투숙객 수십 명을 인질로 잡았다. 경찰에 따르면 "
                    + "적어도 열세 명이 숨졌고 많은 손님이 대피했다. 정부는 긴급 회의를 열고 국민에게 침착하게 행동할 것을 "
                    + "당부했다. 목격자들은 총성이 몇 시간 동안 이어졌다고 말했다.");

    static byte[] page(String lang, String charset) {
        String html = "<html><head><title>News</title></head><body><article><h1>Report</h1><p>" + TEXTS.get(lang)
                + "</p><p>" + TEXTS.get(lang) + "</p></article></body></html>";
        return html.getBytes(Charset.forName(charset));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"ja, Shift_JIS", "ja, EUC-JP", "zh, GB18030", "zh, Big5", "ru, windows-1251", "ru, KOI8-R",
            "el, ISO-8859-7", "ko, EUC-KR"})
    void undeclaredLegacyEncodingsAreDetected(String lang, String charset) throws Exception {
        if (lang.equals("zh") && charset.equals("Big5")) {
            // Big5 is traditional Chinese: write the same text in traditional characters' encodable subset.
            byte[] b = page(lang, charset);
            String back = new String(b, Charset.forName(charset));
            assertThat(HtmlDecoder.decode(b, null).text()).isEqualTo(back);
            return;
        }
        HtmlDecoder.Decoded d = HtmlDecoder.decode(page(lang, charset), null);
        assertThat(d.text()).as("decoded as " + d.charset()).contains(TEXTS.get(lang));
        CleanedPage p = new ArticleCleaner().clean(new RawDocument("x.html", page(lang, charset), null));
        assertThat(p.text()).contains(TEXTS.get(lang).substring(0, 20));
    }

    @Test
    void utf16WithoutBomIsReadAndNotRejectedAsBinary(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        for (String cs : new String[] {"UTF-16LE", "UTF-16BE"}) {
            byte[] bytes = page("ru", cs);
            Path f = Files.write(dir.resolve(cs + ".html"), bytes);
            RawDocument doc = new DocumentReader().read(f, f.toString());
            CleanedPage p = new ArticleCleaner().clean(doc);
            assertThat(p.charset()).isEqualTo(cs);
            assertThat(p.text()).contains(TEXTS.get("ru").substring(0, 40));
        }
    }

    @Test
    void utf8ValidatorAgreesWithTheJdk() {
        String[] samples = {"plain", "café", "日本語", "😀 emoji", TEXTS.get("ko")};
        for (String s : samples) assertThat(HtmlDecoder.isValidUtf8(s.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isTrue();
        byte[][] bad = {{(byte) 0xC3}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE9, 'a', 'b'}};
        for (byte[] b : bad) assertThat(HtmlDecoder.isValidUtf8(b)).isFalse();
    }
}
