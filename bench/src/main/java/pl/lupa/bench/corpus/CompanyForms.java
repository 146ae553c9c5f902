package pl.lupa.bench.corpus;

import java.util.List;

/**
 * A company as Polish news writes it in each grammatical case. The canonical name is the one
 * the gazetteer uses, so the generated mentions are what extraction must recognise and the
 * {@code company=} filters of the query mix name real facet values.
 *
 * @param locative with its preposition: {@code w Microsofcie}
 */
record CompanyForms(
        String canonical,
        String nominative,
        String genitive,
        String dative,
        String accusative,
        String instrumental,
        String locative) {

    /** A name Polish does not decline (Allegro, Orange Polska, OpenAI). */
    static CompanyForms indeclinable(String name) {
        return new CompanyForms(name, name, name, name, name, name, "w " + name);
    }

    static final List<CompanyForms> ALL = List.of(
            new CompanyForms(
                    "Microsoft",
                    "Microsoft",
                    "Microsoftu",
                    "Microsoftowi",
                    "Microsoft",
                    "Microsoftem",
                    "w Microsofcie"),
            new CompanyForms("Nvidia", "Nvidia", "Nvidii", "Nvidii", "Nvidię", "Nvidią", "w Nvidii"),
            new CompanyForms("Google", "Google", "Google'a", "Google'owi", "Google'a", "Googlem", "w Google'u"),
            new CompanyForms(
                    "CD Projekt",
                    "CD Projekt",
                    "CD Projektu",
                    "CD Projektowi",
                    "CD Projekt",
                    "CD Projektem",
                    "w CD Projekcie"),
            new CompanyForms("Samsung", "Samsung", "Samsunga", "Samsungowi", "Samsunga", "Samsungiem", "w Samsungu"),
            new CompanyForms("Intel", "Intel", "Intela", "Intelowi", "Intela", "Intelem", "w Intelu"),
            indeclinable("Allegro"),
            new CompanyForms("InPost", "InPost", "InPostu", "InPostowi", "InPost", "InPostem", "w InPoście"),
            indeclinable("Orange Polska"),
            new CompanyForms("Amazon", "Amazon", "Amazonu", "Amazonowi", "Amazon", "Amazonem", "w Amazonie"),
            new CompanyForms("Apple", "Apple", "Apple'a", "Apple'owi", "Apple'a", "Apple'em", "w Apple'u"),
            new CompanyForms("Meta", "Meta", "Mety", "Mecie", "Metę", "Metą", "w Mecie"),
            new CompanyForms("IBM", "IBM", "IBM-u", "IBM-owi", "IBM", "IBM-em", "w IBM-ie"),
            indeclinable("OpenAI"),
            new CompanyForms("Tesla", "Tesla", "Tesli", "Tesli", "Teslę", "Teslą", "w Tesli"),
            new CompanyForms(
                    "Techland", "Techland", "Techlandu", "Techlandowi", "Techland", "Techlandem", "w Techlandzie"),
            new CompanyForms("Comarch", "Comarch", "Comarchu", "Comarchowi", "Comarch", "Comarchem", "w Comarchu"),
            indeclinable("Asseco"),
            new CompanyForms("Netflix", "Netflix", "Netflixa", "Netflixowi", "Netflixa", "Netflixem", "w Netflixie"),
            indeclinable("TSMC"),
            indeclinable("Anthropic"));
}
