package org.sitrep.gazetteer.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.gazetteer.NameFolding;
import org.sitrep.gazetteer.format.CountryColumns;
import org.sitrep.gazetteer.format.StringColumn;

/** Countries by ISO code, found by their countryInfo name and the variants of {@link CountryNames}. */
final class CountrySection {
    final Postings names = new Postings();
    final CountryColumns columns;

    CountrySection(TsvFile countryFile, Seats seats, Codes codes) throws IOException {
        List<CountryRow> countries = new ArrayList<>();
        for (TsvFile.Row r : countryFile.rows()) {
            countries.add(CountryRow.parse(r));
        }
        countries.sort(Comparator.comparing(CountryRow::iso));
        int[] iso = new int[countries.size()];
        int[] capital = new int[countries.size()];
        int[] ids = new int[countries.size()];
        int[] population = new int[countries.size()];
        int[] continent = new int[countries.size()];
        List<String> displayNames = new ArrayList<>();
        for (int row = 0; row < countries.size(); row++) {
            CountryRow c = countries.get(row);
            iso[row] = codes.id(c.iso());
            capital[row] = seats.capital(c);
            ids[row] = c.geonameid();
            population[row] = c.population();
            continent[row] = codes.id(c.continent());
            displayNames.add(c.name());
            names.add(NameFolding.fold(c.name()), row, row);
            for (String variant : CountryNames.VARIANTS.getOrDefault(c.iso(), List.of())) {
                names.add(NameFolding.fold(variant), row, row);
            }
        }
        columns = new CountryColumns(iso, StringColumn.of(displayNames), capital, ids, population, continent);
    }
}
