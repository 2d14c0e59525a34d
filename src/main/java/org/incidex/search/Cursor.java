package org.incidex.search;

import org.apache.lucene.util.BytesRef;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

/**
 * The opaque deep-paging token: the sort order and the last hit's sort values (score, date, killed, id — whatever
 * the order sorts on), base64url-encoded. A response's {@code next} is one; a request's {@code after} takes it back,
 * and the search continues strictly after that hit ({@code IndexSearcher.searchAfter} semantics). Because every order
 * ends with the incident id, the position survives a reindex: it names a place in the order, not a Lucene doc id.
 * Immutable.
 *
 * @param order  the sort order the values belong to
 * @param values the last hit's sort values, one per sort field ({@link Float}, {@link Long}, {@link Integer},
 *               {@link BytesRef} or null)
 * @param doc    the last hit's Lucene doc id: the final tie-break only when an index has no id doc values
 */
public record Cursor(SortOrder order, Object[] values, int doc) {
    private static final int VERSION = 1;
    private static final int MAX_CHARS = 1_000;

    /** The token for a response's {@code next}. */
    public String encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeUTF(order.wire());
            out.writeByte(values.length);
            for (Object v : values) {
                switch (v) {
                    case null -> out.writeByte('N');
                    case Float f -> { out.writeByte('F'); out.writeInt(Float.floatToIntBits(f)); }
                    case Long l -> { out.writeByte('L'); out.writeLong(l); }
                    case Integer i -> { out.writeByte('I'); out.writeInt(i); }
                    case BytesRef b -> { out.writeByte('B'); out.writeShort(b.length); out.write(b.bytes, b.offset, b.length); }
                    default -> throw new IllegalArgumentException("cannot encode sort value " + v.getClass());
                }
            }
            out.writeInt(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    /**
     * Reads a token written by {@link #encode()} and checks it belongs to {@code expected}.
     *
     * @throws InvalidRequestException naming {@code after} when the token is malformed or from another sort order
     */
    public static Cursor decode(String token, SortOrder expected) {
        if (token.length() > MAX_CHARS) throw bad(token, "it is longer than any cursor");
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(token.strip());
        } catch (IllegalArgumentException e) {
            throw bad(token, "it is not base64url");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(raw))) {
            if (in.readByte() != VERSION) throw bad(token, "unknown cursor version");
            String wire = in.readUTF();
            SortOrder order;
            try {
                order = SortOrder.parse(wire);
            } catch (InvalidRequestException e) {
                throw bad(token, "unknown sort order inside");
            }
            if (order != expected) {
                throw new InvalidRequestException("after: the cursor continues sort=" + order.wire()
                        + " but this request has sort=" + expected.wire() + "; keep the sort and filters of the "
                        + "search that returned it");
            }
            int n = in.readByte();
            if (n < 0 || n > 8) throw bad(token, "bad value count");
            Object[] values = new Object[n];
            for (int i = 0; i < n; i++) {
                int tag = in.readByte();
                values[i] = switch (tag) {
                    case 'N' -> null;
                    case 'F' -> Float.intBitsToFloat(in.readInt());
                    case 'L' -> in.readLong();
                    case 'I' -> in.readInt();
                    case 'B' -> {
                        byte[] b = new byte[in.readUnsignedShort()];
                        in.readFully(b);
                        yield new BytesRef(b);
                    }
                    default -> throw bad(token, "bad value tag");
                };
            }
            int doc = in.readInt();
            if (in.read() != -1) throw bad(token, "trailing bytes");
            return new Cursor(order, values, doc);
        } catch (IOException e) {
            throw bad(token, "it is truncated");
        }
    }

    private static InvalidRequestException bad(String token, String why) {
        String shown = token.length() > 40 ? token.substring(0, 40) + "…" : token;
        return new InvalidRequestException("after '" + shown + "' is not a cursor from a search's 'next' (" + why + ")");
    }
}
