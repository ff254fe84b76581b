package org.sitrep.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.sitrep.engine.Engine;
import org.sitrep.engine.knowledge.Knowledge;
import org.sitrep.gazetteer.GeoCountry;
import org.sitrep.gazetteer.GeoNamesIndex;
import org.sitrep.gazetteer.GeoPlace;
import org.sitrep.gazetteer.GeoRegion;
import org.sitrep.gazetteer.PlaceIndex;

/**
 * Builds the engine the way the command does: the bundled gazetteer and the default lexicons.
 *
 * <p>While {@link GeoNamesIndex#loadDefault()} is still the placeholder (it throws
 * {@link UnsupportedOperationException}), {@link #engine()} falls back to an empty index and says so
 * on standard error, so the harness runs end to end; any figure measured that way says nothing about
 * place lookup. Set {@code -Dsitrep.bench.requireGazetteer=true} to fail instead.
 */
public final class EngineFactory {
    private EngineFactory() {
    }

    /** True when the last {@link #placeIndex()} call had to fall back to an empty index. */
    private static volatile boolean placeholder;

    /** The shipped gazetteer, or an empty index while the gazetteer is a placeholder. */
    public static PlaceIndex placeIndex() {
        try {
            PlaceIndex index = GeoNamesIndex.loadDefault();
            placeholder = false;
            return index;
        } catch (UnsupportedOperationException e) {
            if (Boolean.getBoolean("sitrep.bench.requireGazetteer")) {
                throw e;
            }
            placeholder = true;
            System.err.println("WARNING: GeoNamesIndex.loadDefault() is unavailable (" + e.getMessage()
                    + "); using an EMPTY place index. Figures do not include place lookup.");
            return EmptyIndex.INSTANCE;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the bundled gazetteer", e);
        }
    }

    /** The engine as {@code sitrep extract} builds it. */
    public static Engine engine() {
        return new Engine(placeIndex(), Knowledge.defaults());
    }

    /** Whether the last index built was the empty stand-in. */
    public static boolean usedPlaceholderIndex() {
        return placeholder;
    }

    /** An index that knows no names. */
    private enum EmptyIndex implements PlaceIndex {
        INSTANCE;

        @Override public List<GeoPlace> places(String folded) { return List.of(); }
        @Override public List<GeoRegion> regions(String folded) { return List.of(); }
        @Override public Optional<GeoCountry> country(String folded) { return Optional.empty(); }
        @Override public Optional<GeoCountry> countryByCode(String iso) { return Optional.empty(); }
        @Override public Optional<GeoRegion> admin1(String country, String admin1Code) { return Optional.empty(); }
        @Override public int maxNameWords() { return 1; }
    }
}
