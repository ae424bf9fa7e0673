"""States named as the United Nations names them, and recognised however people type them.

The names come from prompts/data/un-country-names.csv (UNTERM, M49); what people type is
matched against ISO codes, the UN short, formal and M49 names, CLDR's names and the aliases
of prompts/data/country-aliases.csv, ignoring case, accents, punctuation and invisible marks.
"""

from __future__ import annotations

import csv

import pytest

from prompts import LANGUAGES, collation, countries, load_consultation
from prompts.invitation_countries import UN_MEMBER_STATES, invited_countries

# (what a person types, the State meant). Official, formal, M49, former, colloquial names and
# codes, in the six languages; spelled loosely (case, accents, punctuation, articles).
RESOLVES = [
    # codes
    ("ke", "KE"),
    ("KEN", "KE"),
    ("kor", "KR"),
    ("EU", "EU"),
    ("UK", "GB"),
    ("USA", "US"),
    ("DRC", "CD"),
    ("RDC", "CD"),
    ("КНДР", "KP"),
    ("РФ", "RU"),
    # UN short names, with or without their article, in six languages
    ("Republic of Korea", "KR"),
    ("the Republic of Korea", "KR"),
    ("República de Corea", "KR"),
    ("République de Corée", "KR"),
    ("Республика Корея", "KR"),
    ("大韩民国", "KR"),
    ("جمهورية كوريا", "KR"),
    ("Democratic Republic of the Congo", "CD"),
    ("République démocratique du Congo", "CD"),
    ("Federación de Rusia", "RU"),
    ("la Fédération de Russie", "RU"),
    ("Российская Федерация", "RU"),
    ("俄罗斯联邦", "RU"),
    ("الاتحاد الروسي", "RU"),
    ("Kenia", "KE"),
    ("肯尼亚", "KE"),
    ("كينيا", "KE"),
    ("Chequia", "CZ"),
    ("Tchéquie", "CZ"),
    ("Türkiye", "TR"),
    ("turkiye", "TR"),
    ("Côte d’Ivoire", "CI"),
    ("cote d'ivoire", "CI"),
    ("COTE DIVOIRE", "CI"),
    ("Кот-д’Ивуар", "CI"),
    ("科特迪瓦", "CI"),
    ("Viet Nam", "VN"),
    ("Santa Sede", "VA"),
    ("État de Palestine", "PS"),
    ("Estados Unidos de América", "US"),
    ("Соединенное Королевство Великобритании и Северной Ирландии", "GB"),
    ("Union européenne", "EU"),
    ("欧洲联盟", "EU"),
    ("الاتحاد الأوروبي", "EU"),
    # formal names
    ("the Republic of Kenya", "KE"),
    ("République française", "FR"),
    ("中华人民共和国", "CN"),
    ("the Plurinational State of Bolivia", "BO"),
    ("la República Bolivariana de Venezuela", "VE"),
    ("Исламская Республика Иран", "IR"),
    # M49 and CLDR names
    ("Bolivia (Plurinational State of)", "BO"),
    ("Congo - Kinshasa", "CD"),
    ("Congo-Brazzaville", "CG"),
    ("Myanmar (Burma)", "MM"),
    ("St. Kitts & Nevis", "KN"),
    # former and colloquial names
    ("Turkey", "TR"),
    ("Turquie", "TR"),
    ("Swaziland", "SZ"),
    ("Czech Republic", "CZ"),
    ("República Checa", "CZ"),
    ("Ivory Coast", "CI"),
    ("ساحل العاج", "CI"),
    ("Cape Verde", "CV"),
    ("East Timor", "TL"),
    ("South Korea", "KR"),
    ("Corée du Sud", "KR"),
    ("韩国", "KR"),
    ("North Korea", "KP"),
    ("朝鲜", "KP"),
    ("Russia", "RU"),
    ("Россия", "RU"),
    ("Vietnam", "VN"),
    ("Laos", "LA"),
    ("Syria", "SY"),
    ("Iran", "IR"),
    ("Bolivia", "BO"),
    ("Tanzania", "TZ"),
    ("Moldova", "MD"),
    ("Молдавия", "MD"),
    ("Vatican", "VA"),
    ("Congo-Kinshasa", "CD"),
    ("Великобритания", "GB"),
    ("Белоруссия", "BY"),
    ("Burma", "MM"),
    ("Holland", "NL"),
    ("America", "US"),
    ("中国", "CN"),
    ("Zaïre", "CD"),
    ("Macedonia", "MK"),
    # invisible characters of a pasted text
    ("\u2068Kenya\u2069", "KE"),
    ("\u200fكينيا\u200f", "KE"),
    ("Ke\u00adnya", "KE"),
]

# Ambiguous or mistyped: the candidates offered, the right one first.
CANDIDATES = [
    ("Congo", "CG", {"CG", "CD"}),
    ("Конго", "CG", {"CG", "CD"}),
    ("Guinea", "GN", {"GN", "GW", "GQ", "PG"}),
    ("Guinée", "GN", {"GN", "GW", "GQ", "PG"}),
    ("Korea", "KR", {"KR", "KP"}),
    ("Corea", "KR", {"KR", "KP"}),
    ("كوريا", "KR", {"KR", "KP"}),
]
NEAR_MISSES = [
    ("Republic of Corea", "KR"),
    ("Repubic of Korea", "KR"),
    ("Korea Republic", "KR"),
    ("Republica de Korea", "KR"),
    ("Russian Federaton", "RU"),
    ("Untied Kingdom", "GB"),
    ("Democratic Republic Congo", "CD"),
    ("Keny", "KE"),
    ("Germny", "DE"),
    ("Holly See", "VA"),
    ("Tanzaina", "TZ"),
]


@pytest.mark.parametrize(("typed", "code"), RESOLVES)
def test_a_state_is_recognised_however_it_is_typed(typed: str, code: str) -> None:
    found = countries.match(typed)
    assert found.country is not None, (typed, [c.code for c in found.candidates])
    assert found.country.code == code


@pytest.mark.parametrize(("typed", "first", "expected"), CANDIDATES)
def test_a_name_of_several_states_offers_them_all_likeliest_first(typed: str, first: str, expected: set[str]) -> None:
    found = countries.match(typed)
    assert found.country is None and found.ambiguous
    assert found.candidates[0].code == first and {c.code for c in found.candidates} == expected


@pytest.mark.parametrize(("typed", "first"), NEAR_MISSES)
def test_a_near_miss_puts_the_closest_official_name_first(typed: str, first: str) -> None:
    found = countries.match(typed)
    assert found.country is None and not found.ambiguous
    assert found.candidates and found.candidates[0].code == first


def test_the_table_covers_sixty_names_in_six_languages() -> None:
    assert len(RESOLVES) + len(CANDIDATES) + len(NEAR_MISSES) >= 60


def test_nonsense_and_floods_offer_nothing() -> None:
    assert countries.search("zzzz") == (None, [])
    assert countries.search("x" * 5000) == (None, [])
    assert countries.search("\u200b\u2068\u2069") == (None, [])


def test_names_as_the_un_writes_them_in_each_form() -> None:
    name = countries.name
    assert name("KE", "fr") == "Kenya" and name("KE", "fr", "running") == "le Kenya"
    assert name("DZ", "fr", "running") == "l'Algérie"
    assert name("RU", "fr", "running") == "la Fédération de Russie"
    assert name("BS", "fr", "running") == "les Bahamas"
    assert name("CU", "fr", "running") == "Cuba"
    assert name("CG", "es", "running") == "el Congo" and name("CG", "es") == "Congo"
    assert name("RU", "en", "running") == "the Russian Federation" and name("KE", "en", "running") == "Kenya"
    assert name("RU", "ru", "running") == "Российская Федерация"
    assert name("BO", "en") == "Bolivia (Plurinational State of)"
    assert name("BO", "en", "running") == "the Plurinational State of Bolivia"
    assert name("KE", "en", "formal") == "the Republic of Kenya"
    assert name("KE", "fr", "title") == "République du Kenya"
    # Protocol: no CLDR colloquialisms, no status marks.
    assert name("KP", "en") == "Democratic People's Republic of Korea"
    assert name("KP", "fr") == "République populaire démocratique de Corée"
    assert name("CD", "en") == "Democratic Republic of the Congo"
    assert name("MM", "en") == "Myanmar" and name("KN", "en") == "Saint Kitts and Nevis"
    assert name("VA", "en") == "Holy See" and name("PS", "en") == "State of Palestine"
    assert name("KE", "es") == "Kenya" and name("CI", "ar") == "كوت ديفوار"
    # The European Union as the data's README names it.
    assert [name("EU", lang) for lang in ("en", "fr", "es", "ru", "zh", "ar")] == [
        "European Union",
        "Union européenne",
        "Unión Europea",
        "Европейский союз",
        "欧洲联盟",
        "الاتحاد الأوروبي",
    ]
    assert name("EU", "fr", "running") == "l'Union européenne"
    assert name("XX", "en") == "XX"


def test_every_invited_state_has_all_six_names_and_a_time_zone() -> None:
    consultation = load_consultation()
    invited = set(invited_countries(consultation)) | set(consultation.invited_countries)
    assert len(UN_MEMBER_STATES) == 193 and invited >= UN_MEMBER_STATES | {"EU"}
    for code in invited:
        country = countries.get(code)
        assert country is not None, code
        for language in LANGUAGES:
            for form in ("short", "running", "formal", "title"):
                value = country.name(language, form)
                assert value and "*" not in value and "(" + "the)" not in value, (code, language, form)
        assert countries.timezone_for(code) is not None
    assert str(countries.timezone_for("KE")) == "Africa/Nairobi"
    assert str(countries.timezone_for("EU")) == "Europe/Brussels"


def test_every_alias_names_known_states() -> None:
    with countries.ALIASES_FILE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) > 200
    for row in rows:
        codes = row["codes"].split()
        assert codes and all(countries.get(code) is not None for code in codes), row
        found = countries.match(row["alias"])
        if len(codes) == 1:
            assert found.country is not None and found.country.code == codes[0], row
        else:
            assert [c.code for c in found.candidates] == codes, row


@pytest.mark.parametrize(
    ("language", "codes", "expected"),
    [
        ("fr", ["CI", "CR", "CU", "HR"], ["Costa Rica", "Côte d'Ivoire", "Croatie", "Cuba"]),
        ("en", ["TV", "TR", "TM"], ["Türkiye", "Turkmenistan", "Tuvalu"]),
        ("es", ["CZ", "CL", "CN", "CO", "DK"], ["Chequia", "Chile", "China", "Colombia", "Dinamarca"]),
        ("en", ["ST", "SY", "SE"], ["Sao Tome and Principe", "Sweden", "Syrian Arab Republic"]),
        ("ru", ["AT", "AU", "AZ"], ["Австралия", "Австрия", "Азербайджан"]),
        # Chinese by pinyin: A'erbaniya, A'erjiliya, Afuhan, Agenting ... Zhongguo.
        ("zh", ["CN", "AR", "AF", "DZ", "AL"], ["阿尔巴尼亚", "阿尔及利亚", "阿富汗", "阿根廷", "中国"]),
        ("ar", ["EG", "DZ", "JO"], ["الأردن", "الجزائر", "مصر"]),
    ],
)
def test_lists_of_states_follow_the_readers_alphabet(language: str, codes: list[str], expected: list[str]) -> None:
    names = [countries.name(code, language) for code in codes]
    assert collation.sorted_for(language, names) == expected
