package pl.lupa.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyRecognizerTest {

    private static final Lemmas LEMMAS = new Lemmas();

    private final MoneyRecognizer money = new MoneyRecognizer(LEMMAS);

    private List<Amount> amounts(String text) {
        return money.find(Tokens.of(text)).stream()
                .map(MoneyRecognizer.Found::amount)
                .toList();
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            13 miliardów dolarów        | 13000000000    | USD
            6,6 mld dol.                | 6600000000     | USD
            650 mln USD                 | 650000000      | USD
            120 mln $                   | 120000000      | USD
            $5 mld                      | 5000000000     | USD
            $20 mln                     | 20000000       | USD
            US$3 mld                    | 3000000000     | USD
            250 tys. dolarów            | 250000         | USD
            10 000 000 dolarów          | 10000000       | USD
            3,5 mln zł                  | 3500000        | PLN
            800 mln złotych             | 800000000      | PLN
            1,2 mld PLN                 | 1200000000     | PLN
            2 złote                     | 2              | PLN
            1 złoty                     | 1              | PLN
            2 mld euro                  | 2000000000     | EUR
            105 mln EUR                 | 105000000      | EUR
            500 mln €                   | 500000000      | EUR
            €2 mld                      | 2000000000     | EUR
            30 mln funtów               | 30000000       | GBP
            £1 mld                      | 1000000000     | GBP
            10 mln GBP                  | 10000000       | GBP
            3 funty                     | 3              | GBP
            pół miliarda dolarów        | 500000000      | USD
            półtora miliarda dolarów    | 1500000000     | USD
            5 tysięcy złotych           | 5000           | PLN
            1,5 tysiąca złotych         | 1500           | PLN
            2 tysiące złotych           | 2000           | PLN
            1 milion złotych            | 1000000        | PLN
            1,5 miliona euro            | 1500000        | EUR
            5 milionów dolarów          | 5000000        | USD
            2 miliony złotych           | 2000000        | PLN
            1 miliard dolarów           | 1000000000     | USD
            1,5 miliarda euro           | 1500000000     | EUR
            4 miliardy złotych          | 4000000000     | PLN
            3,9 bln USD                 | 3900000000000  | USD
            1 bilion dolarów            | 1000000000000  | USD
            1 biliona dolarów           | 1000000000000  | USD
            15 bilionów dolarów         | 15000000000000 | USD
            3 biliony dolarów           | 3000000000000  | USD
            1 dolar                     | 1              | USD
            2 dolary                    | 2              | USD
            1,255 mln zł                | 1255000        | PLN
            USD 5 mln                   | 5000000        | USD
            """)
    void readsEveryNotation(String text, BigDecimal value, String currency) {
        assertThat(amounts("Kwota wyniosła " + text + " w sumie.")).containsExactly(Amount.of(text, value, currency));
    }

    @Test
    void acceptsNonBreakingSpacesAsThousandSeparators() {
        assertThat(amounts("Grant 10\u00A0000\u00A0000 dolarów i nagroda 2\u202F500\u202F000 zł."))
                .containsExactly(
                        Amount.of("10\u00A0000\u00A0000 dolarów", dec("10000000"), "USD"),
                        Amount.of("2\u202F500\u202F000 zł", dec("2500000"), "PLN"));
    }

    @Test
    void setsUsdOnlyForDollars() {
        assertThat(amounts("Zapłacono 5 mln dolarów i 3 mln zł."))
                .extracting(Amount::usd)
                .containsExactly(dec("5000000"), null);
    }

    /** Values are exact and keep the decimals as written; a scale word leaves a plain whole number. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            62,40 zł           | 62.40      | PLN
            59,99 dolara       | 59.99      | USD
            12,5 zł            | 12.5       | PLN
            0,10 zł            | 0.10       | PLN
            1,0005 tys. euro   | 1000.5     | EUR
            2,25 tys. zł       | 2250       | PLN
            6,6 mld dol.       | 6600000000 | USD
            pół miliarda euro  | 500000000  | EUR
            2.500 zł           | 2500       | PLN
            $19,99             | 19.99      | USD
            """)
    void keepsDecimalsExactly(String text, String value, String currency) {
        List<Amount> found = amounts("Cena: " + text + " i koniec.");
        assertThat(found).containsExactly(Amount.of(text, dec(value), currency));
        // what JSON prints: the number as written, never with an exponent ("6.6E+9")
        assertThat(found.get(0).value().toString()).isEqualTo(value);
    }

    /** Grosze after złote join them; grosze or cents alone are a fraction of the unit. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chleb kosztuje 2 zł 99 gr, a nie więcej.             | 2 zł 99 gr            | 2.99 | PLN
            Bilet kosztuje 3 złote 50 groszy od dziś.            | 3 złote 50 groszy     | 3.50 | PLN
            Opłata wynosi 2 zł 5 gr za przelew.                  | 2 zł 5 gr             | 2.05 | PLN
            Bułka kosztuje 99 gr w sklepie.                      | 99 gr                 | 0.99 | PLN
            Za SMS operator liczy 20 groszy.                     | 20 groszy             | 0.20 | PLN
            Akcja kosztuje 5 dolarów 50 centów na zamknięciu.    | 5 dolarów 50 centów   | 5.50 | USD
            Kurs spadł o 50 centów w ciągu dnia.                 | 50 centów             | 0.50 | USD
            Kawa kosztuje 2 euro 50 centów we Włoszech.          | 2 euro 50 centów      | 2.50 | EUR
            Opłata wynosi 20 eurocentów od transakcji.           | 20 eurocentów         | 0.20 | EUR
            Znaczek kosztuje 3 funty 20 pensów w Londynie.       | 3 funty 20 pensów     | 3.20 | GBP
            """)
    void readsGroszeAndCents(String sentence, String text, String value, String currency) {
        assertThat(amounts(sentence))
                .extracting(Amount::text, Amount::value, Amount::currency)
                .containsExactly(tuple(text, dec(value), currency));
    }

    @Test
    void aHundredGroszeOrMoreAreNoPrice() {
        // prices from a złoty up are written in złote: this is a weight
        assertThat(amounts("Telefon waży 190 gr bez etui.")).isEmpty();
    }

    @Test
    void groszeJoinOnlyAWholeAmountWithoutAScale() {
        assertThat(amounts("Wpływy wyniosły 1,5 mln zł 20 gr, a opłata 2,50 zł 10 gr."))
                .extracting(Amount::text)
                .containsExactly("1,5 mln zł", "20 gr", "2,50 zł", "10 gr");
    }

    /**
     * A price or rate per unit carries the unit's lemma; the rule reads only what follows the
     * amount: a preposition and a unit noun in the singular, a frequency adverb, a slash.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Musk zapłaci 54,20 dolara za akcję Twittera.                  | 54,20 dolara      | 54.20    | USD | akcja
            Zapłacił 5 dolarów za akcję.                                  | 5 dolarów         | 5        | USD | akcja
            Koncern zapłaci po 95 dolarów za akcję, w całości gotówką.    | 95 dolarów        | 95       | USD | akcja
            Musk zapłaci 54,20 dolara w gotówce za każdą akcję.           | 54,20 dolara      | 54.20    | USD | akcja
            Cena to $54,20 za akcję.                                      | $54,20            | 54.20    | USD | akcja
            Spółka wypłaci 3 zł na akcję dywidendy.                       | 3 zł              | 3        | PLN | akcja
            Dywidenda wyniesie 1,20 zł od akcji.                          | 1,20 zł           | 1.20     | PLN | akcja
            Akceleratory kosztują 30 tys. dolarów za sztukę.              | 30 tys. dolarów   | 30000    | USD | sztuka
            Chipy sprzedaje po 2 dolary za sztukę.                        | 2 dolary          | 2        | USD | sztuka
            Ropa kosztuje 70 dolarów za baryłkę.                          | 70 dolarów        | 70       | USD | baryłka
            Konsultant bierze 300 zł za godzinę pracy.                    | 300 zł            | 300      | PLN | godzina
            Dysk w chmurze kosztuje 0,02 dolara za gigabajt.              | 0,02 dolara       | 0.02     | USD | gigabajt
            Stal podrożała do 800 dolarów za tonę.                        | 800 dolarów       | 800      | USD | tona
            Benzyna kosztuje 6,50 zł za litr.                             | 6,50 zł           | 6.50     | PLN | litr
            Wejściówka kosztuje 50 zł za osobę.                           | 50 zł             | 50       | PLN | osoba
            Licencja kosztuje 20 dolarów za użytkownika.                  | 20 dolarów        | 20       | USD | użytkownik
            Abonament kosztuje 10 dolarów miesięcznie.                    | 10 dolarów        | 10       | USD | miesiąc
            Inżynierowie zarabiają 300 tys. zł rocznie.                   | 300 tys. zł       | 300000   | PLN | rok
            Serwis zarabia 2 mln dolarów tygodniowo.                      | 2 mln dolarów     | 2000000  | USD | tydzień
            Chatbot kosztuje firmę 700 tys. dolarów dziennie.             | 700 tys. dolarów  | 700000   | USD | dzień
            Spółka płaci 5 mln zł kwartalnie.                             | 5 mln zł          | 5000000  | PLN | kwartał
            Subskrypcja kosztuje 12 euro na miesiąc.                      | 12 euro           | 12       | EUR | miesiąc
            Utrzymanie to 2 mln dolarów na rok.                           | 2 mln dolarów     | 2000000  | USD | rok
            Chmura kosztuje 15 dolarów na użytkownika.                    | 15 dolarów        | 15       | USD | użytkownik
            Gmina wydaje 300 zł na mieszkańca.                            | 300 zł            | 300      | PLN | mieszkaniec
            Wycieczka kosztuje 200 zł od osoby.                           | 200 zł            | 200      | PLN | osoba
            Pakiet kosztuje 49 zł/mies. bez umowy.                        | 49 zł             | 49       | PLN | miesiąc
            Pakiet kosztuje 49 zł/m-c bez umowy.                          | 49 zł             | 49       | PLN | miesiąc
            Energia kosztuje 600 zł/MWh w hurcie.                         | 600 zł            | 600      | PLN | megawatogodzina
            Programista bierze $150/h za konsultacje.                     | $150              | 150      | USD | godzina
            PKB wynosi 20 tys. dolarów per capita.                        | 20 tys. dolarów   | 20000    | USD | głowa
            Transfer kosztuje 0,09 dolara za 1 GB danych.                 | 0,09 dolara       | 0.09     | USD | gigabajt
            Prąd kosztuje 0,80 zł za kWh w taryfie.                       | 0,80 zł           | 0.80     | PLN | kilowatogodzina
            Serwery kosztują 5 mld dolarów co roku.                       | 5 mld dolarów     | 5000000000 | USD | rok
            Rynek jest wart 2 mld dolarów w skali roku.                   | 2 mld dolarów     | 2000000000 | USD | rok
            Usługa kosztuje 9 dolarów netto miesięcznie.                  | 9 dolarów         | 9        | USD | miesiąc
            Przesyłka kosztuje 2 zł 99 gr za sztukę.                      | 2 zł 99 gr        | 2.99     | PLN | sztuka
            """)
    void pricesPerUnitCarryTheUnit(String sentence, String text, String value, String currency, String per) {
        List<Amount> found = amounts(sentence);
        assertThat(found).containsExactly(Amount.of(text, dec(value), currency, per));
        assertThat(found.get(0).sumUsd()).as("a price per unit is no sum").isNull();
    }

    /**
     * Hard negatives: a preposition before the amount, a plural (something bought), a particular
     * year or period, a purpose, a source of the money, a word that is no unit.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Za 2 mld dolarów kupił firmę.                                  | 2 mld dolarów
            Za każdą akcję inwestorzy dostaną 2 dolary.                    | 2 dolary
            Spółka zarobiła 10 mln dolarów za rok 2023.                    | 10 mln dolarów
            Grupa pokazała 5 mld zł zysku za rok obrotowy.                 | 5 mld zł
            Zapłacił 5 mld dolarów za akcje spółki.                        | 5 mld dolarów
            Fundusz wydał 3 mld zł na akcje banków.                        | 3 mld zł
            Subskrypcja kosztuje 1 dolar za pierwszy miesiąc.              | 1 dolar
            Firma przeznaczy 5 mln zł na akcję charytatywną.               | 5 mln zł
            Booksy pozyskało 70 mln dolarów na ekspansję w Europie.        | 70 mln dolarów
            Microsoft wyda 1 mld dolarów na centrum danych.                | 1 mld dolarów
            Inflection otrzymał 650 mln USD za licencję na modele.         | 650 mln USD
            Startup dostał 10 mln dolarów od klienta z USA.                | 10 mln dolarów
            Startup zebrał 19 mln dolarów od inwestorów.                   | 19 mln dolarów
            Spółka traci 5 mln dolarów od miesiąca.                        | 5 mln dolarów
            Umowa na 2 mld dolarów na dzień 31 grudnia wygasła.            | 2 mld dolarów
            Wydatki wzrosły o 5 mld dolarów rok do roku.                   | 5 mld dolarów
            Firma straciła 40 mld dolarów od 2020 roku.                    | 40 mld dolarów
            Zakup za 30 mld dolarów za kilka lat się zwróci.               | 30 mld dolarów
            Meta wydała 5 mld dolarów, co zaskoczyło rynek.                | 5 mld dolarów
            """)
    void sumsCarryNoUnit(String sentence, String text) {
        List<Amount> found = amounts(sentence);
        assertThat(found).extracting(Amount::text).containsExactly(text);
        assertThat(found.get(0).per()).isNull();
    }

    @Test
    void bothEndsOfARangeShareTheUnit() {
        assertThat(amounts("Akceleratory kosztują 25–40 tys. dolarów za sztukę."))
                .containsExactly(
                        Amount.of("25", dec("25000"), "USD", "sztuka"),
                        Amount.of("40 tys. dolarów", dec("40000"), "USD", "sztuka"));
    }

    /** The rule finds units by their lemmas in the dictionary: a unit it does not know would never match. */
    @Test
    void everyUnitIsANounTheDictionaryKnows() {
        List<String> unknown = PerUnit.UNITS.stream()
                .filter(unit -> LEMMAS.readings(Tokens.of(unit), 0).stream()
                        .noneMatch(r -> r.lemma().equals(unit) && r.is("subst", "sg")))
                .toList();
        assertThat(unknown).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            koszt od 5 do 7 mld dolarów                  | 5   | 5000000000 | 7 mld dolarów  | 7000000000 | USD
            kosztuje 5–7 mln zł                          | 5   | 5000000    | 7 mln zł       | 7000000    | PLN
            kosztuje 5-7 mln zł                          | 5   | 5000000    | 7 mln zł       | 7000000    | PLN
            warta między 2 a 3 mld dolarów               | 2   | 2000000000 | 3 mld dolarów  | 3000000000 | USD
            zarabiają od 200 do 300 tys. zł              | 200 | 200000     | 300 tys. zł    | 300000     | PLN
            kosztują 25–40 tys. dolarów                  | 25  | 25000      | 40 tys. dolarów| 40000      | USD
            od 5 mln do 7 mln zł                         | 5 mln | 5000000  | 7 mln zł       | 7000000    | PLN
            spadły z 7 do 5 mld zł                       | 7   | 7000000000 | 5 mld zł       | 5000000000 | PLN
            od 5 do 7 mld dolarów kanadyjskich           | 5   | 5000000000 | 7 mld dolarów kanadyjskich | 7000000000 | CAD
            """)
    void rangesGiveTwoAmountsSharingScaleAndCurrency(
            String text, String firstText, BigDecimal first, String secondText, BigDecimal second, String currency) {
        assertThat(amounts(text))
                .containsExactly(Amount.of(firstText, first, currency), Amount.of(secondText, second, currency));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Firma zatrudnia 15 tys. pracowników.",
                "Komunikator ma 300 mln użytkowników.",
                "Kurs spadł o 8 proc., a udział wzrósł do 8%.",
                "W 2024 roku i w 2023 r. spółka rosła.",
                "Infolinia działa pod numerem +48 22 123 45 67.",
                "Proces 3 nm i karta RTX 4090.",
                "Wersja 1.2.3 i wersja 2.0 są dostępne.",
                "Model ma 10 mld parametrów.",
                "Spółka wydała kilkadziesiąt milionów złotych.",
                "Od 2019 do 2023 roku liczba klientów wzrosła.",
            })
    void ignoresQuantitiesThatAreNotMoney(String text) {
        assertThat(amounts(text)).isEmpty();
    }

    @Test
    void aDashBetweenAYearAndAnAmountIsNoRange() {
        assertThat(amounts("W 2024 r. wyniosły 3 mld zł, w 2023 – 2,5 mld zł."))
                .containsExactly(
                        Amount.of("3 mld zł", dec("3000000000"), "PLN"),
                        Amount.of("2,5 mld zł", dec("2500000000"), "PLN"));
    }

    /**
     * Another country's dollar — by an adjective in any form agreeing with "dolar", by the
     * country in the genitive, by its code or its marked sign — has its own code and no dollar
     * value; Lupa converts nothing.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Zapłacono 15000 dolarów zimbabwe za bochenek.             | 15000 dolarów zimbabwe           | 15000      | ZWL
            Chleb kosztował 100 mld dolarów Zimbabwe.                 | 100 mld dolarów Zimbabwe         | 100000000000 | ZWL
            Pensja to 15000 dolarów zimbabweańskich miesięcznie.      | 15000 dolarów zimbabweańskich    | 15000      | ZWL
            Transakcja za 5 mld dolarów kanadyjskich.                 | 5 mld dolarów kanadyjskich       | 5000000000 | CAD
            Bochenek kosztował 10 mln dolarów zimbabweńskich.         | 10 mln dolarów zimbabweńskich    | 10000000   | ZWL
            Ropa kosztuje 1 mln dolarów brunejskich dziennie.         | 1 mln dolarów brunejskich        | 1000000    | BND
            Kurs wzrósł: 1 dolar kanadyjski w górę.                   | 1 dolar kanadyjski               | 1          | CAD
            Spółka wyceniona na 2 mld dolarów australijskich.         | 2 mld dolarów australijskich     | 2000000000 | AUD
            Zysk wyniósł 300 mln dolarów nowozelandzkich.             | 300 mln dolarów nowozelandzkich  | 300000000  | NZD
            Fundusz ma 4 mld dolarów singapurskich.                   | 4 mld dolarów singapurskich      | 4000000000 | SGD
            Akcje za 3 mld dolarów hongkońskich.                      | 3 mld dolarów hongkońskich       | 3000000000 | HKD
            Oferta na 12 mld dolarów Hongkongu.                       | 12 mld dolarów Hongkongu         | 12000000000 | HKD
            Oferta na 12 mld dolarów Hong Kongu.                      | 12 mld dolarów Hong Kongu        | 12000000000 | HKD
            TSMC zarobił 250 mld dolarów tajwańskich.                 | 250 mld dolarów tajwańskich      | 250000000000 | TWD
            TSMC zarobił 250 mld dol. tajwańskich.                    | 250 mld dol. tajwańskich         | 250000000000 | TWD
            Inwestycja za 2 mld dolarów jamajskich.                   | 2 mld dolarów jamajskich         | 2000000000 | JMD
            Zapłacono 2 dolary kanadyjskie za kawę.                   | 2 dolary kanadyjskie             | 2          | CAD
            Kurs 1 dolara kanadyjskiego wzrósł.                       | 1 dolara kanadyjskiego           | 1          | CAD
            Rozliczenia w 5 mld dolarach australijskich ruszyły.      | 5 mld dolarach australijskich    | 5000000000 | AUD
            Runda na 20 mln CAD zamknięta.                            | 20 mln CAD                       | 20000000   | CAD
            Runda na AUD 20 mln zamknięta.                            | AUD 20 mln                       | 20000000   | AUD
            Runda na C$20 mln zamknięta.                              | C$20 mln                         | 20000000   | CAD
            Runda na A$20 mln zamknięta.                              | A$20 mln                         | 20000000   | AUD
            Runda na HK$20 mln zamknięta.                             | HK$20 mln                        | 20000000   | HKD
            Runda na S$20 mln zamknięta.                              | S$20 mln                         | 20000000   | SGD
            Runda na NZ$20 mln zamknięta.                             | NZ$20 mln                        | 20000000   | NZD
            Runda na NT$20 mln zamknięta.                             | NT$20 mln                        | 20000000   | TWD
            Runda na 20 mln HK$ zamknięta.                            | 20 mln HK$                       | 20000000   | HKD
            Runda na 20 mln SGD i koniec.                             | 20 mln SGD                       | 20000000   | SGD
            """)
    void otherCountriesDollarsHaveTheirOwnCode(String sentence, String text, BigDecimal value, String currency) {
        List<Amount> found = amounts(sentence);
        assertThat(found)
                .extracting(Amount::text, Amount::value, Amount::currency)
                .containsExactly(tuple(text, value, currency));
        assertThat(found.get(0).usd()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Transakcja za 2 mld dolarów amerykańskich.                | 2 mld dolarów amerykańskich
            Rezerwy to 5 mld dolarów USA.                             | 5 mld dolarów USA
            Przekazał 5 mln dolarów kanadyjskiemu funduszowi.         | 5 mln dolarów
            Przekazał 5 mln dolarów kanadyjskiej firmie.              | 5 mln dolarów
            Spółka z Kanady zebrała 5 mln dolarów Kanady.             | 5 mln dolarów
            Wzięła 5 mld dolarów Singapurowi i tyle.                  | 5 mld dolarów
            Zebrali US$3 mld w rundzie.                               | US$3 mld
            """)
    void americanDollarsStayAmerican(String sentence, String text) {
        List<Amount> found = amounts(sentence);
        assertThat(found).extracting(Amount::text, Amount::currency).containsExactly(tuple(text, "USD"));
        assertThat(found.get(0).usd()).isEqualTo(found.get(0).value());
    }

    @Test
    void otherCountriesDollarsAreNotUsDollars() {
        assertThat(amounts("Transakcja za 5 mld dolarów kanadyjskich i 2 mld dolarów."))
                .extracting(Amount::currency, Amount::usd)
                .containsExactly(tuple("CAD", null), tuple("USD", dec("2000000000")));
    }

    @Test
    void textRunsFromTheNumberToTheEndOfTheCurrency() {
        assertThat(amounts("Zebrali $20 mln. Potem 4 mln $. Wreszcie 750 mln dol. i £2,9 mld."))
                .extracting(Amount::text)
                .containsExactly("$20 mln", "4 mln $", "750 mln dol.", "£2,9 mld");
    }

    @Test
    void keepsOrderOfAppearance() {
        assertThat(amounts("Spółka zarobiła 1,2 mld euro, czyli ponad 5 mld zł, a wydała 3 mln USD."))
                .extracting(Amount::currency)
                .containsExactly("EUR", "PLN", "USD");
    }
}
