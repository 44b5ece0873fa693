package liaison.search;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * The words search reads (search_texts, V62) made again from the requests and their messages: for code that writes
 * them in bulk with foreign key checks off, which the triggers keeping the words then leave alone (the generator).
 */
public final class SearchTexts {
    private SearchTexts() {
    }

    public static void rebuild(Statement s) throws SQLException {
        s.execute("CALL search_texts_rebuild()");
    }
}
