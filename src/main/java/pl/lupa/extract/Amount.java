package pl.lupa.extract;

import java.util.Objects;

/**
 * A money amount as written in the text.
 *
 * @param text     the exact substring of the text, e.g. {@code 6,6 mld dol.}
 * @param value    the amount in whole units of its currency
 * @param currency ISO 4217 code: USD, PLN, EUR, GBP
 * @param usd      the amount in US dollars; set for dollar amounts only, otherwise null
 */
public record Amount(String text, long value, String currency, Long usd) {

    public Amount {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(currency, "currency");
    }

    public static Amount of(String text, long value, String currency) {
        return new Amount(text, value, currency, "USD".equals(currency) ? value : null);
    }
}
