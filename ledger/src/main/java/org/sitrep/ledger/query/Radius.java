package org.sitrep.ledger.query;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A radius as users write it: "30km", "30 km", "20mi", "500m", or a bare number of kilometres. */
public final class Radius {
    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(km|mi|m)?");
    /** Beyond this a "near" query is the whole theatre; a typo more likely than intent. */
    private static final double MAX_KM = 5000;

    private Radius() {
    }

    public static double km(String text) {
        Matcher m = FORM.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new QueryException("'" + text + "' is not a radius (write it like 30km, 20mi or 500m)");
        }
        double v = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "km" : m.group(2);
        double km = switch (unit) {
            case "mi" -> v * 1.609344;
            case "m" -> v / 1000;
            default -> v;
        };
        if (km <= 0 || km > MAX_KM) {
            throw new QueryException("radius " + text + " is out of range (more than 0, at most " + (int) MAX_KM + " km)");
        }
        return km;
    }
}
