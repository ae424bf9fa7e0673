"""A user types a country as they know it: a name in any of the six languages, a short form,
an ISO code, or an official long form; a near miss comes back as suggestions."""

from __future__ import annotations

import pytest

from prompts import LANGUAGES, countries


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Kenya", "KE"),
        ("ke", "KE"),
        ("KEN", "KE"),
        ("Kenia", "KE"),
        ("肯尼亚", "KE"),
        ("كينيا", "KE"),
        ("UK", "GB"),
        ("USA", "US"),
        ("Russia", "RU"),
        ("Россия", "RU"),
        ("Российская Федерация", "RU"),
        ("中国", "CN"),
        ("中华人民共和国", "CN"),
        ("République française", "FR"),
        ("Côte d’Ivoire", "CI"),
        ("cote d'ivoire", "CI"),
        ("European Union", "EU"),
        ("Union européenne", "EU"),
        ("欧盟", "EU"),
    ],
)
def test_a_country_is_found_however_it_is_typed(typed: str, code: str) -> None:
    found, _ = countries.search(typed)
    assert found is not None and found.code == code


def test_a_near_miss_offers_suggestions_and_nonsense_offers_none() -> None:
    found, suggestions = countries.search("Keny")
    assert found is None and "KE" in [c.code for c in suggestions]
    assert countries.search("Germny")[1][0].code == "DE"
    assert countries.search("zzzz") == (None, [])
    assert countries.search("x" * 5000) == (None, [])


def test_every_country_has_a_name_in_each_language_and_a_time_zone() -> None:
    everyone = countries.all_countries()
    assert len(everyone) >= 250 and countries.get("EU") is not None
    for country in everyone:
        for language in LANGUAGES:
            assert country.name(language)
        assert countries.timezone_for(country.code) is not None
    assert str(countries.timezone_for("KE")) == "Africa/Nairobi"
    assert str(countries.timezone_for("EU")) == "Europe/Brussels"
