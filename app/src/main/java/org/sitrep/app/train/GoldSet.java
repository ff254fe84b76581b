package org.sitrep.app.train;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** A directory of annotated articles (one JSON file each) and, beside them, which theatre each belongs to. */
public record GoldSet(List<GoldArticle> articles, Map<String, String> theatres) {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /**
     * Reads every {@code .json} file of the directory in name order; a file that cannot be read is
     * reported through {@code problems} (one line naming it) and left out.
     *
     * @param theatres a {@code id<TAB>theatre} file, or null for none
     */
    public static GoldSet read(Path dir, Path theatres, Consumer<String> problems) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<GoldArticle> articles = new ArrayList<>();
        for (Path f : files) {
            try {
                GoldArticle a = MAPPER.readValue(f.toFile(), GoldArticle.class);
                if (a.id() == null || a.text() == null) {
                    problems.accept(f + ": no id or no text; skipped");
                } else {
                    articles.add(a);
                }
            } catch (IOException e) {
                problems.accept(f + ": not a gold article (" + e.getClass().getSimpleName() + "); skipped");
            }
        }
        Map<String, String> byId = new LinkedHashMap<>();
        if (theatres != null) {
            for (String line : Files.readAllLines(theatres, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                if (parts.length >= 2) {
                    byId.put(parts[0].strip(), parts[1].strip());
                }
            }
        }
        return new GoldSet(articles, byId);
    }
}
