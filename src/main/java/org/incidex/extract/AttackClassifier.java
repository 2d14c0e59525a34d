package org.incidex.extract;

import org.incidex.extract.text.Sentence;
import org.incidex.extract.rules.Alternatives;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Attack and target types, GTD-style, from cue words in the sentences about an incident. Each type has a pattern for
 * what the attackers did (bombs, mines and rockets: bombing; shooting, stabbing, ambushes and raids: armed assault; the
 * killing of a named office-holder or figure: assassination; abduction: kidnapping; arson and sabotage of property:
 * facility attack; ramming and poison: unarmed assault). Types are ranked by how many sentences support them; ties go
 * to the GTD's order of precedence (so a bomber who also opened fire is a bombing). An attack whose means is not named
 * is an armed assault. Thread-safe: stateless.
 */
public final class AttackClassifier {
    /** A type and the sentences that support it. */
    public record Classified(String type, List<Sentence> support) {}

    private static final Map<String, Alternatives.WordList> ATTACK_TYPES = new LinkedHashMap<>();
    private static final Map<String, Alternatives.WordList> TARGET_TYPES = new LinkedHashMap<>();
    /** An attack on people whose means is not named. */
    private static final Pattern GENERIC_ASSAULT = p("attack(?:s|ed|ing)?|killed|kill(?:s|ing)|wounded|injured|murder(?:ed)?"
            + "|assault(?:ed)?|overran|clash(?:es)?|encounter|fighting|confrontations?");
    /** Words that say a sentence is about an attack at all. */
    private static final Alternatives.WordList ATTACK_CUE;

    static {
        // In the GTD's order of precedence: when an attack is of several types (a bomber who also opened fire, a
        // kidnapping ending in a killing), the first of these types with equal support is the primary one.
        ATTACK_TYPES.put("Assassination", list("assassinat(?:ed|ion|ions|e|ing)"
                + "|(?:leader|official|mayor|governor|candidate|council+or|politician|judge|prosecutor|lawmaker|MP|senator"
                + "|chief|commander|journalist|activist|cleric|imam|elder|chairman|president|director|principal|headman"
                + "|deputy|minister)\\b[^.;]{0,60}?\\b(?:was|were|has been|had been)\\s+(?:shot dead|gunned down"
                + "|shot and killed|murdered|fatally shot|killed by (?:unknown |unidentified )?(?:gunmen|assailants|attackers))"));
        ATTACK_TYPES.put("Hijacking", list("hijack(?:ed|ing|ers?)?"));
        ATTACK_TYPES.put("Hostage Taking (Kidnapping)", list("kidnap(?:s|ped|ping|pings|pers)?|abduct(?:s|ed|ion|ions|ing)"));
        ATTACK_TYPES.put("Hostage Taking (Barricade Incident)", list("(?:took|taking|held|holding|seized|take) (?:\\w+ ){0,4}hostages?"
                + "|hostages?|sieges?|besieged|barricaded|stand-?off"));
        ATTACK_TYPES.put("Bombing/Explosion", list("bomb(?:s|ing|ings|ed|er|ers)?|explosions?|explosives?|IEDs?|blasts?"
                + "|detonat(?:es?|ed|ion|ing)|suicide (?:vest|belt|attacks?|attackers?)|car bomb|grenades?|mortars?|rockets?"
                + "|shell(?:ing|ed|s)?|landmines?|land mines?|explosive devices?|blew (?:himself|herself|themselves) up"
                + "|missiles?|projectiles?|artillery|molotov|(?:roadside|land|anti-personnel|anti-tank) mines?|minefields?"
                + "|(?:hit|ran over|struck|stepped on|triggered) (?:a |an )?(?:\\w+ )?mines?|mines? (?:explod|went off|blast)\\w*"
                + "|blown up|blew up"));
        ATTACK_TYPES.put("Armed Assault", list("gunm[ae]n|gunfire|opened fire|shoot(?:ing|ings|er|ers)?|shot|stormed"
                + "|storming|rifles?|firearms?|automatic weapons|ambush(?:ed|es)?|raid(?:ed|s)?|massacre[d]?|stabb(?:ed|ing|ings)"
                + "|knife|knives|machetes?|armed (?:men|militants|assailants)|assault rifles?|Kalashnikovs?|gun-?fights?"
                + "|fire-?fights?|exchange of fire|snipers?|hacked|beheaded|decapitated|slit|gunned down|bullets?|gunshots?"));
        ATTACK_TYPES.put("Unarmed Assault", list("sarin|nerve (?:gas|agent)|poison(?:ed|ing)?|chemical attack|rammed|ramming"
                + "|ploughed into|plowed into|drove (?:a |his )?(?:truck|lorry|van|car) into"));
        ATTACK_TYPES.put("Facility/Infrastructure Attack", list("arson|set (?:\\w+ ){0,2}on fire|set fire|torched|burn(?:ed|t|ing)"
                + "|set ablaze|sabotag(?:e|es|ed|ing)|vandali[sz](?:ed|ing)|vandalism"));

        TARGET_TYPES.put("Business", list("hotels?|restaurants?|caf[eé]s?|shopping (?:mall|centre|center)|malls?|shops?|banks?"
                + "|offices|businesses|nightclubs?|bars?|supermarkets?|company|factory"));
        TARGET_TYPES.put("Tourists", list("tourists?|resorts?|holidaymakers|sightseers"));
        TARGET_TYPES.put("Religious Figures/Institutions", list("mosques?|churche?s?|cathedral|temples?|synagogues?|shrines?"
                + "|worshippers|congregation|clerics?|imams?|priests?|pilgrims"));
        TARGET_TYPES.put("Educational Institution", list("schools?|universit(?:y|ies)|college|students|pupils|schoolchildren|teachers"));
        TARGET_TYPES.put("Police", list("police(?:men)?|police (?:station|post|headquarters|officers)|officers|gendarmes?|gendarmerie"));
        TARGET_TYPES.put("Military", list("soldiers|troops|army|military|checkpoint|barracks|base|peacekeepers|convoy"));
        TARGET_TYPES.put("Government (Diplomatic)", list("embass(?:y|ies)|consulates?|diplomats?|ambassador"));
        TARGET_TYPES.put("Government (General)", list("government (?:building|offices|officials)|ministry|parliament|governor"
                + "|mayor|politicians?|election|polling"));
        TARGET_TYPES.put("Transportation", list("bus(?:es)?|trains?|metro|subway|underground|railway|rail|stations?"
                + "|commuters|passengers|minibus"));
        TARGET_TYPES.put("Airports & Aircraft", list("airports?|aircraft|airliner|plane|flight|airline|terminal"));
        TARGET_TYPES.put("Journalists & Media", list("journalists?|reporters?|newspaper|magazine|broadcaster|TV station"));
        TARGET_TYPES.put("Private Citizens & Property", list("market(?:place)?s?|crowds?|civilians|villagers|village|concert"
                + "|festival|wedding|stadium|funeral|residents|pedestrians|promenade|arena|beach"));
        TARGET_TYPES.put("NGO", list("aid workers?|humanitarian|NGOs?|charity"));
        TARGET_TYPES.put("Utilities", list("pipelines?|power (?:station|plant|lines?)|electricity|gas facility"));
        TARGET_TYPES.put("Maritime", list("ships?|ferry|port|vessel|tanker"));

        ATTACK_CUE = list("attack(?:s|ed|ers?)?|bomb(?:s|ing|ings|ed|er|ers)?|explosions?|blasts?|gunm[ae]n|shoot(?:ing|ings)"
                + "|stormed|sieges?|hostages?|kidnapp(?:ed|ing)|abducted|massacre|assault|ambush(?:ed)?|raid|killed|dead"
                + "|died|wounded|injured|hijack(?:ed|ing)?|assassinat(?:ed|ion)|militants|insurgents|suicide|explosives?"
                + "|stabb(?:ed|ing)|rammed|sarin|arson|kill(?:s|ing)|shot|gunned down|opened fire|fired|shell(?:ed|ing)"
                + "|rockets?|mortars?|grenades?|landmines?|IEDs?|executed|beheaded|hacked|torched|set (?:\\w+ ){0,2}on fire"
                + "|set fire|burn(?:ed|t)|blew up|detonat(?:es?|ed|ion|ing)|gun-?fight|fire-?fight|clash(?:es)?|ambush(?:es)?|raided"
                + "|kidnaps?|abduct(?:s|ion)|murder(?:ed)?|overran|stormed|assailants|set (?:\\w+ ){3}on fire|firing shots|vandali[sz](?:ed|ing)|vandalism"
                + "|sabotag(?:e|es|ed|ing)|mutilat(?:ed|ing|ion)|chopped|slit|decapitated|lynched"
                + "|(?:hit|struck|stepped on|triggered) (?:a |an )?(?:\\w+ )?mines?");
    }

    /** True when the sentence ({@code low}: lower-cased) uses a word that says it is about an attack ("bomb", "gunmen", "killed", "set … on fire"). */
    static boolean isAttackSentence(String text, String low) {
        return ATTACK_CUE.foundIn(text, low);
    }

    private static Pattern p(String alternatives) {
        return Alternatives.words(alternatives);
    }

    private static Alternatives.WordList list(String alternatives) {
        return Alternatives.WordList.of(alternatives);
    }

    /** Attack types supported by the sentences (and title), strongest first. */
    public List<Classified> attackTypes(List<Sentence> sentences, String title) {
        List<Classified> out = rank(ATTACK_TYPES, sentences, title);
        if (out.isEmpty()) {
            // An attack whose means the text does not name ("killed in an attack on a village") is, as in the GTD's
            // statistics, most often an armed assault.
            List<Sentence> support = sentences.stream().filter(x -> GENERIC_ASSAULT.matcher(x.text()).find()).toList();
            if (!support.isEmpty()) out.add(new Classified("Armed Assault", support));
        }
        return out;
    }

    /** Target types, strongest first, at most two. */
    public List<Classified> targets(List<Sentence> sentences, String title) {
        List<Classified> out = rank(TARGET_TYPES, sentences, title);
        List<Classified> strong = new ArrayList<>();
        for (Classified c : out) {
            if (strong.size() == 2) break;
            if (strong.isEmpty() || weight(c, title) * 2 >= weight(strong.get(0), title)) strong.add(c);
        }
        return strong;
    }

    private static int weight(Classified c, String title) {
        return c.support().size() + (title != null
                && TARGET_TYPES.get(c.type()).foundIn(title, title.toLowerCase(java.util.Locale.ROOT)) ? 2 : 0);
    }

    private static List<Classified> rank(Map<String, Alternatives.WordList> types, List<Sentence> sentences, String title) {
        List<Classified> out = new ArrayList<>();
        Map<String, Integer> score = new LinkedHashMap<>();
        String titleLow = title == null ? null : title.toLowerCase(java.util.Locale.ROOT);
        List<String> lows = sentences.stream().map(x -> x.text().toLowerCase(java.util.Locale.ROOT)).toList();
        for (Map.Entry<String, Alternatives.WordList> e : types.entrySet()) {
            List<Sentence> support = new ArrayList<>();
            int s = title != null && e.getValue().foundIn(title, titleLow) ? 2 : 0;
            for (int i = 0; i < sentences.size(); i++) {
                if (e.getValue().foundIn(sentences.get(i).text(), lows.get(i))) {
                    support.add(sentences.get(i));
                    s++;
                }
            }
            if (s > 0) {
                out.add(new Classified(e.getKey(), support));
                score.put(e.getKey(), s);
            }
        }
        out.sort((a, b) -> Integer.compare(score.get(b.type()), score.get(a.type())));
        return out;
    }
}
