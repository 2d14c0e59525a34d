package org.incidex.clean;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.incidex.ingest.TextSniffer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of an HTML page into text, choosing the charset the way a browser would, in this order: a byte
 * order mark (UTF-8, UTF-16LE, UTF-16BE); the {@code charset} parameter of the HTTP content type; a
 * {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} in the first 8 KB, except that bytes with non-ASCII
 * characters that are all valid UTF-8 are read as UTF-8 whatever the {@code <meta>} says (pages re-saved as UTF-8 keep
 * their old declaration; legacy text is almost never valid UTF-8); otherwise UTF-8 when the bytes are valid UTF-8,
 * else windows-1252. As in the WHATWG encoding standard, ISO-8859-1 and US-ASCII labels decode as
 * windows-1252, and a UTF-16 label found inside the page (which an ASCII scan could only read if the page were not
 * UTF-16) means UTF-8. Unknown labels are ignored. Malformed sequences become U+FFFD; decoding never fails.
 * Stateless and thread-safe.
 */
public final class HtmlDecoder {
    /** How far into the page {@code <meta>} charset declarations are looked for. */
    static final int PRESCAN_BYTES = 8192;
    private static final Pattern CT_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern META = Pattern.compile("<meta\\s[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)",
            Pattern.CASE_INSENSITIVE);

    private HtmlDecoder() {
    }

    /**
     * Decoded text and the name of the charset used.
     *
     * @param text    the page as text, without a byte order mark
     * @param charset canonical Java name of the charset used ("UTF-8", "windows-1252", "Shift_JIS"...)
     */
    public record Decoded(String text, String charset) {
        public Decoded {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(charset, "charset");
        }
    }

    /**
     * Decodes a page.
     *
     * @param bytes              the raw bytes; not modified
     * @param contentTypeOrNull  the HTTP {@code Content-Type} header value, or null
     * @return the text and the charset used
     * @throws NullPointerException if {@code bytes} is null
     */
    public static Decoded decode(byte[] bytes, String contentTypeOrNull) {
        Objects.requireNonNull(bytes, "bytes");
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return decodeWith(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return decodeWith(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return decodeWith(bytes, 2, StandardCharsets.UTF_16BE);
        }
        Optional<Charset> declared = fromContentType(contentTypeOrNull);
        if (declared.isPresent()) {
            Charset cs = declared.get();
            if (cs.name().startsWith("UTF-16") && cs.name().length() == 6) {
                cs = guessUtf16Order(bytes);
            }
            return decodeWith(bytes, 0, cs);
        }
        Optional<Charset> meta = fromMeta(bytes);
        if (meta.isPresent()) {
            Charset cs = meta.get().name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : meta.get();
            if (!cs.equals(StandardCharsets.UTF_8) && hasNonAscii(bytes) && isValidUtf8(bytes)) {
                // A page re-saved as UTF-8 that kept its old <meta>: legacy text is almost never valid UTF-8.
                cs = StandardCharsets.UTF_8;
            }
            return decodeWith(bytes, 0, cs);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return decodeWith(bytes, 0, utf16);
        }
        if (isValidUtf8(bytes)) {
            return decodeWith(bytes, 0, StandardCharsets.UTF_8);
        }
        return decodeWith(bytes, 0, detect(bytes).orElse(WINDOWS_1252));
    }

    /** How many bytes the statistical detector reads: enough text for a verdict, bounded work on huge pages. */
    static final int DETECT_BYTES = 64 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * Mozilla's universal charset detector over the start of the page, for undeclared legacy encodings (Shift_JIS,
     * EUC-JP, GB18030, Big5, EUC-KR, KOI8-R, windows-1251, ISO-8859-x...). Empty when it has no verdict.
     */
    static Optional<Charset> detect(byte[] bytes) {
        org.mozilla.universalchardet.UniversalDetector detector = new org.mozilla.universalchardet.UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, DETECT_BYTES));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        return name == null ? Optional.empty() : lookup(name);
    }

    /** UTF-16 without a byte order mark (see {@link TextSniffer#utf16WithoutBom}), or null. */
    static Charset utf16WithoutBom(byte[] bytes) {
        return TextSniffer.utf16WithoutBom(bytes);
    }

    /** The charset named by a content type's {@code charset} parameter, when Java knows it. */
    static Optional<Charset> fromContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher m = CT_CHARSET.matcher(contentType);
        return m.find() ? lookup(m.group(1)) : Optional.empty();
    }

    /** The charset declared by the first {@code <meta>} that declares one in the first 8 KB, read as ASCII. */
    static Optional<Charset> fromMeta(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher tag = META.matcher(head);
        while (tag.find()) {
            String t = tag.group();
            String lower = t.toLowerCase(Locale.ROOT);
            if (!lower.contains("charset")) {
                continue;
            }
            boolean direct = Pattern.compile("\\scharset\\s*=").matcher(lower).find();
            boolean httpEquiv = lower.contains("content-type") && lower.contains("http-equiv");
            if (!direct && !httpEquiv) {
                continue;
            }
            Matcher cs = META_CHARSET.matcher(t);
            if (cs.find()) {
                Optional<Charset> found = lookup(cs.group(1));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Java charset for a label, with the WHATWG aliases that matter for real pages. */
    static Optional<Charset> lookup(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        switch (l) {
            case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968",
                 "cp1252", "x-cp1252" -> l = "windows-1252";
            case "utf8", "unicode-1-1-utf-8" -> l = "utf-8";
            case "gb2312", "gbk", "x-gbk" -> l = "gb18030";
            case "shift-jis", "sjis", "x-sjis", "ms_kanji", "windows-31j" -> l = "shift_jis";
            case "ks_c_5601-1987", "euc-kr" -> l = "x-windows-949";
            case "iso-8859-9", "latin5" -> l = "windows-1254";
            case "tis-620", "iso-8859-11" -> l = "x-windows-874";
            default -> {
                // Java's own name or alias.
            }
        }
        try {
            return Charset.isSupported(l) ? Optional.of(Charset.forName(l)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /** True when every byte sequence is well-formed UTF-8 (no overlongs, no surrogates, at most U+10FFFF). */
    static boolean isValidUtf8(byte[] b) {
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                len = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                len = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                len = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + len >= n) {
                return false;
            }
            int cp = c & (0x3F >> len);
            for (int k = 1; k <= len; k++) {
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    return false;
                }
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return false;
            }
            i += len + 1;
        }
        return true;
    }

    private static Charset guessUtf16Order(byte[] bytes) {
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < Math.min(bytes.length, 1024); i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    evenNul++;
                } else {
                    oddNul++;
                }
            }
        }
        return oddNul > evenNul ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
    }

    private static Decoded decodeWith(byte[] bytes, int offset, Charset cs) {
        String text = new String(bytes, offset, bytes.length - offset, cs);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return new Decoded(text, cs.name());
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
