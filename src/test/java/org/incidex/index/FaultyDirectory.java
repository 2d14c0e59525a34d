package org.incidex.index;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexOutput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Lucene directory that fails on demand, as a full disk or a failing device would: writes past a byte budget throw
 * "No space left on device", and {@code sync}, {@code rename} (Lucene's pending_segments → segments_N) or
 * {@code syncMetaData} throw an I/O error. Inject with {@link #store}.
 */
public final class FaultyDirectory extends FilterDirectory {
    /** What fails. */
    public enum Fault { DISK_FULL, SYNC, RENAME, SYNC_METADATA }

    private final Fault fault;
    private final AtomicLong budget;

    private FaultyDirectory(Directory in, Fault fault, long bytes) {
        super(in);
        this.fault = fault;
        this.budget = new AtomicLong(bytes);
    }

    /** A store at {@code root} whose generation writers fail with {@code fault} ({@code bytes}: the disk-full budget). */
    public static IndexStore store(Path root, Fault fault, long bytes) {
        return IndexStore.at(root, d -> new FaultyDirectory(d, fault, bytes));
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        return counting(in.createOutput(name, context));
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        return counting(in.createTempOutput(prefix, suffix, context));
    }

    private IndexOutput counting(IndexOutput out) {
        if (fault != Fault.DISK_FULL) return out;
        return new FilterIndexOutput("faulty(" + out + ")", out.getName(), out) {
            @Override
            public void writeByte(byte b) throws IOException {
                spend(1);
                super.writeByte(b);
            }

            @Override
            public void writeBytes(byte[] b, int offset, int length) throws IOException {
                spend(length);
                super.writeBytes(b, offset, length);
            }
        };
    }

    private void spend(long n) throws IOException {
        if (budget.addAndGet(-n) < 0) throw new IOException("No space left on device");
    }

    @Override
    public void sync(Collection<String> names) throws IOException {
        if (fault == Fault.SYNC) throw new IOException("fsync of " + names + " failed: Input/output error");
        super.sync(names);
    }

    @Override
    public void rename(String source, String dest) throws IOException {
        if (fault == Fault.RENAME) throw new IOException("rename " + source + " → " + dest + " failed: Input/output error");
        super.rename(source, dest);
    }

    @Override
    public void syncMetaData() throws IOException {
        if (fault == Fault.SYNC_METADATA) throw new IOException("fsync of the directory failed: Input/output error");
        super.syncMetaData();
    }
}
