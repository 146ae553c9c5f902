package pl.lupa.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The curated list of companies extraction knows, read from a tab-separated file.
 *
 * <p>Columns: {@code name}, {@code parent}, {@code aliases} and {@code forms} (both
 * {@code |}-separated), {@code flags} and {@code former} (the names before a rename,
 * {@code |}-separated); trailing empty columns may be left out. Blank lines
 * and lines starting with {@code #} are ignored, as is a header line whose first column is
 * {@code name}. The file is meant to be edited by people, so every mistake is reported with its
 * line number instead of being skipped silently.
 *
 * <p>Immutable and therefore safe to share between threads.
 */
public final class Gazetteer {

    static final String BUNDLED_RESOURCE = "pl/lupa/extract/companies.tsv";
    private static final int MAX_COLUMNS = 6;
    private static final Set<String> KNOWN_FLAGS =
            Set.of(GazetteerEntry.AMBIGUOUS, GazetteerEntry.PRODUCT_NAME, GazetteerEntry.BLOCKED);

    private final Map<String, GazetteerEntry> byName;
    /** Lower-cased names and aliases of blocked entries: never companies. */
    private final Set<String> blocked;
    /** Lower-cased names and aliases → canonical name. */
    private final Map<String, String> byLowerCase;

    private Gazetteer(Map<String, GazetteerEntry> entries) {
        var kept = new LinkedHashMap<String, GazetteerEntry>();
        var blockedNames = new java.util.HashSet<String>();
        entries.forEach((name, entry) -> {
            if (entry.blocked()) {
                blockedNames.add(name.toLowerCase(Locale.ROOT));
                entry.aliases().forEach(a -> blockedNames.add(a.toLowerCase(Locale.ROOT)));
            } else {
                kept.put(name, entry);
            }
        });
        this.byName = Collections.unmodifiableMap(kept);
        this.blocked = Set.copyOf(blockedNames);
        var lower = new java.util.HashMap<String, String>();
        kept.forEach((name, entry) -> {
            lower.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            entry.aliases().forEach(a -> lower.putIfAbsent(a.toLowerCase(Locale.ROOT), name));
        });
        this.byLowerCase = Map.copyOf(lower);
    }

    /**
     * The canonical name of a company this name or alias stands for, whatever its case: what
     * discovery found where the list's own matching did not look (a lower-cased text) is still
     * the list's company.
     */
    public Optional<String> canonicalOf(String name) {
        return Optional.ofNullable(byLowerCase.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Whether an editor blocked this name (flag {@code blocked}): discovery must not report it. */
    public boolean blocked(String name) {
        return blocked.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The gazetteer shipped with Lupa. Fails at once when the resource is missing or broken. */
    public static Gazetteer bundled() {
        return fromResource(Gazetteer.class.getClassLoader(), BUNDLED_RESOURCE);
    }

    static Gazetteer fromResource(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("company gazetteer resource " + resource
                        + " is missing from the classpath; the build must package it");
            }
            return new Gazetteer(parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read company gazetteer " + resource, e);
        }
    }

    /** A gazetteer of exactly the given lines, without the bundled companies; for tests and tools. */
    static Gazetteer fromTsv(String content) {
        try {
            return new Gazetteer(parse(new StringReader(content), "gazetteer"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bundled gazetteer extended by a file in the same format. A line whose name is already
     * known replaces that company entirely; other lines add companies.
     *
     * @throws GazetteerFormatException when a line of the file is malformed
     */
    public static Gazetteer withOverrides(Path tsv) throws IOException {
        Map<String, GazetteerEntry> merged = new LinkedHashMap<>(bundled().byName);
        // a blocked line replaces the bundled entry of that name and is then left out
        try (Reader reader = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            merged.putAll(parse(reader, tsv.toString()));
        }
        return new Gazetteer(merged);
    }

    /** Reads one gazetteer file; {@code source} only names it in error messages. */
    static Map<String, GazetteerEntry> parse(Reader reader, String source) throws IOException {
        Map<String, GazetteerEntry> entries = new LinkedHashMap<>();
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        boolean seenData = false;
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (!seenData && columns[0].strip().equalsIgnoreCase("name")) {
                seenData = true;
                continue;
            }
            seenData = true;
            GazetteerEntry entry = parseLine(columns, source, lineNumber);
            if (entries.containsKey(entry.name())) {
                throw new GazetteerFormatException(
                        source, lineNumber, "company '" + entry.name() + "' is listed twice in this file");
            }
            entries.put(entry.name(), entry);
        }
        return entries;
    }

    private static GazetteerEntry parseLine(String[] columns, String source, int lineNumber) {
        if (columns.length > MAX_COLUMNS) {
            throw new GazetteerFormatException(
                    source,
                    lineNumber,
                    "expected at most " + MAX_COLUMNS
                            + " tab-separated columns (name, parent, aliases, forms, flags, former), found "
                            + columns.length);
        }
        String name = columns[0].strip();
        if (name.isEmpty()) {
            throw new GazetteerFormatException(source, lineNumber, "the name column is empty");
        }
        String parent = column(columns, 1);
        if (parent != null && parent.equals(name)) {
            throw new GazetteerFormatException(source, lineNumber, "company '" + name + "' is its own parent");
        }
        List<String> aliases = list(column(columns, 2));
        List<String> forms = list(column(columns, 3));
        Set<String> flags = new LinkedHashSet<>();
        String flagColumn = column(columns, 4);
        if (flagColumn != null) {
            for (String flag : flagColumn.split("[|,\\s]+")) {
                if (flag.isEmpty()) {
                    continue;
                }
                String normalised = flag.toLowerCase(Locale.ROOT);
                if (!KNOWN_FLAGS.contains(normalised)) {
                    throw new GazetteerFormatException(
                            source, lineNumber, "unknown flag '" + flag + "', known flags: " + KNOWN_FLAGS);
                }
                flags.add(normalised);
            }
        }
        List<String> former = list(column(columns, 5));
        for (String f : former) {
            if (aliases.contains(f) || f.equals(name)) {
                throw new GazetteerFormatException(
                        source, lineNumber, "'" + f + "' is both a former name and a current name of '" + name + "'");
            }
        }
        return new GazetteerEntry(name, parent, aliases, forms, flags, former);
    }

    private static String column(String[] columns, int index) {
        if (index >= columns.length) {
            return null;
        }
        String value = columns[index].strip();
        return value.isEmpty() ? null : value;
    }

    private static List<String> list(String column) {
        if (column == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (String value : column.split("\\|")) {
            String stripped = value.strip();
            if (!stripped.isEmpty()) {
                values.add(stripped);
            }
        }
        return values;
    }

    public int size() {
        return byName.size();
    }

    public Optional<String> parentOf(String canonicalName) {
        GazetteerEntry entry = byName.get(canonicalName);
        return entry == null ? Optional.empty() : Optional.ofNullable(entry.parent());
    }

    /** Canonical names in file order (bundled first, then companies added by overrides). */
    public Set<String> canonicalNames() {
        return Collections.unmodifiableSet(byName.keySet());
    }

    /** Entries in file order, for building recognisers. */
    List<GazetteerEntry> entries() {
        return List.copyOf(byName.values());
    }

    @Override
    public String toString() {
        return "Gazetteer[" + byName.size() + " companies]";
    }
}
