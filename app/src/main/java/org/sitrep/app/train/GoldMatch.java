package org.sitrep.app.train;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.model.Event;
import org.sitrep.model.Place;

/**
 * Whether an extracted event and a gold one can be the same incident, by the evaluation's rules
 * (shared/eval/score.py): the same ACLED event type, places within 50 km (or, for a gold place
 * without coordinates, the same name or first-level region), dates at most a day apart (anywhere
 * inside a gold week or month).
 */
final class GoldMatch {
    static final double MATCH_KM = 50.0;
    private static final Set<String> REGION_WORDS = Set.of("oblast", "region", "province", "governorate", "state", "district");

    private GoldMatch() {
    }

    static boolean compatible(GoldArticle.GoldEvent g, Event p) {
        if (g.eventType() == null || !g.eventType().equalsIgnoreCase(p.eventType().label())) {
            return false;
        }
        GoldArticle.GoldPlace gp = g.place();
        Place pp = p.place();
        Double km = gp == null || pp == null ? null : km(gp.lat(), gp.lon(), pp.lat(), pp.lon());
        if (km == null) {
            if (!unplaced(gp, pp)) {
                return false;
            }
        } else if (km > MATCH_KM) {
            return false;
        }
        if (g.date() != null && p.date() != null) {
            Long gap = dateGap(g, p.date());
            return gap != null && gap <= 1;
        }
        return true;
    }

    private static Double km(Double lat1, Double lon1, Double lat2, Double lon2) {
        if (lat1 == null || lon1 == null || lat2 == null || lon2 == null) {
            return null;
        }
        double la1 = Math.toRadians(lat1);
        double la2 = Math.toRadians(lat2);
        double dla = la2 - la1;
        double dlo = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dla / 2), 2) + Math.cos(la1) * Math.cos(la2) * Math.pow(Math.sin(dlo / 2), 2);
        return 6371.0 * 2 * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    private static boolean unplaced(GoldArticle.GoldPlace gp, Place pp) {
        if (gp == null || pp == null) {
            return false;
        }
        String gn = fold(gp.name());
        String pn = fold(pp.name());
        String gh = fold(head(gp.name()));
        String ph = fold(head(pp.name()));
        if (!gn.isEmpty() && !pn.isEmpty() && (gh.equals(ph) || (" " + gn + " ").contains(" " + ph + " ")
                || (" " + pn + " ").contains(" " + gh + " "))) {
            return true;
        }
        String ga = fold(gp.admin1());
        String pa = fold(pp.admin1());
        boolean sameCountry = gp.country() != null && gp.country().equals(pp.country());
        return !ga.isEmpty() && !pa.isEmpty() && sameCountry && (ga.equals(pa) || (" " + ga + " ").contains(" " + pa + " ")
                || (" " + pa + " ").contains(" " + ga + " "));
    }

    private static String head(String name) {
        return name == null ? "" : name.split("\\(")[0].split(",")[0];
    }

    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(n.replaceAll("[^\\p{L}\\p{N}]+", " ").trim().split(" "))
                .filter(w -> !w.isEmpty() && !REGION_WORDS.contains(w))
                .collect(Collectors.joining(" "));
    }

    private static Long dateGap(GoldArticle.GoldEvent g, LocalDate predicted) {
        LocalDate gd;
        try {
            gd = LocalDate.parse(g.date().substring(0, Math.min(10, g.date().length())));
        } catch (DateTimeParseException e) {
            return null;
        }
        long days = Math.abs(ChronoUnit.DAYS.between(gd, predicted));
        if ("month".equals(g.datePrecision())) {
            return gd.getYear() == predicted.getYear() && gd.getMonth() == predicted.getMonth() ? 0L : days;
        }
        if ("week".equals(g.datePrecision())) {
            return Math.max(0, days - 6);
        }
        return days;
    }
}
