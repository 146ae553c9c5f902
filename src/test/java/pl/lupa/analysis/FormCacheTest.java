package pl.lupa.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormCacheTest {

    private static String[] get(FormCache cache, String form) {
        char[] buffer = (form + "#####").toCharArray(); // a token buffer is longer than its token
        return cache.get(buffer, form.length(), FormCache.hash(buffer, form.length()));
    }

    private static void put(FormCache cache, String form, String... terms) {
        char[] buffer = (form + "@@").toCharArray();
        cache.put(buffer, form.length(), FormCache.hash(buffer, form.length()), terms);
    }

    @Test
    void findsWhatWasPutByTheTokensCharactersOnly() {
        var cache = new FormCache(100);
        put(cache, "Krakowie", "kraków");
        put(cache, "Krakow", "kraków", "krakow");
        assertThat(get(cache, "Krakowie")).containsExactly("kraków");
        assertThat(get(cache, "Krakow")).containsExactly("kraków", "krakow");
        assertThat(get(cache, "Krako")).isNull();
        assertThat(get(cache, "krakowie")).isNull();
        assertThat(get(cache, "")).isNull();
    }

    @Test
    void keepsEverythingWhileGrowingAndStartsOverWhenFull() {
        var cache = new FormCache(5_000);
        for (int i = 0; i < 5_000; i++) {
            put(cache, "słowo" + i, "lemat" + i);
        }
        assertThat(cache.size()).isEqualTo(5_000);
        for (int i = 0; i < 5_000; i++) {
            assertThat(get(cache, "słowo" + i)).as("form %d", i).containsExactly("lemat" + i);
        }
        put(cache, "nowe", "nowy");
        assertThat(cache.size()).isEqualTo(1);
        assertThat(get(cache, "nowe")).containsExactly("nowy");
        assertThat(get(cache, "słowo1")).isNull();
    }

    @Test
    void formsWithTheSameStringHashStayApart() {
        var cache = new FormCache(100);
        put(cache, "Aa", "first"); // "Aa" and "BB" share String.hashCode
        put(cache, "BB", "second");
        assertThat(get(cache, "Aa")).containsExactly("first");
        assertThat(get(cache, "BB")).containsExactly("second");
    }
}
