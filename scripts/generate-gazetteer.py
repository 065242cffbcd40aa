#!/usr/bin/env python3
"""Writes the news reader's gazetteer of states: ISO 3166 code, the names and adjectives news
uses for a state, its capital, and whether it is a UN member.

Sources (PyPI): pycountry (ISO names), countryinfo (short names, demonyms, capitals, other
spellings; MIT), country_converter (UN membership). Run once after upgrading them:
    pip install pycountry && pip install --no-deps countryinfo country_converter
    python3 scripts/generate-gazetteer.py
"""
import csv
import importlib.util
import json
import pathlib

import pycountry

OUT = pathlib.Path(__file__).resolve().parent.parent / "Sources" / "PeaceBoardNews" / "Gazetteer" / "States.generated.swift"


def package_dir(name: str) -> pathlib.Path:
    # Located without importing: country_converter imports pandas, which the generator does not need.
    return pathlib.Path(importlib.util.find_spec(name).submodule_search_locations[0])


# Short codes that news uses as names; other two- and three-letter codes are too ambiguous ("IT", "CAN").
CODE_NAMES = {"US", "USA", "UK", "UAE", "DRC", "PRC", "DPRK", "ROK"}
# Names and adjectives news uses that the sources lack.
EXTRA = {
    "TUR": {"names": ["Turkey", "Türkiye", "Turkiye"], "adjectives": ["Turkish"]},
    "GBR": {"names": ["Britain", "Great Britain"], "adjectives": ["British"]},
    "USA": {"names": ["America", "the United States"], "adjectives": ["American", "U.S."]},
    "RUS": {"names": ["Russia"], "adjectives": ["Russian"]},
    "CHN": {"names": ["China"], "adjectives": ["Chinese"]},
    "UKR": {"adjectives": ["Ukrainian"]},
    "PSE": {"names": ["Palestine", "the Palestinian territories"], "adjectives": ["Palestinian"]},
    "COD": {"names": ["DR Congo", "Congo-Kinshasa", "Democratic Republic of Congo"]},
    "COG": {"names": ["Congo-Brazzaville", "Republic of Congo", "Congo Republic"]},
    # Wire copy writes the Central African Republic as "CAR" after the first mention, or throughout.
    "CAF": {"names": ["CAR"]},
    "CZE": {"names": ["Czech Republic", "Czechia"], "adjectives": ["Czech"]},
    "NLD": {"names": ["Netherlands", "the Netherlands", "Holland"], "adjectives": ["Dutch"]},
    "PHL": {"adjectives": ["Philippine", "Filipino"]},
    "FIN": {"adjectives": ["Finnish"]},
    "SWE": {"adjectives": ["Swedish"]},
    "DNK": {"adjectives": ["Danish"]},
    "POL": {"adjectives": ["Polish"]},
    "ESP": {"adjectives": ["Spanish"]},
    "IRL": {"adjectives": ["Irish"]},
    "NZL": {"adjectives": ["New Zealand"]},
    # Adjectives wire services use where the sources give an older or rarer form.
    "ARG": {"adjectives": ["Argentine"]},
    "BIH": {"names": ["Bosnia"], "adjectives": ["Bosnian"]},
    "CPV": {"adjectives": ["Cape Verdean"]},
    "COM": {"adjectives": ["Comorian"]},
    "DJI": {"adjectives": ["Djiboutian"]},
    "ECU": {"adjectives": ["Ecuadorian", "Ecuadoran", "Ecuadorean"]},
    "ISL": {"adjectives": ["Icelandic"]},
    "KAZ": {"adjectives": ["Kazakh"]},
    "KGZ": {"adjectives": ["Kyrgyz"]},
    "LAO": {"adjectives": ["Lao"]},
    "MDV": {"adjectives": ["Maldivian"]},
    "MKD": {"adjectives": ["North Macedonian"], "names": ["Macedonia"]},
    "NPL": {"adjectives": ["Nepali"]},
    "SAU": {"adjectives": ["Saudi"]},
    "SVN": {"adjectives": ["Slovenian"]},
    "SUR": {"adjectives": ["Surinamese"]},
    "TJK": {"adjectives": ["Tajik"]},
    "UZB": {"adjectives": ["Uzbek"]},
}

# Names the sources give one state that news uses for another: AP, Reuters and the BBC write
# "Congo" for the Democratic Republic of the Congo, and "Congo Republic" for its neighbour.
MOVED_NAMES = {"Congo": ("COG", "COD")}

# Parties to peace processes that ISO 3166-1 does not list, with the user-assigned code the EU,
# IMF and World Bank use for them.
EXTRA_STATES = [
    ("XKX", ["Kosovo", "Republic of Kosovo"], ["Kosovar", "Kosovan"], "Pristina", False),
]

# States that ISO 3166-3 lists as withdrawn, as news of past peace processes names them (Dayton's
# "Yugoslavia", Lusaka's "Zaire"). Their codes are checked against pycountry's historic countries; their
# capitals are now their successors' and are left out, so "Belgrade" and "Moscow" stay Serbia's and Russia's.
HISTORIC_STATES = {
    "YUG": (["Yugoslavia", "Federal Republic of Yugoslavia", "Socialist Federal Republic of Yugoslavia"], ["Yugoslav"]),
    "SCG": (["Serbia and Montenegro"], []),
    "SUN": (["Soviet Union", "USSR", "Union of Soviet Socialist Republics"], ["Soviet"]),
    "ZAR": (["Zaire"], ["Zairean", "Zairian"]),
    "CSK": (["Czechoslovakia"], ["Czechoslovak"]),
    "DDR": (["East Germany", "German Democratic Republic"], ["East German"]),
}
historic_codes = {getattr(country, "alpha_3", None) for country in pycountry.historic_countries}
assert set(HISTORIC_STATES) <= historic_codes, set(HISTORIC_STATES) - historic_codes

info_by_code = {}
for path in (package_dir("countryinfo") / "data").glob("*.json"):
    data = json.loads(path.read_text())
    code = data.get("ISO", {}).get("alpha3")
    if code:
        info_by_code[code] = data

un_members = set()
with open(package_dir("country_converter") / "country_data.tsv", newline="") as handle:
    for row in csv.DictReader(handle, delimiter="\t"):
        if row["UNmember"].strip():
            un_members.add(row["ISO3"])


def latin(text: str) -> bool:
    return all(ch.isascii() or ch.isalpha() and ord(ch) < 0x250 for ch in text)


entries = []
for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
    code = country.alpha_3
    info = info_by_code.get(code, {})
    names = [info.get("name"), getattr(country, "common_name", None), country.name, getattr(country, "official_name", None)]
    names += [a for a in info.get("altSpellings", []) if latin(a) and (len(a) > 4 or a in CODE_NAMES)]
    names += EXTRA.get(code, {}).get("names", [])
    names = [n for n in names if MOVED_NAMES.get(n, (None, None))[0] != code]
    names += [n for n, (_, to) in MOVED_NAMES.items() if to == code]
    adjectives = [info.get("demonym")] + EXTRA.get(code, {}).get("adjectives", [])
    capital = info.get("capital") or None

    def unique(values):
        seen, result = set(), []
        for value in values:
            if value and value not in seen and "," not in value:
                seen.add(value)
                result.append(value)
        return result

    entries.append((code, unique(names), unique(adjectives), capital, code in un_members))


entries += EXTRA_STATES
entries += [(code, names, adjectives, None, False) for code, (names, adjectives) in sorted(HISTORIC_STATES.items())]


def swift(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


lines = []
for code, names, adjectives, capital, member in entries:
    lines.append(
        f"        StateEntry(code: {swift(code)}, names: [{', '.join(map(swift, names))}], "
        f"adjectives: [{', '.join(map(swift, adjectives))}], capital: {swift(capital) if capital else 'nil'}, "
        f"isUNMember: {'true' if member else 'false'}),"
    )
OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(
    "// Generated by scripts/generate-gazetteer.py from pycountry, countryinfo and country_converter; do not edit.\n\n"
    "extension Gazetteer {\n"
    "    static let states: [StateEntry] = [\n" + "\n".join(lines) + "\n    ]\n}\n"
)
print(f"wrote {OUT.relative_to(OUT.parents[3])}: {len(entries)} states, {sum(1 for e in entries if e[4])} UN members")
