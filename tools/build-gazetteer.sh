#!/usr/bin/env bash
# Rebuilds the gazetteer index bundled in sitrep-gazetteer from GeoNames extracts.
#   tools/build-gazetteer.sh [GEONAMES_DIR] [OUTPUT_FILE]
# GEONAMES_DIR holds cities500.txt, admin1CodesASCII.txt, admin2Codes.txt and countryInfo.txt
# (default ../shared/geonames, relative to the repository root). Paths are taken relative to the
# repository root. The output is deterministic: the same extracts give the same bytes.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
input="${1:-../shared/geonames}"
output="${2:-gazetteer/src/main/resources/org/sitrep/gazetteer/geonames.idx}"

for f in cities500.txt admin1CodesASCII.txt admin2Codes.txt countryInfo.txt; do
  if [[ ! -f "$input/$f" ]]; then
    echo "build-gazetteer: $input/$f not found (download it from https://download.geonames.org/export/dump/)" >&2
    exit 1
  fi
done

mvn -q -B -pl gazetteer -am compile
java -Xmx2g -cp gazetteer/target/classes org.sitrep.gazetteer.build.GazetteerBuilder "$input" "$output"
