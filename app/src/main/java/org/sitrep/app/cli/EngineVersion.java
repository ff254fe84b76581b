package org.sitrep.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.sitrep.app.EngineFactory;
import org.sitrep.engine.Engine;

/**
 * The version of what extracts, as the ledger records it with every article: the engine's build
 * version, plus a fingerprint of the user's own lexicons and places when there are any (they change
 * what is extracted as much as the code does). An article stored under another version is re-extracted.
 */
final class EngineVersion {
    private EngineVersion() {
    }

    static String of(EngineFactory.Settings settings) {
        String v = Engine.class.getPackage().getImplementationVersion();
        if (v == null) {
            v = EngineVersion.class.getPackage().getImplementationVersion();
        }
        String base = "sitrep-engine " + (v == null ? "dev" : v);
        String user = userFingerprint(settings);
        return user == null ? base : base + "+user." + user;
    }

    private static String userFingerprint(EngineFactory.Settings settings) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            boolean any = false;
            if (settings.lexiconDir() != null) {
                try (Stream<Path> files = Files.list(settings.lexiconDir())) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        md.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                        md.update(Files.readAllBytes(f));
                        any = true;
                    }
                }
            }
            for (Path f : settings.placesFile() == null ? List.<Path>of() : List.of(settings.placesFile())) {
                md.update(Files.readAllBytes(f));
                any = true;
            }
            return any ? HexFormat.of().formatHex(md.digest()).substring(0, 12) : null;
        } catch (IOException | NoSuchAlgorithmException e) {
            // The files were read and checked by EngineFactory already; an error here changes nothing stored.
            return "unreadable";
        }
    }
}
