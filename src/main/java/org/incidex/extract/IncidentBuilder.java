package org.incidex.extract;

import org.incidex.extract.casualty.CasualtyFinder;
import org.incidex.extract.date.DateFinder;
import org.incidex.extract.event.AttackClassifier;
import org.incidex.extract.event.AttackJudge;
import org.incidex.extract.event.EventLexicon;
import org.incidex.extract.group.GroupFinder;
import org.incidex.extract.place.PlaceFinder;
import org.incidex.extract.place.PlaceResolver;
import org.incidex.extract.text.Sentence;
import org.incidex.model.Evidence;
import org.incidex.model.GroupRef;
import org.incidex.model.GroupRole;
import org.incidex.model.Incident;
import org.incidex.model.Place;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Collects what the sentences routed to one incident say, and builds the {@link Incident}: a figure of each kind
 * (see {@link #addFigure}), the strongest role per group, the incident date, attack and target types, each with its
 * evidence sentences. Not thread-safe: one per incident per article.
 */
final class IncidentBuilder {
    private final Place place;
    private final LocalDate published;
    private final boolean recalled;
    private String date;
    private Sentence dateEvidence;
    /** The main incident's fallback when no sentence about it names a day: the most precise past month or year. */
    private String pastDate;
    private Sentence pastDateEvidence;
    /** Whether a sentence counted the years back from publication ("ten years ago", "20 years since"). */
    private boolean yearsBack;
    private Sentence placeEvidence;
    private final Map<CasualtyFinder.Kind, Integer> figures = new EnumMap<>(CasualtyFinder.Kind.class);
    private final Map<CasualtyFinder.Kind, List<Sentence>> figureEvidence = new EnumMap<>(CasualtyFinder.Kind.class);
    private final Map<String, GroupRef> groups = new LinkedHashMap<>();
    private final Map<String, Sentence> groupEvidence = new LinkedHashMap<>();
    private final List<Sentence> attackSentences = new ArrayList<>();
    private boolean attackInTitle;
    /** Every sentence routed here with its event level (the title's first, when it has one), for the judge. */
    private final List<Sentence> judged = new ArrayList<>();
    private final List<Integer> levels = new ArrayList<>();
    private final List<List<String>> frames = new ArrayList<>();
    /** For each judged sentence, whether it names harm done (a casualty figure or a word of harm). */
    private final List<Boolean> told = new ArrayList<>();
    private int actLevel;
    private boolean damage;

    /** The article's main incident. */
    IncidentBuilder(Place place, LocalDate published, String attackYear) {
        this(place, published);
        this.attackYear = attackYear;
    }

    IncidentBuilder(Place place, LocalDate published) {
        this.place = place;
        this.published = published;
        this.recalled = false;
    }

    /** A recalled incident, opened by the sentence that names its date and place. */
    IncidentBuilder(Place place, DateFinder.DateMention date, Sentence opener) {
        this.place = place;
        this.published = null;
        this.recalled = true;
        this.date = date.value();
        this.dateEvidence = opener;
        this.placeEvidence = opener;
    }

    Place place() {
        return place;
    }

    /** "August" for a recalled "2015-08", to recognise sentences that refer back ("the August siege"). */
    String monthName() {
        if (!recalled || date == null || date.length() < 7) return null;
        return Month.of(Integer.parseInt(date.substring(5, 7))).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    void addTitle(SentenceFacts title) {
        attackInTitle = title.attackCue();
        judge(title);
        for (CasualtyFinder.Figure f : title.figures()) figures.merge(f.kind(), f.value(), Math::max);
        // The title only restates the text; its figures are not evidence and never add up.
        for (GroupFinder.GroupMention g : title.groups()) addGroup(g, null, title.attackCue());
    }

    void add(SentenceFacts f, PlaceResolver resolver) {
        Sentence s = f.sentence();
        if (f.attackCue()) attackSentences.add(s);
        judge(f);
        if (placeEvidence == null && place != null) {
            for (PlaceFinder.PlaceMention m : f.places()) {
                Place p = resolver.resolve(m);
                if (p != null && PlaceResolver.key(p).equals(PlaceResolver.key(place))) {
                    placeEvidence = s;
                    break;
                }
            }
        }
        // the dates of sentences about the attack: in its words, or read as one ("set it alight")
        if (!recalled && (f.attackCue() || f.eventLevel() >= 3)) considerDates(f);
        for (CasualtyFinder.Figure fig : sentenceTotals(f.figures())) addFigure(fig, s);
        for (GroupFinder.GroupMention g : f.groups()) addGroup(g, s, f.attackCue());
    }

    /** The days {@code dated} names, as told by {@code act}, the sentence after it ({@link IncidentExtractor}). */
    void addSceneDate(SentenceFacts dated, SentenceFacts act) {
        if (recalled) return;
        for (DateFinder.DateMention d : dated.dates()) {
            if (!d.isDay()) continue;
            days.add(new Day(d.value(), dated.sentence(), false, act.event().frames(), act.eventLevel()));
        }
    }

    /**
     * One figure per kind for a sentence: its clauses count different people ("Three soldiers were killed and a
     * civilian was killed", "… killing 15 people; three more were shot dead"), so their counts add up (sub-counts
     * were already left out by the finder) — except a count that repeats the one before it ("14 people were killed
     * when gunmen stormed the post, killing 14 officers"; a single victim is no repeat: "a soldier … a civilian").
     * The sum revises the total when one of them does, and adds to earlier figures when the sentence's first figure
     * does. Deaths of the wounded ({@link CasualtyFinder.Mode#OF_WOUNDS}) are kept apart and come first: they move
     * people injured before the sentence.
     */
    private static List<CasualtyFinder.Figure> sentenceTotals(List<CasualtyFinder.Figure> figs) {
        Map<CasualtyFinder.Kind, CasualtyFinder.Figure> byKind = new EnumMap<>(CasualtyFinder.Kind.class);
        List<CasualtyFinder.Figure> ofWounds = new ArrayList<>();
        for (CasualtyFinder.Figure f : figs) {
            if (f.mode() == CasualtyFinder.Mode.OF_WOUNDS) {
                ofWounds.add(f); // combined first, with the injured counted before the sentence
                continue;
            }
            byKind.merge(f.kind(), f, (a, b) -> new CasualtyFinder.Figure(a.kind(),
                    a.value() + (repeats(a, b) ? 0 : b.value()), a.start(), b.end(),
                    a.mode() == CasualtyFinder.Mode.UPDATE || b.mode() == CasualtyFinder.Mode.UPDATE
                            ? CasualtyFinder.Mode.UPDATE : a.mode()));
        }
        List<CasualtyFinder.Figure> out = new ArrayList<>(ofWounds);
        out.addAll(byKind.values());
        return out;
    }

    /** A plain count of more than one equal to the one before repeats it; "a soldier … a civilian" are two people. */
    private static boolean repeats(CasualtyFinder.Figure a, CasualtyFinder.Figure b) {
        return b.value() == a.value() && b.mode() == CasualtyFinder.Mode.PLAIN && b.value() > 1;
    }

    /**
     * Combines a figure with those read before it about this incident, in text order: a revised total ("the death
     * toll rose to 31") replaces them — the latest confirmed figure wins, and a count the report says was since
     * revised ("the toll had stood at 101") replaces none; further victims ("another three", "were
     * also killed", figures of another attack in the same report) add to them; a plain figure restates or breaks
     * down what was said, so the larger of it and the current figure stands ("Twelve people were killed … Two
     * soldiers were killed at the gate" stays 12). Every figure's sentence is kept as evidence, the one that set the
     * current value first.
     */
    private void addFigure(CasualtyFinder.Figure fig, Sentence s) {
        CasualtyFinder.Kind k = fig.kind();
        Integer old = figures.get(k);
        Integer injured = figures.get(CasualtyFinder.Kind.INJURED);
        boolean fromInjured = fig.mode() == CasualtyFinder.Mode.OF_WOUNDS && injured != null && injured >= fig.value();
        if (fromInjured) { // "A guard was wounded … He died of his wounds": no longer among the injured
            addFigure(new CasualtyFinder.Figure(CasualtyFinder.Kind.INJURED, injured - fig.value(), fig.start(),
                    fig.end(), CasualtyFinder.Mode.UPDATE), s);
        }
        int value = switch (fig.mode()) {
            case UPDATE -> fig.value();
            case ADDITIONAL -> (old == null ? 0 : old) + fig.value();
            case PLAIN -> old == null ? fig.value() : Math.max(old, fig.value());
            case OF_WOUNDS -> fromInjured ? (old == null ? 0 : old) + fig.value()
                    : old == null ? fig.value() : Math.max(old, fig.value());
            case EARLIER -> old == null ? fig.value() : old;
        };
        List<Sentence> ev = figureEvidence.computeIfAbsent(k, x -> new ArrayList<>());
        ev.remove(s);
        if (old == null || value != old) ev.add(0, s);
        else ev.add(s);
        figures.put(k, value);
    }

    /** A day a sentence about the attack names; {@code back}: beside a count of years back ("30 years since"). */
    private record Day(String value, Sentence sentence, boolean back, List<String> frames, int level) {}

    private final List<Day> days = new ArrayList<>();
    /** The event level of the sentence that named {@link #date} (see {@link #considerDate}). */
    private int dateLevel;
    /** The year of the attack an article about it long after tells of ({@link IncidentExtractor}), or null. */
    private String attackYear;
    /** Every past date (day, month or year) the sentences about the attack name, once per mention. */
    private final List<String> pastMentions = new ArrayList<>();

    /**
     * The dates a sentence about the attack names: its days, weighed when the article's kind is known ({@link
     * #chooseDate}), and its past months and years, the most precise and then the earliest (the attack comes before
     * its trial), for an article that tells of an attack long past and names no day for it ("in July 2019"; not a
     * month whose year is guessed: "in October").
     */
    private void considerDates(SentenceFacts f) {
        boolean back = false;
        for (DateFinder.DateMention d : f.dates()) {
            // "a year since", "ten years ago": a count of years back (not "last year", another year's news)
            if (d.pastRef() && published != null && d.value().length() != 7
                    && Integer.parseInt(d.value().substring(0, 4)) < published.getYear()
                    && !f.sentence().text().regionMatches(true, d.start(), "last", 0, 4)) {
                back = true;
            }
        }
        yearsBack |= back;
        for (DateFinder.DateMention d : f.dates()) {
            if (published == null || IncidentExtractor.isPast(d, published)) pastMentions.add(d.value());
            if (d.isDay()) {
                days.add(new Day(d.value(), f.sentence(), back, f.event().frames(), f.eventLevel()));
            } else if (!d.relative() && (published == null || IncidentExtractor.isPast(d, published))
                    && (pastDate == null || earlierOrFiner(d.value(), pastDate))) {
                pastDate = d.value();
                pastDateEvidence = f.sentence();
            }
        }
    }

    /**
     * The attack comes before its arrests and trials: an earlier year wins ("the 2019 arson attack" over "arrested in
     * May 2020"), then, within a year, the finer date, then the earlier.
     */
    private static boolean earlierOrFiner(String a, String b) {
        int byYear = a.substring(0, 4).compareTo(b.substring(0, 4));
        if (byYear != 0) return byYear < 0;
        return a.length() > b.length() || a.length() == b.length() && a.compareTo(b) < 0;
    }

    /**
     * The main date from the days named about the attack. A recent day beside a count of years back ("gathered on
     * Saturday to mark 30 years since the bombing"), or, in an article about a trial or a memorial, in a sentence
     * of that kind ("was sentenced on Thursday"), is the day of that, not of the attack.
     */
    private void chooseDate(AttackJudge.Frame frame) {
        EventLexicon lexicon = EventLexicon.shared();
        // a past day told by a sentence of the act itself, not of a trial or a memorial ("On 15 March 2019 he
        // attacked worshippers"): then a recent day of a trial's or memorial's sentence ("was sentenced on Thursday")
        // is that of the trial or the memorial
        boolean toldPast = false;
        boolean recentAct = false;   // "Gunmen stormed the hotel on Friday": news of the day
        boolean anyPast = false;
        for (Day d : days) {
            boolean act = d.level() >= 3 && d.frames().stream().noneMatch(lexicon::retells);
            toldPast |= isPast(d) && act;
            recentAct |= !isPast(d) && act && !d.back();
            anyPast |= isPast(d);
        }
        // an article about an attack long past (a trial, a memorial, "ten years on"): its recent days are those of
        // the trial or the memorial, whatever their sentences say
        boolean retrospective = anyPast
                && (attackYear != null || !recentAct && (frame.retells() || yearsBack || toldPast));
        for (Day d : days) {
            boolean ofRetelling = d.back() || frame.retells() && d.frames().contains(frame.kind())
                    || toldPast && (d.level() < 3 || d.frames().stream().anyMatch(lexicon::retells));
            if (isPast(d) || !ofRetelling && !retrospective) considerDate(d.value(), d.sentence(), d.level());
        }
    }

    private boolean isPast(Day d) {
        return published == null || IncidentExtractor.isPastDay(d.value(), published);
    }

    /**
     * The main incident's date as the sentences routed to it tell (null when they name none): the day chosen among
     * those named, else, in an article that tells of an attack long past, its most precise past month or year.
     */
    String date(AttackJudge.Frame frame) {
        if (recalled) return date;
        date = null;
        dateEvidence = null;
        chooseDate(frame);
        if (date == null && pastDate != null && (yearsBack || frame.retells())) {
            date = pastDate;   // "the man who set fire to the studio in July 2019 was sentenced": that July, not today
            dateEvidence = pastDateEvidence;
        }
        return date;
    }

    /**
     * The attack precedes what is reported about it, so the main date is the earliest day named in a sentence about
     * the attack; days within a week before publication are preferred to older ones (background).
     */
    private void considerDate(String day, Sentence s, int level) {
        boolean recent = published == null || !LocalDate.parse(day).isBefore(published.minusDays(7));
        boolean haveRecent = date != null && (published == null || !LocalDate.parse(date).isBefore(published.minusDays(7)));
        if (LocalDate.parse(day).isAfter(published == null ? LocalDate.MAX : published)) return;
        if (date == null || (recent && !haveRecent)) {
            date = day;
            dateEvidence = s;
            dateLevel = level;
            return;
        }
        if (recent != haveRecent) return;
        // days of the last week: the one a sentence tells the act on ("Gunmen stormed the hall on Friday") before
        // one a sentence names for something else ("the football championship ended on Sunday"); days long past: the
        // one the sentences about the attack name most, at its year or finer ("the 2016 attack", "in July 2016", "on
        // 1 July 2016" against one "On August 17, 2005" of an older campaign); then the earlier
        int rank = recent ? Math.min(level, 4) : support(day);
        int haveRank = recent ? Math.min(dateLevel, 4) : support(date);
        if (rank > haveRank || rank == haveRank && day.compareTo(date) < 0) {
            date = day;
            dateEvidence = s;
            dateLevel = level;
        }
    }

    /** How many past dates named about the attack agree with {@code day} (its year, its month or the day). */
    private int support(String day) {
        int n = 0;
        for (String m : pastMentions) if (day.startsWith(m)) n++;
        return n;
    }

    private void addGroup(GroupFinder.GroupMention g, Sentence s, boolean attackSentence) {
        GroupRole role = g.role();
        // A group named in a sentence about the attack, with no word for its part, is the one the report ties it to.
        if (role == null) role = attackSentence ? GroupRole.BLAMED : GroupRole.MENTIONED;
        GroupRef old = groups.get(g.name());
        if (old == null || role.ordinal() < old.role().ordinal()) {
            groups.put(g.name(), new GroupRef(g.name(), role, g.verified()));
            if (s != null) groupEvidence.put(g.name(), s);
            else groupEvidence.remove(g.name());
        }
    }

    private void judge(SentenceFacts f) {
        if (f.eventLevel() == 0) return;
        judged.add(f.sentence());
        levels.add(f.eventLevel());
        frames.add(f.event().frames());
        told.add(!f.figures().isEmpty() || f.event().harm());
        // the act as the article's subject: its headline or first sentences ("What we know about the stabbing")
        if (f.sentence().index() < 3) actLevel = Math.max(actLevel, f.actLevel());
        damage |= f.event().damage();
    }

    /** The sentence that weighed most, or when that is the title (not in the text), the text's best one. */
    private Sentence triggerSentence(AttackJudge.Judgement j) {
        if (j.trigger() < 0) return null;
        if (judged.get(j.trigger()).index() >= 0) return judged.get(j.trigger());
        Sentence best = null;
        int bestLevel = 0;
        for (int i = 0; i < judged.size(); i++) {
            if (judged.get(i).index() >= 0 && levels.get(i) > bestLevel) {
                best = judged.get(i);
                bestLevel = levels.get(i);
            }
        }
        return best;
    }

    boolean hasFigures() {
        return figures.keySet().stream().anyMatch(k -> k != CasualtyFinder.Kind.TRAPPED);
    }

    /**
     * The main incident exists when the article is about an attack somewhere, or about an attack that it ties to a
     * named group even when no place can be read.
     */
    boolean isIncident() {
        boolean attack = !attackSentences.isEmpty() || attackInTitle;
        return (place != null && attack) || hasFigures()
                || (attack && groups.values().stream().anyMatch(g -> g.role() != GroupRole.MENTIONED));
    }

    /**
     * @param frame how much the article's own kind of news lowers its triggers ({@link AttackJudge#frameFactor})
     */
    Incident build(AttackClassifier classifier, String title, AttackJudge.Frame frame) {
        List<Evidence> evidence = new ArrayList<>();
        String d = date(frame);
        if (d == null && published != null) d = published.toString();
        if (placeEvidence != null && place != null) {
            evidence.add(ev("place", placeEvidence, place.city() != null ? 0.9 : place.region() != null ? 0.75 : 0.6));
        }
        if (dateEvidence != null) evidence.add(ev("date", dateEvidence, d != null && d.length() == 10 ? 0.85 : 0.7));
        figureEvidence.forEach((k, list) -> {
            if (k == CasualtyFinder.Kind.TRAPPED) return;
            // The sentence that set the figure first; superseded or partial ones after it, less sure.
            for (int i = 0; i < list.size(); i++) evidence.add(ev(fieldName(k), list.get(i), i == 0 ? 0.85 : 0.5));
        });
        List<GroupRef> refs = new ArrayList<>(groups.values());
        refs.sort((a, b) -> Integer.compare(a.role().ordinal(), b.role().ordinal()));
        for (GroupRef g : refs) {
            Sentence s = groupEvidence.get(g.name());
            if (s != null) evidence.add(ev("group", s, groupConfidence(g)));
        }
        List<String> attackTypes = new ArrayList<>();
        for (AttackClassifier.Classified c : classifier.attackTypes(attackSentences, title)) {
            attackTypes.add(c.type());
            if (!c.support().isEmpty()) evidence.add(ev("attackType", c.support().get(0), attackTypes.size() == 1 ? 0.8 : 0.6));
        }
        List<String> targets = new ArrayList<>();
        for (AttackClassifier.Classified c : classifier.targets(attackSentences, title)) {
            targets.add(c.type());
            if (!c.support().isEmpty()) evidence.add(ev("target", c.support().get(0), targets.size() == 1 ? 0.7 : 0.5));
        }
        Integer hostages = figures.get(CasualtyFinder.Kind.HOSTAGES);
        if (hostages == null && figures.containsKey(CasualtyFinder.Kind.TRAPPED)
                && attackTypes.contains("Hostage Taking (Barricade Incident)")) {
            // People still trapped inside during a siege are held there: the latest such figure is the hostage count.
            hostages = figures.get(CasualtyFinder.Kind.TRAPPED);
            for (Sentence s : figureEvidence.get(CasualtyFinder.Kind.TRAPPED)) evidence.add(ev("hostages", s, 0.6));
        }
        boolean harmed = hasFigures() || hostages != null || damage;
        boolean[] inKind = new boolean[frames.size()];
        boolean[] harmTold = new boolean[frames.size()];
        for (int i = 0; i < inKind.length; i++) {
            inKind[i] = frame.kind() != null && frames.get(i).contains(frame.kind());
            harmTold[i] = told.get(i);
        }
        AttackJudge.Judgement j = AttackJudge.judge(levels.stream().mapToInt(Integer::intValue).toArray(), actLevel,
                place != null && !place.isUnknown(), harmed, harmed || !targets.isEmpty(), frame, inKind, harmTold);
        Sentence trigger = triggerSentence(j);
        if (trigger != null) evidence.add(0, ev("attack", trigger, j.confidence()));
        return new Incident(d, place, refs, figures.get(CasualtyFinder.Kind.KILLED),
                figures.get(CasualtyFinder.Kind.INJURED), hostages,
                figures.get(CasualtyFinder.Kind.PERPETRATORS_KILLED), attackTypes, targets, dedupe(evidence),
                j.confidence());
    }

    /** Claims are the surest ties, mentions the weakest; a name not in the group list is less sure. */
    private static double groupConfidence(GroupRef g) {
        double c = switch (g.role()) {
            case CLAIMED -> 0.9;
            case BLAMED -> 0.75;
            case SUSPECTED -> 0.6;
            case MENTIONED -> 0.4;
        };
        return g.verified() ? c : c * 0.7;
    }

    private static String fieldName(CasualtyFinder.Kind k) {
        return switch (k) {
            case KILLED -> "killed";
            case INJURED -> "injured";
            case HOSTAGES -> "hostages";
            case PERPETRATORS_KILLED -> "perpetratorsKilled";
            case TRAPPED -> "trapped";
        };
    }

    private static Evidence ev(String field, Sentence s, double confidence) {
        return new Evidence(field, s.text(), s.start(), s.end(), confidence);
    }

    private static List<Evidence> dedupe(List<Evidence> in) {
        return in.stream().distinct().toList();
    }
}
