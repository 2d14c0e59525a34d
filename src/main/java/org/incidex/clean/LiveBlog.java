package org.incidex.clean;

import org.incidex.model.TimedEntry;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Elements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the timestamped entries of a live blog: posts that are repeated siblings (same tag and class) each holding
 * one {@code <time>} (or element with a {@code datetime} attribute). At least three such posts make a live blog;
 * anything less is an ordinary article and gives no entries. A time without a date ("10:42") takes the page's
 * publication date. Stateless and thread-safe.
 */
final class LiveBlog {
    // CSS selectors parsed once: jsoup parses a selector string at every select call.
    private static final Evaluator DATED = QueryParser.parse("time[datetime], [datetime]:not(time)");
    private static final Evaluator HEADING = QueryParser.parse("h1, h2, h3, h4, h5, h6, strong");

    static final int MIN_ENTRIES = 3;
    private static final int HEADLINE_CHARS = 120;
    private static final Pattern TIME_ONLY = Pattern.compile("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\b");

    private LiveBlog() {
    }

    /** Entry times and headlines in page order; {@code start} offsets are filled in by {@link #locate}. */
    static List<TimedEntry> entries(Document doc, String published) {
        Elements times = doc.select(DATED);
        if (times.size() < MIN_ENTRIES) {
            return List.of();
        }
        Map<Element, List<Element>> postsByParent = new HashMap<>();
        Map<Element, Element> timeOfPost = new HashMap<>();
        for (Element t : times) {
            Element post = postOf(t);
            if (post == null || timeOfPost.containsKey(post)) {
                continue;
            }
            timeOfPost.put(post, t);
            postsByParent.computeIfAbsent(post.parent(), k -> new ArrayList<>()).add(post);
        }
        List<Element> best = List.of();
        for (List<Element> posts : postsByParent.values()) {
            if (posts.size() > best.size()) {
                best = posts;
            }
        }
        if (best.size() < MIN_ENTRIES) {
            return List.of();
        }
        List<TimedEntry> out = new ArrayList<>();
        for (Element post : best) {
            Element t = timeOfPost.get(post);
            String when = when(t.attr("datetime"), published);
            if (when == null) {
                continue;
            }
            out.add(new TimedEntry(when, -1, headline(post, t)));
        }
        return out.size() >= MIN_ENTRIES ? out : List.of();
    }

    /** The nearest ancestor of a time element that has at least two same-tag, same-class siblings. */
    private static Element postOf(Element time) {
        Element e = time.parent();
        for (int depth = 0; e != null && e.parent() != null && depth < 6; depth++, e = e.parent()) {
            int alike = 0;
            for (Element sib : e.parent().children()) {
                if (sib.tagName().equals(e.tagName()) && sib.className().equals(e.className())) {
                    alike++;
                }
            }
            if (alike >= MIN_ENTRIES) {
                return e;
            }
        }
        return null;
    }

    private static String headline(Element post, Element time) {
        Element h = post.selectFirst(HEADING);
        String text = h != null ? h.text() : post.text().replace(time.text(), "").strip();
        return text.length() <= HEADLINE_CHARS ? text : text.substring(0, HEADLINE_CHARS).strip() + "…";
    }

    /** ISO date-time from a datetime attribute; a bare "10:42" is put on the publication day. */
    static String when(String datetime, String published) {
        String v = datetime == null ? "" : datetime.strip();
        Matcher m = TIME_ONLY.matcher(v);
        if (m.find() && v.length() <= 8) {
            LocalDate day = published == null || published.length() < 10 ? null : LocalDate.parse(published.substring(0, 10));
            if (day == null) {
                return null;
            }
            return day + "T" + String.format("%02d:%s:%s", Integer.parseInt(m.group(1)), m.group(2),
                    m.group(3) == null ? "00" : m.group(3));
        }
        Optional<String> iso = DateParser.toIso(v);
        return iso.orElse(null);
    }

    /** Fills in each entry's offset in the cleaned text: where its headline's first words appear, in order. */
    static List<TimedEntry> locate(List<TimedEntry> entries, String text) {
        List<TimedEntry> out = new ArrayList<>(entries.size());
        for (TimedEntry e : entries) {
            String probe = e.headline().replace("…", "");
            probe = probe.length() > 40 ? probe.substring(0, 40) : probe;
            int at = probe.isBlank() ? -1 : text.indexOf(probe);
            out.add(new TimedEntry(e.published(), at, e.headline()));
        }
        return out;
    }
}
