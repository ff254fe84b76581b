package org.sitrep.app.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputPathsTest {
    @TempDir
    Path dir;

    private List<String> names(InputPaths paths, String arg) {
        return paths.expand(arg).stream().map(i -> i instanceof Input.Ready r ? r.source().name()
                : "refused " + ((Input.Refused) i).problem().getMessage()).toList();
    }

    private InputPaths paths(Path exclude) {
        return new InputPaths(new Readers(ByteSize.MB), new ByteArrayInputStream(new byte[0]), exclude);
    }

    @Test
    void walksDirectoriesInSortedOrderSkippingOtherFilesAndHiddenOnes() throws IOException {
        for (String f : new String[] {"b.txt", "a.HTML", "sub/c.jsonl", "sub/deeper/d.json", "notes.md",
            "photo.jpg", ".hidden/e.txt", ".f.txt", "z.ndjson", "out.jsonl"}) {
            Files.createDirectories(dir.resolve(f).getParent());
            Files.writeString(dir.resolve(f), "x");
        }
        assertThat(names(paths(dir.resolve("out.jsonl")), dir.toString())).containsExactly(
                dir.resolve("a.HTML").toString(), dir.resolve("b.txt").toString(),
                dir.resolve("sub/c.jsonl").toString(), dir.resolve("sub/deeper/d.json").toString(),
                dir.resolve("z.ndjson").toString());
    }

    @Test
    void refusesMissingFilesUnknownTypesAndEmptyDirectories() throws IOException {
        Files.writeString(dir.resolve("notes.md"), "x");
        Files.createDirectory(dir.resolve("nothing"));
        InputPaths paths = paths(null);
        assertThat(names(paths, dir.resolve("gone.txt").toString()))
                .containsExactly("refused " + dir.resolve("gone.txt") + ": no such file or directory");
        assertThat(names(paths, dir.resolve("notes.md").toString())).singleElement().asString()
                .isEqualTo("refused " + dir.resolve("notes.md") + ": unsupported file type (sitrep reads .txt,"
                        + " .html, .htm, .json, .jsonl, .ndjson files, directories of them, and - for standard input)");
        assertThat(names(paths, dir.resolve("nothing").toString())).containsExactly("refused "
                + dir.resolve("nothing") + ": no article files in the directory (looked for .txt, .html, .htm, .json,"
                + " .jsonl, .ndjson)");
    }

    @Test
    void dashIsStandardInput() {
        assertThat(names(paths(null), "-")).containsExactly("stdin");
    }
}
