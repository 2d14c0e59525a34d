package org.incidex.ingest.web;

import org.incidex.model.FailureReason;
import org.incidex.model.RejectedDocumentException;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fetches web pages politely with jsoup's {@link Connection}: http and https only, a clear User-Agent, a timeout, a size
 * cap, redirects followed by hand (at most {@link Config#maxRedirects}, each hop checked for scheme and robots.txt),
 * robots.txt respected (fetched once per site and cached for 24 hours), and a delay between two requests to the same host. Every
 * way a fetch can fail is a {@link RejectedDocumentException} naming the URL, with a {@link FailureReason}:
 * UNSUPPORTED_URL, BLOCKED_BY_ROBOTS, TIMEOUT, TOO_LARGE, FETCH_FAILED.
 *
 * <p>Thread-safe: the robots cache and the per-host clocks are concurrent; requests to one host are spaced by the
 * politeness delay even from several threads.
 */
public final class WebFetcher {
    /**
     * @param userAgent       sent with every request; its first word (before "/") is the robots.txt product token
     * @param timeout         connect and read timeout of one request (jsoup applies it to the whole request)
     * @param maxBytes        a body larger than this is TOO_LARGE
     * @param maxRedirects    hops followed before giving up
     * @param politenessDelay minimum time between the starts of two requests to the same host
     */
    public record Config(String userAgent, Duration timeout, int maxBytes, int maxRedirects, Duration politenessDelay) {
        public Config {
            Objects.requireNonNull(userAgent, "userAgent");
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(politenessDelay, "politenessDelay");
            if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
            if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects must be >= 0, was " + maxRedirects);
        }

        /** 10 s timeout, 5 MB cap, 5 redirects, 1 s between requests to one host. */
        public static Config defaults(String version) {
            return new Config("Incidex/" + version + " (+https://github.com/incidex/incidex)", Duration.ofSeconds(10),
                    5 * 1024 * 1024, 5, Duration.ofSeconds(1));
        }

        public Config withPolitenessDelay(Duration d) {
            return new Config(userAgent, timeout, maxBytes, maxRedirects, d);
        }

        public Config withTimeout(Duration t) {
            return new Config(userAgent, t, maxBytes, maxRedirects, politenessDelay);
        }

        public Config withMaxBytes(int max) {
            return new Config(userAgent, timeout, max, maxRedirects, politenessDelay);
        }

        String productToken() {
            int slash = userAgent.indexOf('/');
            return (slash > 0 ? userAgent.substring(0, slash) : userAgent).strip();
        }
    }

    /** A fetched body: the URL asked for, the URL it came from after redirects, its content type (or null). */
    public record Fetched(String requestedUrl, String finalUrl, String contentType, byte[] body) {}

    private final Config config;
    /** How long a site's robots.txt is trusted before it is fetched again (RFC 9309 suggests at most 24 hours). */
    static final Duration ROBOTS_TTL = Duration.ofHours(24);

    private record CachedRobots(RobotsTxt rules, long fetchedNanos) {}

    private final Map<String, CachedRobots> robots = new ConcurrentHashMap<>();
    private final Map<String, Object> hostLocks = new ConcurrentHashMap<>();
    private final Map<String, Long> lastRequest = new ConcurrentHashMap<>();

    public WebFetcher(Config config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public Config config() {
        return config;
    }

    /** Checks that {@code url} is an absolute http(s) URL with a host; returns it parsed. */
    public static URI checkUrl(String url) throws RejectedDocumentException {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new RejectedDocumentException(url, FailureReason.UNSUPPORTED_URL, "malformed URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RejectedDocumentException(url, FailureReason.UNSUPPORTED_URL,
                    scheme.isEmpty() ? "not an absolute URL; only http and https are fetched"
                            : "scheme '" + scheme + ":' is not fetched; only http and https are");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new RejectedDocumentException(url, FailureReason.UNSUPPORTED_URL, "no host");
        }
        return uri;
    }

    /** Fetches {@code url}, following redirects; reports failures under {@code url}. */
    public Fetched fetch(String url) throws RejectedDocumentException {
        URI uri = checkUrl(url);
        for (int hop = 0; ; hop++) {
            checkRobots(url, uri);
            Connection.Response res = request(url, uri, false);
            int status = res.statusCode();
            if (status >= 300 && status < 400 && res.hasHeader("Location")) {
                if (hop >= config.maxRedirects()) {
                    throw new RejectedDocumentException(url, FailureReason.FETCH_FAILED,
                            "more than " + config.maxRedirects() + " redirects (last to " + res.header("Location") + ")");
                }
                String next = uri.resolve(res.header("Location").strip()).toString();
                try {
                    uri = checkUrl(next);
                } catch (RejectedDocumentException e) {
                    throw new RejectedDocumentException(url, FailureReason.UNSUPPORTED_URL, "redirected to " + next);
                }
                continue;
            }
            if (status < 200 || status >= 300) {
                throw new RejectedDocumentException(url, FailureReason.FETCH_FAILED, "HTTP " + status
                        + (res.statusMessage() == null ? "" : " " + res.statusMessage())
                        + (hop > 0 ? " from " + uri : ""));
            }
            return new Fetched(url, uri.toString(), res.contentType(), body(url, res));
        }
    }

    private byte[] body(String url, Connection.Response res) throws RejectedDocumentException {
        String length = res.header("Content-Length");
        if (length != null && length.strip().matches("\\d{1,18}") && Long.parseLong(length.strip()) > config.maxBytes()) {
            throw new RejectedDocumentException(url, FailureReason.TOO_LARGE,
                    "Content-Length " + length.strip() + " bytes, the cap is " + config.maxBytes());
        }
        byte[] bytes;
        try {
            bytes = res.bodyAsBytes();
        } catch (RuntimeException e) { // jsoup wraps read errors (timeouts included) in UncheckedIOException
            throw failure(url, e.getCause() instanceof IOException io ? io : new IOException(e));
        }
        if (bytes.length > config.maxBytes()) {
            throw new RejectedDocumentException(url, FailureReason.TOO_LARGE,
                    "more than " + config.maxBytes() + " bytes (the cap)");
        }
        return bytes;
    }

    private void checkRobots(String url, URI uri) throws RejectedDocumentException {
        String origin = origin(uri);
        CachedRobots cached = robots.get(origin);
        if (cached == null || System.nanoTime() - cached.fetchedNanos() > ROBOTS_TTL.toNanos()) {
            cached = new CachedRobots(loadRobots(url, uri), System.nanoTime());
            robots.put(origin, cached);
        }
        RobotsTxt r = cached.rules();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) path += "?" + uri.getRawQuery();
        if (!r.allows(path)) {
            throw new RejectedDocumentException(url, FailureReason.BLOCKED_BY_ROBOTS,
                    origin + "/robots.txt disallows " + path + " for " + config.productToken());
        }
    }

    /** 2xx: its rules; 4xx: allow all; 5xx: disallow all (RFC 9309 §2.3.1). Network errors fail the page. */
    private RobotsTxt loadRobots(String url, URI uri) throws RejectedDocumentException {
        URI robotsUri = uri.resolve("/robots.txt");
        Connection.Response res = request(url, robotsUri, true);
        int status = res.statusCode();
        if (status >= 200 && status < 300) {
            byte[] body;
            try {
                body = res.bodyAsBytes();
            } catch (RuntimeException e) {
                throw failure(url, e.getCause() instanceof IOException io ? io : new IOException(e));
            }
            return RobotsTxt.parse(new String(body, StandardCharsets.UTF_8), config.productToken());
        }
        return status >= 500 ? RobotsTxt.DISALLOW_ALL : RobotsTxt.ALLOW_ALL;
    }

    private Connection.Response request(String url, URI uri, boolean followRedirects) throws RejectedDocumentException {
        waitForTurn(uri.getHost().toLowerCase(Locale.ROOT));
        try {
            return Jsoup.connect(uri.toString())
                    .userAgent(config.userAgent())
                    .timeout((int) Math.min(Integer.MAX_VALUE, config.timeout().toMillis()))
                    .maxBodySize(config.maxBytes() + 1) // one byte over the cap tells us it was exceeded
                    .followRedirects(followRedirects)
                    .ignoreHttpErrors(true)
                    .ignoreContentType(true)
                    .method(Connection.Method.GET)
                    .execute();
        } catch (IOException e) {
            throw failure(url, e);
        } catch (IllegalArgumentException e) {
            throw new RejectedDocumentException(url, FailureReason.UNSUPPORTED_URL, e.getMessage(), e);
        }
    }

    private RejectedDocumentException failure(String url, IOException e) {
        if (e instanceof SocketTimeoutException || e instanceof HttpTimeoutException
                || String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("timed out")) {
            return new RejectedDocumentException(url, FailureReason.TIMEOUT,
                    "no answer within " + config.timeout().toMillis() + " ms", e);
        }
        String detail = e instanceof ConnectException ? "connection refused"
                : e instanceof UnknownHostException ? "unknown host " + e.getMessage()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        return new RejectedDocumentException(url, FailureReason.FETCH_FAILED, detail, e);
    }

    /** Sleeps until the politeness delay since the last request to {@code host} has passed, then claims the slot. */
    private void waitForTurn(String host) throws RejectedDocumentException {
        long delay = config.politenessDelay().toNanos();
        Object lock = hostLocks.computeIfAbsent(host, h -> new Object());
        synchronized (lock) {
            Long last = lastRequest.get(host);
            long now = System.nanoTime();
            if (last != null && now - last < delay) {
                try {
                    Thread.sleep(Duration.ofNanos(delay - (now - last)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new RejectedDocumentException(host, FailureReason.FETCH_FAILED, "interrupted", e);
                }
            }
            lastRequest.put(host, System.nanoTime());
        }
    }

    private static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }
}
