package org.incidex.index;

import org.incidex.model.ExtractedArticle;
import org.incidex.model.Json;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The knowledge base's inputs, kept beside a generation's Lucene index as {@code sources.jsonl.gz}: one JSON line per
 * source (an extracted article with its incidents, or an imported table row in the same shape), so {@code import}
 * can re-merge without re-reading, re-cleaning or re-extracting what is already indexed. The file is written and
 * fsynced before the generation is published, so a live generation's archive is always complete. Stateless and
 * thread-safe; {@link GenerationWriter} does the writing.
 */
public final class SourceArchive {
    /** The file name inside a generation directory. */
    public static final String FILE = "sources.jsonl.gz";

    private SourceArchive() {}

    /**
     * The sources stored with {@code generation}; empty when the generation was written before sources were stored.
     *
     * @throws IndexStoreException when the file exists but cannot be read (the message names it and the line)
     */
    public static Optional<List<ExtractedArticle>> read(Path generation) {
        Path file = generation.resolve(FILE);
        List<ExtractedArticle> out = new ArrayList<>();
        int line = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            for (String s; (s = r.readLine()) != null; ) {
                line++;
                if (!s.isBlank()) out.add(Json.read(s, ExtractedArticle.class));
            }
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            throw new IndexStoreException("cannot read " + file + " at line " + line + ": " + e.getMessage(), e);
        }
        return Optional.of(out);
    }

    /** Writes {@code sources} to {@code generation}'s archive and fsyncs it. */
    static void write(Path generation, List<ExtractedArticle> sources) throws IOException {
        Path file = generation.resolve(FILE);
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
            for (ExtractedArticle a : sources) {
                w.write(Json.write(a));
                w.write('\n');
            }
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }
}
