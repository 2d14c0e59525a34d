package org.incidex.extract;

import org.incidex.extract.casualty.CasualtyFinder;
import org.incidex.extract.date.DateFinder;
import org.incidex.extract.event.AttackClassifier;
import org.incidex.extract.event.AttackJudge;
import org.incidex.extract.event.EventLexicon;
import org.incidex.extract.event.EventReader;
import org.incidex.extract.event.EventSignal;
import org.incidex.extract.gazetteer.Gazetteer;
import org.incidex.extract.group.GroupFinder;
import org.incidex.extract.group.GroupLexicon;
import org.incidex.extract.place.AreaFinder;
import org.incidex.extract.place.PlaceFinder;
import org.incidex.extract.place.PlaceResolver;
import org.incidex.extract.place.Relations;
import org.incidex.extract.rules.Alternatives;
import org.incidex.extract.rules.RuleTable;
import org.incidex.extract.text.Sentence;
import org.incidex.extract.text.SentenceSplitter;
import org.incidex.model.Article;
import org.incidex.model.Incident;
import org.incidex.model.Place;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the incidents an article reports: the main one (what the article is about) first, then earlier attacks the
 * article recalls with their own place, date and figures ("It comes after at least 13 people died in a hotel siege in
 * the central town of Sevare in August"). Every value carries the sentence it was read from as evidence.
 *
 * <p>How: the text is split into sentences; each is read for places, dates, figures and groups. The main place is the
 * best-supported place outside sentences about the past. A sentence about an attack that names a past date and
 * another place opens a recalled incident; following sentences that refer back to it ("That siege was claimed by …",
 * "the August siege") stay with it. A recalled incident is kept only when the text gives it a casualty figure.
 *
 * <p>Thread-safe: holds only immutable lexicons; {@link #shared()} is the instance over the bundled resources.
 */
public final class IncidentExtractor {
    /** The words that route sentences (routing.tsv): see its header for each use. */
    private static final RuleTable ROUTING = routingTable();
    /** "That siege was claimed by …", "the same attack": a sentence that refers back to a recalled attack. */
    private static final Pattern REFERS_BACK = Pattern.compile("(?i)\\b(?:" + routing("back") + ")\\s+(?:\\w+\\s+)?(?:"
            + routing("back-noun") + ")\\b");
    /** "In a separate attack …": a sentence about another attack. */
    private static final Pattern SEPARATE = Pattern.compile("(?i)\\b(?:" + routing("separate") + ")\\s+(?:\\w+\\s+)?(?:"
            + routing("separate-noun") + ")\\b");
    /** "They killed eight people": a sentence whose subject is that of the sentence before. */
    private static final Pattern CONTINUES = Pattern.compile("^\\W*(?:" + routing("continue") + ")\\b");
    /** "Two months before the concert": a time counted from the article's attack. */
    private static final Pattern OFFSET = Pattern.compile("(?i)\\b(?:" + routing("offset") + ")\\b");
    /** Words of arrests and trials, which follow an attack somewhere else as often as not. */
    private static final Pattern AFTERMATH = Alternatives.words(routing("aftermath"));

    /** Degrees of latitude (about 55 km) from a region's centre within which a town is taken to lie in it, whatever
     *  region the gazetteer files the town under ({@link #outweighed}). */
    private static final double NEAR_CENTRE = 0.5;

    private final Gazetteer gazetteer;
    private final GroupLexicon groups;
    private final SentenceFacts.Finders finders;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final AttackClassifier classifier = new AttackClassifier();

    private static final class Holder {
        static final IncidentExtractor SHARED = new IncidentExtractor(Gazetteer.shared(), GroupLexicon.shared());
    }

    public IncidentExtractor(Gazetteer gazetteer, GroupLexicon groups) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.groups = Objects.requireNonNull(groups, "groups");
        this.finders = new SentenceFacts.Finders(new PlaceFinder(gazetteer), new DateFinder(), new CasualtyFinder(),
                new GroupFinder(Objects.requireNonNull(groups, "groups")), EventReader.shared());
    }

    /** The extractor over the bundled gazetteer and group list (loaded once). */
    public static IncidentExtractor shared() {
        return Holder.SHARED;
    }

    /**
     * The incidents in {@code article} judged attacks with at least the default confidence ({@link
     * AttackJudge#DEFAULT_MIN_CONFIDENCE}), main first; empty when the text reports no attack.
     */
    public List<Incident> extract(Article article) {
        return extract(article, AttackJudge.DEFAULT_MIN_CONFIDENCE);
    }

    /**
     * The incidents in {@code article} whose {@link Incident#confidence()} is at least {@code minConfidence} (0: every
     * candidate, however unsure), main first.
     */
    public List<Incident> extract(Article article, double minConfidence) {
        Objects.requireNonNull(article, "article");
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence must be between 0 and 1, not " + minConfidence);
        }
        LocalDate published = publishedDay(article.published());
        Read read = read(article, published);
        String title = read.titleText();
        SentenceFacts titleFacts = read.title();
        List<SentenceFacts> facts = read.facts();

        AttackJudge.Frame frame = frameFactor(titleFacts, facts);
        // an article about an attack long past (a trial, "ten years on"): the sentences of that year tell where
        String attackYear = attackYear(titleFacts, facts, published, frame);
        if (attackYear != null) {
            // "On 13 November, gunmen …": a sentence about the attack, not of the trial or the memorial, that names a
            // day without its year names one of the attack's year
            EventLexicon lexicon = EventLexicon.shared();
            facts.replaceAll(f -> (f.attackCue() || f.eventLevel() >= 3)
                    && f.event().frames().stream().noneMatch(lexicon::retells) ? f.inYear(attackYear) : f);
        }
        PlaceResolver resolver = placeResolver(titleFacts, facts, published, attackYear);
        Place main = Districts.refine(mainPlace(resolver, titleFacts, facts, published, attackYear), facts, published,
                attackYear, resolver);
        if (main == null || PlaceResolver.level(main) == 1) {
            // every town is named in a sentence about the past (a trial's report on "the 2019 arson attack in
            // Kyoto"): those sentences tell where, in the country the others name
            PlaceResolver any = placeResolver(titleFacts, facts, published, ANY_TIME);
            Place then = Districts.refine(mainPlace(any, titleFacts, facts, published, ANY_TIME), facts, published,
                    ANY_TIME, any);
            if (then != null && (main == null || Objects.equals(then.countryCode(), main.countryCode()))) {
                resolver = any;
                main = then;
            }
        }

        // first when the main attack happened, as the sentences about it tell; then each sentence to its incident,
        // a sentence about the main place at another time to an incident of its own
        String mainDate = routeAll(titleFacts, facts, main, published, resolver, null, attackYear).main().date(frame);
        if (mainDate != null && published != null && isPast(mainDate, published)) {
            // an article about an attack long past (a trial, an anniversary): the sentences of that time tell where
            // it was, besides those of today's news (where the memorial or the court is)
            PlaceResolver then = placeResolver(titleFacts, facts, published, mainDate);
            Place at = Districts.refine(mainPlace(then, titleFacts, facts, published, mainDate), facts, published,
                    mainDate, then);
            if (at != null && !Objects.equals(at, main)) {
                resolver = then;
                main = at;
                mainDate = routeAll(titleFacts, facts, main, published, resolver, null, attackYear).main().date(frame);
            }
        }
        Routed routed = routeAll(titleFacts, facts, main, published, resolver, mainDate, attackYear);
        IncidentBuilder mainIncident = routed.main();
        Map<String, IncidentBuilder> recalls = routed.recalls();
        List<Incident> out = new ArrayList<>();
        if (mainIncident.isIncident()) out.add(mainIncident.build(classifier, title, frame));
        for (IncidentBuilder r : recalls.values()) if (r.hasFigures()) out.add(r.build(classifier, null, frame));
        out.removeIf(i -> i.confidence() < minConfidence);
        return out;
    }

    /** The main incident and the recalled ones, keyed by place and date, in order of first mention. */
    private record Routed(IncidentBuilder main, Map<String, IncidentBuilder> recalls) {}

    /** Every sentence to the incident it informs ({@code mainDate}: when the main attack happened, or null). */
    private Routed routeAll(SentenceFacts title, List<SentenceFacts> facts, Place main, LocalDate published,
                            PlaceResolver resolver, String mainDate, String attackYear) {
        Map<String, IncidentBuilder> recalls = new LinkedHashMap<>();
        IncidentBuilder mainIncident = new IncidentBuilder(main, published, attackYear);
        mainIncident.addTitle(title);
        IncidentBuilder current = mainIncident;
        SentenceFacts before = null;
        for (SentenceFacts f : facts) {
            IncidentBuilder target = continues(before, f) && current != mainIncident ? current
                    : route(f, main, published, resolver, recalls, current, mainIncident, mainDate);
            if (target != null) target.add(f, resolver);
            // "On the morning of 18 July 2019, Aoba walked into the studio … He poured the fuel … and set it alight."
            if (target == mainIncident && before != null && setsTheScene(before, f)) target.addSceneDate(before, f);
            current = target == null ? mainIncident : target;
            before = f;
        }
        return new Routed(mainIncident, recalls);
    }

    /** Which incident a sentence informs: main, a recalled one, or none (null: about some other attack). */
    private IncidentBuilder route(SentenceFacts f, Place main, LocalDate published, PlaceResolver resolver,
                                  Map<String, IncidentBuilder> recalls, IncidentBuilder current,
                                  IncidentBuilder mainIncident, String mainDate) {
        DateFinder.DateMention past = firstPast(f, published);
        if (f.attackCue() && past != null && !f.quoted()) {
            Place other = otherPlace(f, main, resolver);
            if (other != null) {
                String key = PlaceResolver.key(other) + "@" + past.value();
                return recalls.computeIfAbsent(key, k -> new IncidentBuilder(other, past, f.sentence()));
            }
            if (current != mainIncident && refersTo(f, current)) return current;
            // "Two months before the concert, on 22 March 2017, a man drove a car into pedestrians …": another
            // attack, whose place the text names in no way the gazetteer knows
            if (f.actLevel() >= 3 && OFFSET.matcher(f.sentence().text()).find()
                    && (mainDate == null || !sameTime(past.value(), mainDate))) {
                return null;
            }
            // "Last year, a truck bomb in the city killed 587 people": an attack at the main place at another time,
            // told by a sentence of no day near publication ("was sentenced on Thursday for the March 2019 attack"
            // is about the main one); when the main attack is itself long past, in another year ("In March 1993,
            // bombings across the city killed 257" in a report on the 2008 attacks)
            if (main != null && mainDate != null && !f.figures().isEmpty() && f.eventLevel() >= 3
                    && !sameTime(past.value(), mainDate)
                    && (!isPastDay(mainDate, published) || !past.value().startsWith(mainDate.substring(0, 4)))
                    && !namesRecent(f, published)) {
                String key = PlaceResolver.key(main) + "@" + past.value();
                return recalls.computeIfAbsent(key, k -> new IncidentBuilder(main, past, f.sentence()));
            }
            return mainIncident;
        }
        if (past != null && f.quoted()) return null;
        if (current != mainIncident && refersTo(f, current)) return current;
        if (f.attackCue() && SEPARATE.matcher(f.sentence().text()).find() && otherPlace(f, main, resolver) != null) {
            return null;
        }
        return mainIncident;
    }

    /** "They killed eight people": the sentence before's subject, in its paragraph, at no date of its own. */
    private static boolean continues(SentenceFacts before, SentenceFacts f) {
        return before != null && before.sentence().paragraph() == f.sentence().paragraph() && f.dates().isEmpty()
                && f.places().isEmpty() && CONTINUES.matcher(f.sentence().text()).find();
    }

    /**
     * A sentence that names a day but tells of no attack, and the next one, in its paragraph, that tells of the act
     * and names no date: the day is the act's.
     */
    private static boolean setsTheScene(SentenceFacts dated, SentenceFacts act) {
        return act.eventLevel() >= 3 && act.dates().isEmpty() && !dated.attackCue() && dated.eventLevel() < 3
                && dated.sentence().paragraph() == act.sentence().paragraph()
                && dated.dates().stream().anyMatch(DateFinder.DateMention::isDay);
    }

    /**
     * The year of the attack an article tells of long after (null: news of the day, or no past year named): the past
     * year before publication's that the headline, the lead and the sentences about the attack name most, when the
     * headline or the lead counts years back ("Bali, ten years on", "20 years since the bombing") or the article is a
     * trial's or a memorial's ({@link AttackJudge.Frame#retells}), and the headline and the lead tell of no act on a
     * recent day.
     */
    private static String attackYear(SentenceFacts title, List<SentenceFacts> facts, LocalDate published,
                                     AttackJudge.Frame frame) {
        if (published == null) return null;
        EventLexicon lexicon = EventLexicon.shared();
        boolean back = false;
        boolean recentAct = false;
        Map<String, Double> years = new HashMap<>();
        List<SentenceFacts> all = new ArrayList<>(facts.size() + 1);
        all.add(title);
        all.addAll(facts);
        for (SentenceFacts f : all) {
            boolean lead = f == title || f.sentence().paragraph() <= 1;   // the headline, a standfirst, the lead
            boolean about = f == title || f.attackCue() || f.eventLevel() >= 3;
            for (DateFinder.DateMention d : f.dates()) {
                int year = Integer.parseInt(d.value().substring(0, 4));
                if (year < published.getYear()) {
                    // "ten years on", "20 years since": a count of years back (not "last year", another year's news)
                    back |= lead && d.pastRef() && d.value().length() == 4
                            && !f.sentence().text().regionMatches(true, d.start(), "last", 0, 4);
                    if (about) years.merge(d.value().substring(0, 4), lead ? 2.0 : 1.0, Double::sum);
                } else if (lead && !isPast(d, published) && d.isDay() && !d.pastRef() && f.eventLevel() >= 3
                        && f.event().frames().stream().noneMatch(lexicon::retells)) {
                    recentAct = true;   // the headline or the lead tells of an act of the last days: news of the day
                }
            }
        }
        if (years.isEmpty() || recentAct || !(back || frame.retells())) return null;
        return best(years, k -> k);
    }

    /** The title's and the sentences' facts, and the title's text ("" when there is none). */
    private record Read(String titleText, SentenceFacts title, List<SentenceFacts> facts) {}

    /**
     * Every sentence read, and the title. One sense per article: a name the text surely uses for a person ("Garrett
     * said") is a person's throughout, unless words around a mention say it is a place.
     */
    private Read read(Article article, LocalDate published) {
        List<SentenceFacts> facts = new ArrayList<>();
        Timeline timeline = Timeline.of(article.entries());   // a live blog: each entry's day, oldest entry first
        for (Sentence s : timeline.chronological(splitter.split(article.text()))) {
            facts.add(SentenceFacts.of(s, finders, timeline.dayOf(s, published)));
        }
        String title = article.title() == null ? "" : article.title();
        SentenceFacts titleFacts = SentenceFacts.of(new Sentence(-1, -1, 0, title.length(), title), finders, published);
        Set<String> persons = new HashSet<>(titleFacts.persons());
        for (SentenceFacts f : facts) persons.addAll(f.persons());
        if (!persons.isEmpty()) {
            facts.replaceAll(f -> f.withoutPersons(persons));
            titleFacts = titleFacts.withoutPersons(persons);
        }
        return new Read(title, titleFacts, facts);
    }

    /** Each sentence with its event level and signal, and the article's frame factor: for tuning and debugging. */
    List<String> explain(Article article) {
        Read read = read(article, publishedDay(article.published()));
        List<String> out = new ArrayList<>();
        out.add("frame factor " + frameFactor(read.title(), read.facts()));
        List<SentenceFacts> all = new ArrayList<>(read.facts());
        all.add(0, read.title());
        for (SentenceFacts f : all) {
            EventSignal e = f.event();
            if (e == EventSignal.NONE) continue;
            String t = f.sentence().text();
            String trigger = e.trigger() == null ? "-"
                    : e.trigger() + ":" + t.substring(e.triggerStart(), e.triggerEnd());
            String cues = (e.agent() ? " A" : "") + (e.harm() ? " H" : "") + (e.victim() ? " V" : "")
                    + (e.damage() ? " D" : "") + (e.unreal() ? " U" : "") + (f.figures().isEmpty() ? "" : " F");
            out.add(f.eventLevel() + " " + trigger + cues + " " + e.frames() + " | "
                    + t.substring(0, Math.min(160, t.length())));
        }
        return out;
    }

    /** How much the article's own kind of news lowers its triggers (see {@link AttackJudge#frameFactor}). */
    private static AttackJudge.Frame frameFactor(SentenceFacts title, List<SentenceFacts> facts) {
        List<EventSignal> signals = new ArrayList<>(facts.size() + 1);
        int[] levels = new int[facts.size() + 1];
        signals.add(title.event());
        levels[0] = title.eventLevel();
        for (int i = 0; i < facts.size(); i++) {
            signals.add(facts.get(i).event());
            levels[i + 1] = facts.get(i).eventLevel();
        }
        return AttackJudge.frameFactor(signals, levels, EventLexicon.shared());
    }

    private static boolean refersTo(SentenceFacts f, IncidentBuilder recalled) {
        String t = f.sentence().text();
        if (REFERS_BACK.matcher(t).find()) return true;
        if (recalled.monthName() != null && t.contains(recalled.monthName())) return true;
        return recalled.place() != null && recalled.place().city() != null && t.contains(recalled.place().city());
    }

    /** A place in the sentence that is not the main place (and not just the main place's country). */
    private static Place otherPlace(SentenceFacts f, Place main, PlaceResolver resolver) {
        for (PlaceFinder.PlaceMention m : f.places()) {
            // a demonym, or a name that qualifies a facility or a word ("Victoria station", "Kabul-based")
            if (m.kind() == PlaceFinder.Kind.DEMONYM || m.modifier()) continue;
            Place p = resolver.resolve(m);
            if (p == null) continue;
            if (main == null) return p;
            if (PlaceResolver.key(p).equals(PlaceResolver.key(main))) continue;
            if (PlaceResolver.level(p) == 1 && Objects.equals(p.countryCode(), main.countryCode())) continue;
            if (PlaceResolver.level(p) == 2 && Objects.equals(p.region(), main.region())
                    && Objects.equals(p.countryCode(), main.countryCode())) continue;
            return p;
        }
        return null;
    }

    /** A day more than a week before publication (a month or year is not a day). */
    static boolean isPastDay(String date, LocalDate published) {
        return date.length() == 10 && LocalDate.parse(date).isBefore(published.minusDays(7));
    }

    /** Whether the sentence names a day within the week before publication. */
    private static boolean namesRecent(SentenceFacts f, LocalDate published) {
        for (DateFinder.DateMention d : f.dates()) if (d.isDay() && !isPast(d, published)) return true;
        return false;
    }

    /** Two dates that may be one: the same at the coarser one's precision ("2015-08" and "2015-08-07"). */
    static boolean sameTime(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    /** The most precise date in the sentence clearly before the publication ({@link #isPast}), or null. */
    static DateFinder.DateMention firstPast(SentenceFacts f, LocalDate published) {
        if (published == null) return null;
        DateFinder.DateMention best = null;
        for (DateFinder.DateMention d : f.dates()) {
            if (!isPast(d, published)) continue;
            // the most precise: "Ten years ago, on 22 July 2011" is the day, not the year
            if (best == null || d.value().length() > best.value().length()) best = d;
        }
        return best;
    }

    /** A date value (a day, a month or a year) clearly before {@code published}, as {@link #isPast(DateFinder.DateMention,
     *  LocalDate)}. */
    static boolean isPast(String v, LocalDate published) {
        return switch (v.length()) {
            case 10 -> LocalDate.parse(v).isBefore(published.minusDays(7));
            case 7 -> YearMonth.parse(v).isBefore(YearMonth.from(published.minusDays(7)));
            default -> Integer.parseInt(v) < published.getYear();
        };
    }

    /** A date clearly before {@code published}: more than a week, or another month or year, or said to be past. */
    static boolean isPast(DateFinder.DateMention d, LocalDate published) {
        return d.pastRef() || isPast(d.value(), published);
    }

    /** A resolver whose country support is that of the title and of the sentences ({@link #weight}). */
    private PlaceResolver placeResolver(SentenceFacts title, List<SentenceFacts> facts, LocalDate published,
                                        String attackDate) {
        PlaceResolver resolver = new PlaceResolver(gazetteer);
        for (PlaceFinder.PlaceMention m : title.places()) resolver.addCountrySupport(m, 3);
        for (SentenceFacts f : facts) {
            double w = weight(f, published, attackDate);
            for (PlaceFinder.PlaceMention m : f.places()) resolver.addCountrySupport(m, w);
            // the countries a named group operates in: a weak prior for texts that name no country
            for (GroupFinder.GroupMention g : f.groups()) {
                groups.find(g.name()).ifPresent(x -> resolver.addGroupSupport(x.countries(), w));
            }
        }
        return resolver;
    }

    /** Where the article's own attack happened: the best-scored city, else region, else country. */
    private Place mainPlace(PlaceResolver resolver, SentenceFacts title, List<SentenceFacts> facts,
                            LocalDate published, String attackDate) {
        Map<String, Double> score = new HashMap<>();
        Map<String, Place> places = new HashMap<>();
        java.util.Set<String> named = new java.util.HashSet<>();
        Map<String, Double> countryOnly = new HashMap<>();
        accumulate(resolver, title, 3, score, places, named, countryOnly);
        for (SentenceFacts f : facts) {
            accumulate(resolver, f, weight(f, published, attackDate), score, places, named, countryOnly);
        }
        // First the country with the most weight (its own mentions and those of its cities and regions), then the
        // best city in it, else the best region, else the country itself: a city refines its country.
        // Places the gazetteer lacks and whose country is unknown ("the village of X" alone) count under "".
        Map<String, Double> byCountry = new HashMap<>(countryOnly);
        score.forEach((k, v) -> byCountry.merge(Objects.toString(places.get(k).countryCode(), ""), v, Double::sum));
        // a name that cannot be placed in any country counts half against one that can ("… area of the Bogside, Derry")
        byCountry.computeIfPresent("", (k, v) -> byCountry.size() > 1 ? v * 0.5 : v);
        String country = best(byCountry, k -> k);
        if (country == null) {
            // no place named: the country of the groups named, if any
            String code = resolver.bestCountry();
            return code == null ? null : gazetteer.countryByCode(code).map(PlaceResolver::countryPlace).orElse(null);
        }
        Place best = null;
        for (int level = 3; level >= 1 && best == null; level--) {
            Map<String, Double> candidates = new HashMap<>();
            for (Map.Entry<String, Double> e : score.entrySet()) {
                Place p = places.get(e.getKey());
                if (country.equals(Objects.toString(p.countryCode(), "")) && PlaceResolver.level(p) == level) {
                    candidates.put(e.getKey(), e.getValue());
                }
            }
            // a bare name after "in"/"at" (see AreaFinder) only when no other place of its level is named
            Map<String, Double> strong = new HashMap<>(candidates);
            strong.keySet().retainAll(named);
            if (!strong.isEmpty()) candidates = strong;
            String k = best(candidates, x -> x);
            if (k != null && level == 3 && outweighed(k, score, places)) continue;
            if (k != null) best = places.get(k);
        }
        return best;
    }

    /**
     * A city refines the region it lies in, but not the best region when that lies elsewhere and the text gives it
     * more weight: "in Baghlan province …, cutting power to five provinces, including Kabul" happened in Baghlan.
     * "Elsewhere" needs another region name and some distance from that region's centre, since the gazetteer may
     * file a town under a larger unit than the province the text names (Isulan, Soccsksargen; Sultan Kudarat).
     */
    private static boolean outweighed(String city, Map<String, Double> score, Map<String, Place> places) {
        Place c = places.get(city);
        String region = null;
        for (Map.Entry<String, Double> e : score.entrySet()) {
            Place r = places.get(e.getKey());
            if (PlaceResolver.level(r) == 2 && Objects.equals(r.countryCode(), c.countryCode())
                    && (region == null || e.getValue() > score.get(region))) region = e.getKey();
        }
        if (region == null || score.get(region) <= score.get(city) || c.region() == null) return false;
        Place r = places.get(region);
        return !c.region().equals(r.region()) && !(c.lat() != null && r.lat() != null
                && Math.hypot(c.lat() - r.lat(), (c.lon() - r.lon()) * Math.cos(Math.toRadians(c.lat()))) < NEAR_CENTRE);
    }

    /** The key with the highest score; ties go to the alphabetically first key, so results do not depend on order. */
    private static <K extends Comparable<K>> K best(Map<K, Double> scores, java.util.function.Function<K, K> id) {
        K best = null;
        double bestScore = 0;
        for (Map.Entry<K, Double> e : scores.entrySet()) {
            if (e.getValue() > bestScore || (e.getValue() == bestScore && best != null && e.getKey().compareTo(best) < 0)) {
                best = id.apply(e.getKey());
                bestScore = e.getValue();
            }
        }
        return best;
    }

    /** What a weak mention (a modifier: "US contractors", a route end) weighs as the attack's place. */
    private static final double MODIFIER_WEIGHT = 0.1;

    private static void accumulate(PlaceResolver resolver, SentenceFacts f, double w, Map<String, Double> score,
                                   Map<String, Place> places, java.util.Set<String> named, Map<String, Double> countryOnly) {
        if (w <= 0) return;
        int order = 0;
        java.util.Set<Integer> containers = new java.util.HashSet<>();
        for (PlaceFinder.PlaceMention m : f.places()) if (m.within() != null && !m.near() && !smallInDistrict(m)) containers.add(m.within().start());
        for (PlaceFinder.PlaceMention m : f.places()) {
            Place p = resolver.resolve(m);
            if (p == null) continue;
            double mw = m.kind() == PlaceFinder.Kind.DEMONYM ? w * 0.3 : w;
            if (m.cue()) mw *= 1.5;
            else if (m.kind() == PlaceFinder.Kind.COUNTRY) mw *= 0.5;   // "US contractors", "blamed Pakistan"
            mw *= 1 - 0.02 * Math.min(5, order++);                       // ties go to the place named first
            if (smallInDistrict(m)) mw *= 0.4;   // "Kundu village of Sukma district": news names the district
            else if (containers.contains(m.start())) mw *= 0.5;   // "the X district of Y province": X is where it happened
            mw *= Relations.factor(f.sentence().text(), m, f.places());   // "X, 30 km north of Y"; "a village near Y"
            // a route end or destination ("between Nuremberg and Munich") is no attack site, but its full weight
            // still says which country the attack was in
            if (m.modifier() && m.sameCountry() && p.countryCode() != null) {
                countryOnly.merge(p.countryCode(), mw * (1 - MODIFIER_WEIGHT), Double::sum);
            }
            if (m.modifier()) mw *= MODIFIER_WEIGHT;   // "US contractors", "Malian troops", a route end
            String k = PlaceResolver.key(p);
            // a weak name ("fled to the X forest") does not bar a bare one
            if ((m.cue() || m.kind() != PlaceFinder.Kind.AREA) && !m.modifier()) named.add(k);
            score.merge(k, mw, Double::sum);
            places.putIfAbsent(k, p);
        }
    }

    /**
     * An unknown settlement placed in a district the text names: too small to be the place news reports. A unit in
     * a unit ("the Ukhia Upazila in the Cox's Bazar district") is not: the smaller unit is where it happened.
     */
    private static boolean smallInDistrict(PlaceFinder.PlaceMention m) {
        PlaceFinder.PlaceMention in = m.within();
        return m.kind() == PlaceFinder.Kind.AREA && m.cities().isEmpty() && !m.regionLevel() && !m.near() && in != null
                && in.kind() == PlaceFinder.Kind.AREA && !in.regionLevel() && !AreaFinder.isUnitName(m.name());
    }

    /** An attack date ({@link #weight}) at the same time as every date. */
    private static final String ANY_TIME = "";

    /**
     * How much a sentence's places say about where the main attack was: nothing when it names a past date, unless
     * that is when the attack happened ({@code attackDate}, null when not known or not past, {@link #ANY_TIME}: any).
     */
    static double weight(SentenceFacts f, LocalDate published, String attackDate) {
        DateFinder.DateMention past = firstPast(f, published);
        if (past != null && (attackDate == null || !sameTime(past.value(), attackDate))) return 0;
        double w = f.attackCue() ? 2 : 1;
        if (f.sentence().paragraph() == 0) w *= 1.5;
        if (f.quoted()) w *= 0.3;
        // "Police in Vienna arrested a suspect": where suspects are caught or tried is seldom where they struck
        if (!f.attackCue() && AFTERMATH.matcher(f.sentence().text()).find()) w *= 0.3;
        return w;
    }

    private static RuleTable routingTable() {
        RuleTable t = RuleTable.load(IncidentExtractor.class, "routing.tsv");
        for (RuleTable.Row r : t.rows()) {
            String use = r.require("use");
            if (!java.util.Set.of("back", "back-noun", "separate", "separate-noun", "aftermath", "continue", "offset")
                    .contains(use)) {
                throw new IllegalStateException(r.where() + ": unknown use '" + r.get("use") + "'");
            }
        }
        return t;
    }

    /** The patterns of routing.tsv's rows of {@code use}, as alternatives in table order. */
    private static String routing(String use) {
        java.util.List<String> words = ROUTING.where("use", use).stream().map(r -> r.require("pattern")).toList();
        if (words.isEmpty()) throw new IllegalStateException(ROUTING.source() + ": no row with use " + use);
        return String.join("|", words);
    }

    static LocalDate publishedDay(String published) {
        if (published == null || published.length() < 10) return null;
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
