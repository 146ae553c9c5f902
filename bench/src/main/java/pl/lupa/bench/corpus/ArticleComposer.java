package pl.lupa.bench.corpus;

import java.time.LocalDate;
import java.util.List;

/**
 * Composes one synthetic article: a headline and 2–3 KB of body built from real sentences of
 * the pool, with sentences about companies (inflected), money and dates woven in, so indexing
 * pays for extraction as it would on real news. Everything comes from the article's own random
 * stream: article {@code i} is the same whatever was generated before it.
 */
final class ArticleComposer {

    static final int MIN_BODY_BYTES = 1_800;
    static final int BODY_BYTES_SPREAD = 1_000;
    /** Published between these days, inclusive. */
    static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);

    static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 31);

    private static final List<String> ENTITY_SENTENCES = List.of(
            "Spółka {nom} ogłosiła {date}, że przeznaczy {amount} na {topic}.",
            "Według szacunków analityków wartość {gen} przekracza już {amount}.",
            "Przedstawiciele {gen} poinformowali, że umowa opiewa na {amount}.",
            "Kontrakt z {inst} o wartości {amount} podpisano {date}.",
            "{loc} nad projektem pracuje obecnie kilkaset osób, a jego budżet sięga {amount}.",
            "Inwestorzy wyceniają {acc} na {amount}, podaje agencja.",
            "Zarząd {gen} zapowiedział {date} inwestycje rzędu {amount} w {topic}.",
            "Konkurencja z {inst} kosztowała rynek {amount} w ubiegłym kwartale.",
            "Regulatorzy nałożyli na {acc} karę w wysokości {amount}.",
            "Jak ustaliliśmy, {nom} rozmawia z {other_inst} o współpracy wartej {amount}.",
            "Jeszcze {date} akcje {gen} taniały, a kapitalizacja spadła o {amount}.",
            "Partnerstwo {gen} i {other_gen} ma przynieść {amount} przychodu.",
            "Startup, w który zainwestowała spółka {nom}, pozyskał {amount}.",
            "Rada nadzorcza przyznała {dat} zgodę na emisję obligacji za {amount}.",
            "{date} {other_nom} i {nom} ogłosiły wspólny fundusz o wartości {amount}.");
    private static final List<String> HEADLINES = List.of(
            "{nom} inwestuje {amount} w {topic}",
            "{nom} przejmuje startup za {amount}",
            "Rekordowy kwartał {gen}: przychody sięgnęły {amount}",
            "Umowa z {inst} warta {amount}",
            "Kara dla {gen}: {amount}",
            "{nom} i {other_nom} łączą siły",
            "Co dalej z {inst}? Analitycy liczą na {amount}",
            "{loc} powstaje nowy dział za {amount}");
    private static final List<String> TOPICS = List.of(
            "centra danych",
            "sztuczną inteligencję",
            "rozwój chmury obliczeniowej",
            "fabrykę półprzewodników",
            "polskie startupy",
            "cyberbezpieczeństwo",
            "nowe studio w Krakowie",
            "sieć automatów paczkowych",
            "badania nad modelami językowymi",
            "infrastrukturę 5G",
            "centrum badawczo-rozwojowe w Warszawie",
            "produkcję gier",
            "szkolenia programistów",
            "energię dla serwerowni");
    private static final List<String> SOURCES = List.of(
            "Bajtel",
            "Krzemowa Dolina PL",
            "Puls Technologii",
            "Serwis Cyfrowy",
            "TechRynek",
            "Nowy Kod",
            "Agencja Depesz Technologicznych");
    private static final List<String> FIRST_NAMES = List.of(
            "Anna",
            "Piotr",
            "Katarzyna",
            "Tomasz",
            "Magdalena",
            "Michał",
            "Agnieszka",
            "Paweł",
            "Joanna",
            "Marcin",
            "Ewa",
            "Krzysztof",
            "Aleksandra",
            "Jakub",
            "Monika",
            "Łukasz",
            "Zofia",
            "Bartosz");
    private static final List<String> LAST_NAMES = List.of(
            "Nowak",
            "Kowalska",
            "Wiśniewski",
            "Wójcik",
            "Kamińska",
            "Lewandowski",
            "Zielińska",
            "Szymański",
            "Woźniak",
            "Dąbrowska",
            "Kozłowski",
            "Jankowska",
            "Mazur",
            "Krawczyk",
            "Piotrowska",
            "Grabowski");

    /** A generated article, before it is written as a JSON line. */
    record Composed(String id, String title, String text, LocalDate date, String source, String author, String url) {}

    private final SentencePool pool;
    private final long seed;

    ArticleComposer(SentencePool pool, long seed) {
        this.pool = pool;
        this.seed = seed;
    }

    Composed compose(long index) {
        BenchRandom r = BenchRandom.forItem(seed, index);
        String id = String.format("bench-%07d", index + 1);
        int days = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
        LocalDate date = FIRST_DAY.plusDays(r.nextInt(days));
        CompanyForms main = r.pick(CompanyForms.ALL);
        String title = r.chance(0.6) ? fill(r.pick(HEADLINES), r, main, date) : stripFinalStop(r.pick(pool.titles()));
        String text = body(r, main, date);
        String author = r.pick(FIRST_NAMES) + " " + r.pick(LAST_NAMES);
        String url = String.format("https://example.org/%d/%02d/%s", date.getYear(), date.getMonthValue(), id);
        return new Composed(id, title, text, date, r.pick(SOURCES), author, url);
    }

    /** Paragraphs of 2–5 sentences until the target size; about one sentence in five names a company. */
    private String body(BenchRandom r, CompanyForms main, LocalDate date) {
        int target = MIN_BODY_BYTES + r.nextInt(BODY_BYTES_SPREAD);
        var out = new StringBuilder(target + 400);
        out.append(fill(r.pick(ENTITY_SENTENCES), r, main, date));
        int bytes = utf8Length(out);
        int inParagraph = 1;
        int paragraphLength = r.between(2, 5);
        while (bytes < target) {
            String sentence = r.chance(0.2)
                    ? fill(r.pick(ENTITY_SENTENCES), r, r.chance(0.6) ? main : r.pick(CompanyForms.ALL), date)
                    : r.pick(pool.sentences());
            String separator = inParagraph == paragraphLength ? "\n\n" : " ";
            if (inParagraph == paragraphLength) {
                inParagraph = 0;
                paragraphLength = r.between(2, 5);
            }
            out.append(separator).append(sentence);
            bytes += separator.length() + utf8Length(sentence);
            inParagraph++;
        }
        return out.toString();
    }

    private String fill(String template, BenchRandom r, CompanyForms company, LocalDate published) {
        CompanyForms other = r.pick(CompanyForms.ALL);
        if (other.equals(company)) {
            other = CompanyForms.ALL.get((CompanyForms.ALL.indexOf(other) + 1) % CompanyForms.ALL.size());
        }
        String s = template.replace("{nom}", company.nominative())
                .replace("{gen}", company.genitive())
                .replace("{dat}", company.dative())
                .replace("{acc}", company.accusative())
                .replace("{inst}", company.instrumental())
                .replace("{loc}", company.locative())
                .replace("{other_nom}", other.nominative())
                .replace("{other_gen}", other.genitive())
                .replace("{other_inst}", other.instrumental())
                .replace("{topic}", r.pick(TOPICS));
        // Drawn only when the template asks, so a template without them uses no random numbers.
        if (s.contains("{amount}")) {
            s = s.replace("{amount}", EntityPhrases.money(r));
        }
        if (s.contains("{date}")) {
            s = s.replace("{date}", EntityPhrases.date(r, published));
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String stripFinalStop(String title) {
        return title.endsWith(".") ? title.substring(0, title.length() - 1) : title;
    }

    static int utf8Length(CharSequence s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
