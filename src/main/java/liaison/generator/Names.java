package liaison.generator;

import java.util.SplittableRandom;

/**
 * Invented names built from syllables, so no generated person, place or agency is a real one. A name is a pure
 * function of its number: the same number always gives the same name.
 */
final class Names {
    private static final String[] START = {"Ka", "Mo", "Ve", "Lu", "Da", "Ri", "So", "Ta", "Ne", "Bo", "Fe", "Gi",
        "Ha", "Jo", "Li", "Ma", "Or", "Pe", "Qui", "Sa", "Te", "Ul", "Va", "Ze", "Al", "Be", "Co", "Dru", "El", "Fa"};
    private static final String[] MIDDLE = {"ra", "lo", "ne", "ti", "ma", "se", "va", "ri", "do", "ka", "le", "mi",
        "no", "pa", "ru", "sha", "ta", "vi", "za", "be"};
    private static final String[] END = {"n", "ra", "lis", "der", "mont", "va", "son", "na", "ric", "lo", "nez",
        "well", "ton", "ley", "mar", "sky", "dre", "ette", "ian", "ko"};
    private static final String[] PLACE_END = {"ford", "vale", "field", "brook", "haven", "ridge", "port", "wood",
        "ton", "burg", "mere", "crest"};

    private Names() {
    }

    /** A given name: two or three syllables. */
    static String given(SplittableRandom r) {
        return word(r, r.nextInt(3) == 0 ? 2 : 1);
    }

    static String family(SplittableRandom r) {
        return word(r, r.nextInt(2) + 1);
    }

    static String person(SplittableRandom r) {
        return given(r) + " " + family(r);
    }

    /** A place: a syllable or two and an ending such as -ford or -vale. */
    static String place(SplittableRandom r) {
        String w = START[r.nextInt(START.length)] + (r.nextBoolean() ? MIDDLE[r.nextInt(MIDDLE.length)] : "");
        return w + PLACE_END[r.nextInt(PLACE_END.length)];
    }

    /** Lower case letters and hyphens only, for e-mail domains. */
    static String slug(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static String word(SplittableRandom r, int middles) {
        StringBuilder b = new StringBuilder(START[r.nextInt(START.length)]);
        for (int i = 0; i < middles; i++) {
            b.append(MIDDLE[r.nextInt(MIDDLE.length)]);
        }
        return b.append(END[r.nextInt(END.length)]).toString();
    }
}
