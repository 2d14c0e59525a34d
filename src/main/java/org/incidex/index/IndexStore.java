package org.incidex.index;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
import java.util.function.UnaryOperator;
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
    private static final Logger LOG = LoggerFactory.getLogger(IndexStore.class);
    static final String CURRENT = "CURRENT";
    static final String LOCK = "write.lock";
    private static final Pattern GEN = Pattern.compile("gen-(\\d{6,})");

    private final Path root;
    private final UnaryOperator<Directory> writeDirectory;

    private IndexStore(Path root, UnaryOperator<Directory> writeDirectory) {
        this.root = root;
        this.writeDirectory = writeDirectory;
    }

    /** A store at {@code root}; nothing is created until a generation is written. */
    public static IndexStore at(Path root) {
        return at(root, UnaryOperator.identity());
    }

    /**
     * A store whose generation writers write through {@code wrapper} applied to the generation's {@link FSDirectory}:
     * the seam tests inject I/O faults through (a full disk, a failing fsync or rename). Readers are not wrapped.
     */
    static IndexStore at(Path root, UnaryOperator<Directory> wrapper) {
        Objects.requireNonNull(root, "root");
        return new IndexStore(root.toAbsolutePath().normalize(), Objects.requireNonNull(wrapper, "wrapper"));
    }

    /** The Lucene directory a {@link GenerationWriter} writes {@code generation} through. */
    Directory openDirectory(Path generation) throws IOException {
        return writeDirectory.apply(FSDirectory.open(generation));
    }

    public Path root() {
        return root;
    }

    /**
     * Whether a generation has ever been published here (CURRENT exists), valid or not: readers then open it with
     * {@link LiveIndex}, which reports a corrupt one and serves the last good generation.
     */
    public boolean hasIndex() {
        return Files.exists(root.resolve(CURRENT));
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
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IndexStoreException(current + " is corrupt: it is not a generation name (not even UTF-8 text)", e);
        } catch (IOException e) {
            throw new IndexStoreException("cannot read " + current + ": " + e.getMessage(), e);
        }
    }

    /** The live generation's commit data (fingerprint, build time…); empty when there is none. */
    public java.util.Map<String, String> currentCommitData() {
        Optional<Path> gen = currentGeneration();
        if (gen.isEmpty()) return java.util.Map.of();
        try (Directory d = FSDirectory.open(gen.get())) {
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
        CrashPoints.reached("before-rename");
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

    /**
     * Removes what killed writers left: generations newer than the live one (never published) and CURRENT.tmp. When
     * CURRENT is corrupt no generation is deleted (which one was live is unknown); the new generation is written
     * after all of them and, once published, repairs CURRENT.
     */
    private void removeLeftovers() {
        Optional<Path> current;
        try {
            current = currentGeneration();
        } catch (IndexStoreException e) {
            LOG.warn("{}; keeping every generation and writing the next one after them", e.getMessage());
            current = null;
        }
        if (current != null) {
            List<Path> gens = generations();
            int liveIdx = current.map(gens::indexOf).orElse(-1);
            for (int i = 0; i < gens.size(); i++) {
                // Anything newer than the live generation was never published: a killed writer's half-built output.
                if (i > liveIdx) deleteTree(gens.get(i));
            }
        }
        try {
            Files.deleteIfExists(root.resolve(CURRENT + ".tmp"));
        } catch (IOException e) {
            throw new IndexStoreException("cannot remove leftover " + root.resolve(CURRENT + ".tmp") + ": " + e.getMessage(), e);
        }
    }

    /**
     * The generations a reader may serve instead when the one CURRENT names cannot be opened, newest first: those
     * numbered below it, which were published before it. When CURRENT itself is unreadable or names no generation,
     * every generation is offered (which one was live is unknown; see {@link #currentGeneration()} for the error).
     */
    List<Path> fallbackGenerations() {
        long below = Long.MAX_VALUE;
        try {
            Matcher m = GEN.matcher(Files.readString(root.resolve(CURRENT), StandardCharsets.UTF_8).strip());
            if (m.matches()) below = Long.parseLong(m.group(1));
        } catch (IOException e) {
            LOG.debug("CURRENT in {} is unreadable ({}); offering every generation", root, e.getMessage());
        }
        List<Path> out = new ArrayList<>();
        for (Path g : generations()) if (generationNumber(g) < below) out.add(0, g);
        return out;
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
                String holder = readHolder(lockFile);
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
            String holder = readHolder(lockFile);
            throw new IndexLockedException("index " + root + " is locked by " + (holder.isEmpty() ? "this process" : holder)
                    + " (another writer of this process is open)");
        } catch (IOException e) {
            closeQuietly(ch);
            throw new IndexStoreException("cannot lock " + lockFile + ": " + e.getMessage(), e);
        }
    }

    private static String readHolder(Path lockFile) {
        try {
            return Files.readString(lockFile, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "another writer (" + lockFile + " is unreadable: " + e.getMessage() + ")";
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
