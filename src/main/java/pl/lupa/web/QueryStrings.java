package pl.lupa.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Checks a raw query string before any parameter is read: a broken percent escape ({@code %zz},
 * a lone {@code %}) or bytes that are not UTF-8 ({@code %C3} alone) would otherwise make the
 * parameter silently vanish or change, and the search quietly ignore what the user asked for.
 */
final class QueryStrings {

    private QueryStrings() {}

    /** The name of the first parameter that cannot be decoded, if any. */
    static Optional<String> firstBroken(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            if (!decodes(name)) {
                return Optional.of("?");
            }
            if (!decodes(value)) {
                return Optional.of(decodeQuietly(name));
            }
        }
        return Optional.empty();
    }

    private static boolean decodes(String s) {
        return decode(s) != null;
    }

    private static String decodeQuietly(String s) {
        String d = decode(s);
        return d == null ? "?" : d;
    }

    /** Percent- and plus-decoding with strict UTF-8, or null. */
    private static String decode(String s) {
        var bytes = new byte[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()
                        || Character.digit(s.charAt(i + 1), 16) < 0
                        || Character.digit(s.charAt(i + 2), 16) < 0) {
                    return null;
                }
                bytes[n++] = (byte) (Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
                i += 2;
            } else if (c == '+') {
                bytes[n++] = ' ';
            } else if (c < 0x80) {
                bytes[n++] = (byte) c;
            } else {
                return s; // already decoded text (a client that sent raw UTF-8): nothing to check
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, n))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
