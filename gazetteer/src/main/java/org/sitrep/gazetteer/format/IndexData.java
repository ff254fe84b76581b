package org.sitrep.gazetteer.format;

/**
 * Everything an index file holds, as the builder produces it and the loader reads it back.
 *
 * @param header          format version and provenance
 * @param codes           the distinct country, admin1, admin2 and feature codes the columns point into
 * @param places          populated places, most populous first
 * @param regions         admin1 and admin2 divisions
 * @param countries       countries
 * @param keys            every folded key and transliteration skeleton
 * @param placeNames      key to place rows, exact names
 * @param placeSkeletons  skeleton key to place rows (fallback only)
 * @param regionNames     key to region rows, first-level divisions first
 * @param regionSkeletons skeleton key to region rows (fallback only)
 * @param countryNames    key to country rows
 * @param maxNameWords    the most words in any name key
 */
public record IndexData(IndexHeader header, StringColumn codes, PlaceColumns places, RegionColumns regions,
                        CountryColumns countries, KeyTable keys, PostingList placeNames, PostingList placeSkeletons,
                        PostingList regionNames, PostingList regionSkeletons, PostingList countryNames,
                        int maxNameWords) {
}
