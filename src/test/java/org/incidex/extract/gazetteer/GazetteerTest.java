package org.incidex.extract.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer g = Gazetteer.shared();

    @Test
    void bamakoIsMalisCapitalWithCoordinates() {
        City bamako = g.cities("Bamako").get(0);
        assertThat(bamako.countryCode()).isEqualTo("ML");
        assertThat(bamako.capital()).isTrue();
        assertThat(bamako.lat()).isCloseTo(12.65, within(0.1));
        assertThat(bamako.lon()).isCloseTo(-8.0, within(0.1));
        assertThat(bamako.population()).isGreaterThan(1_000_000);
    }

    @Test
    void sevareComesFromTheAdditionsWithOrWithoutAccents() {
        for (String name : List.of("Sevare", "Sévaré", "SEVARE")) {
            assertThat(g.cities(name)).as(name).singleElement().satisfies(c -> {
                assertThat(c.countryCode()).isEqualTo("ML");
                assertThat(c.region()).isEqualTo("Mopti");
                assertThat(c.lat()).isCloseTo(14.53, within(0.05));
            });
        }
    }

    @Test
    void parisFranceComesBeforeTheSmallerParises() {
        List<City> paris = g.cities("Paris");
        assertThat(paris.get(0).countryCode()).isEqualTo("FR");
        assertThat(paris.get(0).capital()).isTrue();
        assertThat(paris).extracting(City::countryCode).contains("US");
        assertThat(paris).isSortedAccordingTo((a, b) -> Long.compare(b.population(), a.population()));
    }

    @Test
    void accentedGeoNamesSpellingsAnswerToPlainEnglish() {
        assertThat(g.cities("Herat").get(0)).satisfies(c -> {
            assertThat(c.name()).isEqualTo("Herāt");
            assertThat(c.countryCode()).isEqualTo("AF");
            assertThat(c.adminSeat()).isTrue();
        });
        assertThat(g.cities("Nalchik")).extracting(City::countryCode).containsExactly("RU");
        assertThat(g.cities("Fallujah")).extracting(City::countryCode).containsExactly("IQ");
    }

    @Test
    void kabulIsAfghanistansCapital() {
        City kabul = g.cities("Kabul").get(0);
        assertThat(kabul.countryCode()).isEqualTo("AF");
        assertThat(kabul.capital()).isTrue();
        assertThat(g.countryByCode("af")).get().extracting(Country::capital).isEqualTo("Kabul");
    }

    @Test
    void countriesByNameCodeAndDemonym() {
        assertThat(g.country("Mali")).get().extracting(Country::code2).isEqualTo("ML");
        assertThat(g.country("Malian")).get().extracting(Country::name).isEqualTo("Mali");
        assertThat(g.country("Malians")).get().extracting(Country::code2).isEqualTo("ML");
        assertThat(g.country("ML")).get().extracting(Country::code3).isEqualTo("MLI");
        assertThat(g.country("MLI")).get().extracting(Country::code2).isEqualTo("ML");
        for (String us : List.of("U.S.", "US", "USA", "United States", "the United States", "America")) {
            assertThat(g.country(us)).as(us).get().extracting(Country::code2).isEqualTo("US");
        }
        assertThat(g.country("Britain")).get().extracting(Country::code2).isEqualTo("GB");
        assertThat(g.country("British")).get().extracting(Country::code2).isEqualTo("GB");
        assertThat(g.country("Ivory Coast")).get().extracting(Country::code2).isEqualTo("CI");
        assertThat(g.country("Côte d’Ivoire")).get().extracting(Country::code2).isEqualTo("CI");
        assertThat(g.country("Turkey")).get().extracting(Country::code2).isEqualTo("TR");
        assertThat(g.country("Burma")).get().extracting(Country::code2).isEqualTo("MM");
        assertThat(g.country("Congolese")).get().extracting(Country::code2).isEqualTo("CD");
    }

    @Test
    void nigerienIsNigerAndNigerianIsNigeria() {
        assertThat(g.country("Nigerien")).get().extracting(Country::code2).isEqualTo("NE");
        assertThat(g.country("Nigerian")).get().extracting(Country::code2).isEqualTo("NG");
        assertThat(g.country("Filipino")).get().extracting(Country::code2).isEqualTo("PH");
        assertThat(g.country("Burkinabe")).get().extracting(Country::code2).isEqualTo("BF");
    }

    @Test
    void regionsBareOrWithTheirTypeWord() {
        for (String name : List.of("Borno", "Borno State", "borno state", "the Borno State")) {
            assertThat(g.regions(name)).as(name).singleElement().satisfies(r -> {
                assertThat(r.countryCode()).isEqualTo("NG");
                assertThat(r.name()).isEqualTo("Borno State");
            });
        }
        for (String name : List.of("Herat", "Herat province", "Herat Province", "Province of Herat")) {
            assertThat(g.regions(name)).as(name).extracting(Region::countryCode).containsExactly("AF");
        }
        Region herat = g.regions("Herat").get(0);
        assertThat(herat.lat()).isCloseTo(34.3, within(1.0));
        assertThat(herat.lon()).isCloseTo(62.2, within(1.0));
        assertThat(g.regions("Maidan Wardak")).extracting(Region::name).containsExactly("Maidan Wardak Province");
    }

    @Test
    void genericRemaindersAreNotRegions() {
        assertThat(g.regions("Central Province")).allSatisfy(r -> assertThat(r.name()).contains("Central"));
        assertThat(g.regions("province")).isEmpty();
        assertThat(g.isPlaceName("state")).isFalse();
    }

    @Test
    void unknownNamesGiveNothing() {
        assertThat(g.cities("Xyzzyville")).isEmpty();
        assertThat(g.regions("Xyzzy Province")).isEmpty();
        assertThat(g.country("Xyzzian")).isEmpty();
        assertThat(g.country("ISIS")).isEmpty();
        assertThat(g.countryByCode("XX")).isEmpty();
        assertThat(g.countryByCode("MLI")).isEmpty();
        assertThat(g.cities("")).isEmpty();
        assertThat(g.isPlaceName("")).isFalse();
        assertThat(g.isPlaceName("the")).isFalse();
    }

    @Test
    void isPlaceNameCoversEveryKindButCodes() {
        assertThat(g.isPlaceName("Sévaré")).isTrue();
        assertThat(g.isPlaceName("Borno State")).isTrue();
        assertThat(g.isPlaceName("Herat province")).isTrue();
        assertThat(g.isPlaceName("Mali")).isTrue();
        assertThat(g.isPlaceName("Malian")).isTrue();
        assertThat(g.isPlaceName("MLI")).isFalse();
        assertThat(g.maxNameTokens()).isBetween(5, 40);
    }

    @Test
    void normalizeFoldsAccentsPunctuationAndSpace() {
        assertThat(Gazetteer.normalize("Sévaré")).isEqualTo("sevare");
        assertThat(Gazetteer.normalize("Shar-e-Naw")).isEqualTo("shar e naw");
        assertThat(Gazetteer.normalize("Nal’chik")).isEqualTo("nalchik");
        assertThat(Gazetteer.normalize("U.S.")).isEqualTo("us");
        assertThat(Gazetteer.normalize("  Côte d'Ivoire ")).isEqualTo("cote divoire");
        assertThat(Gazetteer.normalize("Straße")).isEqualTo("strasse");
        assertThat(Gazetteer.normalize("Tromsø")).isEqualTo("tromso");
        assertThat(Gazetteer.normalize("Læsø")).isEqualTo("laeso");
        assertThat(Gazetteer.normalize("Łódź")).isEqualTo("lodz");
        assertThat(Gazetteer.normalize("Diyarbakır")).isEqualTo("diyarbakir");
        assertThat(Gazetteer.normalize("İstanbul")).isEqualTo("istanbul");
        assertThat(Gazetteer.normalize("Ar Raqqah,\tSYRIA")).isEqualTo("ar raqqah syria");
        assertThat(Gazetteer.normalize("")).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> Gazetteer.normalize(null)).withMessage("s");
    }

    @Test
    void sharedIsOneInstanceAndResultsAreImmutable() {
        assertThat(Gazetteer.shared()).isSameAs(g);
        List<City> bamako = g.cities("Bamako");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> bamako.clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatNullPointerException().isThrownBy(() -> g.cities(null)).withMessage("name");
    }

    @Test
    void seatsSpelledLooselyMatchUpToVowelsInTheGivenCountry() {
        assertThat(Names.skeleton("shopian")).isEqualTo(Names.skeleton("shupiyan"));
        assertThat(g.seatsSpelledLike("Shopian", "IN")).extracting(City::name).containsExactly("Shupīyan");
        assertThat(g.seatsSpelledLike("Shopian", "PK")).isEmpty();
        assertThat(g.seatsSpelledLike("Sopor", "IN")).isEmpty();   // skeleton too short to trust
    }
}
