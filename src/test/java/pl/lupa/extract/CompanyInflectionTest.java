package pl.lupa.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompanyInflectionTest {

    private static List<String> forms(String name) {
        return CompanyInflection.forms(name).stream()
                .map(CompanyInflection.Form::text)
                .toList();
    }

    @Test
    void masculineStemsSoftenInTheLocative() {
        assertThat(forms("Microsoft")).contains("Microsoftu", "Microsoftowi", "Microsoftem", "Microsofcie");
        assertThat(forms("Techland")).contains("Techlandu", "Techlandzie");
        assertThat(forms("Twitter")).contains("Twittera", "Twitterze");
        assertThat(forms("Amazon")).contains("Amazonu", "Amazonem", "Amazonie");
    }

    @Test
    void velarAndSoftStemsTakeUInTheLocative() {
        assertThat(forms("Facebook"))
                .contains("Facebooka", "Facebookiem", "Facebooku")
                .doesNotContain("Facebooce");
        assertThat(forms("Samsung")).contains("Samsunga", "Samsungiem", "Samsungu");
        assertThat(forms("Intel")).contains("Intela", "Intelem", "Intelu").doesNotContain("Intele");
    }

    @Test
    void finalXIsAlsoWrittenKs() {
        assertThat(forms("Netflix")).contains("Netflixa", "Netfliksa", "Netfliksem", "Netfliksie");
    }

    @Test
    void feminineNamesDecline() {
        assertThat(forms("Nvidia")).contains("Nvidii", "Nvidię", "Nvidią");
        assertThat(forms("Tesla")).contains("Tesli", "Teslę", "Teslą");
        assertThat(forms("Meta")).contains("Mety", "Metę", "Metą", "Mecie");
        assertThat(forms("Orange Polska")).contains("Orange Polski", "Orange Polsce", "Orange Polskę", "Orange Polską");
        assertThat(forms("Wirtualna Polska"))
                .contains("Wirtualnej Polski", "Wirtualnej Polsce", "Wirtualną Polskę", "Wirtualną Polską");
    }

    @Test
    void silentFinalVowelTakesAnApostrophe() {
        assertThat(forms("Google")).contains("Google'a", "Google'owi", "Googlem", "Google'em");
        assertThat(forms("Spotify")).contains("Spotify'a");
    }

    @Test
    void acronymsTakeAHyphen() {
        assertThat(forms("IBM")).contains("IBM-u", "IBM-owi", "IBM-em", "IBM-ie");
        assertThat(forms("OpenAI")).contains("OpenAI-u");
    }

    @Test
    void onlyTheLastWordDeclines() {
        assertThat(forms("CD Projekt")).contains("CD Projektu", "CD Projektem", "CD Projekcie");
    }

    @Test
    void indeclinableEndingsGiveNoForms() {
        assertThat(forms("Allegro")).isEmpty();
        assertThat(forms("Xiaomi")).isEmpty();
        assertThat(forms("Baidu")).isEmpty();
    }

    @Test
    void feminineFormsAreNotEvidenceButMasculineOnesAre() {
        assertThat(CompanyInflection.forms("Meta")).noneMatch(CompanyInflection.Form::distinctive);
        assertThat(CompanyInflection.forms("Amazon")).allMatch(CompanyInflection.Form::distinctive);
    }
}
