package org.incidex.testing;

import org.incidex.index.GenerationWriter;
import org.incidex.index.IndexStore;
import org.incidex.model.GroupRef;
import org.incidex.model.GroupRole;
import org.incidex.model.Incident;
import org.incidex.model.IncidentRecord;
import org.incidex.model.Place;
import org.incidex.model.SourceRef;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * 24 incidents written as records (no articles, no extraction), so facet, range, histogram, geo and paging tests
 * know every value exactly and can count the expected answer by brute force over {@link #ALL}. Built to exercise the
 * edges: a multi-group incident, a group only mentioned (not a facet value), an undated incident, a month-only date,
 * an incident with neither coordinates nor city, unknown tolls, accented names, and two places either side of the
 * antimeridian (Suva, Fiji at 178.44°E; Nuku'alofa, Tonga at 175.2°W).
 */
public final class SyntheticIncidents {
    private SyntheticIncidents() {}

    // id | date | city | region | country | cc | lat | lon | groups (;, ":m" = only mentioned) | killed | injured | attack types | targets | title
    private static final String TABLE = """
            s01|2013-09-21|Nairobi|Nairobi|Kenya|KE|-1.29|36.82|Al-Shabaab|67|175|Armed Assault;Hostage Taking (Barricade Incident)|Business|Westgate mall siege in Nairobi
            s02|2014-04-14|Chibok|Borno|Nigeria|NG|10.87|12.90|Boko Haram|0|0|Hostage Taking (Kidnapping)|Educational Institution|Schoolgirls kidnapped in Chibok
            s03|2015-01-03|Baga|Borno|Nigeria|NG|13.10|13.68|Boko Haram|150||Armed Assault|Private Citizens & Property|Massacre in Baga
            s04|2015-11-20|Bamako|Bamako|Mali|ML|12.65|-8.00|Al-Mourabitoun;Al-Qaeda in the Islamic Maghreb|20|7|Hostage Taking (Barricade Incident);Armed Assault|Business|Hotel siege in Bamako
            s05|2015-08-07|Sévaré|Mopti|Mali|ML|14.53|-4.10|Al-Mourabitoun|13||Hostage Taking (Barricade Incident)|Business|Hotel siege in Sévaré
            s06|2015-11-13|Paris|Île-de-France|France|FR|48.86|2.35|Islamic State|130|413|Armed Assault;Bombing/Explosion|Private Citizens & Property|Coordinated attacks in Paris
            s07|2016-03-22|Brussels|Brussels Capital|Belgium|BE|50.85|4.35|Islamic State|32|340|Bombing/Explosion|Airports & Aircraft|Bombings at Brussels airport and metro
            s08|2017-10-14|Mogadishu|Banaadir|Somalia|SO|2.04|45.34|Al-Shabaab|587|316|Bombing/Explosion|Private Citizens & Property|Truck bombing in Mogadishu
            s09|2016-01-15|Ouagadougou|Centre|Burkina Faso|BF|12.37|-1.53|Al-Mourabitoun;Al-Qaeda in the Islamic Maghreb|30|56|Armed Assault|Business|Hotel attack in Ouagadougou
            s10|2017-08-17|Barcelona|Catalonia|Spain|ES|41.39|2.17|Islamic State|16|152|Unarmed Assault|Private Citizens & Property|Van attack in Barcelona
            s11|2014-12-16|Peshawar|Khyber Pakhtunkhwa|Pakistan|PK|34.01|71.58|Tehrik-i-Taliban Pakistan|149|114|Armed Assault|Educational Institution|School attack in Peshawar
            s12|2017-05-31|Kabul|Kabul|Afghanistan|AF|34.53|69.17|Taliban|150|413|Bombing/Explosion|Government (Diplomatic)|Truck bomb in Kabul
            s13|2015-06-26|Sousse|Sousse|Tunisia|TN|35.83|10.64|Islamic State|38|39|Armed Assault|Tourists|Beach attack in Sousse
            s14|2015-03-18|Tunis|Tunis|Tunisia|TN|36.81|10.18|Islamic State|22|50|Armed Assault;Hostage Taking (Barricade Incident)|Tourists|Museum attack in Tunis
            s15|2016-07-14|Nice|Provence-Alpes-Côte d'Azur|France|FR|43.70|7.27|Islamic State|86|434|Unarmed Assault|Private Citizens & Property|Truck attack in Nice
            s16|2019-03-15|Christchurch|Canterbury|New Zealand|NZ|-43.53|172.64||51|40|Armed Assault|Religious Figures/Institutions|Mosque shootings in Christchurch
            s17|2000-05|Suva|Central|Fiji|FJ|-18.14|178.44||0||Hostage Taking (Barricade Incident)|Government (General)|Parliament hostage crisis in Suva
            s18|2006-11-16|Nuku'alofa|Tongatapu|Tonga|TO|-21.14|-175.20||8||Facility/Infrastructure Attack|Business|Riots in Nuku'alofa
            s19|2013-04-15|Boston|Massachusetts|United States|US|42.36|-71.06|Al-Qaeda in the Islamic Maghreb:m|3|264|Bombing/Explosion|Private Citizens & Property|Marathon bombing in Boston
            s20||||Somalia|SO|||Al-Shabaab|5||Bombing/Explosion|Military|Roadside bomb in Somalia
            s21|2015-04-02|Garissa|Garissa|Kenya|KE|-0.45|39.65|Al-Shabaab|148|79|Armed Assault;Hostage Taking (Barricade Incident)|Educational Institution|University attack in Garissa
            s22|2014-05-20|Jos|Plateau|Nigeria|NG|9.90|8.86|Boko Haram|118|56|Bombing/Explosion|Business|Market bombings in Jos
            s23|2015-11-24|Tunis|Tunis|Tunisia|TN|36.80|10.18|Islamic State|12|20|Bombing/Explosion|Military|Bus bombing in Tunis
            s24|2016-06-28|Istanbul|Istanbul|Turkey|TR|41.26|28.74|Islamic State|45|230|Armed Assault;Bombing/Explosion|Airports & Aircraft|Airport attack in Istanbul
            """;

    /** Every incident, in table order. */
    public static final List<IncidentRecord> ALL = parse();

    /** Publishes one generation holding {@link #ALL} into {@code root}. */
    public static void index(Path root) throws IOException {
        index(root, Integer.MAX_VALUE);
    }

    /** Indexes {@link #ALL} in segments of {@code segmentSize} incidents each (the last may be smaller). */
    public static void index(Path root, int segmentSize) throws IOException {
        try (GenerationWriter w = IndexStore.at(root).beginGeneration("test")) {
            int n = 0;
            for (IncidentRecord r : ALL) {
                w.add(r);
                if (++n % segmentSize == 0) w.flush();
            }
            w.publish("synthetic");
        }
    }

    private static List<IncidentRecord> parse() {
        List<IncidentRecord> out = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] c = line.strip().split("\\|", -1);
            List<GroupRef> groups = new ArrayList<>();
            for (String g : list(c[8])) {
                groups.add(g.endsWith(":m") ? new GroupRef(g.substring(0, g.length() - 2), GroupRole.MENTIONED, true)
                        : new GroupRef(g, GroupRole.CLAIMED, true));
            }
            Place place = new Place(blank(c[2]), blank(c[3]), blank(c[4]), blank(c[5]), num(c[6]), num(c[7]));
            Incident f = new Incident(blank(c[1]), place, groups, integer(c[9]), integer(c[10]), null, null,
                    list(c[11]), list(c[12]), List.of());
            String title = c[13];
            String text = title + ". Reported by the synthetic test wire.";
            out.add(new IncidentRecord("inc-" + c[0], title, title + ".", f, List.of(),
                    List.of(new SourceRef("art-" + c[0], title, "Test wire", c[1], null, "synthetic:" + c[0], text))));
        }
        return List.copyOf(out);
    }

    private static String blank(String s) {
        return s.isBlank() ? null : s;
    }

    private static Double num(String s) {
        return s.isBlank() ? null : Double.valueOf(s);
    }

    private static Integer integer(String s) {
        return s.isBlank() ? null : Integer.valueOf(s);
    }

    private static List<String> list(String s) {
        return s.isBlank() ? List.of() : Arrays.asList(s.split(";"));
    }
}
