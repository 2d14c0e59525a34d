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
import org.incidex.extract.place.PlaceFinder;
import org.incidex.extract.place.PlaceResolver;
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


    private final Gazetteer gazetteer;
    private final GroupLexicon groups;
    private final SentenceFacts.Finders finders;
    private final MainPlace places;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final AttackClassifier classifier = new AttackClassifier();

    private static final class Holder {
        static final IncidentExtractor SHARED = new IncidentExtractor(Gazetteer.shared(), GroupLexicon.shared());
    }

    public IncidentExtractor(Gazetteer gazetteer, GroupLexicon groups) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.groups = Objects.requireNonNull(groups, "groups");
        this.places = new MainPlace(gazetteer, groups);
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
        String attackYear = AttackYear.of(titleFacts, facts, published, frame);
        if (attackYear != null) {
            // "On 13 November, gunmen …": a sentence about the attack, not of the trial or the memorial, that names a
            // day without its year names one of the attack's year
            EventLexicon lexicon = EventLexicon.shared();
            facts.replaceAll(f -> (f.attackCue() || f.eventLevel() >= 3)
                    && f.event().frames().stream().noneMatch(lexicon::retells) ? f.inYear(attackYear) : f);
        }
        PlaceResolver resolver = places.resolver(titleFacts, facts, published, attackYear);
        Place main = Districts.refine(places.of(resolver, titleFacts, facts, published, attackYear), facts, published,
                attackYear, resolver);
        if (main == null || PlaceResolver.level(main) == 1) {
            // every town is named in a sentence about the past (a trial's report on "the 2019 arson attack in
            // Kyoto"): those sentences tell where, in the country the others name
            PlaceResolver any = places.resolver(titleFacts, facts, published, MainPlace.ANY_TIME);
            Place anyTime = places.of(any, titleFacts, facts, published, MainPlace.ANY_TIME);
            Place then = Districts.refine(anyTime, facts, published, MainPlace.ANY_TIME, any);
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
            PlaceResolver then = places.resolver(titleFacts, facts, published, mainDate);
            Place at = Districts.refine(places.of(then, titleFacts, facts, published, mainDate), facts, published,
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
            // "On the morning of 18 July 2019, Aoba walked into the studio … He poured the fuel … set it alight"
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
            // is about the main one); when the main attack is itself long past, in another month ("In March 1993,
            // bombings across the city killed 257" in a report on the 2008 attacks; Charlie Hebdo's January beside
            // November 2015 in Paris)
            if (main != null && mainDate != null && !f.figures().isEmpty() && f.eventLevel() >= 3
                    && !sameTime(past.value(), mainDate)
                    && (!isPastDay(mainDate, published) || !sameMonth(past.value(), mainDate))
                    && !namesRecent(f, published)) {
                // at a facility named after another town of the country ("stormed Garissa University College"): there
                Place at = Objects.requireNonNullElse(facilityTown(f, main, resolver), main);
                String key = PlaceResolver.key(at) + "@" + past.value();
                return recalls.computeIfAbsent(key, k -> new IncidentBuilder(at, past, f.sentence()));
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

    /** A town of the main place's country, not the main place, that names a facility in the sentence, or null. */
    private static Place facilityTown(SentenceFacts f, Place main, PlaceResolver resolver) {
        for (PlaceFinder.PlaceMention m : f.places()) {
            if (!m.modifier() || m.kind() != PlaceFinder.Kind.CITY) continue;
            Place p = resolver.resolve(m);
            if (p != null && PlaceResolver.level(p) == 3 && Objects.equals(p.countryCode(), main.countryCode())
                    && !PlaceResolver.key(p).equals(PlaceResolver.key(main))) {
                return p;
            }
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

    /**
     * Two dates that may be of one attack long past, which may span days: the same month, or the same year when one
     * names no month ("in 2015" and "2015-11-13"; not "2015-01-07" and "2015-11-13").
     */
    private static boolean sameMonth(String a, String b) {
        int n = Math.min(7, Math.min(a.length(), b.length()));
        return a.regionMatches(0, b, 0, n);
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

    /**
     * A date value (a day, a month or a year) clearly before {@code published}, as {@link
     * #isPast(DateFinder.DateMention, LocalDate)}.
     */
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
    static String routing(String use) {
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
