package liaison.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What typed words become in InnoDB's full-text indexes (boolean mode). Only letters and digits reach the server, so
 * nothing typed is an operator; words the index never holds (shorter than {@value #SHORTEST} characters, or InnoDB's
 * default stopwords) are told apart, since required they would match nothing.
 */
final class Terms {
    /** InnoDB's innodb_ft_min_token_size (default). */
    private static final int SHORTEST = 3;
    /** InnoDB's default stopwords of {@value #SHORTEST} characters or more. */
    private static final Set<String> STOPWORDS = Set.of("about", "are", "com", "for", "from", "how", "that", "the",
            "this", "was", "what", "when", "where", "who", "will", "with", "und", "www");

    private Terms() {
    }

    /**
     * The words of a full-text search, every other character a space: MariaDB's parser reads some characters as
     * operators even in natural language mode (a lone {@code *} is a syntax error), so none is passed on.
     */
    static String fullText(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Whether the index holds this word (letters and digits only). */
    static boolean indexed(String word) {
        return word.length() >= SHORTEST && !STOPWORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The words as boolean mode's required terms ({@code +custody +release}), each between {@code prefix} and
     * {@code suffix} ("*" for a word's beginning); words the index never holds are left out, as natural language
     * mode ignores them.
     */
    static String required(String text, String prefix, String suffix) {
        return required(text, word -> prefix + word + suffix);
    }

    private static String required(String text, UnaryOperator<String> term) {
        StringBuilder terms = new StringBuilder();
        for (String word : fullText(text).split(" ")) {
            if (indexed(word)) {
                terms.append(terms.length() == 0 ? "+" : " +").append(term.apply(word));
            }
        }
        return terms.toString();
    }

    /**
     * The words as search_texts (V62, V64) holds them for the agency searching, in the months given:
     * {@code +(s14_custody_m202611 s14_custody_m202612) +(s14_release_m202611 s14_release_m202612)}. Words shorter
     * than {@value #SHORTEST} characters and stopwords are left out as before, though the index now holds them, so a
     * search means what it meant.
     */
    static String scoped(long agencyId, String text, FiledMonths months) {
        return required(text, word -> months.terms("s" + agencyId + "_" + word));
    }

    /** The typed words (split at white space) of which the index holds no part: they are matched another way. */
    static List<String> unindexed(List<String> typed) {
        List<String> left = new ArrayList<>();
        for (String word : typed) {
            if (required(word, "", "").isEmpty()) {
                left.add(word);
            }
        }
        return left;
    }
}
