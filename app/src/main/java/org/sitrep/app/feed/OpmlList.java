package org.sitrep.app.feed;

import com.rometools.opml.feed.opml.Opml;
import com.rometools.opml.feed.opml.Outline;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.app.input.InputProblem;

/**
 * The feeds an OPML file lists (what every feed reader exports): the {@code xmlUrl} of each outline,
 * folders included, in document order, each once. Parsed by rome-opml.
 */
public final class OpmlList {
    private OpmlList() {
    }

    /** @throws InputProblem when the file cannot be read, is not OPML, or lists no feed */
    public static List<String> read(Path file) throws InputProblem {
        String xml;
        try {
            xml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputProblem(file.toString(), "no such file (give a feed as an http(s) address, or an OPML file)");
        } catch (IOException e) {
            throw new InputProblem(file.toString(), "cannot read (" + e.getMessage() + ")");
        }
        WireFeed parsed;
        try (Reader r = new StringReader(xml)) {
            WireFeedInput input = new WireFeedInput();
            input.setAllowDoctypes(false);
            parsed = input.build(r);
        } catch (FeedException | IllegalArgumentException | IOException e) {
            throw new InputProblem(file.toString(), "not an OPML file (" + e.getMessage() + ")");
        }
        if (!(parsed instanceof Opml opml)) {
            throw new InputProblem(file.toString(), "not an OPML file (a " + parsed.getFeedType() + " feed: give its address instead)");
        }
        Set<String> urls = new LinkedHashSet<>();
        collect(opml.getOutlines(), urls);
        if (urls.isEmpty()) {
            throw new InputProblem(file.toString(), "lists no feed (no outline with an xmlUrl)");
        }
        return new ArrayList<>(urls);
    }

    private static void collect(List<Outline> outlines, Set<String> out) {
        for (Outline o : outlines) {
            String url = o.getXmlUrl();
            if (url != null && !url.isBlank()) {
                out.add(url.strip());
            }
            collect(o.getChildren(), out);
        }
    }
}
