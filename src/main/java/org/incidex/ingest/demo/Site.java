package org.incidex.ingest.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The fictional news sites of the demo corpus. A fact's site, publication moment and URL are functions of its id
 * alone, so any page can link to any other fact's page. Immutable.
 */
enum Site {
    MERIDIAN_LEDGER("meridian-ledger", "The Meridian Ledger", "https://meridian-ledger.example", true,
            List.of("Clara Whitcombe", "Daniel Osei", "Priya Raman", "Tom Hallett", "Ines Carvalho", "Martin Ekwueme")),
    SAHEL_WIRE("sahel-wire", "Sahel Wire", "https://www.sahelwire.example", true,
            List.of("Aminata Diarra", "Moussa Keita", "Fatou Sow", "Ibrahim Maiga", "Claire Dubois", "Oumar Traore")),
    GLOBAL_DESK("global-desk", "Global Desk", "https://globaldesk.example", false,
            List.of("Jennifer Alvarez", "Mark Sutherland", "Hana Kobayashi", "Samuel Adeyemi", "Laura Chen")),
    COURIER_ONLINE("courier-online", "Courier Online", "https://www.courier-online.example", false,
            List.of("Robert Kline", "Sofia Marchetti", "David Mwangi", "Emily Hart", "Nikhil Bose"));

    private final String slug;
    private final String displayName;
    private final String origin;
    private final boolean britishDates;
    private final List<String> staff;

    Site(String slug, String displayName, String origin, boolean britishDates, List<String> staff) {
        this.slug = slug;
        this.displayName = displayName;
        this.origin = origin;
        this.britishDates = britishDates;
        this.staff = staff;
    }

    /** Directory and source-name part: "meridian-ledger". */
    String slug() {
        return slug;
    }

    /** Masthead name: "The Meridian Ledger". */
    String displayName() {
        return displayName;
    }

    /** "https://meridian-ledger.example". */
    String origin() {
        return origin;
    }

    /** True for "20 November 2015", false for "November 20, 2015". */
    boolean britishDates() {
        return britishDates;
    }

    List<String> staff() {
        return staff;
    }

    /** The site that published the fact's page: a hash of the id. */
    static Site of(Fact f) {
        return values()[(int) Long.remainderUnsigned(hash(f.id()), values().length)];
    }

    /**
     * When the fact's page was published (UTC): usually the next day (06:00 to 21:59), for one fact in four the
     * attack day itself, then late (22:00 to 23:59) so that even an evening attack has happened by then.
     */
    static LocalDateTime published(Fact f) {
        long h = hash(f.id());
        int minute = (int) ((h >>> 24) % 60);
        if (((h >>> 8) & 3) == 0) return f.date().atTime(22 + (int) ((h >>> 16) % 2), minute);
        return f.date().plusDays(1).atTime(6 + (int) ((h >>> 16) % 16), minute);
    }

    /** The canonical URL of {@code f}'s page as this site would file it. */
    String url(Fact f) {
        LocalDate d = published(f).toLocalDate();
        String slugged = Prose.slug(Leads.urlWords(f));
        return switch (this) {
            case MERIDIAN_LEDGER -> origin + "/world/" + d.getYear() + "/"
                    + d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT) + "/"
                    + String.format(Locale.ROOT, "%02d", d.getDayOfMonth()) + "/" + slugged;
            case SAHEL_WIRE -> origin + "/news/" + slugged + "-" + Long.toString(hash(f.id()) >>> 40, 36);
            case GLOBAL_DESK -> origin + "/articles/" + Long.toHexString(hash(f.id())).substring(0, 8) + "/" + slugged;
            case COURIER_ONLINE -> origin + String.format(Locale.ROOT, "/%d/%02d/%02d/", d.getYear(),
                    d.getMonthValue(), d.getDayOfMonth()) + slugged + "/";
        };
    }

    /** 64-bit FNV-1a over the id's UTF-8 bytes: stable across JVMs and releases. */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
