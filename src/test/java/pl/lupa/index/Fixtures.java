package pl.lupa.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small article folders written by the tests themselves. */
public final class Fixtures {

    private Fixtures() {}

    public static Path write(Path root, String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    public static String markdown(String title, String date, String body) {
        return "---\ntitle: \"" + title + "\"\ndate: " + date + "\nsource: Bajtel\nauthor: Anna Nowak\n---\n" + body
                + "\n";
    }

    /** A folder with every format, an empty file, a binary file and a JSON Lines feed with a broken line. */
    public static Path mixedFolder(Path root) throws IOException {
        write(
                root,
                "2024/nvidia.md",
                markdown(
                        "Nvidia otwiera biuro",
                        "2024-03-05",
                        "Nvidia otworzy w Warszawie biuro badawcze. Firma zatrudni inżynierów od układów scalonych."));
        write(
                root,
                "2023/zamki.txt",
                "Zamki w chmurze\n\nStartupy budują zamki w chmurze, a inwestorzy liczą na zyski.\n");
        write(
                root,
                "2022/strona.html",
                "<html><head><title>Współpraca operatorów | Portal</title>"
                        + "<meta property=\"article:published_time\" content=\"2022-06-01T10:00:00+02:00\"></head>"
                        + "<body><article><h1>Współpraca operatorów</h1><p>Operatorzy ogłosili współpracę przy budowie sieci 5G.</p>"
                        + "</article></body></html>");
        write(root, "feeds/depesze.jsonl", """
                {"id":"a","title":"Płatności zbliżeniowe rosną","text":"Polacy coraz częściej płacą zbliżeniowo.","date":"2021-02-03"}
                {"id":"b","title":"Błędy w oprogramowaniu","text":"Programiści znaleźli błędy w systemie.","date":"2021-02-04"
                {"id":"c","title":"Serwery w Krakowie","text":"W Krakowie powstaje serwerownia na tysiąc serwerów.","date":"2021-02-05"}
                """);
        write(root, "puste.md", "");
        Files.write(root.resolve("obraz.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        write(root, "README.md", "# Opis folderu, nie artykuł\n");
        return root;
    }
}
