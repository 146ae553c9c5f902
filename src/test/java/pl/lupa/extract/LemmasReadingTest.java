package pl.lupa.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How a dictionary reading answers questions of part of speech, number and case. */
class LemmasReadingTest {

    @Test
    void aCaseMatchesWithinAGroupOfCases() {
        var r = Lemmas.Reading.of("duży", "adj:sg:nom.voc:m1.m2.m3:pos");
        assertTrue(r.is("adj", "sg", "nom"));
        assertTrue(r.is("adj", "sg", "voc"));
        assertFalse(r.is("adj", "sg", "gen"));
        assertFalse(r.is("adj", "pl", "nom"));
        assertFalse(r.is("subst", "sg", "nom"));
    }

    @Test
    void aCaseIsAWholeNameInTheList() {
        var r = Lemmas.Reading.of("firma", "subst:sg:inst:f");
        assertTrue(r.is("subst", "sg", "inst"));
        assertFalse(r.is("subst", "sg", "in"));
        assertFalse(r.is("subst", "sg", "nst"));
    }

    @Test
    void nullStandsForAnyPartOfSpeechOrNumber() {
        var r = Lemmas.Reading.of("firma", "subst:pl:nom.acc.voc:f");
        assertTrue(r.is(null, null, "acc"));
        assertTrue(r.is("subst", null, "nom"));
        assertTrue(r.is(null, "pl", "voc"));
        assertFalse(r.is(null, "sg", "nom"));
        assertFalse(r.is(null, null, "gen"));
    }

    @Test
    void anyAlternativeOfAJoinedTagCounts() {
        var r = Lemmas.Reading.of("firma", "subst:sg:gen:f+subst:pl:nom.acc.voc:f");
        assertTrue(r.is("subst", "sg", "gen"));
        assertTrue(r.is("subst", "pl", "nom"));
        assertFalse(r.is("subst", "sg", "nom"));
    }

    /** A tag too short to hold a case (a verb's, an adverb's) holds none, whatever is asked. */
    @ParameterizedTest
    @ValueSource(strings = {"adv", "adv:pos", "conj", "qub"})
    void aTagWithoutACaseHoldsNone(String tag) {
        var r = Lemmas.Reading.of("x", tag);
        assertFalse(r.is(null, null, "nom"));
        assertEquals(tag.split(":")[0].equals("adv"), r.is("adv"));
    }
}
