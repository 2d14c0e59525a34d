package org.incidex.extract.place;

import org.incidex.extract.gazetteer.Region;
import org.incidex.extract.rules.RuleTable;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Same-named regions narrowed by the type word the text gives ({@link RegionTypes}, region-types.tsv). */
class RegionTypesTest {
    static final Region PLATEAU_BJ = new Region("Plateau", "BJ", 7, 2.5);
    static final Region PLATEAU_NG = new Region("Plateau State", "NG", 9, 9);
    static final Region BOLIVAR_CO = new Region("Bolívar", "CO", 9, -74);
    static final Region BOLIVAR_VE = new Region("Bolívar", "VE", 7, -64);

    @Test
    void theTypeWordOfTheNameOrOfTheCountrysUnitsPicksTheRegion() {
        assertThat(RegionTypes.typed(List.of(PLATEAU_BJ, PLATEAU_NG), "state")).containsExactly(PLATEAU_NG);
        // Venezuela's first-level units are states, Colombia's departments
        assertThat(RegionTypes.typed(List.of(BOLIVAR_CO, BOLIVAR_VE), "state")).containsExactly(BOLIVAR_VE);
        assertThat(RegionTypes.typed(List.of(BOLIVAR_CO, BOLIVAR_VE), "department")).containsExactly(BOLIVAR_CO);
        assertThat(RegionTypes.typed(List.of(BOLIVAR_CO, BOLIVAR_VE), "region")).hasSize(2);
    }

    @Test
    void aCountryWithTwoTypesIsAnError() throws Exception {
        String table = "country\ttype\nVE\tstate\nCO\tdepartment\nVE\tprovince\n";
        RuleTable t = RuleTable.parse(new BufferedReader(new StringReader(table)), "region-types.tsv");
        assertThatThrownBy(() -> RegionTypes.firstLevel(t)).hasMessage("region-types.tsv:4: VE twice");
    }
}
