package org.sitrep.gazetteer.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.gazetteer.format.StringColumn;

/** Interns the short code strings (countries, admin codes, feature codes) that the columns point to. */
final class Codes {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    int id(String code) {
        return ids.computeIfAbsent(code, c -> {
            values.add(c);
            return values.size() - 1;
        });
    }

    StringColumn toColumn() {
        return StringColumn.of(values);
    }
}
