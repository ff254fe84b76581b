#!/usr/bin/env python3
"""Check the example gold annotations against their articles and the schema in docs/gold-schema.md.

Usage:
    python3 examples/check_gold.py [--geonames path/to/cities500.txt]

Checks, for every examples/gold/<id>.json:
  - the JSON parses and has the fields of the schema, with values from the fixed vocabularies;
  - acled_event_type is the parent of acled_sub_event_type;
  - "text" is exactly the article text sitrep reads (the .txt file, the text extracted from the
    .html page, or the "text" field of the wire.jsonl record) and "published" agrees with
    published.tsv / the page metadata / the JSONL record;
  - every claim "words" and every casualty "words" is an exact substring of the text (a value made
    of several spans joined by " ... " is checked span by span);
  - casualty bounds are sane (low <= high) and dates are ISO dates;
  - with --geonames: every geonameid exists and its coordinates match the annotation.
Exits with status 1 and a list of problems when anything fails.
"""
import argparse
import html
import html.parser
import json
import re
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
GOLD = HERE / "gold"

KINDS = {"strike", "shelling", "air_strike", "drone_strike", "missile_strike", "armed_clash",
         "territorial_control", "interception", "explosion", "civilian_attack", "other"}
ACLED = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Air/drone strike", "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade", "Suicide bomb",
                                   "Chemical weapon"},
    "Violence against civilians": {"Attack", "Abduction/forced disappearance", "Sexual violence"},
    "Strategic developments": {"Disrupted weapons use", "Agreement", "Arrests",
                               "Change to group/activity", "Headquarters or base established",
                               "Looting/property destruction", "Non-violent transfer of territory",
                               "Other"},
}
STANCES = {"asserts", "denies", "disputes"}
VERIFICATION = {"unverified", "disputed", "confirmed", "not_stated"}
PRECISION = {"town", "region", "country"}
DATE_PRECISION = {"day", "week", "month", "unknown"}
TARGETS = {"civilians", "military", "infrastructure", "mixed", "unknown"}
DOC_FIELDS = ["id", "outlet", "url", "published", "published_basis", "text", "events", "not_events"]
EVENT_FIELDS = ["id", "kind", "acled_event_type", "acled_sub_event_type", "place", "date",
                "date_precision", "date_basis", "fatalities", "injured", "attacker", "target",
                "weapons", "claims", "verification", "incident"]
PLACE_FIELDS = ["name", "geonameid", "lat", "lon", "country", "admin1_name", "precision"]
CLAIM_FIELDS = ["by", "side", "stance", "about", "words"]


class _ArticleText(html.parser.HTMLParser):
    """Reader view of a page: the <h1> and the <p> paragraphs inside <article>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.current = None
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1
        elif self.depth and tag in ("h1", "p"):
            self.current = []

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1
        elif self.current is not None and tag in ("h1", "p"):
            self.parts.append(re.sub(r"\s+", " ", "".join(self.current)).strip())
            self.current = None

    def handle_data(self, data):
        if self.current is not None:
            self.current.append(data)


def html_text(page):
    """Headline line, then one line per paragraph, joined with "\\n"."""
    parser = _ArticleText()
    parser.feed(page)
    return "\n".join(parser.parts)


def html_published(page):
    m = re.search(r'<meta property="article:published_time" content="(\d{4}-\d{2}-\d{2})', page)
    return m.group(1) if m else None


def load_sources():
    """id -> (text, published) for every article in examples/articles."""
    sources = {}
    published = {}
    tsv = ARTICLES / "published.tsv"
    if tsv.exists():
        for line in tsv.read_text(encoding="utf-8").splitlines():
            if line.strip():
                name, day = line.split("\t")
                published[name] = day
    for path in sorted(ARTICLES.iterdir()):
        if path.suffix == ".txt":
            sources[path.stem] = (path.read_text(encoding="utf-8"), published.get(path.name))
        elif path.suffix == ".html":
            page = path.read_text(encoding="utf-8")
            sources[path.stem] = (html_text(page), html_published(page))
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    rec = json.loads(line)
                    sources[rec["id"]] = (rec["text"], rec.get("published"))
    return sources


def load_geonames(path):
    rows = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            rows[int(c[0])] = (float(c[4]), float(c[5]), c[8])
    return rows


def is_iso(day):
    try:
        date.fromisoformat(day)
        return True
    except (TypeError, ValueError):
        return False


def spans_ok(words, text):
    return all(part in text for part in words.split(" ... "))


def check_doc(doc, sources, geonames, problems):
    def bad(msg):
        problems.append(f"{doc.get('id', '?')}: {msg}")

    for field in DOC_FIELDS:
        if field not in doc:
            bad(f"missing field {field}")
    text = doc.get("text", "")
    src = sources.get(doc.get("id"))
    if src is None:
        bad("no article with this id in examples/articles")
    else:
        if src[0] != text:
            bad("text differs from the article text")
        if src[1] != doc.get("published"):
            bad(f"published {doc.get('published')} != source {src[1]}")
    if not is_iso(doc.get("published")):
        bad("published is not an ISO date")
    ids = set()
    for ev in doc.get("events", []):
        eid = ev.get("id", "?")
        if eid in ids:
            bad(f"duplicate event id {eid}")
        ids.add(eid)
        for field in EVENT_FIELDS:
            if field not in ev:
                bad(f"{eid}: missing field {field}")
        if ev.get("kind") not in KINDS:
            bad(f"{eid}: kind {ev.get('kind')}")
        subs = ACLED.get(ev.get("acled_event_type"))
        if subs is None or ev.get("acled_sub_event_type") not in subs:
            bad(f"{eid}: ACLED {ev.get('acled_event_type')} / {ev.get('acled_sub_event_type')}")
        place = ev.get("place") or {}
        for field in PLACE_FIELDS:
            if field not in place:
                bad(f"{eid}: place missing {field}")
        if place.get("precision") not in PRECISION:
            bad(f"{eid}: place precision {place.get('precision')}")
        if place.get("precision") == "region" and place.get("geonameid") is not None:
            bad(f"{eid}: a region carries geonameid null (coordinates are its centre's)")
        gid = place.get("geonameid")
        if geonames is not None and gid is not None:
            row = geonames.get(gid)
            if row is None:
                bad(f"{eid}: geonameid {gid} not in cities500")
            elif (row[0], row[1], row[2]) != (place.get("lat"), place.get("lon"), place.get("country")):
                bad(f"{eid}: lat/lon/country differ from cities500 row {gid}")
        if ev.get("date") is not None and not is_iso(ev["date"]):
            bad(f"{eid}: date {ev['date']}")
        if ev.get("date_precision") not in DATE_PRECISION:
            bad(f"{eid}: date_precision {ev.get('date_precision')}")
        if (ev.get("date") is None) != (ev.get("date_precision") == "unknown"):
            bad(f"{eid}: a null date goes with date_precision unknown, and only then")
        if ev.get("target") not in TARGETS:
            bad(f"{eid}: target {ev.get('target')}")
        if ev.get("verification") not in VERIFICATION:
            bad(f"{eid}: verification {ev.get('verification')}")
        if not isinstance(ev.get("weapons"), list):
            bad(f"{eid}: weapons is not a list")
        for key in ("fatalities", "injured"):
            c = ev.get(key)
            if c is None:
                continue
            low, high, words = c.get("low"), c.get("high"), c.get("words")
            if low is not None and high is not None and low > high:
                bad(f"{eid}: {key} low > high")
            if (low is not None or high is not None) and not words:
                bad(f"{eid}: {key} has a figure but no words")
            if words and not spans_ok(words, text):
                bad(f"{eid}: {key} words not in text: {words!r}")
        seen = set()
        for claim in ev.get("claims", []):
            for field in CLAIM_FIELDS:
                if field not in claim:
                    bad(f"{eid}: claim missing {field}")
            side = claim.get("side", "")
            if not (side in {"third_party", "media", "unknown", "PS"}
                    or re.fullmatch(r"[A-Z]{2}(_opposition)?", side)):
                bad(f"{eid}: side {side}")
            if claim.get("stance") not in STANCES:
                bad(f"{eid}: stance {claim.get('stance')}")
            key = (claim.get("by"), claim.get("stance"))
            if key in seen:
                bad(f"{eid}: two claims by {key[0]!r} with stance {key[1]}")
            seen.add(key)
            if not spans_ok(claim.get("words", ""), text):
                bad(f"{eid}: claim words not in text: {claim.get('words')!r}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--geonames", help="path to GeoNames cities500.txt, to check coordinates")
    args = ap.parse_args()
    sources = load_sources()
    geonames = load_geonames(args.geonames) if args.geonames else None
    problems = []
    gold_ids = set()
    incidents = {}
    n_events = 0
    for path in sorted(GOLD.glob("*.json")):
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            problems.append(f"{path.name}: invalid JSON: {e}")
            continue
        if path.stem != doc.get("id"):
            problems.append(f"{path.name}: id {doc.get('id')} differs from the file name")
        gold_ids.add(doc.get("id"))
        check_doc(doc, sources, geonames, problems)
        for ev in doc.get("events", []):
            n_events += 1
            incidents.setdefault(ev.get("incident"), []).append(f"{doc.get('id')}#{ev.get('id')}")
    for missing in sorted(set(sources) - gold_ids):
        problems.append(f"{missing}: article without a gold file")
    for key, where in sorted(incidents.items(), key=lambda kv: str(kv[0])):
        docs = {w.split("#")[0] for w in where}
        if len(where) > len(docs):
            problems.append(f"incident {key} used twice in one article: {where}")
    if problems:
        print("\n".join(problems))
        print(f"FAILED: {len(problems)} problem(s)")
        return 1
    print(f"OK: {len(gold_ids)} gold files, {n_events} events, all words found in their texts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
