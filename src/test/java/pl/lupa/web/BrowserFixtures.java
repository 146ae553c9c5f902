package pl.lupa.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small, hand-written news corpus for the browser tests: seventeen Polish articles over several
 * years, companies named in inflected forms, dollar amounts, some articles without a URL (they
 * open in the in-app view), and one whose text carries markup that must stay text.
 */
final class BrowserFixtures {

    /** How many articles {@link #write} creates. */
    static final int ARTICLES = 17;

    /** Literal markup in the body of {@link #XSS_ID}; it must never run or render as markup. */
    static final String SCRIPT_TEXT = "<script>window.__xss=1</script>";

    static final String BOLD_TEXT = "<b>bold</b>";
    static final String XSS_ID = "2025/luka-w-panelu.md";
    static final String XSS_TITLE = "Luka <img src=x onerror=window.__xss=2> w panelu sklepów internetowych";

    private BrowserFixtures() {}

    private record Doc(String path, String title, String date, String source, String author, String url, String body) {}

    private static final List<Doc> DOCS = List.of(
            new Doc(
                    "2024/microsoft-centrum-danych.md",
                    "Microsoft zbuduje pod Warszawą nowe centrum danych",
                    "2024-10-15",
                    "TechRynek",
                    "Agnieszka Lis",
                    null,
                    """
                    Microsoft ogłosił we wtorek, że pod Warszawą powstanie nowe centrum danych. Inwestycja \
                    ma kosztować około 1 mld dolarów i zakończyć się w 2026 roku.

                    Przedstawiciele Microsoftu nie zdradzili, w której gminie stanie obiekt. W centrach danych \
                    firmy pracować będą serwery usług chmurowych Azure.

                    Dla wielu instytucji możliwość przetwarzania danych w Polsce to warunek wejścia do chmury."""),
            new Doc(
                    "2024/nvidia-rekordowy-kwartal.md",
                    "Nvidia z rekordowym kwartałem dzięki układom dla AI",
                    "2024-08-28",
                    "Puls Technologii",
                    "Paweł Grądzki",
                    "https://example.org/puls/2024/nvidia-rekordowy-kwartal",
                    """
                    Przychody Nvidii w minionym kwartale wyniosły 30 mld dolarów, o ponad połowę więcej niż \
                    rok wcześniej. Za wzrost odpowiadają akceleratory kupowane przez operatorów centrów danych.

                    Analitycy zwracają uwagę, że Nvidię coraz mocniej goni konkurencja, ale popyt wciąż \
                    przewyższa podaż."""),
            new Doc(
                    "2024/google-region-chmurowy.md",
                    "Google rozbudowuje region chmurowy w Warszawie",
                    "2024-03-12",
                    "Serwis Cyfrowy",
                    "Helena Baran",
                    "https://example.org/serwis/2024/google-region",
                    """
                    Google uruchamia kolejną strefę dostępności w Warszawie. Przedstawiciele Google'a mówią \
                    o inwestycji rzędu 250 tys. dolarów w samo szkolenie partnerów.

                    Region chmurowy ma obsługiwać banki i administrację publiczną."""),
            new Doc(
                    "2023/microsoft-openai-inwestycja.md",
                    "Microsoft inwestuje w OpenAI kolejne miliardy",
                    "2023-01-23",
                    "TechRynek",
                    "Agnieszka Lis",
                    null,
                    """
                    Microsoft potwierdził wieloletnią inwestycję w OpenAI. Według nieoficjalnych informacji \
                    chodzi o 10 mld dolarów.

                    Dzięki umowie modele OpenAI trafią do usług Microsoftu, a obliczenia będą prowadzone \
                    w chmurze Azure."""),
            new Doc(
                    "2023/cd-projekt-dodatek.md",
                    "CD Projekt wydał dodatek Widmo wolności",
                    "2023-09-26",
                    "Graj Teraz",
                    "Marek Sowa",
                    "https://example.org/graj/2023/widmo-wolnosci",
                    """
                    CD Projekt wydał długo zapowiadany dodatek do gry Cyberpunk 2077. Akcje CD Projektu \
                    zareagowały wzrostem.

                    Produkcja dodatku kosztowała według szacunków ponad 100 mln dolarów."""),
            new Doc(
                    "2023/intel-fabryka-magdeburg.md",
                    "Intel podpisał umowę na fabrykę w Magdeburgu",
                    "2023-06-19",
                    "Puls Technologii",
                    "Paweł Grądzki",
                    "https://example.org/puls/2023/intel-magdeburg",
                    """
                    Intel zbuduje w Magdeburgu fabrykę półprzewodników wartą ponad 30 mld dolarów. \
                    Zakład testowania układów ma powstać pod Wrocławiem.

                    Rząd Niemiec dopłaci do inwestycji Intela niemal jedną trzecią kosztów."""),
            new Doc(
                    "2022/nvidia-karty-graficzne.md",
                    "Nvidia pokazała nowe karty graficzne dla graczy",
                    "2022-09-20",
                    "Graj Teraz",
                    "Marek Sowa",
                    "https://example.org/graj/2022/nvidia-karty",
                    """
                    Nvidia zaprezentowała nową generację kart graficznych. Najmocniejszy model kosztuje \
                    1599 dolarów.

                    Gracze narzekają na ceny, ale recenzenci chwalą wydajność nowych układów Nvidii."""),
            new Doc(
                    "2022/allegro-wyniki.md",
                    "Allegro podsumowało rok i zapowiada ekspansję",
                    "2022-03-02",
                    "Serwis Cyfrowy",
                    "Helena Baran",
                    "https://example.org/serwis/2022/allegro-wyniki",
                    """
                    Allegro pochwaliło się rekordową liczbą kupujących. Spółka zapowiada wejście na kolejne \
                    rynki Europy Środkowej.

                    Zarząd nie wyklucza przejęć lokalnych sklepów internetowych."""),
            new Doc(
                    "2021/samsung-fabryka-teksas.md",
                    "Samsung wybrał Teksas na nową fabrykę chipów",
                    "2021-11-24",
                    "Puls Technologii",
                    "Paweł Grądzki",
                    "https://example.org/puls/2021/samsung-teksas",
                    """
                    Samsung zainwestuje 17 mld dolarów w fabrykę układów scalonych w Teksasie. \
                    Produkcja ruszy w drugiej połowie dekady.

                    Władze stanu obiecały ulgi podatkowe."""),
            new Doc(
                    "2021/apple-procesory.md",
                    "Apple przenosi komputery Mac na własne procesory",
                    "2021-06-08",
                    "TechRynek",
                    "Agnieszka Lis",
                    null,
                    """
                    Apple kończy przejście z procesorów Intela na układy własnego projektu. \
                    Nowe laptopy działają dłużej na baterii.

                    Deweloperzy dostali narzędzia do przenoszenia aplikacji."""),
            new Doc(
                    "2020/microsoft-region-azure.md",
                    "Microsoft zapowiada region Azure w Polsce",
                    "2020-05-06",
                    "Serwis Cyfrowy",
                    "Bartosz Mielcarek",
                    "https://example.org/serwis/2020/microsoft-azure",
                    """
                    Microsoft zainwestuje w Polsce miliard dolarów. Najważniejszym elementem planu jest \
                    budowa regionu centrów danych Azure.

                    Dotąd klienci Microsoftu korzystali z centrów danych w Holandii i Irlandii."""),
            new Doc(
                    "2020/zoom-rekord.md",
                    "Zoom bije rekordy popularności w czasie pandemii",
                    "2020-04-02",
                    "Puls Technologii",
                    "Paweł Grądzki",
                    "https://example.org/puls/2020/zoom",
                    """
                    Liczba uczestników spotkań w Zoomie przekroczyła 200 milionów dziennie. \
                    Firma zmaga się jednak z zarzutami dotyczącymi prywatności.

                    Szkoły i urzędy szukają bezpieczniejszych narzędzi."""),
            new Doc(
                    "2019/google-polska-chmura.md",
                    "Google otwiera pierwszy region chmurowy w Polsce",
                    "2019-09-26",
                    "Serwis Cyfrowy",
                    "Helena Baran",
                    "https://example.org/serwis/2019/google-chmura",
                    """
                    Google Cloud uruchomi w Warszawie region centrów danych. Partnerem Googlem został \
                    Operator Chmury Krajowej.

                    Region ma składać się z trzech stref dostępności."""),
            new Doc(
                    "2025/amazon-anthropic.md",
                    "Amazon zwiększa zaangażowanie w Anthropic",
                    "2025-03-04",
                    "TechRynek",
                    "Agnieszka Lis",
                    "https://example.org/techrynek/2025/amazon-anthropic",
                    """
                    Amazon dołoży 4 mld dolarów do inwestycji w Anthropic. Model Claude będzie trenowany \
                    na układach projektowanych przez Amazona.

                    Konkurencja na rynku modeli językowych rośnie."""),
            new Doc(XSS_ID, XSS_TITLE, "2025-06-10", "Bezpiecznik", "Ola Nowicka", null, """
                    Badacze opisali lukę, przez którą dało się wstrzyknąć do panelu kod %s oraz znacznik %s \
                    w treści komentarzy.

                    Producent załatał błąd w ciągu tygodnia i zaleca aktualizację wszystkich sklepów.""".formatted(
                            SCRIPT_TEXT, BOLD_TEXT)),
            new Doc(
                    "2026/centra-danych-energia.md",
                    "Centra danych potrzebują coraz więcej energii",
                    "2026-02-11",
                    "Serwis Cyfrowy",
                    "Bartosz Mielcarek",
                    null,
                    """
                    Operatorzy centrów danych szukają nowych źródeł energii. Microsoft i Google podpisują \
                    umowy na dostawy z elektrowni jądrowych.

                    W Polsce centra danych zużywają już kilka procent energii pobieranej przez przemysł."""),
            new Doc(
                    "2026/kabel-baltycki.md",
                    "Nowy kabel na dnie Bałtyku",
                    "2026-03-02",
                    "Serwis Cyfrowy",
                    "Bartosz Mielcarek",
                    null,
                    """
                    Operatorzy z Polski, Szwecji i Finlandii, którzy od lat narzekali na brak zapasowych łączy                     w regionie, podpisali w poniedziałek w Gdańsku porozumienie o budowie nowego światłowodowego                     kabla podmorskiego, który ma połączyć trzy kraje jeszcze przed końcem dekady i odciążyć                     istniejące trasy biegnące przez Danię oraz Niemcy.

                    Inżynierowie zaznaczają, że trasa została wyznaczona tak, by omijać poligony wojskowe,                     wraki i farmy wiatrowe, a sam kabel będzie zakopany w dnie morskim na głębokość kilku metrów                     wszędzie tam, gdzie kotwice statków mogłyby go uszkodzić w czasie sztormów.

                    Eksperci od bezpieczeństwa przypominają, że po uszkodzeniach infrastruktury w ostatnich latach                     każdy nowy kabel na Bałtyku wymaga stałego nadzoru z morza i z powietrza, a także szybkiej                     naprawy, na którą operatorzy muszą mieć zarezerwowane statki i części zamienne."""));

    /** Writes the articles as Markdown with front matter under {@code dir}. */
    static void write(Path dir) throws IOException {
        for (Doc d : DOCS) {
            var sb = new StringBuilder("---\n");
            sb.append("title: ").append(d.title()).append('\n');
            sb.append("date: ").append(d.date()).append('\n');
            sb.append("source: ").append(d.source()).append('\n');
            sb.append("author: ").append(d.author()).append('\n');
            if (d.url() != null) {
                sb.append("url: ").append(d.url()).append('\n');
            }
            sb.append("---\n").append(d.body()).append('\n');
            Path file = dir.resolve(d.path());
            Files.createDirectories(file.getParent());
            Files.writeString(file, sb, StandardCharsets.UTF_8);
        }
    }
}
