package pl.lupa.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Feeds and corpora lower-cased by their publisher: names are found without their capitals. */
class CaselessTextTest {

    private static final EntityExtractor EXTRACTOR = new EntityExtractor(Gazetteer.bundled());

    @Test
    void unambiguousNamesAreFoundInLowerCaseText() {
        String text = "na konferencji pojawili się przedstawiciele firm microsoft, red hat i qualcomm. "
                + "szef polskiej dyplomacji mówił o zniesieniu wiz dla obywateli białorusi, a gracze czekają na nowe allegro "
                + "w wykonaniu orkiestry. rozmowy trwały do późnego wieczora i mają być kontynuowane w przyszłym tygodniu.";
        assertThat(CompanyRecognizer.caseless(text)).isTrue();
        assertThat(EXTRACTOR.extract(text, null).companies()).containsExactly("Microsoft", "Red Hat", "Qualcomm");
    }

    @Test
    void ordinaryTextKeepsCaseSensitiveMatching() {
        String text =
                "Szef dyplomacji mówił o zniesieniu wiz. Microsoft i Red Hat podpisały umowę, a meta wyścigu jest blisko. "
                        + "Rozmowy trwały do późnego wieczora i mają być kontynuowane w przyszłym tygodniu w Warszawie.";
        assertThat(CompanyRecognizer.caseless(text)).isFalse();
        assertThat(EXTRACTOR.extract(text, null).companies()).containsExactly("Microsoft", "Red Hat");
    }
}
