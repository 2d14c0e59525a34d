package org.incidex.ingest.web;

import org.incidex.ingest.ArticleSink;
import org.incidex.ingest.DocumentReader;
import org.incidex.model.DocumentFailure;
import org.incidex.model.FailureReason;
import org.incidex.model.RawDocument;
import org.incidex.model.RejectedDocumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web ingest: fetches pages (or a feed's items), drops duplicates by canonical URL and by content hash, skips pages
 * whose text is unchanged since the last run, hands the rest to an {@link ArticleSink} in one batch, and records what
 * it fetched in the {@link CrawlState}. A changed page replaces its article: the sink replaces an article with the
 * same id, and when the new version's id differs (no canonical URL, so the id follows the text) the old one is
 * removed. Every failure is a {@link DocumentFailure} naming the URL as given.
 *
 * <p>Not thread-safe: one run at a time per state (the CLI and the API each make their own).
 */
public final class WebIngest {
    /** What happened to one URL. */
    public enum Status {
        /** New: handed to the sink. */
        ADDED,
        /** Known, with different text: its article was replaced. */
        UPDATED,
        /** Known, same text: skipped. */
        UNCHANGED,
        /** Same canonical URL or same text as another page of this run or of the state: skipped. */
        DUPLICATE
    }

    /** One URL that was fetched. {@code duplicateOf} names the canonical URL it duplicates (DUPLICATE only). */
    public record Outcome(String url, String canonicalUrl, Status status, String articleId, List<String> incidentIds,
                         String duplicateOf) {
        public Outcome {
            incidentIds = incidentIds == null ? List.of() : List.copyOf(incidentIds);
        }
    }

    /** A run's outcomes in input order, and its failures. */
    public record Report(List<Outcome> outcomes, List<DocumentFailure> failures) {
        public Report {
            outcomes = List.copyOf(outcomes);
            failures = List.copyOf(failures);
        }

        public long count(Status s) {
            return outcomes.stream().filter(o -> o.status() == s).count();
        }
    }

    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([\\w.:-]+)");

    private final WebFetcher fetcher;
    private final ArticleSink sink;
    private final CrawlState state;
    private final DocumentReader checker = new DocumentReader();
    private final Clock clock;

    public WebIngest(WebFetcher fetcher, ArticleSink sink, CrawlState state) {
        this(fetcher, sink, state, Clock.systemUTC());
    }

    WebIngest(WebFetcher fetcher, ArticleSink sink, CrawlState state, Clock clock) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.state = Objects.requireNonNull(state, "state");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Fetches the feed and ingests every item it links to; a feed that cannot be read is the run's one failure. */
    public Report ingestFeed(String feedUrl) throws IOException, InterruptedException {
        List<FeedParser.Item> items;
        try {
            WebFetcher.Fetched feed = fetcher.fetch(feedUrl);
            items = FeedParser.parse(new String(feed.body(), charset(feed.contentType())), feed.finalUrl());
        } catch (RejectedDocumentException e) {
            return new Report(List.of(), List.of(e.toFailure()));
        } catch (FeedParser.NotAFeedException e) {
            return new Report(List.of(), List.of(new DocumentFailure(feedUrl, FailureReason.PROCESSING_ERROR, e.getMessage())));
        }
        return ingest(items.stream().map(FeedParser.Item::link).toList());
    }

    /** Fetches each URL and ingests what is new or changed. */
    public Report ingest(List<String> urls) throws IOException, InterruptedException {
        List<DocumentFailure> failures = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        Map<String, String> runCanonicals = new HashMap<>(); // canonical → url, this run
        Map<String, String> runHashes = new HashMap<>();     // content hash → canonical, this run
        for (String url : urls) {
            WebFetcher.Fetched f;
            try {
                f = fetcher.fetch(url);
                checker.check(new RawDocument(url, f.body(), f.contentType()));
            } catch (RejectedDocumentException e) {
                failures.add(e.toFailure());
                continue;
            }
            PageIdentity id = PageIdentity.of(f.body(), charsetName(f.contentType()), f.finalUrl());
            Optional<CrawlState.Page> known = state.get(id.canonicalUrl());
            String dupOf = runCanonicals.containsKey(id.canonicalUrl()) ? id.canonicalUrl()
                    : runHashes.getOrDefault(id.contentHash(),
                    state.canonicalWithHash(id.contentHash()).filter(c -> !c.equals(id.canonicalUrl())).orElse(null));
            Status status;
            if (dupOf != null) status = Status.DUPLICATE;
            else if (known.isEmpty()) status = Status.ADDED;
            else if (known.get().contentHash().equals(id.contentHash())) status = Status.UNCHANGED;
            else status = Status.UPDATED;
            runCanonicals.putIfAbsent(id.canonicalUrl(), url);
            runHashes.putIfAbsent(id.contentHash(), id.canonicalUrl());
            pending.add(new Pending(url, f, id, status, known.orElse(null), dupOf));
        }
        Map<String, ArticleSink.Added> added = write(pending, failures);
        List<Outcome> outcomes = new ArrayList<>();
        String now = Instant.now(clock).toString();
        for (Pending p : pending) {
            switch (p.status) {
                case ADDED, UPDATED -> {
                    ArticleSink.Added a = added.get(p.fetched.finalUrl());
                    if (a == null) continue; // the sink reported it as a failure
                    if (p.status == Status.UPDATED && !p.known.articleId().equals(a.articleId())) {
                        sink.remove(p.known.articleId());
                    }
                    state.put(p.identity.canonicalUrl(), new CrawlState.Page(p.identity.contentHash(), a.articleId(), p.url, now));
                    outcomes.add(new Outcome(p.url, p.identity.canonicalUrl(), p.status, a.articleId(), a.incidentIds(), null));
                }
                case UNCHANGED -> {
                    state.put(p.identity.canonicalUrl(), new CrawlState.Page(p.known.contentHash(), p.known.articleId(), p.url, now));
                    outcomes.add(new Outcome(p.url, p.identity.canonicalUrl(), p.status, p.known.articleId(), List.of(), null));
                }
                case DUPLICATE -> outcomes.add(new Outcome(p.url, p.identity.canonicalUrl(), p.status, null, List.of(), p.dupOf));
            }
        }
        state.save();
        return new Report(outcomes, failures);
    }

    private record Pending(String url, WebFetcher.Fetched fetched, PageIdentity identity, Status status,
                           CrawlState.Page known, String dupOf) {}

    /** Hands the new and changed pages to the sink in one batch; returns what it added by source (the final URL). */
    private Map<String, ArticleSink.Added> write(List<Pending> pending, List<DocumentFailure> failures)
            throws IOException, InterruptedException {
        List<RawDocument> docs = new ArrayList<>();
        Map<String, String> asGiven = new HashMap<>();
        for (Pending p : pending) {
            if (p.status != Status.ADDED && p.status != Status.UPDATED) continue;
            docs.add(new RawDocument(p.fetched.finalUrl(), p.fetched.body(), p.fetched.contentType()));
            asGiven.put(p.fetched.finalUrl(), p.url);
        }
        Map<String, ArticleSink.Added> bySource = new LinkedHashMap<>();
        if (docs.isEmpty()) return bySource;
        ArticleSink.Result r = sink.add(docs);
        for (ArticleSink.Added a : r.added()) bySource.put(a.source(), a);
        for (DocumentFailure f : r.failures()) {
            failures.add(new DocumentFailure(asGiven.getOrDefault(f.source(), f.source()), f.reason(), f.detail()));
        }
        return bySource;
    }

    private static String charsetName(String contentType) {
        if (contentType == null) return null;
        Matcher m = CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    private static java.nio.charset.Charset charset(String contentType) {
        String name = charsetName(contentType);
        try {
            return name == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
