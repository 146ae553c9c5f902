package pl.lupa.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The one entry point of ingest: bytes of a source file (or one JSON Lines record) in, cleaned
 * {@link Article}s out. Stateless and thread-safe.
 */
public final class ArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Longest record id accepted: ids are index terms and travel in URLs. */
    static final int MAX_RECORD_ID = 1000;

    private ArticleReader() {}

    /** Reads a whole {@code .txt}, {@code .md} or {@code .html} file. */
    public static ReadResult read(String id, byte[] bytes, Format format) throws SkippedInputException {
        if (format == Format.JSON_LINES) {
            throw new IllegalArgumentException("JSON Lines files are read record by record");
        }
        String text = TextDecoder.decode(bytes);
        if (text.isBlank()) {
            throw new SkippedInputException(SkipReason.EMPTY, "empty file");
        }
        return switch (format) {
            case TEXT -> TextArticleReader.read(id, text, false);
            case MARKDOWN -> TextArticleReader.read(id, text, true);
            case HTML -> HtmlArticleReader.read(id, text);
            case JSON_LINES -> throw new AssertionError();
        };
    }

    /**
     * Reads one JSON Lines record: {@code id}, {@code title}, {@code text} or {@code body},
     * {@code date}, {@code url}, {@code source}, {@code author}. The article id is
     * {@code <file>#<id>}, or {@code <file>#<hash of the line>} when the record has none.
     */
    public static ReadResult readRecord(String fileId, String line) throws SkippedInputException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new SkippedInputException(SkipReason.MALFORMED, "not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new SkippedInputException(SkipReason.MALFORMED, "not a JSON object");
        }
        String recordId = field(node, "id");
        if (recordId != null && recordId.length() > MAX_RECORD_ID) {
            // An id is one index term (at most 32 KB) and part of a document URL: keep it short.
            throw new SkippedInputException(SkipReason.MALFORMED, "id longer than " + MAX_RECORD_ID + " characters");
        }
        String id = fileId + "#" + (recordId != null ? recordId : hash(line).substring(0, 16));
        String body = field(node, "text");
        if (body == null) {
            body = field(node, "body");
        }
        if (body == null) {
            throw new SkippedInputException(SkipReason.EMPTY, "record without text");
        }
        var warnings = new ArrayList<String>();
        var cleaned = Boilerplate.clean(List.of(body.replace("\r\n", "\n").split("\n", -1)));
        String text = TextArticleReader.joinParagraphs(cleaned.lines());
        if (text.isBlank()) {
            throw new SkippedInputException(SkipReason.EMPTY, "record without text");
        }
        String rawDate = field(node, "date");
        var date = PublicationDates.parse(rawDate);
        if (rawDate != null && date.isEmpty()) {
            warnings.add(id + ": date '" + rawDate + "' is not a date; left empty");
        }
        String title = field(node, "title");
        if (title == null) {
            title = DerivedTitle.of(text);
        }
        String author = field(node, "author");
        var article = new Article(
                id,
                title,
                date.orElse(null),
                field(node, "url"),
                field(node, "source"),
                author != null ? author : cleaned.author(),
                text);
        return new ReadResult(List.of(article), List.of(), warnings);
    }

    /** SHA-256 of the text, hex: the content hash the index keeps to skip unchanged input. */
    public static String hash(String text) {
        return hash(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String hash(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.isValueNode() ? v.asText() : v.toString();
        return s.isBlank() ? null : s.strip();
    }
}
