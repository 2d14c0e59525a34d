package org.incidex.kb;

import org.incidex.model.Evidence;
import org.incidex.model.ExtractedArticle;
import org.incidex.model.FigureRange;
import org.incidex.model.GroupRef;
import org.incidex.model.GroupRole;
import org.incidex.model.Incident;
import org.incidex.model.IncidentRecord;
import org.incidex.model.Place;
import org.incidex.model.SourceFigures;
import org.incidex.model.SourceRef;
import org.incidex.model.SourcedEvidence;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Merges the incidents of many articles into knowledge-base incidents. Two reports are one incident when they name
 * the same place (same city, or the same region when a city is missing) and compatible dates (same day ±1; a
 * month-only date matches any day of its month; a year-only date any day of its year), do not name different
 * groups as having claimed it, and do not give attack types of different kinds (a bombing is not a shooting; a
 * siege, a shooting and a kidnapping are one kind, since one attack is often all three). The merged incident's
 * figures ({@code killed}, {@code injured}, {@code hostages}) are those of the latest-published article about it (not
 * one that only recalls it); its ranges span every figure any source gave, and {@code figures} keeps which source
 * said what. It takes the most precise date and place, every group with its strongest role, and lists all its
 * sources. Ids derive from the merged key (place and date), so they stay the same across reindexes.
 * Not thread-safe: use one per merge.
 */
public final class IncidentMerger {

    private final boolean exhaustive;

    public IncidentMerger() {
        this(false);
    }

    /** @param exhaustive compare every report with every cluster (the slow reference the tests check the index with) */
    IncidentMerger(boolean exhaustive) {
        this.exhaustive = exhaustive;
    }

    /** One incident as one article reports it. */
    private record Report(ExtractedArticle article, Incident incident, boolean main) {
        String published() {
            return article.article().published() == null ? "" : article.article().published();
        }
    }

    /**
     * Merges; an article seen twice (same id: same canonical URL, or same text when it has none) counts once, the
     * first copy in input order.
     */
    public List<IncidentRecord> merge(List<ExtractedArticle> articles) {
        List<Report> reports = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (ExtractedArticle a : articles) {
            if (!seen.add(a.article().id())) continue;
            for (int i = 0; i < a.incidents().size(); i++) reports.add(new Report(a, a.incidents().get(i), i == 0));
        }
        // Most precise first, so clusters are seeded by day-precise, place-precise reports; ties in a stable order.
        reports.sort(Comparator.comparingInt((Report r) -> -precision(r.incident()))
                .thenComparing(r -> r.main() ? 0 : 1)
                .thenComparing(Report::published)
                .thenComparing(r -> r.article().article().id()));
        List<List<Report>> clusters = new ArrayList<>();
        Candidates candidates = new Candidates();
        for (Report r : reports) {
            List<Report> home = null;
            if (!r.incident().place().isUnknown()) {
                // The first cluster in creation order whose seed is compatible, as a scan of all clusters would find;
                // the index only narrows the scan to seeds with the same place and a date that can match.
                List<Integer> look = exhaustive ? java.util.stream.IntStream.range(0, clusters.size()).boxed().toList()
                        : candidates.of(r.incident());
                for (int ci : look) {
                    List<Report> c = clusters.get(ci);
                    if (compatible(c.get(0).incident(), r.incident()) && !holdsRowOfSameTable(c, r)) {
                        home = c;
                        break;
                    }
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                candidates.add(r.incident(), clusters.size());
                clusters.add(home);
            }
            home.add(r);
        }
        List<IncidentRecord> out = new ArrayList<>();
        Map<String, Integer> idUse = new HashMap<>();
        for (List<Report> c : clusters) out.add(build(c, idUse));
        out.sort(Comparator.comparing(IncidentRecord::id));
        return out;
    }

    /**
     * Clusters by their seed's place and date, so that finding a report's cluster looks only at seeds it can be
     * {@link #compatible} with (a superset of them), in creation order: merging stays near-linear in the number of
     * reports instead of comparing every report with every cluster.
     */
    private static final class Candidates {
        private final Map<String, List<Integer>> byKey = new HashMap<>();

        void add(Incident seed, int cluster) {
            Place p = seed.place();
            String d = seed.date();
            if (d == null) return; // an undated seed is compatible with nothing
            String cc = String.valueOf(p.countryCode());
            List<String> places = new ArrayList<>(3);
            if (p.city() != null) places.add("C|" + cc + "|" + fold(p.city()));
            if (p.region() != null) {
                places.add("R|" + cc + "|" + fold(p.region()));
                if (p.city() == null) places.add("N|" + cc + "|" + fold(p.region()));
            }
            List<String> dates = new ArrayList<>(3);
            dates.add("=" + d);
            if (d.length() >= 7) dates.add("M" + d.substring(0, 7));
            if (d.length() >= 4) dates.add("Y" + d.substring(0, 4));
            for (String pk : places) for (String dk : dates) byKey.computeIfAbsent(pk + dk, k -> new ArrayList<>()).add(cluster);
        }

        /** Cluster numbers in ascending order that may hold a seed compatible with {@code r}. */
        List<Integer> of(Incident r) {
            Place p = r.place();
            String d = r.date();
            if (d == null) return List.of();
            String cc = String.valueOf(p.countryCode());
            List<String> places = new ArrayList<>(2);
            if (p.city() != null) {
                places.add("C|" + cc + "|" + fold(p.city()));
                if (p.region() != null) places.add("N|" + cc + "|" + fold(p.region()));
            } else if (p.region() != null) {
                places.add("R|" + cc + "|" + fold(p.region()));
            }
            List<String> dates = new ArrayList<>(5);
            if (d.length() == 10) {
                dates.add("=" + d);
                neighbours(d, dates);
                dates.add("=" + d.substring(0, 7));
                dates.add("=" + d.substring(0, 4));
            } else if (d.length() == 7) {
                dates.add("M" + d);
                dates.add("=" + d.substring(0, 4));
            } else if (d.length() == 4) {
                dates.add("Y" + d);
            } else {
                dates.add("=" + d);
            }
            java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
            for (String pk : places) for (String dk : dates) {
                List<Integer> l = byKey.get(pk + dk);
                if (l != null) out.addAll(l);
            }
            return new ArrayList<>(out);
        }

        private static void neighbours(String day, List<String> dates) {
            try {
                LocalDate x = LocalDate.parse(day);
                dates.add("=" + x.minusDays(1));
                dates.add("=" + x.plusDays(1));
            } catch (java.time.DateTimeException e) {
                // not a calendar day: only the exact string can match it
            }
        }
    }

    /** Rows of one coded table are distinct incidents by definition: two never share a cluster. */
    private static boolean holdsRowOfSameTable(List<Report> cluster, Report r) {
        String table = TableImporter.table(r.article().article());
        if (table == null) return false;
        for (Report x : cluster) if (table.equals(TableImporter.table(x.article().article()))) return true;
        return false;
    }

    static boolean compatible(Incident a, Incident b) {
        Place pa = a.place();
        Place pb = b.place();
        if (pa.isUnknown() || pb.isUnknown() || !Objects.equals(pa.countryCode(), pb.countryCode())) return false;
        if (pa.city() != null && pb.city() != null) {
            if (!fold(pa.city()).equals(fold(pb.city()))) return false;
        } else if (pa.region() != null && pb.region() != null) {
            if (!fold(pa.region()).equals(fold(pb.region()))) return false;
        } else {
            return false;
        }
        if (!datesCompatible(a.date(), b.date())) return false;
        if (!attackTypesCompatible(a.attackTypes(), b.attackTypes())) return false;
        Set<String> ca = claimed(a);
        Set<String> cb = claimed(b);
        return ca.isEmpty() || cb.isEmpty() || ca.stream().anyMatch(cb::contains);
    }

    static boolean datesCompatible(String a, String b) {
        if (a == null || b == null) return false;
        if (a.length() == 10 && b.length() == 10) {
            return Math.abs(LocalDate.parse(a).toEpochDay() - LocalDate.parse(b).toEpochDay()) <= 1;
        }
        int n = Math.min(a.length(), b.length());
        return a.substring(0, n).equals(b.substring(0, n));
    }

    /** Compatible when either side names none, or some type of one is of the same kind as some type of the other. */
    static boolean attackTypesCompatible(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) return true;
        for (String x : a) for (String y : b) if (kind(x).equals(kind(y))) return true;
        return false;
    }

    /** GTD attack types grouped by what one attack is often reported as at once. */
    private static String kind(String attackType) {
        return switch (attackType) {
            case "Armed Assault", "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)", "Assassination",
                 "Unarmed Assault" -> "assault";
            default -> attackType;
        };
    }

    private static Set<String> claimed(Incident i) {
        Set<String> s = new LinkedHashSet<>();
        for (GroupRef g : i.groups()) if (g.role() == GroupRole.CLAIMED) s.add(g.name());
        return s;
    }

    /** The surest report's confidence that this is an attack; null when no report has one. */
    private static Double confidence(List<Report> cluster) {
        Double best = null;
        for (Report r : cluster) {
            Double c = r.incident().confidence();
            if (c != null && (best == null || c > best)) best = c;
        }
        return best;
    }

    private static int precision(Incident i) {
        int d = i.date() == null ? 0 : i.date().length();
        int p = i.place().city() != null ? 3 : i.place().region() != null ? 2 : i.place().isUnknown() ? 0 : 1;
        return d * 10 + p;
    }

    private IncidentRecord build(List<Report> cluster, Map<String, Integer> idUse) {
        List<Report> mains = cluster.stream().filter(Report::main)
                .sorted(Comparator.comparing(Report::published)).toList();
        List<Report> basis = mains.isEmpty() ? cluster : mains;
        Report lead = basis.get(0);
        Report latest = basis.get(basis.size() - 1);
        Incident first = cluster.get(0).incident(); // most precise
        Map<String, GroupRef> groups = new LinkedHashMap<>();
        Set<String> attackTypes = new LinkedHashSet<>();
        Set<String> targets = new LinkedHashSet<>();
        List<SourcedEvidence> evidence = new ArrayList<>();
        Map<String, SourceRef> sources = new LinkedHashMap<>();
        for (Report r : orderForSources(cluster, lead)) {
            for (GroupRef g : r.incident().groups()) {
                GroupRef old = groups.get(g.name());
                if (old == null || g.role().ordinal() < old.role().ordinal()) groups.put(g.name(), g);
            }
            attackTypes.addAll(r.incident().attackTypes());
            targets.addAll(r.incident().targets());
            String sid = r.article().article().id();
            for (Evidence e : r.incident().evidence()) evidence.add(SourcedEvidence.of(e, sid));
            sources.putIfAbsent(sid, sourceRef(r.article()));
        }
        List<GroupRef> groupList = new ArrayList<>(groups.values());
        groupList.sort(Comparator.comparingInt(g -> g.role().ordinal()));
        Incident merged = new Incident(first.date(), first.place(), groupList,
                figure(basis, latest, Incident::killed), figure(basis, latest, Incident::injured),
                figure(basis, latest, Incident::hostages), figure(basis, latest, Incident::perpetratorsKilled),
                new ArrayList<>(attackTypes), new ArrayList<>(targets), lead.incident().evidence(),
                confidence(cluster));
        String id = id(merged, cluster, idUse);
        String title = mains.isEmpty() || blank(lead.article().article().title())
                ? Summaries.title(merged) : lead.article().article().title().strip();
        List<SourceFigures> figures = new ArrayList<>();
        Set<String> figured = new java.util.HashSet<>();
        for (Report r : orderForSources(cluster, lead)) {
            Incident i = r.incident();
            if (i.killed() == null && i.injured() == null && i.hostages() == null) continue;
            if (!figured.add(r.article().article().id() + "#" + r.main())) continue;
            figures.add(new SourceFigures(r.article().article().id(), r.article().article().published(), r.main(),
                    i.killed(), i.injured(), i.hostages()));
        }
        return new IncidentRecord(id, title, Summaries.summary(merged), merged, evidence, new ArrayList<>(sources.values()),
                range(cluster, Incident::killed), range(cluster, Incident::injured), range(cluster, Incident::hostages),
                figures);
    }

    private static FigureRange range(List<Report> cluster, java.util.function.Function<Incident, Integer> f) {
        return FigureRange.of(cluster.stream().map(r -> f.apply(r.incident())).toList());
    }

    private static List<Report> orderForSources(List<Report> cluster, Report lead) {
        List<Report> ordered = new ArrayList<>();
        ordered.add(lead);
        for (Report r : cluster) if (r != lead) ordered.add(r);
        return ordered;
    }

    /** The figure of the latest article about the incident; when it gives none, the highest any of them gives. */
    private static Integer figure(List<Report> basis, Report latest, java.util.function.Function<Incident, Integer> f) {
        Integer v = f.apply(latest.incident());
        if (v != null) return v;
        Integer max = null;
        for (Report r : basis) {
            Integer x = f.apply(r.incident());
            if (x != null && (max == null || x > max)) max = x;
        }
        return max;
    }

    private static SourceRef sourceRef(ExtractedArticle a) {
        var art = a.article();
        String location = art.canonicalUrl() != null && !art.canonicalUrl().isBlank() ? art.canonicalUrl() : art.source();
        String title = blank(art.title()) ? art.source() : art.title();
        return new SourceRef(art.id(), title, art.site(), art.published(), art.byline(), location, art.text());
    }

    /** "inc-" + hash of country, place and date; a second incident with the same key gets "-2", in stable order. */
    private static String id(Incident i, List<Report> cluster, Map<String, Integer> idUse) {
        String key;
        if (i.place().isUnknown()) {
            key = "article:" + cluster.get(0).article().article().id() + "#" + cluster.get(0).incident().date();
        } else {
            Place p = i.place();
            key = p.countryCode() + "|" + fold(p.city() != null ? p.city() : p.region() != null ? p.region() : "")
                    + "|" + (i.date() == null ? "" : i.date());
        }
        String base = "inc-" + ArticleProcessor.sha256(key).substring(0, 12);
        int n = idUse.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + "-" + n;
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
