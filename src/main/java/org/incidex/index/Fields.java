package org.incidex.index;

import org.apache.lucene.facet.FacetsConfig;

import java.util.List;

/**
 * The index schema: every field name, in one place, with why it has its type. Nothing else spells a field name.
 * One Lucene document is one incident of the knowledge base.
 */
public final class Fields {
    private Fields() {}

    /** Keyword, stored, sorted doc values: exact lookup by id for the incident page, shown in hits, and the last
     *  sort key of every order, so ties come back in one stable order and a paging cursor survives a reindex. */
    public static final String ID = "id";
    /** Text, stored: searched with the highest boost and shown as the hit title. */
    public static final String TITLE = "title";
    /** Text, stored: searched with a middle boost; the generated one-line summary. */
    public static final String SUMMARY = "summary";
    /** Text, stored, with offsets in the postings: the sources' cleaned text, searched, and stored so the highlighter
     *  can cut snippets; the offsets let it find the matches without analysing the text again for every hit. */
    public static final String TEXT = "text";
    /** Stored only: the whole incident as JSON, returned by the incident page without touching other fields. */
    public static final String JSON = "json";
    /** Stored only: what a result line shows (id, title, summary, date, place, groups tied to the attack, tolls,
     *  attack types) as compact JSON, so a page of hits reads a few hundred bytes each, not whole records with their
     *  sources' text. */
    public static final String HIT = "hit";

    /** Long point + doc values: the incident date as an epoch day (first day of a month- or year-only date), for
     *  date-range filters (points) and sorting by date (doc values). */
    public static final String DATE_DAY = "date_day";
    /** Int point + doc values: victims killed, for range filters and sorting; absent when unknown. */
    public static final String KILLED = "killed";
    /** Int point + doc values: victims injured. */
    public static final String INJURED = "injured";
    /** Int point + doc values: hostages taken. */
    public static final String HOSTAGES = "hostages";
    /** LatLonPoint + LatLonDocValues: the incident's coordinates, for bounding-box and distance filters. */
    public static final String LOCATION = "location";

    // Facet dimensions: SortedSetDocValuesFacetField, so counting needs no side (taxonomy) index, and the same
    // field gives drill-down terms for filtering. Values are display names ("Mali", "Armed Assault").
    /** Facet, multi-valued: canonical names of the groups tied to the attack (not those only mentioned). */
    public static final String GROUP = "group";
    /** Facet: country common name. */
    public static final String COUNTRY = "country";
    /** Facet: first-level region name. */
    public static final String REGION = "region";
    /** Facet: city name. */
    public static final String CITY = "city";
    /** Facet, multi-valued: attack types. */
    public static final String ATTACK_TYPE = "attackType";
    /** Facet, multi-valued: target types. */
    public static final String TARGET = "target";
    /** Facet: the year, as text ("2015"). */
    public static final String YEAR = "year";

    /** Facet dimensions in display order. */
    public static final List<String> FACET_DIMS = List.of(GROUP, COUNTRY, REGION, CITY, YEAR, ATTACK_TYPE, TARGET);

    /** Commit user-data key: fingerprint of the sources a generation was built from (for "is the demo stale?"). */
    public static final String COMMIT_FINGERPRINT = "incidex.fingerprint";
    /** Commit user-data key: when the generation was built (ISO-8601 instant). */
    public static final String COMMIT_CREATED = "incidex.created";
    /** Commit user-data key: the Incidex version that built the generation. */
    public static final String COMMIT_VERSION = "incidex.version";

    /** The facets configuration shared by the writer and every reader. Immutable after construction. */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(GROUP, true);
        config.setMultiValued(ATTACK_TYPE, true);
        config.setMultiValued(TARGET, true);
        return config;
    }
}
