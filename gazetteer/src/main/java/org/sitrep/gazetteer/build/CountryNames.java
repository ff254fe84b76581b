package org.sitrep.gazetteer.build;

import java.util.List;
import java.util.Map;

/**
 * Standard names countries go by besides their countryInfo name. Kept to names that cannot be read
 * as anything else: no "US" (a pronoun), no "America" (two continents), no "Gaza" (a place, resolved as
 * one). "Congo" alone is the Democratic Republic, as news agencies' style books use it (AP, Reuters: "Congo"
 * for Kinshasa's state, "Republic of Congo" for Brazzaville's); left out, it was read as a Panamanian village.
 */
final class CountryNames {
    static final Map<String, List<String>> VARIANTS = Map.ofEntries(
            Map.entry("RU", List.of("Russian Federation")),
            Map.entry("SY", List.of("Syrian Arab Republic")),
            Map.entry("MM", List.of("Burma", "Republic of the Union of Myanmar")),
            Map.entry("PS", List.of("Palestine", "State of Palestine", "Palestinian Territories",
                    "Occupied Palestinian Territory", "Occupied Palestinian Territories")),
            Map.entry("US", List.of("United States of America", "USA", "U.S.A.")),
            Map.entry("GB", List.of("UK", "Great Britain", "Britain")),
            Map.entry("KR", List.of("Republic of Korea")),
            Map.entry("KP", List.of("Democratic People's Republic of Korea", "DPRK")),
            Map.entry("IR", List.of("Islamic Republic of Iran")),
            Map.entry("CZ", List.of("Czech Republic")),
            Map.entry("CI", List.of("Côte d'Ivoire", "Cote d'Ivoire")),
            Map.entry("CD", List.of("DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa", "Congo")),
            Map.entry("CG", List.of("Congo-Brazzaville", "Republic of Congo")),
            Map.entry("MK", List.of("North Macedonia")),
            Map.entry("TR", List.of("Türkiye")),
            Map.entry("SZ", List.of("Eswatini")),
            Map.entry("TL", List.of("Timor-Leste")),
            Map.entry("CV", List.of("Cabo Verde")),
            Map.entry("VA", List.of("Holy See", "Vatican City")),
            Map.entry("MD", List.of("Republic of Moldova")),
            Map.entry("VN", List.of("Viet Nam")),
            Map.entry("AE", List.of("UAE")),
            Map.entry("BY", List.of("Republic of Belarus")));

    private CountryNames() {
    }
}
