package pl.lupa.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an article file into text. UTF-8 is expected (a BOM is tolerated); files
 * from legacy Polish sites come in windows-1250 or ISO-8859-2, which differ exactly in the bytes
 * of ą, ś, ź and their capitals, so the one whose decoding yields more Polish letters wins.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1250 = Charset.forName("windows-1250");
    private static final Charset ISO_8859_2 = Charset.forName("ISO-8859-2");
    private static final String POLISH_LETTERS = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ";
    /** What ą, ś, ź and capitals turn into when read with the other code page (besides C1 controls). */
    private static final String WRONG_PAGE = "±¶Ľˇ¦¬š";

    private TextDecoder() {}

    /** Decodes the bytes, or fails with {@link SkipReason#BINARY} when they are not text. */
    public static String decode(byte[] bytes) throws SkippedInputException {
        if (looksBinary(bytes)) {
            throw new SkippedInputException(SkipReason.BINARY, "contains NUL or too many control bytes");
        }
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        var buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            String cut = utf8CutShort(bytes, offset);
            if (cut != null) {
                return cut;
            }
            String cp1250 = new String(bytes, offset, bytes.length - offset, WINDOWS_1250);
            String iso = new String(bytes, offset, bytes.length - offset, ISO_8859_2);
            return polishScore(iso) > polishScore(cp1250) ? iso : cp1250;
        }
    }

    /**
     * UTF-8 text whose last character was cut off (a download or copy stopped mid-character):
     * the text without the unfinished bytes, or null when the text has other faults.
     */
    private static String utf8CutShort(byte[] bytes, int offset) {
        int end = bytes.length;
        int tail = 0;
        while (tail < 3 && end - tail > offset && (bytes[end - tail - 1] & 0xc0) == 0x80) {
            tail++;
        }
        if (end - tail > offset && (bytes[end - tail - 1] & 0xc0) == 0xc0) {
            tail++; // the lead byte of the unfinished character
        } else {
            return null;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, end - tail - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Strict UTF-8 decoding of one JSON Lines record. */
    public static String decodeUtf8(byte[] bytes, int from, int length) throws SkippedInputException {
        try {
            CharBuffer chars = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, length));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new SkippedInputException(SkipReason.MALFORMED, "not valid UTF-8");
        }
    }

    static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf;
    }

    /** A NUL byte, or more than 5% control bytes other than whitespace, means this is no text. */
    static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return sample > 0 && control * 20 > sample;
    }

    private static int polishScore(String text) {
        int score = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (POLISH_LETTERS.indexOf(c) >= 0) {
                score++;
            } else if (c >= 0x80 && c <= 0x9f || WRONG_PAGE.indexOf(c) >= 0) {
                score -= 2;
            }
        }
        return score;
    }
}
