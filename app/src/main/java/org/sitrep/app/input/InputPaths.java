package org.sitrep.app.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands the PATH arguments: {@code -} is standard input, a file is read by the format of its
 * extension, a directory is walked recursively and its article files read in sorted path order.
 * In a directory, hidden entries and files of other types ({@code .md}, images, ...) are skipped
 * silently: a folder of articles often holds notes too. A file named explicitly must be of a known
 * type, since naming it says the user expects it read.
 */
public final class InputPaths {
    private final Readers readers;
    private final InputStream stdin;
    private final Path exclude;

    /**
     * @param stdin   the stream {@code -} reads
     * @param exclude a file never to read as input (the output file), or null
     */
    public InputPaths(Readers readers, InputStream stdin, Path exclude) {
        this.readers = readers;
        this.stdin = stdin;
        this.exclude = exclude == null ? null : exclude.toAbsolutePath().normalize();
    }

    /** The inputs one argument stands for, in reading order. */
    public List<Input> expand(String arg) {
        if (arg.equals("-")) {
            return List.of(new Input.Ready(Source.stream("stdin", "stdin", stdin), readers.stdin()));
        }
        Path path = Path.of(arg);
        if (Files.isDirectory(path)) {
            return directory(path);
        }
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return List.of(refused(arg, "no such file or directory"));
        }
        if (!Files.isRegularFile(path)) {
            // Reading a named pipe or a device would wait for a writer that may never come.
            return List.of(refused(arg, "not a regular file (a named pipe, device or socket); to read a stream,"
                    + " give - and send it to standard input"));
        }
        return List.of(Format.of(path)
                .map(f -> file(path, f))
                .orElseGet(() -> refused(arg, "unsupported file type (sitrep reads " + Format.allExtensions()
                        + " files, directories of them, and - for standard input)")));
    }

    private Input file(Path path, Format format) {
        try {
            return new Input.Ready(Source.file(path), readers.of(format));
        } catch (IOException e) {
            return new Input.Refused(BoundedRead.unreadable(path.toString(), e));
        }
    }

    private List<Input> directory(Path dir) {
        List<Path> files = new ArrayList<>();
        List<Input> refused = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return d.equals(dir) || !isHidden(d) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                // Symbolic links to files are read; links to directories are not followed (no cycles).
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!isHidden(file) && Files.isRegularFile(file) && Format.of(file).isPresent() && !isExcluded(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    refused.add(new Input.Refused(BoundedRead.unreadable(file.toString(), e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return List.of(new Input.Refused(BoundedRead.unreadable(dir.toString(), e)));
        }
        files.sort(null);
        List<Input> inputs = new ArrayList<>(refused);
        files.forEach(f -> inputs.add(file(f, Format.of(f).orElseThrow())));
        if (inputs.isEmpty()) {
            inputs.add(refused(dir.toString(), "no article files in the directory (looked for "
                    + Format.allExtensions() + ")"));
        }
        return inputs;
    }

    private static boolean isHidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    private boolean isExcluded(Path file) {
        return exclude != null && file.toAbsolutePath().normalize().equals(exclude);
    }

    private static Input refused(String where, String problem) {
        return new Input.Refused(new InputProblem(where, problem));
    }
}
