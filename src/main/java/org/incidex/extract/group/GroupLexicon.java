package org.incidex.extract.group;

import org.incidex.extract.rules.RuleTable;
import org.incidex.extract.text.Tokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The curated list of armed groups with their aliases, loaded from {@code groups.tsv} (name, aliases separated by
 * '|', countries, active years; written by scripts/build_groups.py). Long names match case-insensitively and without
 * accents; short all-capital aliases ("IS", "AQIM", "NPA") match only as written, so that "is" or "Npa" never count;
 * the particles a name may write in lower case are in {@code particles.tsv}. Immutable and thread-safe after
 * loading; {@link #shared()} loads the bundled list once.
 */
public final class GroupLexicon {
    private static final String RESOURCE = "/org/incidex/extract/group/groups.tsv";

    /** A group: canonical name and the countries (ISO-2) it operates in. */
    public record Group(String name, List<String> countries) {}

    private final Map<String, Group> byKey = new HashMap<>();
    /** Key form → the names with that key as written in the list, split into tokens ("LeT" → [LeT]). */
    private final Map<String, List<List<String>>> writtenByKey = new HashMap<>();
    private final Map<String, Group> byExactAcronym = new HashMap<>();
    private final List<Group> groups = new ArrayList<>();
    private int maxTokens = 1;
    /** First token of every key-form name → the most tokens a name starting with it has. */
    private final Map<String, Integer> firstTokens = new HashMap<>();

    private static final class Holder {
        static final GroupLexicon SHARED = load();
    }

    public static GroupLexicon shared() {
        return Holder.SHARED;
    }

    /** Loads the bundled list. */
    public static GroupLexicon load() {
        try (InputStream in = GroupLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Parses the TSV layout; errors name {@code source} and the line. */
    public static GroupLexicon parse(BufferedReader reader, String source) throws IOException {
        GroupLexicon lex = new GroupLexicon();
        String line = reader.readLine();
        if (line == null || !line.startsWith("name\t")) {
            throw new IllegalStateException(source + ":1: expected a 'name' header");
        }
        int no = 1;
        while ((line = reader.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            String name = f[0].strip();
            if (name.isEmpty()) throw new IllegalStateException(source + ":" + no + ": empty group name");
            List<String> countries = f.length > 2 && !f[2].isBlank() ? List.of(f[2].strip().split("\\|")) : List.of();
            Group g = new Group(name, countries);
            lex.groups.add(g);
            lex.addName(name, g);
            if (f.length > 1 && !f[1].isBlank()) for (String alias : f[1].split("\\|")) lex.addName(alias.strip(), g);
        }
        return lex;
    }

    private void addName(String name, Group g) {
        if (name.isEmpty()) return;
        if (isAcronym(name)) {
            byExactAcronym.putIfAbsent(name, g);
            return;
        }
        String key = Tokens.key(name);
        if (key.isEmpty()) return;
        byKey.putIfAbsent(key, g);
        writtenByKey.computeIfAbsent(key, k -> new ArrayList<>())
                .add(Tokens.of(name).stream().map(Tokens.Token::text).toList());
        String[] parts = key.split(" ");
        maxTokens = Math.max(maxTokens, parts.length);
        firstTokens.merge(parts[0], parts.length, Math::max);
    }

    /** "IS", "AQIM", "ISWAP", "TTP": short and all capitals (digits allowed) — matched only as written. */
    static boolean isAcronym(String name) {
        return name.length() <= 6 && name.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                && name.chars().anyMatch(Character::isLetter);
    }

    /** The group with this key-form name (see {@link Tokens#key(String)}). */
    public Optional<Group> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Words that may stand lower-case inside a capitalised name ("al-Qaeda", "Army of God"): particles.tsv. */
    private static final java.util.Set<String> PARTICLES =
            java.util.Set.copyOf(RuleTable.load(GroupLexicon.class, "particles.tsv").values("word"));

    /**
     * Whether text tokens {@code from..to} (whose key form is {@code key}) are written as one of the list's names
     * with that key is: the name's first capitalised word capitalised in the text (particles aside; with {@code
     * strict}, every capitalised word), and a word capitalised inside ("LeT", "HuJI") written exactly so. "the order"
     * is not "The Order", "Let" is not "LeT"; "Islamic state" is "Islamic State".
     */
    public boolean writtenAsListed(String key, List<Tokens.Token> tokens, int from, int to, boolean strict) {
        List<List<String>> forms = writtenByKey.get(key);
        if (forms == null) return false;
        for (List<String> form : forms) {
            if (form.size() != to - from) continue;
            boolean ok = true;
            boolean firstSeen = false;
            for (int j = 0; j < form.size() && ok; j++) {
                String listed = form.get(j);
                String text = tokens.get(from + j).text();
                if (PARTICLES.contains(listed.toLowerCase(java.util.Locale.ROOT))) continue;
                boolean innerCapital = listed.chars().skip(1).anyMatch(Character::isUpperCase)
                        && listed.chars().anyMatch(Character::isLowerCase);
                if (innerCapital) ok = listed.equals(text);
                else if ((strict || !firstSeen) && Character.isUpperCase(listed.charAt(0))) {
                    ok = Character.isUpperCase(text.charAt(0));
                }
                firstSeen = true;
            }
            if (ok) return true;
        }
        return false;
    }

    /** The group with this acronym, as written. */
    public Optional<Group> byAcronym(String acronym) {
        return Optional.ofNullable(byExactAcronym.get(acronym));
    }

    /** The group whose canonical name or alias is {@code name}. */
    public Optional<Group> find(String name) {
        if (isAcronym(name)) return byAcronym(name);
        return byKey(Tokens.key(name));
    }

    public int maxTokens() {
        return maxTokens;
    }

    /**
     * The most tokens a name that starts with the key-form token {@code first} has; 0 when no name starts with it, so
     * a scan of running text need not build and look up the longer keys (most words open no group's name).
     */
    public int longestStartingWith(String first) {
        return firstTokens.getOrDefault(first, 0);
    }

    public List<Group> groups() {
        return List.copyOf(groups);
    }
}
