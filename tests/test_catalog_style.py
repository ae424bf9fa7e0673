"""Typography and terminology of the six catalogs, checked on rendered messages.

Every message of every language is rendered with sample arguments (each variant of each
selector in turn); the value of each placeable is marked, so that what the translator wrote can
be told from what the bot fills in. The classes of defect checked here are those a UN
secretariat would be embarrassed by: Latin punctuation in Chinese and Arabic, spaces around
placeables in Chinese, French without its non-breaking spaces, abbreviated or non-UN month
names, a language named in the wrong language, and a term rendered several ways.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from babel.dates import get_month_names
from fluent.syntax import FluentParser, ast

from prompts import LANGUAGES, Catalog
from prompts.catalog import LOCALES_DIR
from prompts.dates import BABEL_LOCALE, UN_ARABIC_MONTHS

CATALOG = Catalog.load()
NAIROBI = ZoneInfo("Africa/Nairobi")
OPEN, CLOSE = "\ue000", "\ue001"  # marks around each placeable's value (private-use characters)
PLURAL_KEYS = {"zero", "one", "two", "few", "many", "other"}
SAMPLE_NUMBERS = (0, 1, 2, 3, 5, 11, 21, 22, 100)

# The sandbox's own commands as typed in its terminal (`:clock +7d`, `#3`, `:press 3`).
SANDBOX_COMMAND = r"(?<![\w:])(?::[a-z]+(?: [+\w.:-]+)*|#N|#\d+)"
CJK = "\u2e80-\u2fff\u3000-\u303f\u3040-\u9fff\uf900-\ufaff\uff00-\uffef"
CHINESE_CHAR = re.compile(f"[{CJK}]")


# -- rendering every message ---------------------------------------------------------------------


def _selectors(elements: list[ast.PatternElement], found: dict[str, set[str]]) -> None:
    for element in elements:
        if isinstance(element, ast.Placeable) and isinstance(element.expression, ast.SelectExpression):
            select = element.expression
            if isinstance(select.selector, ast.VariableReference):
                keys = found.setdefault(select.selector.id.name, set())
                for variant in select.variants:
                    key = variant.key
                    keys.add(key.name if isinstance(key, ast.Identifier) else key.value)
                    _selectors(variant.value.elements, found)


def _variables(elements: list[ast.PatternElement], found: set[str]) -> None:
    for element in elements:
        if not isinstance(element, ast.Placeable):
            continue
        expression = element.expression
        if isinstance(expression, ast.VariableReference):
            found.add(expression.id.name)
        elif isinstance(expression, ast.SelectExpression):
            if isinstance(expression.selector, ast.VariableReference):
                found.add(expression.selector.id.name)
            for variant in expression.variants:
                _variables(variant.value.elements, found)


def _messages(language: str) -> dict[str, ast.Message]:
    parser = FluentParser()
    messages: dict[str, ast.Message] = {}
    for path in sorted(Path(LOCALES_DIR, language).glob("*.ftl")):
        for entry in parser.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, ast.Message) and entry.value is not None:
                messages[entry.id.name] = entry
    return messages


MESSAGES = {language: _messages(language) for language in LANGUAGES}


def renderings(language: str, key: str) -> Iterator[str]:
    """The message rendered once with marked sample values, then once per selector variant
    (every plural category through sample numbers, every named variant by its name)."""
    message = MESSAGES[language][key]
    assert message.value is not None
    names: set[str] = set()
    _variables(message.value.elements, names)
    selectors: dict[str, set[str]] = {}
    _selectors(message.value.elements, selectors)
    base: dict[str, object] = {name: f"{OPEN}{name}{CLOSE}" for name in names}
    choices: dict[str, list[object]] = {}
    for name, keys in selectors.items():
        if keys <= PLURAL_KEYS:
            choices[name] = list(SAMPLE_NUMBERS)
        else:
            choices[name] = sorted(keys)
        base[name] = choices[name][0]
    yield CATALOG.t(language, key, **base)
    for name, values in choices.items():
        for value in values[1:]:
            yield CATALOG.t(language, key, **{**base, name: value})


def all_renderings(language: str) -> Iterator[tuple[str, str]]:
    for key in sorted(MESSAGES[language]):
        for text in renderings(language, key):
            yield key, text


def written(text: str) -> str:
    """The translator's own text: placeable values, commands, links, e-mail addresses, times
    and Unicode isolation marks removed (they are the bot's, or typed by people as such)."""
    text = re.sub(f"{OPEN}[^{CLOSE}]*{CLOSE}", " ", text)
    text = re.sub(r"https?://\S+|\S+@\S+\.\w+|/[a-z_]+\b", " ", text)
    text = re.sub(SANDBOX_COMMAND, " ", text)
    text = re.sub(r"\d:\d", " ", text)
    return text.replace("\u2068", "").replace("\u2069", "")


# -- Chinese ---------------------------------------------------------------------------------------


def test_chinese_has_no_latin_punctuation_in_its_own_text() -> None:
    found = []
    for key, text in all_renderings("zh"):
        own = written(text)
        if re.search(r"[,;:?!()]", own) or re.search(f"[{CJK}]\\.", own):
            found.append(f"{key}: {text!r}")
    assert not found, "Latin punctuation in Chinese:\n" + "\n".join(found)


def test_chinese_puts_no_space_between_its_text_and_a_placeable_or_a_number() -> None:
    found = []
    for key, text in all_renderings("zh"):
        text = re.sub(r"/[a-z_]+(?: [^\s，。：；]+)*", "/", text)  # a command as typed, with its arguments
        text = re.sub(SANDBOX_COMMAND, ":", text)
        if re.search(f"[{CJK}] +[{OPEN}\\d]|[{CLOSE}\\d] +[{CJK}]", text):
            found.append(f"{key}: {text!r}")
    assert not found, "space beside a placeable in Chinese:\n" + "\n".join(found)


def test_chinese_uses_one_term_for_topic_registration_and_language() -> None:
    """议题 (the report's own word) for topic, 登记 for registration, 语文 for language."""
    rendered = "\n".join(text for _, text in all_renderings("zh"))
    for variant in ("专题", "主题", "注册", "语言"):
        assert variant not in rendered, f"Chinese uses {variant}"
    for key in ("comment-ask-topic", "comment-preview-topic", "export-col-topic", "stats-topics-heading"):
        assert "议题" in next(renderings("zh", key)), key
    assert "登记" in next(renderings("zh", "reg-done-pending"))
    assert "语文" in next(renderings("zh", "menu-language"))


def test_the_chemicals_and_waste_cluster_is_named_as_the_report_names_it() -> None:
    from prompts import load_consultation

    consultation = load_consultation()
    assert "化学品和废物公约集群" in consultation.title.zh
    assert "化学品和废物公约集群" in consultation.renewed_invitation.zh


# -- Arabic ----------------------------------------------------------------------------------------


def test_arabic_uses_its_own_comma_semicolon_and_question_mark() -> None:
    found = []
    for key, text in all_renderings("ar"):
        if re.search(r"[,;?]", written(text)):
            found.append(f"{key}: {text!r}")
    assert not found, "Latin , ; or ? in Arabic:\n" + "\n".join(found)


def test_arabic_numbers_have_no_latin_thousands_separator() -> None:
    text = CATALOG.t("ar", "too-long-input", length=25000, max=20000)
    assert "25000" in text and "20000" in text and "," not in text
    assert Catalog.number("ar", 20000) == "20000"


# -- French ----------------------------------------------------------------------------------------


def test_french_has_non_breaking_spaces_before_high_punctuation_and_inside_guillemets() -> None:
    found = []
    for key, text in all_renderings("fr"):
        own = re.sub(r"https?://\S+|\d:\d", " ", re.sub(SANDBOX_COMMAND, " ", text))
        bare = re.search(r"(?<![\u00a0\u202f])[:;?!]|«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»", own)
        if bare:
            found.append(f"{key}: …{own[max(0, bare.start() - 20) : bare.end() + 5]!r}")
    assert not found, "French punctuation without a non-breaking space:\n" + "\n".join(found)


def test_french_agreement_and_plural_of_zero_and_one() -> None:
    none = CATALOG.t("fr", "mycomments-none-attachments")
    detail = CATALOG.t("fr", "mycomments-detail", attachments=none, paragraph=CATALOG.t("fr", "mycomments-none-value"))
    assert "Pièces jointes\u00a0: aucune" in detail and "Paragraphe du rapport\u00a0: aucun" in detail
    assert "Pièces jointes\u00a0: aucune" in CATALOG.t("fr", "comment-preview-no-attachments")
    assert CATALOG.t("fr", "comment-preview-comment", length=0) == "Observation (0 caractère)\u00a0:"
    assert CATALOG.t("fr", "comment-preview-comment", length=1) == "Observation (1 caractère)\u00a0:"
    assert CATALOG.t("fr", "comment-preview-comment", length=2) == "Observation (2 caractères)\u00a0:"
    assert CATALOG.t("en", "comment-preview-comment", length=1) == "Comment (1 character):"
    assert CATALOG.t("es", "comment-preview-comment", length=1) == "Observación (1 carácter):"
    assert CATALOG.t("es", "comment-preview-comment", length=0) == "Observación (0 caracteres):"


# -- every language --------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_doubled_or_stray_spaces(language: str) -> None:
    found = []
    for key, text in all_renderings(language):
        for line in text.split("\n"):
            if key == "sandbox-help" and line.startswith("  "):
                continue  # the sandbox's table of commands, in aligned columns
            if "  " in line.strip() or line != line.rstrip() or re.search(r" [,.،。，]", line):
                found.append(f"{key}: {line!r}")
    assert not found, "\n".join(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_versions_are_never_abbreviated(language: str) -> None:
    """Versions are written out ("version 2"), never "v2" or Russian "в2"."""
    item = CATALOG.t(language, "mycomments-item", reference="CW-2013-0004", topic="T", version=2)
    expected = {"ar": "النسخة", "zh": "第2版", "en": "version", "fr": "version", "ru": "версия", "es": "versión"}
    assert expected[language] in item
    assert not re.search(r"(?<!\w)[vвن]\u2068?2", item)


# -- dates -----------------------------------------------------------------------------------------

EXPECTED_DATES = {
    "ar": "6 شباط/فبراير 2013",
    "zh": "2013年2月6日",
    "en": "6 February 2013",
    "fr": "6 février 2013",
    "ru": "6 февраля 2013 года",
    "es": "6 de febrero de 2013",
}


def _abbreviations(language: str) -> list[str]:
    """CLDR's abbreviated month names that are not also the full names ("janv.", "Feb")."""
    locale = BABEL_LOCALE[language]
    short = set()
    for context in ("format", "stand-alone"):
        wide = get_month_names("wide", context=context, locale=locale)
        for month, name in get_month_names("abbreviated", context=context, locale=locale).items():
            if name != wide[month] and not name.isdigit():
                short.add(name)
    return sorted(short)


def _has_abbreviation(language: str, text: str) -> str | None:
    for name in _abbreviations(language):
        if re.search(rf"(?<!\w){re.escape(name)}(?![\w.])" if not name.endswith(".") else re.escape(name), text):
            return name
    if language == "ru" and re.search(r"\d г\.", text):
        return "г."
    return None


@pytest.mark.parametrize("language", LANGUAGES)
def test_dates_are_written_as_un_documents_write_them(language: str) -> None:
    assert Catalog.date(language, date(2013, 2, 6)) == EXPECTED_DATES[language]
    for month in range(1, 13):
        day = date(2013, month, 28)
        moment = datetime(2013, month, 28, 15, 0, tzinfo=UTC)
        texts = [
            Catalog.date(language, day),
            Catalog.datetime(language, moment, NAIROBI),
            Catalog.date_range(language, day, date(2013, month, 28)),
            Catalog.date_range(language, date(2013, month, 26), day),
            Catalog.date_range(language, date(2013, month, 27), day),
            Catalog.day_and_month(language, day),
        ]
        if month < 12:
            texts.append(Catalog.date_range(language, day, date(2013, month + 1, 2)))
        for text in texts:
            assert _has_abbreviation(language, text) is None, text
            if language == "ar":
                assert UN_ARABIC_MONTHS[month - 1] in text and "," not in text, text
            if language == "zh":
                assert not re.search(r"[,()\s]", text), text
    assert Catalog.date("fr", date(2013, 2, 1)) == "1er février 2013"


def test_the_time_of_day_and_its_zone_in_each_language() -> None:
    deadline = datetime(2013, 1, 25, 15, 0, tzinfo=UTC)
    assert Catalog.datetime("zh", deadline, NAIROBI) == "2013年1月25日18:00（内罗毕时间）"
    assert Catalog.datetime("ar", deadline, NAIROBI) == "25 كانون الثاني/يناير 2013، الساعة 18:00 (بتوقيت نيروبي)"
    assert Catalog.datetime("en", deadline, NAIROBI) == "25 January 2013, 18:00 (Nairobi time)"
    assert Catalog.datetime("fr", deadline, NAIROBI) == "25 janvier 2013 à 18:00 (heure de Nairobi)"
    assert Catalog.datetime("ru", deadline, NAIROBI) == "25 января 2013 года, 18:00 (время: Найроби)"
    assert Catalog.datetime("es", deadline, NAIROBI) == "25 de enero de 2013, a las 18:00 (hora de Nairobi)"


def test_the_meeting_days_as_the_report_gives_them() -> None:
    start, end = date(2013, 2, 6), date(2013, 2, 7)
    assert Catalog.date_range("en", start, end) == "6 and 7 February 2013"
    assert Catalog.date_range("zh", start, end) == "2013年2月6日和7日"
    assert Catalog.date_range("ar", start, end) == "6 و7 شباط/فبراير 2013"
    assert Catalog.date_range("fr", start, end) == "6 et 7 février 2013"
    assert Catalog.date_range("ru", start, end) == "6 и 7 февраля 2013 года"
    assert Catalog.date_range("es", start, end) == "6 y 7 de febrero de 2013"
    assert Catalog.date_range("en", date(2013, 2, 18), date(2013, 2, 22)) == "18–22 February 2013"
    assert Catalog.date_range("zh", date(2013, 2, 18), date(2013, 2, 22)) == "2013年2月18日至22日"
    assert Catalog.date_range("es", date(2013, 1, 31), date(2013, 2, 2)) == "31 de enero a 2 de febrero de 2013"


@pytest.mark.parametrize("language", LANGUAGES)
def test_formal_texts_carry_full_month_names(language: str) -> None:
    """The reminder, the invitation letter, the receipt and the schedule, rendered as sent."""
    deadline = Catalog.datetime(language, datetime(2013, 1, 25, 15, 0, tzinfo=UTC), NAIROBI)
    meeting = Catalog.date_range(language, date(2013, 1, 31), date(2013, 2, 1))
    expires = Catalog.date(language, date(2013, 2, 9))
    texts = [
        CATALOG.t(language, "broadcast-reminder-text", title="T", deadline=deadline, meeting=meeting),
        CATALOG.t(language, "inv-letter-text", country="C", title="T", deadline=deadline, link="L", expires=expires),
        CATALOG.t(language, "comment-receipt", reference="R", version=1, time=deadline, fingerprint="F"),
        CATALOG.t(language, "schedule-meeting", meeting=meeting),
    ]
    for text in texts:
        assert _has_abbreviation(language, text) is None, text
    if language == "ar":
        assert "كانون الثاني/يناير" in texts[0] and "شباط/فبراير" in texts[0]


# -- language names --------------------------------------------------------------------------------

IN_FRENCH = {"ar": "arabe", "zh": "chinois", "en": "anglais", "fr": "français", "ru": "russe", "es": "espagnol"}


@pytest.mark.parametrize("reader", LANGUAGES)
def test_a_language_is_named_in_the_readers_language(reader: str) -> None:
    from babel import Locale

    names = Locale.parse(BABEL_LOCALE[reader]).languages
    for code in LANGUAGES:
        name = Catalog.language_name(reader, code)
        assert name == names[code]
        detail = CATALOG.t(reader, "mycomments-detail", detected=name)
        profile = CATALOG.t(reader, "prof-details", chosen=name)
        preview = CATALOG.t(reader, "broadcast-preview-language", name=name, count=1)
        for text in (detail, profile, preview):
            assert str(name) in text
            for other in LANGUAGES:
                if other != reader and other != code:
                    assert str(names[other]) not in text.replace(str(name), "")
    if reader == "fr":
        assert "Langue détectée\u00a0: français" in CATALOG.t("fr", "mycomments-detail", detected=IN_FRENCH["fr"])
    assert Catalog.language_name(reader, "zh-cn") == names["zh"]
    assert Catalog.language_name(reader, "und") is None and Catalog.language_name(reader, None) is None


def test_language_names_are_lower_case_where_the_language_writes_them_so() -> None:
    assert Catalog.language_name("fr", "fr") == "français"
    assert Catalog.language_name("es", "fr") == "francés"
    assert Catalog.language_name("es", "es") == "español"
    assert Catalog.language_name("ru", "fr") == "французский"
    assert Catalog.language_name("en", "fr") == "French"
    assert Catalog.language_name("zh", "fr") == "法语"
    assert Catalog.language_name("ar", "fr") == "الفرنسية"
