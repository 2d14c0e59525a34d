package org.incidex.ingest.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One site's robots.txt (RFC 9309): the group for our User-Agent (the longest product-token match, else {@code *}),
 * and its Allow / Disallow rules decided by the longest matching path (Allow wins a tie); {@code *} and a trailing
 * {@code $} in rules are honoured. An empty file or no matching group allows everything.
 *
 * <p>Immutable and thread-safe.
 */
public final class RobotsTxt {
    /** Everything allowed (no robots.txt, or a 4xx answer for it, per RFC 9309). */
    public static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of());
    /** Everything disallowed (robots.txt answered 5xx or could not be fetched: the RFC says assume complete disallow). */
    public static final RobotsTxt DISALLOW_ALL = new RobotsTxt(List.of(new Rule(false, "/")));

    private record Rule(boolean allow, String pattern) {}

    private final List<Rule> rules;

    private RobotsTxt(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Parses {@code text} and keeps the rules of the group that applies to {@code productToken} (e.g. "Incidex"). */
    public static RobotsTxt parse(String text, String productToken) {
        String agent = productToken.toLowerCase(Locale.ROOT);
        List<Rule> specific = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        boolean specificSeen = false;
        List<String> groupAgents = new ArrayList<>();
        boolean inRules = false;
        List<Rule> current = new ArrayList<>();
        for (String raw : text.split("\r\n|\r|\n")) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            int colon = line.indexOf(':');
            if (colon <= 0) continue;
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (inRules) { // a new group starts: file the previous one
                    specificSeen |= file(groupAgents, current, agent, specific, star);
                    groupAgents = new ArrayList<>();
                    current = new ArrayList<>();
                    inRules = false;
                }
                groupAgents.add(value.toLowerCase(Locale.ROOT));
            } else if (key.equals("allow") || key.equals("disallow")) {
                inRules = true;
                if (groupAgents.isEmpty()) continue; // rules before any User-agent line belong to no group
                if (value.isEmpty()) continue;       // "Disallow:" with no path allows everything
                current.add(new Rule(key.equals("allow"), value));
            }
        }
        specificSeen |= file(groupAgents, current, agent, specific, star);
        return new RobotsTxt(specificSeen ? specific : star);
    }

    /** Adds a finished group's rules to ours or to {@code *}'s; true when it named our agent. */
    private static boolean file(List<String> agents, List<Rule> rules, String agent, List<Rule> specific, List<Rule> star) {
        boolean ours = false;
        for (String a : agents) {
            if (!a.equals("*") && agent.startsWith(a)) ours = true;
        }
        if (ours) specific.addAll(rules);
        else if (agents.contains("*")) star.addAll(rules);
        return ours;
    }

    /** Whether {@code pathAndQuery} (starting with "/") may be fetched. */
    public boolean allows(String pathAndQuery) {
        String path = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        int best = -1;
        boolean allowed = true;
        for (Rule r : rules) {
            if (!matches(r.pattern(), path)) continue;
            int len = r.pattern().length();
            if (len > best || (len == best && r.allow())) {
                best = len;
                allowed = r.allow();
            }
        }
        return allowed;
    }

    /** Robots pattern match: a prefix match where {@code *} is any run of characters and a final {@code $} anchors. */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        return match(p, 0, path, 0, anchored);
    }

    /** Glob match with one backtrack point (the last {@code *}): linear-ish, never exponential on hostile rules. */
    private static boolean match(String p, int pi, String s, int si, boolean anchored) {
        int star = -1;
        int mark = 0;
        while (si < s.length()) {
            if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                mark = si;
            } else if (pi < p.length() && p.charAt(pi) == s.charAt(si)) {
                pi++;
                si++;
            } else if (pi == p.length() && !anchored) {
                return true; // the pattern is a prefix of the path
            } else if (star >= 0) {
                pi = star + 1;
                si = ++mark;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') pi++;
        return pi == p.length();
    }
}
