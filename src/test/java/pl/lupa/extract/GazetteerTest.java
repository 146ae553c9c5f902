package pl.lupa.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {

    @TempDir
    Path dir;

    @Test
    void bundledGazetteerHoldsTheCuratedCompanies() {
        Gazetteer gazetteer = Gazetteer.bundled();

        assertThat(gazetteer.size()).isGreaterThanOrEqualTo(250);
        assertThat(gazetteer.canonicalNames())
                .hasSize(gazetteer.size())
                .contains("Microsoft", "Nvidia", "Google", "CD Projekt", "Orange Polska", "11 bit studios");
        assertThat(gazetteer.parentOf("Google")).contains("Alphabet");
        assertThat(gazetteer.parentOf("Microsoft")).isEmpty();
        assertThat(gazetteer.parentOf("No Such Company")).isEmpty();
    }

    @Test
    void everyParentIsItselfACompany() {
        Gazetteer gazetteer = Gazetteer.bundled();
        for (String name : gazetteer.canonicalNames()) {
            gazetteer
                    .parentOf(name)
                    .ifPresent(parent -> assertThat(gazetteer.canonicalNames())
                            .as("parent of " + name)
                            .contains(parent));
        }
    }

    @Test
    void canonicalNamesCannotBeModified() {
        Gazetteer gazetteer = Gazetteer.bundled();
        assertThatThrownBy(() -> gazetteer.canonicalNames().add("Evil Corp"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void missingResourceFailsWithAClearMessage() {
        assertThatThrownBy(() -> Gazetteer.fromResource(getClass().getClassLoader(), "pl/lupa/extract/none.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pl/lupa/extract/none.tsv")
                .hasMessageContaining("missing");
    }

    @Test
    void overridesAddAndReplaceCompanies() throws IOException {
        Path overrides = write("""
                # local additions
                Kwantowo\t\tKwantowo Labs\tKwantowa|Kwantowem
                Google\tAlphabet\tGoogle LLC|Gugiel\t\t
                """);
        Gazetteer bundled = Gazetteer.bundled();
        Gazetteer gazetteer = Gazetteer.withOverrides(overrides);

        assertThat(gazetteer.size()).isEqualTo(bundled.size() + 1);
        assertThat(gazetteer.canonicalNames()).contains("Kwantowo", "Google");
        assertThat(gazetteer.parentOf("Google")).contains("Alphabet");

        EntityExtractor extractor = new EntityExtractor(gazetteer);
        assertThat(extractor
                        .extract("Umowa z Kwantowem i wyniki Kwantowo Labs. Gugiel rośnie.", LocalDate.of(2024, 1, 1))
                        .companies())
                .containsExactly("Kwantowo", "Google");
        // the replaced line no longer lists Google'a by hand; the generated forms still find it
        assertThat(extractor.extract("Sąd ukarał Google'a.", null).companies()).containsExactly("Google");
    }

    @Test
    void overridesCanReparentACompany() throws IOException {
        Gazetteer gazetteer = Gazetteer.withOverrides(write("Waymo\tGoogle\n"));
        assertThat(gazetteer.parentOf("Waymo")).contains("Google");
        assertThat(Gazetteer.bundled().parentOf("Waymo")).contains("Alphabet");
    }

    @Test
    void malformedLineIsReportedWithItsNumber() throws IOException {
        Path tooManyColumns = write("# comment\nGood Company\n\nBad\tx\ty\tz\tambiguous\tOld Bad\textra\n");
        assertThatThrownBy(() -> Gazetteer.withOverrides(tooManyColumns))
                .isInstanceOf(GazetteerFormatException.class)
                .hasMessageContaining("line 4")
                .hasMessageContaining("columns")
                .satisfies(e ->
                        assertThat(((GazetteerFormatException) e).lineNumber()).isEqualTo(4));

        Path formerAndCurrent = write("Fine\nNew\t\tOld\t\t\tOld\n");
        assertThatThrownBy(() -> Gazetteer.withOverrides(formerAndCurrent))
                .isInstanceOf(GazetteerFormatException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("'Old' is both a former name and a current name");

        Path emptyName = write("Fine\n\tParent\n");
        assertThatThrownBy(() -> Gazetteer.withOverrides(emptyName))
                .isInstanceOf(GazetteerFormatException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("name");

        Path unknownFlag = write("Fine\t\t\t\tambigous\n");
        assertThatThrownBy(() -> Gazetteer.withOverrides(unknownFlag))
                .isInstanceOf(GazetteerFormatException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("ambigous");

        Path duplicate = write("Twice\nOnce\nTwice\n");
        assertThatThrownBy(() -> Gazetteer.withOverrides(duplicate))
                .isInstanceOf(GazetteerFormatException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("Twice");
    }

    @Test
    void missingOverridesFileIsAnIoError() {
        assertThatThrownBy(() -> Gazetteer.withOverrides(dir.resolve("absent.tsv")))
                .isInstanceOf(IOException.class);
    }

    @Test
    void headerLineAndTrailingColumnsAreOptional() {
        Gazetteer gazetteer = Gazetteer.fromTsv("name\tparent\taliases\tforms\tflags\nAlpha\nBeta\tAlpha\n");
        assertThat(gazetteer.canonicalNames()).containsExactly("Alpha", "Beta");
        assertThat(gazetteer.parentOf("Beta")).contains("Alpha");
    }

    private Path write(String content) throws IOException {
        Path file = Files.createTempFile(dir, "companies", ".tsv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
