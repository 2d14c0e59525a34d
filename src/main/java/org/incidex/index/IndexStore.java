package org.incidex.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An index directory holding numbered generations: {@code gen-000001/}, {@code gen-000002/}, … each a complete Lucene
 * index, and a {@code CURRENT} file naming the live one. Writers build a whole new generation beside the live one
 * and {@linkplain GenerationWriter#publish() publish} it by replacing {@code CURRENT} with an atomic rename; until that
 * rename, readers see the old generation, so a crash or {@code kill -9} at any moment leaves the live index intact.
 * Leftovers of a killed writer (unpublished generation directories, temporary files) are removed when the next
 * writer starts.
 *
 * <p>One writer at a time: {@link #beginGeneration()} takes an OS file lock on {@code write.lock} (released by the OS
 * if the process dies) and fails with {@link IndexLockedException} naming the holder. Thread-safe: methods only read
 * the file system or take the lock.
 */
public final class IndexStore {
    static final String CURRENT = "CURRENT";
    static final String LOCK = "write.lock";
    private static final Pattern GEN = Pattern.compile("gen-(\\d{6,})");

    private final Path root;

    private IndexStore(Path root) {
        this.root = root;
    }

    /** A store at {@code root}; nothing is created until a generation is written. */
    public static IndexStore at(Path root) {
        Objects.requireNonNull(root, "root");
        return new IndexStore(root.toAbsolutePath().normalize());
    }

    public Path root() {
        return root;
    }

    /** The live generation's directory, if one has been published. */
    public Optional<Path> currentGeneration() {
        Path current = root.resolve(CURRENT);
        try {
            String name = Files.readString(current, StandardCharsets.UTF_8).strip();
            if (!GEN.matcher(name).matches()) {
                throw new IndexStoreException(current + " is corrupt: it names '" + name + "', not a generation");
            }
            Path dir = root.resolve(name);
            if (!Files.isDirectory(dir)) {
                throw new IndexStoreException(current + " names " + name + ", which does not exist in " + root);
            }
            return Optional.of(dir);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IndexStoreException("cannot read " + current + ": " + e.getMessage(), e);
        }
    }

    /** The live generation's commit data (fingerprint, build time…); empty when there is none. */
    public java.util.Map<String, String> currentCommitData() {
        Optional<Path> gen = currentGeneration();
        if (gen.isEmpty()) return java.util.Map.of();
        try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(gen.get())) {
            return org.apache.lucene.index.SegmentInfos.readLatestCommit(d).getUserData();
        } catch (IOException e) {
            throw new IndexStoreException("cannot read the commit of " + gen.get() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Starts a new generation: takes the write lock, removes leftovers of earlier killed writers, and opens a writer on
     * a fresh generation directory.
     *
     * @throws IndexLockedException when another process holds the write lock
     */
    public GenerationWriter beginGeneration(String purpose) {
        WriteLock lock = lock(purpose);
        try {
            removeLeftovers();
            Path dir = root.resolve(String.format("gen-%06d", maxGeneration() + 1));
            return new GenerationWriter(this, dir, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Replaces CURRENT so that it names {@code generation}: write a temp file, fsync, atomic rename, fsync dir. */
    void publish(Path generation) throws IOException {
        Path tmp = root.resolve(CURRENT + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(java.nio.ByteBuffer.wrap((generation.getFileName() + "\n").getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
        try {
            Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + root + " cannot rename atomically; cannot switch safely", e);
        }
        fsyncDirectory(root);
    }

    /** Deletes generations older than the one before {@code live}: the previous one stays for readers still on it. */
    void pruneOldGenerations(Path live) {
        List<Path> gens = generations();
        int liveIdx = gens.indexOf(live);
        for (int i = 0; i < liveIdx - 1; i++) deleteTree(gens.get(i));
    }

    private void removeLeftovers() {
        Optional<Path> current = currentGeneration();
        List<Path> gens = generations();
        int liveIdx = current.map(gens::indexOf).orElse(-1);
        for (int i = 0; i < gens.size(); i++) {
            // Anything newer than the live generation was never published: a killed writer's half-built output.
            if (i > liveIdx) deleteTree(gens.get(i));
        }
        try {
            Files.deleteIfExists(root.resolve(CURRENT + ".tmp"));
        } catch (IOException e) {
            throw new IndexStoreException("cannot remove leftover " + root.resolve(CURRENT + ".tmp") + ": " + e.getMessage(), e);
        }
    }

    List<Path> generations() {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(root)) return out;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root, "gen-*")) {
            for (Path p : ds) if (GEN.matcher(p.getFileName().toString()).matches() && Files.isDirectory(p)) out.add(p);
        } catch (IOException e) {
            throw new IndexStoreException("cannot list " + root + ": " + e.getMessage(), e);
        }
        out.sort(Comparator.comparingLong(IndexStore::generationNumber));
        return out;
    }

    private long maxGeneration() {
        List<Path> gens = generations();
        return gens.isEmpty() ? 0 : generationNumber(gens.get(gens.size() - 1));
    }

    static long generationNumber(Path dir) {
        Matcher m = GEN.matcher(dir.getFileName().toString());
        if (!m.matches()) throw new IllegalArgumentException("not a generation directory: " + dir);
        return Long.parseLong(m.group(1));
    }

    private WriteLock lock(String purpose) {
        Path lockFile = root.resolve(LOCK);
        FileChannel ch = null;
        try {
            Files.createDirectories(root);
            ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = ch.tryLock();
            if (lock == null) {
                String holder = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
                ch.close();
                throw new IndexLockedException("index " + root + " is locked by "
                        + (holder.isEmpty() ? "another process" : holder) + "; wait for it to finish or stop it");
            }
            ch.truncate(0);
            String holder = "pid " + ProcessHandle.current().pid() + " (" + purpose + ", since " + Instant.now() + ")";
            ch.write(java.nio.ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(false);
            return new WriteLock(ch, lock);
        } catch (java.nio.channels.OverlappingFileLockException e) {
            closeQuietly(ch);
            throw new IndexLockedException("index " + root + " is locked by this process (another writer is open)");
        } catch (IOException e) {
            closeQuietly(ch);
            throw new IndexStoreException("cannot lock " + lockFile + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch == null) return;
        try {
            ch.close();
        } catch (IOException ignored) {
            // already failing; the original error is reported
        }
    }

    static void fsyncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Some platforms cannot open directories; the rename itself is still atomic there.
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException | UncheckedIOException e) {
            throw new IndexStoreException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The held write lock; closing releases it. */
    record WriteLock(FileChannel channel, FileLock lock) implements AutoCloseable {
        @Override
        public void close() {
            try {
                if (lock.isValid()) lock.release();
                channel.close();
            } catch (IOException e) {
                throw new IndexStoreException("cannot release the index write lock: " + e.getMessage(), e);
            }
        }
    }
}
