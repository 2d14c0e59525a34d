package org.incidex.ingest;

import org.incidex.model.FailureReason;
import org.incidex.model.RawDocument;
import org.incidex.model.RejectedDocumentException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads one file into a {@link RawDocument}, rejecting what cannot be an article before anything parses it:
 * empty files, files over the size cap, binary files and unreadable files, each as a typed
 * {@link RejectedDocumentException} that names the file. Whether the bytes are HTML is the cleaner's call.
 *
 * <p>Thread-safe: holds only its configuration.
 */
public final class DocumentReader {
    /** Default cap: 50 MB, larger than any real news page. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    private final long maxBytes;

    public DocumentReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public DocumentReader(long maxBytes) {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        this.maxBytes = maxBytes;
    }

    /**
     * Reads {@code path}; {@code source} is the name used in reports (the path as the user gave it).
     *
     * @throws RejectedDocumentException EMPTY, TOO_LARGE, BINARY or UNREADABLE
     */
    public RawDocument read(Path path, String source) throws RejectedDocumentException {
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new RejectedDocumentException(source, FailureReason.TOO_LARGE,
                        size + " bytes, the cap is " + maxBytes);
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) Math.min(size + 1, maxBytes + 1));
            }
        } catch (NoSuchFileException e) {
            throw new RejectedDocumentException(source, FailureReason.UNREADABLE, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new RejectedDocumentException(source, FailureReason.UNREADABLE, "permission denied", e);
        } catch (IOException e) {
            throw new RejectedDocumentException(source, FailureReason.UNREADABLE, e.toString(), e);
        }
        if (bytes.length > maxBytes) {
            throw new RejectedDocumentException(source, FailureReason.TOO_LARGE, "grew past the cap of " + maxBytes + " bytes");
        }
        return check(new RawDocument(source, bytes, null));
    }

    /**
     * Applies the same checks to bytes from elsewhere (stdin, a URL).
     *
     * @throws RejectedDocumentException EMPTY, TOO_LARGE or BINARY
     */
    public RawDocument check(RawDocument doc) throws RejectedDocumentException {
        byte[] b = doc.bytes();
        if (b.length > maxBytes) {
            throw new RejectedDocumentException(doc.source(), FailureReason.TOO_LARGE,
                    b.length + " bytes, the cap is " + maxBytes);
        }
        if (isBlank(b)) throw new RejectedDocumentException(doc.source(), FailureReason.EMPTY, b.length + " bytes");
        String binary = binaryKind(b);
        if (binary != null) throw new RejectedDocumentException(doc.source(), FailureReason.BINARY, binary);
        return doc;
    }

    private static boolean isBlank(byte[] b) {
        for (byte x : b) {
            if (x != ' ' && x != '\n' && x != '\r' && x != '\t' && x != 0x0c) return false;
        }
        return true;
    }

    /** Names the binary format, or returns null for bytes that may be text. UTF-16 text (with a BOM) is text. */
    static String binaryKind(byte[] b) {
        if (startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF)) return null; // UTF-16 BOM
        if (TextSniffer.utf16WithoutBom(b) != null) return null;                 // UTF-16, no BOM
        if (startsWith(b, '%', 'P', 'D', 'F')) return "PDF";
        if (startsWith(b, 0x89, 'P', 'N', 'G')) return "PNG image";
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) return "JPEG image";
        if (startsWith(b, 'G', 'I', 'F', '8')) return "GIF image";
        if (startsWith(b, 'P', 'K', 3, 4)) return "ZIP archive";
        if (startsWith(b, 0x1F, 0x8B)) return "gzip data";
        if (startsWith(b, 0x7F, 'E', 'L', 'F')) return "ELF executable";
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) return "NUL bytes";
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) control++;
        }
        return control * 10 > n ? "control characters" : null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != (prefix[i] & 0xFF)) return false;
        }
        return true;
    }
}
