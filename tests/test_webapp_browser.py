"""The review screen in a real browser: the system's headless Chromium (Debian's chromium and
chromium-driver) driven by Selenium through /usr/bin/chromedriver; nothing is downloaded.

One bot, one browser for the whole module (a browser start costs about a second, each page a
few tens of milliseconds). Selenium's calls block, and the bot's web server runs on this
test's event loop, so every browser call runs in a thread (`Browser`).

Screenshots of each page, in English (desktop) and Arabic (360 px wide), go to the folder in
SCREENSHOTS_DIR when it is set (docs/screenshots/ in the repository), else to a temporary one.
"""

from __future__ import annotations

import asyncio
import csv
import io
import os
import shutil
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import Select, WebDriverWait

from storage import audit, participants, review
from storage.models import ParticipantStatus
from tests.support.broadcasts import add_officer, add_submission
from tests.support.comments import COMMENTS_BY_LANGUAGE, focal_point, submit_comment
from tests.support.harness import BotBench, relax_flood_limits, texts
from tests.support.webapp import init_data, launch_url, webapp_bench

pytestmark = pytest.mark.asyncio(loop_scope="module")

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
OFFICER, OFFICER_AR = 710_001, 710_002
FOCAL_POINTS = {"fr": (710_011, "SN"), "zh": (710_012, "CN"), "ar": (710_013, "EG")}
HOSTILE = (710_014, "KE")
HOSTILE_COMMENT = '<script>window.pwned = 1</script><img src="x" onerror="window.pwned = 2"> <b>Merci</b> & co'
BULK = 60  # enough rows for two pages of 50


class Browser:
    """Selenium's blocking calls, each in a thread so the bot keeps serving."""

    def __init__(self, driver: WebDriver, shots: Path, downloads: Path) -> None:
        self.driver = driver
        self.shots = shots
        self.downloads = downloads

    async def download(self, selector: str, suffix: str) -> Path:
        """Click a download button and wait for the file to be complete in the downloads folder."""

        def act() -> Path:
            self.driver.find_element(By.CSS_SELECTOR, selector).click()
            found: list[Path] = []
            WebDriverWait(self.driver, 20).until(lambda d: found.extend(self.downloads.glob(f"*{suffix}")) or found)
            return found[0]

        return Path(await self.call(act))

    async def call(self, fn: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.to_thread(fn, *args)

    async def open(self, url: str, ready: str = "main") -> None:
        """Load `url` and wait for the element `ready` (a CSS selector)."""
        await self.call(self.driver.get, url)
        await self.wait_for(ready)

    async def wait_for(self, selector: str) -> None:
        def present() -> None:
            WebDriverWait(self.driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, selector))

        await self.call(present)

    async def click_and_wait(self, selector: str, ready: str) -> None:
        """Click (a submit button or a link) and wait until the next page has `ready`."""

        def act() -> None:
            old = self.driver.find_element(By.TAG_NAME, "html")
            self.driver.find_element(By.CSS_SELECTOR, selector).click()
            WebDriverWait(self.driver, 10).until(lambda d: _stale(old) and d.find_elements(By.CSS_SELECTOR, ready))

        await self.call(act)

    async def choose(self, selector: str, value: str, ready: str = "#found") -> None:
        """Pick an option of a filter: the page's script applies it at once."""

        def act() -> None:
            old = self.driver.find_element(By.TAG_NAME, "html")
            Select(self.driver.find_element(By.CSS_SELECTOR, selector)).select_by_value(value)
            WebDriverWait(self.driver, 10).until(lambda d: _stale(old) and d.find_elements(By.CSS_SELECTOR, ready))

        await self.call(act)

    async def type(self, selector: str, text: str) -> None:
        def act() -> None:
            field = self.driver.find_element(By.CSS_SELECTOR, selector)
            field.clear()
            field.send_keys(text)

        await self.call(act)

    async def text(self, selector: str) -> str:
        return str(await self.call(lambda: self.driver.find_element(By.CSS_SELECTOR, selector).text))

    async def texts(self, selector: str) -> list[str]:
        return list(await self.call(lambda: [e.text for e in self.driver.find_elements(By.CSS_SELECTOR, selector)]))

    async def script(self, source: str) -> Any:
        return await self.call(self.driver.execute_script, source)

    async def shot(self, name: str) -> None:
        await self.call(self.driver.save_screenshot, str(self.shots / f"{name}.png"))

    async def size(self, width: int, height: int) -> None:
        await self.call(self.driver.set_window_size, width, height)

    async def forget_session(self) -> None:
        await self.call(self.driver.delete_all_cookies)


def _stale(element: Any) -> bool:
    try:
        element.is_enabled()
    except Exception:  # selenium's StaleElementReferenceException: the page changed
        return True
    return False


def _driver(downloads: Path) -> WebDriver:
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager must not fetch a browser or a driver
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    options.add_experimental_option(
        "prefs", {"download.default_directory": str(downloads), "download.prompt_for_download": False}
    )
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=en"):
        options.add_argument(argument)
    options.add_argument("--window-size=1280,900")
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


class Site:
    def __init__(self, bench: BotBench, browser: Browser, references: dict[str, str]) -> None:
        self.bench = bench
        self.browser = browser
        self.references = references

    @property
    def url(self) -> str:
        assert self.bench.webapp_url is not None
        return self.bench.webapp_url

    async def submission_id(self, reference: str) -> int:
        return int(await self.bench.db.fetchval("SELECT id FROM submissions WHERE reference = ?", (reference,)))

    async def sign_in(self, telegram_id: int, **kwargs: Any) -> None:
        await self.browser.forget_session()
        await self.browser.open(launch_url(self.bench, init_data(telegram_id), **kwargs), "nav.top")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def site(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Site]:
    if shutil.which("chromium") is None or shutil.which(CHROMEDRIVER) is None:
        pytest.fail("Chromium and chromedriver are needed (apt-get install chromium chromium-driver; .ci/run does it)")
    shots = Path(os.environ.get("SCREENSHOTS_DIR") or tmp_path_factory.mktemp("screenshots"))
    await asyncio.to_thread(shots.mkdir, parents=True, exist_ok=True)
    async with webapp_bench(tmp_path_factory.mktemp("bot")) as bench:
        relax_flood_limits(bench)
        db = bench.db
        await add_officer(db, OFFICER, "en")
        await add_officer(db, OFFICER_AR, "ar")
        officer = await participants.get_by_telegram_id(db, OFFICER)
        assert officer is not None
        await participants.update_fields(db, officer.id, full_name="Grace Mwangi")
        references = {}
        for language, (user_id, country) in FOCAL_POINTS.items():
            user = await focal_point(bench, user_id, country=country, language=language, name=f"Focal {language}")
            references[language] = await submit_comment(bench, user, language=language)
        hostile = await focal_point(bench, HOSTILE[0], country=HOSTILE[1], language="fr", name="Hostile")
        references["hostile"] = await submit_comment(bench, hostile, language="fr", comment=HOSTILE_COMMENT)
        for _ in range(BULK):
            await add_submission(db, "KE")
        await review.add_tag(db, 1, {"en": "Synergies", "ar": "أوجه التآزر"}, actor=officer, now=bench.clock())
        downloads = tmp_path_factory.mktemp("downloads")
        driver = await asyncio.to_thread(_driver, downloads)
        try:
            yield Site(bench, Browser(driver, shots, downloads), references)
        finally:
            await asyncio.to_thread(driver.quit)


async def test_an_officer_opens_the_screen_from_telegram_and_finds_submissions(site: Site) -> None:
    browser = site.browser
    await site.sign_in(OFFICER, theme={"bg_color": "#101820", "text_color": "#f0f0f0", "button_color": "#3390ec"})
    assert "/app/overview" in await browser.call(lambda: browser.driver.current_url)
    # Telegram's theme colours, from the launch parameters, on this page and the next.
    assert await browser.script("return getComputedStyle(document.body).backgroundColor") == "rgb(16, 24, 32)"
    assert "States that have made a submission: 4" in await browser.text("main")
    states = await browser.texts("#states tbody td:first-child")
    assert states.index("China") < states.index("Egypt") < states.index("Kenya") < states.index("Senegal")
    await browser.shot("overview-en")

    await browser.click_and_wait("#nav-submissions", "#found")
    assert await browser.script("return getComputedStyle(document.body).backgroundColor") == "rgb(16, 24, 32)"
    assert await browser.text("#found") == f"Submissions found: {BULK + 4}"
    assert len(await browser.texts("#submissions tbody tr")) == 50
    await browser.shot("submissions-en")
    await browser.click_and_wait("#next", "#previous")
    assert len(await browser.texts("#submissions tbody tr")) == BULK + 4 - 50

    # By filter: a State, then its language as well.
    await browser.open(f"{site.url}/app/submissions", "#found")
    await browser.choose("#f-state", "CN")
    assert await browser.texts("#submissions .ref") == [site.references["zh"]]
    await browser.choose("#f-language", "zh")
    assert await browser.texts("#submissions .ref") == [site.references["zh"]]

    # By free text, in French, Chinese and Arabic (any State, any language).
    for language, words in (
        ("fr", "coopération et de la coordination"),
        ("zh", "斯德哥尔摩公约"),
        ("ar", "تمويل مستدام"),
    ):
        await browser.open(f"{site.url}/app/submissions", "#found")
        await browser.type("#q", words)
        await browser.click_and_wait("#apply", "#found")
        assert await browser.texts("#submissions .ref") == [site.references[language]], language
        assert words in await browser.text("#submissions tbody")

    # Sorted by State in the reader's collation (descending: Senegal first).
    await browser.open(f"{site.url}/app/submissions?sort=state&dir=desc", "#found")
    assert (await browser.texts("#submissions tbody td:nth-child(2)"))[0] == "Senegal"

    await browser.open(f"{site.url}/app/submissions?state=EG", "#found")
    await browser.click_and_wait(f"a.ref[href$='/{await site.submission_id(site.references['ar'])}']", "#review")
    assert COMMENTS_BY_LANGUAGE["ar"] in await browser.text("#version-1 .comment")
    await browser.shot("submission-en")
    await browser.click_and_wait("#nav-exports", "#export-xlsx")
    await browser.shot("exports-en")
    await browser.click_and_wait("#nav-focalpoints", "#fp-found")
    assert await browser.text("#fp-found") == "Focal points found: 4"
    await browser.shot("focalpoints-en")

    # A registration awaiting approval, rejected with a standard reason from the page.
    waiting = await participants.ensure(site.bench.db, 880_077, 880_077, "en")
    await participants.update_fields(
        site.bench.db, waiting.id, country_code="GH", full_name="Kofi Mensah", status=ParticipantStatus.PENDING
    )
    await browser.open(f"{site.url}/app/focalpoints", f"#pending-{waiting.id}")
    await browser.call(
        lambda: Select(browser.driver.find_element(By.ID, f"reject-reason-{waiting.id}")).select_by_value("unverified")
    )
    await browser.click_and_wait(f"#reject-{waiting.id}", "#done")
    rejected = await participants.get(site.bench.db, waiting.id)
    assert rejected is not None and rejected.status is ParticipantStatus.REJECTED
    assert rejected.rejection_reason_code == "unverified"


async def test_status_and_themes_set_in_the_screen_show_in_chat_an_export_and_the_audit(site: Site) -> None:
    browser = site.browser
    await site.sign_in(OFFICER)
    reference = site.references["zh"]
    submission_id = await site.submission_id(reference)
    await browser.open(f"{site.url}/app/submissions/{submission_id}", "#review")
    await browser.call(lambda: Select(browser.driver.find_element(By.ID, "status")).select_by_value("addressed"))
    await browser.click_and_wait("#save-status", "#done")
    synergies = next(t for t in await review.tags(site.bench.db, 1) if t.names["en"] == "Synergies")
    await browser.call(lambda: browser.driver.find_element(By.CSS_SELECTOR, f"input[value='{synergies.id}']").click())
    await browser.type("#new-tag", "Financing")
    await browser.click_and_wait("#save-tags", "#done")
    assert await browser.script("return document.getElementById('status').value") == "addressed"

    found = await review.review_of(site.bench.db, submission_id)
    assert found is not None and found.status is review.ReviewStatus.ADDRESSED
    assert sorted(t.name("en") for t in found.tags) == ["Financing", "Synergies"]
    actions = [
        (e.action, e.actor_id, e.subject) for e in await audit.entries(site.bench.db) if e.action.startswith("review.")
    ]
    assert actions[:4] == [
        ("review.tag", OFFICER, reference),
        ("review.tag", OFFICER, reference),
        ("review.tag-create", OFFICER, None),
        ("review.status", OFFICER, reference),
    ]

    # The officer's chat /read shows the same review.
    shown = texts(await site.bench.send(site.bench.user(OFFICER), f"/read {reference}"))
    assert "Addressed" in shown and "Financing" in shown and "Synergies" in shown

    # The export (the same file as /export) carries them.
    await browser.open(f"{site.url}/app/exports", "#export-csv")
    exported = await browser.download("#export-csv", ".csv")
    rows = list(csv.DictReader(io.StringIO(exported.read_text(encoding="utf-8-sig"))))
    row = next(r for r in rows if r["reference"] == reference)
    assert row["review_status"] == "addressed" and sorted(row["tags"].split("\n")) == ["Financing", "Synergies"]
    assert [e.details["source"] for e in await audit.entries(site.bench.db, "export.create")] == ["webapp"]

    # The list filters by review status and by theme.
    await browser.open(f"{site.url}/app/submissions", "#found")
    await browser.choose("#f-review", "addressed")
    assert await browser.texts("#submissions .ref") == [reference]
    await browser.open(f"{site.url}/app/submissions", "#found")
    await browser.choose("#f-tag", str(synergies.id))
    assert await browser.texts("#submissions .ref") == [reference]
    assert "Addressed" in await browser.text("#submissions tbody")


async def test_the_arabic_screen_runs_right_to_left_and_fits_a_phone(site: Site) -> None:
    browser = site.browser
    await browser.size(360, 780)
    try:
        await site.sign_in(OFFICER_AR)
        assert await browser.script("return document.documentElement.dir") == "rtl"
        assert await browser.script("return getComputedStyle(document.body).direction") == "rtl"
        assert "الدول التي قدمت مساهمات: 4" in await browser.text("main")
        # Usable at 360 px: the page itself never scrolls sideways (wide tables scroll in their box).
        width = "return [document.documentElement.scrollWidth, window.innerWidth]"
        scroll, inner = await browser.script(width)
        assert scroll <= inner
        await browser.shot("overview-ar")
        await browser.open(f"{site.url}/app/submissions", "#found")
        assert await browser.text("#found") == f"المساهمات التي عُثر عليها: {BULK + 4}"
        scroll, inner = await browser.script(width)
        assert scroll <= inner
        await browser.shot("submissions-ar")
        await browser.open(f"{site.url}/app/submissions/{await site.submission_id(site.references['ar'])}", "#review")
        assert "حالة الاستعراض" in await browser.text("#review")
        await browser.shot("submission-ar")
        await browser.open(f"{site.url}/app/exports", "#export-xlsx")
        await browser.shot("exports-ar")
        await browser.open(f"{site.url}/app/focalpoints", "#fp-found")
        scroll, inner = await browser.script(width)
        assert scroll <= inner
        await browser.shot("focalpoints-ar")
    finally:
        await browser.size(1280, 900)


async def test_focal_points_and_forged_or_expired_init_data_are_refused(site: Site) -> None:
    browser = site.browser
    before = len(await audit.entries(site.bench.db, "webapp.refused"))
    attempts = {
        "focal point": init_data(FOCAL_POINTS["fr"][0]),
        "forged": init_data(OFFICER, token="222222:FORGED-not-this-bots-token"),
        "expired": init_data(OFFICER, auth_date=int(time.time()) - 2 * 3600),
    }
    for name, data in attempts.items():
        await browser.forget_session()
        await browser.open(launch_url(site.bench, data), "#refused")
        # In the language of the person claimed (the French focal point's, the officer's).
        expected = "Accès refusé" if name == "focal point" else "Access refused"
        assert expected in await browser.text("#refused"), name
        await browser.open(f"{site.url}/app/submissions", "#refused")  # and no session was opened
    entries = (await audit.entries(site.bench.db, "webapp.refused"))[
        : len(await audit.entries(site.bench.db, "webapp.refused")) - before
    ]
    assert [e.details["reason"] for e in reversed(entries)] == [
        "not staff", "no session", "initData bad signature", "no session", "initData expired", "no session",
    ]  # fmt: skip


async def test_a_comment_holding_html_and_script_is_shown_as_text(site: Site) -> None:
    browser = site.browser
    await site.sign_in(OFFICER)
    submission_id = await site.submission_id(site.references["hostile"])
    await browser.open(f"{site.url}/app/submissions/{submission_id}", "#review")
    assert HOSTILE_COMMENT in await browser.text("#version-1 .comment")
    assert await browser.script("return window.pwned === undefined") is True
    assert await browser.texts("#version-1 .comment img, #version-1 .comment b, #version-1 .comment script") == []
    await browser.open(f"{site.url}/app/submissions?q=onerror", "#found")
    assert await browser.texts("#submissions .ref") == [site.references["hostile"]]
    assert await browser.script("return window.pwned === undefined") is True
