package org.incidex.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Cheap looks at raw bytes shared by the reader and the decoder. Stateless and thread-safe. */
public final class TextSniffer {
    private TextSniffer() {}

    /**
     * UTF-16 without a byte order mark: HTML in UTF-16 has a zero byte in every ASCII code unit (the markup), all
     * on the same side of the pair.
     * Returns the byte order, or null when the bytes do not look like that.
     */
    public static Charset utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        if (n < 8) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                if ((i & 1) == 0) {
                    evenNul++;
                } else {
                    oddNul++;
                }
            }
        }
        int half = n / 2;
        // Markup is ASCII, so at least a fifth of the code units have a zero high byte, all on one side; binary data
        // has zeros on both sides.
        if (oddNul * 5 >= half && evenNul * 20 <= oddNul) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNul * 5 >= half && oddNul * 20 <= evenNul) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }
}
