package org.incidex.extract;

import org.incidex.model.Incident;
import org.incidex.model.Place;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where an attack happened, from sentences written for these tests. */
class PlaceChoiceTest {
    final IncidentExtractor x = TestLexicons.extractor();

    Place place(String text) {
        return TestLexicons.mainPlace(x, text);
    }

    @Test
    void sevareBareOrAsTheCentralTown() {
        for (String t : List.of("Gunmen attacked a hotel in Sevare on Sunday.",
                "Gunmen attacked a hotel in the central town of Sevare on Sunday.")) {
            Place p = place(t);
            assertThat(IncidentExtractorTest.CliFold.fold(p.city())).as(t).isEqualTo("sevare");
            assertThat(p.countryCode()).isEqualTo("ML");
            assertThat(p.lat()).isNotNull();
        }
    }

    @Test
    void aDistrictOfACapitalIsTheCapital() {
        Place p = place("A car bomb exploded in Kabul's Shar-e-Naw district, killing four people.");
        assertThat(p.city()).isEqualTo("Kabul");
        assertThat(p.countryCode()).isEqualTo("AF");
    }

    @Test
    void regionsWithTheirTypeWord() {
        Place borno = place("Insurgents attacked a market in Borno State, killing ten people.");
        assertThat(borno.region()).isEqualTo("Borno State");
        assertThat(borno.countryCode()).isEqualTo("NG");
        Place herat = place("A roadside bomb killed two soldiers in the western Herat province.");
        assertThat(herat.countryCode()).isEqualTo("AF");
        assertThat(herat.lat()).isNotNull();
    }

    @Test
    void aDemonymBeforeAPlaceTypeSaysTheCountry() {
        // "Borno" is also a town in Italy; "the Nigerian state of" settles it
        Place p = place("Gunmen killed six loggers in the Nigerian state of Borno.");
        assertThat(p.countryCode()).isEqualTo("NG");
        assertThat(p.region()).isEqualTo("Borno State");
        assertThat(place("Malian forces were ambushed overnight; two soldiers were killed.").countryCode()).isEqualTo("ML");
    }

    @Test
    void aDistrictTheGazetteerLacksLiesInTheProvinceNamedWithIt() {
        Place p = place("Militants attacked a checkpoint in the Zhari district of southern Kandahar province, killing three policemen.");
        assertThat(p.city()).isEqualTo("Zhari District");
        assertThat(p.region()).isEqualTo("Kandahar");
        assertThat(p.countryCode()).isEqualTo("AF");
        assertThat(p.lat()).isNotNull();
    }

    @Test
    void aVillageTheGazetteerLacksTakesTheCountryTheSentenceGives() {
        Place p = place("A landmine killed two shepherds near the village of Umm Tarfa in Syria's Hama province.");
        assertThat(p.city()).isEqualTo("Umm Tarfa");
        assertThat(p.countryCode()).isEqualTo("SY");
    }

    @Test
    void aSmallTownInsideALongerNameIsNotThatTown() {
        // "Abu" is a town in India, "Kamal" one in Indonesia; "Abu Kamal" is neither
        Place p = place("Suicide bombers attacked the Syrian town of Abu Kamal, killing 12 fighters.");
        assertThat(p.city()).isEqualTo("Abu Kamal");
        assertThat(p.countryCode()).isEqualTo("SY");
    }

    @Test
    void theCountryTheSentenceNamesPicksTheNamesake() {
        Place p = place("A suicide bomber struck a checkpoint in the Libyan city of Derna, wounding four soldiers.");
        assertThat(p.countryCode()).isEqualTo("LY");
    }

    @Test
    void aPlaceNorthOfACityIsNotThatCity() {
        Place p = place("A bomb killed three farmers in the Zafraniya district, north of Baghdad.");
        assertThat(p.city()).isEqualTo("Zafraniya District");
        assertThat(p.countryCode()).isEqualTo("IQ");
    }

    @Test
    void aGroupSaysTheCountryWhenNoPlaceIsNamed() {
        assertThat(place("Boko Haram fighters killed five farmers overnight.").countryCode()).isEqualTo("NG");
    }

    @Test
    void namesJoinedByAndAreOneRegion() {
        Place p = place("Militants hurled a grenade at a police post in Jammu and Kashmir, injuring two officers.");
        assertThat(p.region()).isEqualTo("Jammu and Kashmir");
        assertThat(p.countryCode()).isEqualTo("IN");
    }

    @Test
    void aTownJoinedToMoreNameByAConnectorIsAFragmentToo() {
        Place p = place("Gunmen attacked a check-post in the Nawa-I-Kalan district of Helmand province, killing two guards.");
        assertThat(p.city()).isEqualTo("Nawa-I-Kalan District");
        assertThat(p.countryCode()).isEqualTo("AF");
    }

    @Test
    void aLocalityOfATownIsTheTown() {
        Place p = place("Insurgents shot dead a shopkeeper in the Qala Bagh locality of Gardez.");
        assertThat(p.city()).isEqualTo("Gardez");
        assertThat(p.countryCode()).isEqualTo("AF");
    }

    @Test
    void aDivisionNamedAfterItsSeatIsTheDivisionInTheSeatsRegion() {
        Place p = place("Two policemen were killed when a bomb went off in Hawija district on Tuesday.");
        assertThat(p.city()).isEqualTo("Hawija District");
        assertThat(p.countryCode()).isEqualTo("IQ");
        assertThat(p.region()).isEqualTo("Kirkuk");
    }

    @Test
    void aVillageOfANamedDistrictKeepsBothLevels() {
        Place p = place("Gunmen shot dead a farmer near Lotapur village of the Morni district on Friday.");
        assertThat(p.city()).isEqualTo("Lotapur");
        assertThat(p.district()).isEqualTo("Morni District");
    }

    @Test
    void anUnknownNameAfterInOrAtIsAPlaceWhenNothingBetterIsNamed() {
        Place p = place("Militants attacked an army post at Tinkerbou on Monday. Two soldiers died.");
        assertThat(p.city()).isEqualTo("Tinkerbou");
        Place q = place("Militants attacked an army post at Tinkerbou, near Bamako, killing two soldiers.");
        assertThat(q.countryCode()).isEqualTo("ML");
        // a group or a time after "in" is no place; a named town wins over a bare name
        Place r = place("Two soldiers were killed by Taliban fighters in Ramadan in Ghazni province.");
        assertThat(r.countryCode()).isEqualTo("AF");
        assertThat(r.city()).isNull();
    }

    @Test
    void aDistrictSpelledOtherwiseThanItsSeatStillSaysTheCountry() {
        Place p = place("Two porters were shot dead by suspected militants in the Shopian District on Sunday.");
        assertThat(p.city()).isEqualTo("Shopian District");
        assertThat(p.countryCode()).isEqualTo("IN");
        assertThat(p.region()).isEqualTo("Jammu and Kashmir");
    }

    @Test
    void aNationalForceNamesTheCountryOfAnUnknownVillage() {
        Place p = place("Rebels ambushed a Tatmadaw patrol near the village of Nam Hsan Kyin, killing four soldiers.");
        assertThat(p.countryCode()).isEqualTo("MM");
        p = place("Militants threw a grenade at a Rashtriya Rifles post in Zainapora, wounding two soldiers.");
        assertThat(p.countryCode()).isEqualTo("IN");
    }

    @Test
    void tribalDistrictsAndCommonSpellingsOfKashmirTowns() {
        Place p = place("A roadside bomb killed three soldiers in Mohmand Agency on Tuesday.");
        assertThat(p.countryCode()).isEqualTo("PK");
        p = place("Gunmen shot dead a shopkeeper in Poonch on Friday.");
        assertThat(p.countryCode()).isEqualTo("IN");
        assertThat(p.region()).isEqualTo("Jammu and Kashmir");
    }

    @Test
    void aNumberWordOpeningTheSentenceIsNotATown() {
        Place p = place("One person was killed when gunmen attacked a bus near Garissa.");
        assertThat(p.countryCode()).isEqualTo("KE");
    }

    @Test
    void aFacilityNamedAfterAPlaceIsNotWhereItIs() {
        Place p = place("A man stabbed two commuters at Victoria Station in Manchester on Sunday evening.");
        assertThat(p.city()).isEqualTo("Manchester");
        assertThat(p.countryCode()).isEqualTo("GB");
        // a facility named after a big city is in it
        assertThat(place("A suicide bomber killed 14 people near Kabul International Airport on Sunday.").city()).isEqualTo("Kabul");
    }

    @Test
    void aTownNamedLikeACountryIsATown() {
        Place p = place("Rebels attacked a police squad in the municipality of Puerto Rico, Caquetá, in Colombia, killing one officer.");
        assertThat(p.countryCode()).isEqualTo("CO");
    }

    @Test
    void lowerCasePartsJoinedByAHyphenBelongToTheName() {
        Place p = place("Three bombs exploded in the border town of Su-ngai Padi in Narathiwat province, injuring five people.");
        assertThat(p.city()).isEqualTo("Su-ngai Padi");
        assertThat(p.countryCode()).isEqualTo("TH");
    }

    @Test
    void smallNamesakesAbroadGiveWayToTheCountryTheTextIsAbout() {
        // "Los Sauces" is in the gazetteer only as two Mexican hamlets; the text is about Chile
        Place p = place("Arsonists burned four trucks in the commune of Los Sauces in Chile.");
        assertThat(p.countryCode()).isEqualTo("CL");
        // also when the namesake abroad is a region: Las Marías is a municipality (admin-1) of Puerto Rico
        p = place("Guerrillas blew up a power pylon in the village of Las Marías on Sunday. It was the third attack "
                + "on the power grid in Colombia this month.");
        assertThat(p.city()).isEqualTo("Las Marías");
        assertThat(p.countryCode()).isEqualTo("CO");
    }

    @Test
    void aRegionWordAfterABigTownDoesNotMakeItARegionAbroad() {
        // "Beni" is a Bolivian department and a Congolese city of 300,000
        Place p = place("Rebels killed three Congolese soldiers in an attack in the Beni region on Monday.");
        assertThat(p.countryCode()).isEqualTo("CD");
    }

    @Test
    void vandalismSabotageAndMinesAreAttacks() {
        assertThat(place("A group of neo-Nazis vandalised a mosque in the town of Gladbeck in Germany.").countryCode()).isEqualTo("DE");
        assertThat(place("An army truck hit a mine near Gao; nobody was hurt.").countryCode()).isEqualTo("ML");
    }

    @Test
    void aPhilippineProvinceIsADistrictOfItsRegion() {
        Place p = place("A soldier was wounded when a roadside bomb went off in Sulu on Tuesday.");
        assertThat(p.district()).isEqualTo("Sulu");
        assertThat(p.region()).isEqualTo("Autonomous Region in Muslim Mindanao");
        assertThat(p.countryCode()).isEqualTo("PH");
    }

    @Test
    void theNeighbourAcrossTheBorderIsNotWhereItHappened() {
        assertThat(place("Twelve Nigerian soldiers were killed when insurgents overran a base near the border with Niger.")
                .countryCode()).isEqualTo("NG");
    }

    @Test
    void attackersNationalityCountsLessThanTheAttackedOnes() {
        assertThat(place("Armed Chadian militants attacked a camp of Libyan soldiers in the desert, killing five.")
                .countryCode()).isEqualTo("LY");
        // also with the group's name between the demonym and the attackers
        assertThat(place("Two Ecuadorian soldiers were wounded when Colombian ELN rebels fired on their patrol.")
                .countryCode()).isEqualTo("EC");
    }

    @Test
    void aWordCutAtAnApostropheIsNotAPlace() {
        // "Asa" alone is a Swedish village; "Asa'ib" is not
        Place p = place("A suicide bomber blew himself up near an office of Asa'ib Ahl al-Haq in Kirkuk.");
        assertThat(p.countryCode()).isEqualTo("IQ");
    }

    @Test
    void whereSoldiersComeFromIsNotWhereTheyWereHit() {
        Place p = place("Two soldiers from France's counter-terrorism force were killed when their vehicle struck a landmine in northeast Mali.");
        assertThat(p.countryCode()).isEqualTo("ML");
    }

    @Test
    void aSmallTownAtTheStartOfASentenceIsNoPlaceWithoutACue() {
        // "Over" is an English village; a capital letter that opens a sentence says nothing about a proper name
        assertThat(place("Over 30 mortar shells landed in open fields overnight, the Israeli army said.").countryCode())
                .isEqualTo("IL");
    }

    @Test
    void aDivisionNamedAfterASmallSeatIsNotANameFragment() {
        Place p = place("Jihadists ambushed a gendarmerie patrol in the Barani Department on Friday.");
        assertThat(p.city()).isEqualTo("Barani Department");
        assertThat(p.countryCode()).isEqualTo("BF");
    }

    @Test
    void aTownCannotVouchForItsOwnCountryAgainstTheRestOfTheText() {
        // the gazetteer has only Balad, Iraq; Mogadishu and the group say Somalia
        Place p = place("Al-Shabaab fighters ambushed an army convoy in Balad as it drove to Mogadishu, killing three soldiers.");
        assertThat(p.city()).isEqualTo("Balad");
        assertThat(p.countryCode()).isEqualTo("SO");
        // a demonym alone does not outweigh the town ("a Bangladeshi national … in Mill Park")
        assertThat(place("A Chinese engineer was wounded when a bomb went off in Dalbandin on Monday.").countryCode())
                .isEqualTo("PK");
    }

    @Test
    void aCountryBorderingTheSceneOrWhereAttackersCameFromIsNotTheScene() {
        assertThat(place("Gunmen killed three Iraqi border guards in a village bordering Syria.").countryCode()).isEqualTo("IQ");
        assertThat(place("Rebels who had crossed over from the Congo killed five Ugandan fishermen overnight.").countryCode())
                .isEqualTo("UG");
    }

    @Test
    void aNameHyphenatedToALowerCaseWordIsPartOfACompound() {
        // "Neo" is a Vietnamese town
        Place p = place("A group of Neo-nazis attacked two refugees at a tram stop in Cottbus.");
        assertThat(p.city()).isEqualTo("Cottbus");
    }

    @Test
    void theTypeWordTheTextUsesPicksTheRegion() {
        // Benin has a "Plateau" department, Nigeria a "Plateau State"
        Place p = place("Herdsmen killed twelve villagers in a raid on a farming community, police in Plateau state said.");
        assertThat(p.region()).isEqualTo("Plateau State");
        assertThat(p.countryCode()).isEqualTo("NG");
        // Colombia, Ecuador and Venezuela each have a Bolívar; only Venezuela's is a state
        Place b = place("Gunmen killed six miners at a gold mine in the Bolívar state on Sunday.");
        assertThat(b.region()).isEqualTo("Bolívar");
        assertThat(b.countryCode()).isEqualTo("VE");
        // a territory is no department: Beni is a Congolese city and a Bolivian department
        assertThat(place("Rebels hacked seven civilians to death in a village of Beni Territory overnight.").countryCode())
                .isEqualTo("CD");
    }

    @Test
    void aLocalGovernmentAreaLiesInTheStateNamedWithIt() {
        // the gazetteer's only Guma is a Chinese village
        Place p = place("Gunmen killed four farmers in Guma Local Government Area of Benue state on Sunday.");
        assertThat(p.city()).isEqualTo("Guma LGA");
        assertThat(p.region()).isEqualTo("Benue State");
        assertThat(p.countryCode()).isEqualTo("NG");
    }

    @Test
    void aSmallTownNameAfterTheIsAGroupOrAPeople() {
        // "Taliban" is a Turkish village; "Pul-i-Alam" is the gazetteer's "Pul-e ‘Alam"
        Place p = place("The Taliban killed two guards of the district chief in a bazaar of Pul-i-Alam on Friday.");
        assertThat(p.city()).isEqualTo("Pul-e ‘Alam");
        assertThat(p.countryCode()).isEqualTo("AF");
        assertThat(place("The Taliban shot dead two guards of an Afghan provincial governor on Friday.").countryCode())
                .isEqualTo("AF");
        // but "the X district" and "the X local government area" are places
        assertThat(place("Gunmen attacked a market in the Damboa local government area, killing six.").countryCode())
                .isEqualTo("NG");
        assertThat(place("A bomb exploded at a church in the Sleman regency, wounding four people.").countryCode())
                .isEqualTo("ID");
    }

    @Test
    void englishNamesOfEuropeanCitiesAreThoseCities() {
        // GeoNames calls it Köln; "Cologne" alone is a small Italian town
        Place p = place("A parcel bomb exploded at a bank in Cologne, injuring two clerks.");
        assertThat(p.city()).isEqualTo("Köln");
        assertThat(p.countryCode()).isEqualTo("DE");
    }

    @Test
    void aCantonNamedAfterATownAbroadLiesInTheCountryNamedWithIt() {
        // the gazetteer's San Lorenzos are in Paraguay, Italy, Argentina...; Ecuador's cantons are second-level units
        Place p = place("A bomb wounded two soldiers on a road in San Lorenzo Canton, Ecuador, on Tuesday.");
        assertThat(p.city()).isEqualTo("San Lorenzo Canton");
        assertThat(p.countryCode()).isEqualTo("EC");
    }

    @Test
    void anArabRegionSpelledWithoutItsArticle() {
        Place p = place("Jihadists killed two shepherds near an oasis in the Jufra district on Monday.");
        assertThat(p.region()).isEqualTo("Al Jufrah");
        assertThat(p.countryCode()).isEqualTo("LY");
    }

    @Test
    void provincesAndDivisionsNewsNamesBelowTheAdminOneRegions() {
        Place p = place("Jihadists ambushed an army patrol in the Soum province, killing five soldiers.");
        assertThat(p.district()).isEqualTo("Soum");
        assertThat(p.region()).isEqualTo("Sahel");
        assertThat(p.countryCode()).isEqualTo("BF");
        // "Momo" alone is an Italian village
        p = place("Separatists shot dead two gendarmes at a checkpoint in Momo division on Sunday.");
        assertThat(p.countryCode()).isEqualTo("CM");
    }

    @Test
    void commonEnglishSpellingsOfSyrianTowns() {
        Place p = place("A car bomb exploded at a checkpoint near Azaz, killing four people.");
        assertThat(p.city()).isEqualTo("I‘zāz");
        assertThat(p.countryCode()).isEqualTo("SY");
    }

    @Test
    void afterTheDistrictOfTheWholeNameIsThePlaceEvenWhenItBeginsWithACapital() {
        // not Santo Domingo, the capital of the Dominican Republic, nor any other Santo Domingo
        Place p = place("Gunmen shot dead two police officers in the district of Santo Domingo Capillas, Huancavelica, on Friday.");
        assertThat(p.city()).isEqualTo("Santo Domingo Capillas District");
        assertThat(p.countryCode()).isEqualTo("PE");
    }
}
