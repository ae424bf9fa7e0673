"""The review screen over HTTP (webapp/): Telegram's initData check, sessions, refusals with
their audit entries, the headers of a web surface, and /review in the chat. The pages as a
person sees them are driven in a real browser in tests/test_webapp_browser.py."""

from __future__ import annotations

import html
import re
import time
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

import httpx
import pytest

from storage import audit, participants, review
from storage.models import ParticipantStatus, Role
from tests.support.broadcasts import add_focal_point, add_officer, add_submission
from tests.support.harness import ADMIN_ID, TOKEN, BotBench, texts
from tests.support.webapp import init_data, sandbox_output, webapp_bench
from webapp import auth

OFFICER = 700_001
FOCAL_POINT = 700_002


@pytest.fixture
async def web(tmp_path: Path) -> AsyncIterator[BotBench]:
    async with webapp_bench(tmp_path) as running:
        await add_officer(running.db, OFFICER, "fr")
        await add_focal_point(running.db, running.emu, FOCAL_POINT, "KE", "en")
        yield running


async def _client(bench: BotBench) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=bench.webapp_url or "", follow_redirects=False, timeout=10)


async def _xsrf(client: httpx.AsyncClient) -> str:
    page = await client.get("/app")
    assert page.status_code == 200
    found = re.search(r'name="_xsrf" value="([^"]+)"', page.text)
    assert found is not None
    return found.group(1)


async def _sign_in(client: httpx.AsyncClient, data: str) -> httpx.Response:
    token = await _xsrf(client)
    return await client.post("/app/session", data={"init_data": data, "_xsrf": token})


async def _refusals(bench: BotBench) -> list[str]:
    return [str(e.details["reason"]) for e in await audit.entries(bench.db, "webapp.refused")]


# -- the check itself ---------------------------------------------------------------------------


def test_init_data_is_checked_as_telegram_specifies() -> None:
    now = int(time.time())
    good = init_data(OFFICER, auth_date=now)
    user = auth.check(good, TOKEN, max_age=3600, now=now + 10)
    assert user.telegram_id == OFFICER and user.auth_date == now

    fields = dict(parse_qsl(good))
    altered = urlencode({**fields, "user": fields["user"].replace(str(OFFICER), str(OFFICER + 1))})
    reasons = {
        "altered": (altered, now),
        "other bot's token": (init_data(OFFICER, auth_date=now, token="654321:OTHER-token-of-another-bot"), now),
        "expired": (good, now + 3601),
        "future": (init_data(OFFICER, auth_date=now + 600), now),
        "missing": ("", now),
        "no hash": (urlencode({k: v for k, v in fields.items() if k != "hash"}), now),
        "repeated": (good + "&auth_date=1", now),
        "garbage": ("%%%===&&&", now),
    }
    found = {}
    for name, (data, at) in reasons.items():
        with pytest.raises(auth.InitDataError) as refused:
            auth.check(data, TOKEN, max_age=3600, now=at)
        found[name] = refused.value.reason
    assert found["altered"] == found["other bot's token"] == found["no hash"] == "bad signature"
    assert found["expired"] == "expired" and found["missing"] == "missing"
    assert found["future"] == "auth_date in the future" and found["repeated"] == "repeated field"
    # The limit is the configured one.
    assert auth.check(good, TOKEN, max_age=86400, now=now + 3601).telegram_id == OFFICER


# -- sessions and refusals ----------------------------------------------------------------------


async def test_officer_signs_in_and_every_page_is_a_safe_web_page(web: BotBench) -> None:
    async with await _client(web) as client:
        signed = await _sign_in(client, init_data(OFFICER, language_code="fr"))
        assert signed.status_code == 303 and signed.headers["location"] == "/app/overview"
        cookie = signed.headers["set-cookie"]
        assert cookie.startswith("cb_session=") and "HttpOnly" in cookie and "SameSite=Strict" in cookie
        assert "Path=/app" in cookie and "Secure" not in cookie  # plain http here; https gets Secure
        for path in ("/app/overview", "/app/submissions", "/app/exports"):
            page = await client.get(path)
            assert page.status_code == 200, path
            assert '<html lang="fr" dir="ltr">' in page.text  # in the officer's language
            policy = page.headers["content-security-policy"]
            assert "script-src 'self'" in policy and "unsafe-inline" not in policy
            assert page.headers["x-content-type-options"] == "nosniff"
            # No inline script: every <script> has a src on this server.
            assert all('src="/app/static/' in tag for tag in re.findall(r"<script[^>]*>", page.text))
        assert "Vue d'ensemble" in html.unescape((await client.get("/app/overview")).text)
    sessions = await audit.entries(web.db, "webapp.session")
    assert [e.actor_id for e in sessions] == [OFFICER]


async def test_what_is_refused_gets_403_and_an_audit_entry(web: BotBench) -> None:
    expired = init_data(OFFICER, auth_date=int(time.time()) - 3700)
    forged = init_data(OFFICER, token="111111:FORGED-token-not-the-bots")
    async with await _client(web) as client:
        for data in (init_data(FOCAL_POINT), forged, expired, ""):
            refused = await _sign_in(client, data)
            assert refused.status_code == 403
            assert "cb_session" not in refused.headers.get("set-cookie", "")
            assert "Access refused" in refused.text
        assert (await client.get("/app/submissions")).status_code == 403  # no session
        # A post without the XSRF token (a cross-site form) is refused too.
        assert (await client.post("/app/session", data={"init_data": init_data(OFFICER)})).status_code == 403
    assert await _refusals(web) == [
        "cross-site request (XSRF token missing or wrong)",
        "no session",
        "initData missing",
        "initData expired",
        "initData bad signature",
        "not staff",
    ]
    entries = await audit.entries(web.db, "webapp.refused")
    assert entries[-1].actor_id == FOCAL_POINT and entries[-2].actor_id == OFFICER  # as claimed, though forged


async def test_an_officer_whose_role_is_revoked_is_refused_at_the_next_request(web: BotBench) -> None:
    async with await _client(web) as client:
        assert (await _sign_in(client, init_data(OFFICER))).status_code == 303
        assert (await client.get("/app/overview")).status_code == 200
        officer = await participants.get_by_telegram_id(web.db, OFFICER)
        assert officer is not None
        await participants.update_fields(web.db, officer.id, role=Role.FOCAL_POINT)
        assert (await client.get("/app/overview")).status_code == 403
        await participants.update_fields(web.db, officer.id, role=Role.SECRETARIAT)
        # The session ended with the refusal: a new sign-in is needed.
        assert (await client.get("/app/overview")).status_code == 403
    assert await _refusals(web) == ["no session", "not staff"]


async def test_bodies_are_size_limited_and_files_come_with_their_type_and_name(web: BotBench) -> None:
    submission_id = await add_submission(web.db, "KE")
    async with await _client(web) as client:
        assert (await _sign_in(client, init_data(OFFICER))).status_code == 303
        token = await _xsrf(client)
        large = await client.post(
            f"/app/submissions/{submission_id}", data={"_xsrf": token, "action": "note", "text": "x" * 70_000}
        )
        assert large.status_code == 413
        note = await client.post(
            f"/app/submissions/{submission_id}", data={"_xsrf": token, "action": "note", "text": "Voir le § 12."}
        )
        assert note.status_code == 303
        empty = await client.post(f"/app/submissions/{submission_id}", data={"_xsrf": token, "action": "note"})
        assert empty.status_code == 400 and "La note est vide" in empty.text
        exported = await client.post("/app/exports", data={"_xsrf": token, "format": "csv"})
        assert exported.status_code == 200
        assert exported.headers["content-type"] == "text/csv; charset=utf-8"
        assert re.match(
            r'attachment; filename="CW-2013-submissions-\d{8}-\d{4}\.csv"', exported.headers["content-disposition"]
        )
        assert "CW-2013-0001" in exported.content.decode("utf-8-sig")
    found = await review.review_of(web.db, submission_id)
    assert found is not None and [n.text for n in found.notes] == ["Voir le § 12."]
    created = await audit.entries(web.db, "export.create")
    assert created[0].details["source"] == "webapp" and created[0].details["format"] == "csv"


# -- /review in the chat ------------------------------------------------------------------------


async def test_review_offers_a_web_app_button_and_a_menu_button_to_staff(tmp_path: Path) -> None:
    async with webapp_bench(tmp_path, url="https://review.example.org") as bench:
        await add_officer(bench.db, OFFICER, "en")
        await add_focal_point(bench.db, bench.emu, FOCAL_POINT, "KE", "en")
        officer = bench.user(OFFICER)
        answer = await bench.send(officer, "/review")
        button = answer[-1].reply_markup["inline_keyboard"][0][0]  # type: ignore[index]
        assert button["text"] == "Open the review screen"
        assert button["web_app"] == {"url": "https://review.example.org/app?lang=en"}
        menu = bench.emu.menu_buttons[OFFICER]
        assert menu["type"] == "web_app" and menu["web_app"]["url"] == "https://review.example.org/app"
        focal_point = bench.user(FOCAL_POINT)
        refused = texts(await bench.send(focal_point, "/review"))
        assert "Open the review screen" not in refused and FOCAL_POINT not in bench.emu.menu_buttons


async def test_without_telegram_review_gives_a_sign_in_link_that_works_once(web: BotBench) -> None:
    officer = web.user(OFFICER, language_code="fr")
    answer = texts(await web.send(officer, "/review"))
    link = re.search(r"http://127\.0\.0\.1:\d+/app/ticket/\S+", answer)
    assert link is not None and "valable une seule fois" in answer
    async with httpx.AsyncClient(follow_redirects=False, timeout=10) as client:
        first = await client.get(link.group(0))
        assert first.status_code == 303 and "cb_session=" in first.headers["set-cookie"]
        again = await client.get(link.group(0))
        assert again.status_code == 403
        assert (await client.get(link.group(0)[:-3] + "abc")).status_code == 403
    assert await _refusals(web) == ["sign-in link unknown, used or expired"] * 2


async def test_a_focal_point_with_a_status_other_than_approved_staff_gets_nothing(web: BotBench) -> None:
    officer = await participants.get_by_telegram_id(web.db, OFFICER)
    assert officer is not None
    await participants.update_fields(web.db, officer.id, status=ParticipantStatus.REJECTED)
    async with await _client(web) as client:
        assert (await _sign_in(client, init_data(OFFICER))).status_code == 403
    assert await _refusals(web) == ["not staff"]


def test_the_sandbox_serves_the_screen_and_review_prints_its_link(tmp_path: Path) -> None:
    out = sandbox_output(tmp_path, ":admin\n/review\n:quit\n")
    assert "Open the review screen in your browser with this link" in out
    assert re.search(r"http://127\.0\.0\.1:\d+/app/ticket/[A-Za-z0-9_-]+\.[0-9a-f]{32}", out), out[-2000:]


async def test_the_directory_page_and_its_acts_admins_only_for_deactivation(web: BotBench) -> None:
    from storage import directory

    person = await participants.get_by_telegram_id(web.db, FOCAL_POINT)
    assert person is not None
    async with await _client(web) as officer:
        assert (await _sign_in(officer, init_data(OFFICER))).status_code == 303
        page = html.unescape((await officer.get("/app/focalpoints?q=Kenya")).text)
        assert "Correspondants trouvés\u00a0: 1" in page and f"Focal point {FOCAL_POINT}" in page
        token = await _xsrf(officer)
        form = {"_xsrf": token, "participant": str(person.id), "confirm": "1"}
        # An officer may invite a successor (a link for the person's State) ...
        invited = await officer.post("/app/focalpoints", data={**form, "action": "successor"})
        assert invited.status_code == 303
        shown = html.unescape((await officer.get(invited.headers["location"])).text)
        link = re.search(r"https://t\.me/\w+\?start=(\S+?)<", shown)
        assert link is not None and "Kenya" in shown
        # ... but only an admin deactivates, as in the chat.
        refused = await officer.post("/app/focalpoints", data={**form, "action": "deactivate", "reason": "left_post"})
        assert refused.status_code == 403
    assert await _refusals(web) == ["focal point deactivate: admins only"]
    async with await _client(web) as admin:
        assert (await _sign_in(admin, init_data(ADMIN_ID))).status_code == 303
        token = await _xsrf(admin)
        form = {"_xsrf": token, "participant": str(person.id), "action": "deactivate", "reason": "left_post"}
        unconfirmed = await admin.post("/app/focalpoints", data=form)
        assert unconfirmed.status_code == 400 and "I confirm" in html.unescape(unconfirmed.text)
        done = await admin.post("/app/focalpoints", data={**form, "confirm": "1"})
        assert done.status_code == 303 and "done=deactivate" in done.headers["location"]
        assert "Focal points" in (await admin.get("/app/focalpoints")).text
    entry = await directory.get_entry(web.db, person.id)
    assert entry is not None and entry.status is directory.DirectoryStatus.DEACTIVATED
    assert entry.deactivation_reason_code == "left_post"
    assert [e.action for e in await audit.entries(web.db, "focal_point.deactivated")] == ["focal_point.deactivated"]
    await web.settle()
    told = texts(web.user(FOCAL_POINT).chat.since(0))
    assert "The secretariat has deactivated your registration as national focal point for Kenya" in told


async def test_an_attachment_downloads_with_its_type_and_its_name(web: BotBench) -> None:
    from storage import attachments
    from tests.support.comments import pdf_bytes

    submission_id = await add_submission(web.db, "KE")
    version_id = int(
        await web.db.fetchval("SELECT id FROM submission_versions WHERE submission_id = ?", (submission_id,))
    )
    data = pdf_bytes()
    stored, digest = await attachments.store_file(web.attachments_dir, "Observations du Kenya.pdf", data)
    await web.db.execute(
        "INSERT INTO attachments (version_id, file_name, mime_type, size, sha256, storage_path, created_at)"
        " VALUES (?, ?, 'application/pdf', ?, ?, ?, '2013-01-10T08:00:00+00:00')",
        (version_id, "Observations du Kenya.pdf", len(data), digest, stored),
    )
    async with await _client(web) as client:
        assert (await _sign_in(client, init_data(OFFICER))).status_code == 303
        page = (await client.get(f"/app/submissions/{submission_id}")).text
        link = re.search(r'href="(/app/files/\d+)" download>Observations du Kenya\.pdf<', page)
        assert link is not None
        file = await client.get(link.group(1))
        assert file.status_code == 200 and file.content == data
        assert file.headers["content-type"] == "application/pdf"
        assert file.headers["content-disposition"] == (
            "attachment; filename=\"Observations_du_Kenya.pdf\"; filename*=UTF-8''Observations%20du%20Kenya.pdf"
        )
        assert (await client.get("/app/files/999999")).status_code == 404
    downloads = await audit.entries(web.db, "webapp.download")
    assert [e.subject for e in downloads] == ["Observations du Kenya.pdf"]


async def test_in_webhook_mode_the_webhooks_server_carries_the_screen(tmp_path: Path) -> None:
    """One web stack: the webhook, /healthz and the review screen on one port."""
    from bot.app import Endpoint
    from bot.config import load_settings
    from bot.runtime import running_bot
    from bot.webhook import start_webhook, stop_webhook
    from emulator import BotApiEmulator
    from tests.support.webapp import free_port

    port = free_port()
    settings = load_settings(webhook_secret="another-s3cret", webhook_port=port, webhook_listen="127.0.0.1")
    async with BotApiEmulator(token=TOKEN) as emu:
        async with running_bot(
            database_path=tmp_path / "w.sqlite3",
            endpoint=Endpoint(TOKEN, emu.base_url, emu.base_file_url),
            attachments_dir=tmp_path / "a",
            polling=False,
            webapp_url="https://review.example.org",
        ) as app:
            await start_webhook(app, settings, f"http://127.0.0.1:{port}/telegram")
            deps = app.bot_data["deps"]
            await add_officer(deps.db, OFFICER, "ar")
            async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=10) as client:
                assert (await client.get("/healthz")).status_code == 200
                # Cookies are Secure for an https address; httpx keeps those for https only, so
                # this test (plain http to the local port) passes them back by hand.
                launch = await client.get("/app")
                assert "Secure" in launch.headers["set-cookie"]
                xsrf = launch.cookies["_xsrf"]
                form = re.search(r'name="_xsrf" value="([^"]+)"', launch.text)
                assert form is not None
                client.cookies.set("_xsrf", xsrf)
                signed = await client.post(
                    "/app/session", data={"init_data": init_data(OFFICER), "_xsrf": form.group(1)}
                )
                assert signed.status_code == 303 and "Secure" in signed.headers["set-cookie"]
                client.cookies.set("cb_session", signed.cookies["cb_session"])
                page = await client.get("/app/overview")
                assert page.status_code == 200 and '<html lang="ar" dir="rtl">' in page.text
            await stop_webhook(app)


# -- search, sorting and the chart ----------------------------------------------------------------


def _references(page: str) -> list[str]:
    return re.findall(r'class="ref">(CW-\d{4}-\d{4})<', page)


async def test_free_text_is_case_and_accent_insensitive_in_every_script(web: BotBench) -> None:
    """Cyrillic capitals, French accents and the Spanish ñ match however they are typed
    (the folded search column of migration 0013); a comment can be sorted, in the reader's
    collation."""
    comments = {
        "RU": "ПРЕДЛАГАЕМ усилить координацию; Ёмкость секретариата.",
        "FR": "Élaboration des stratégies nationales, été 2013.",
        "ES": "La señora ministra propone un AÑO de transición.",
        "KE": "election of the bureau",
    }
    ids = {}
    for code, comment in comments.items():
        ids[code] = await add_submission(web.db, code)
        await web.db.execute("UPDATE submission_versions SET comment = ? WHERE submission_id = ?", (comment, ids[code]))
    reference = {
        code: str(await web.db.fetchval("SELECT reference FROM submissions WHERE id = ?", (i,)))
        for code, i in ids.items()
    }
    searches = {
        "предлагаем": ["RU"],  # typed in small letters, stored in capitals
        "ЁМКОСТЬ": ["RU"],
        "емкость": ["RU"],  # ё typed as е
        "ELABORATION": ["FR"],
        "stratégies": ["FR"],
        "ÉTÉ": ["FR"],
        "SEÑORA": ["ES"],
        "senora": ["ES"],
        "año": ["ES"],
        "élection": ["KE"],  # an accent typed where the text has none
        "cw-2013": ["RU", "FR", "ES", "KE"],  # the reference, in small letters
    }
    async with await _client(web) as client:
        assert (await _sign_in(client, init_data(OFFICER))).status_code == 303
        for typed, expected in searches.items():
            page = (await client.get("/app/submissions", params={"q": typed})).text
            assert _references(page) == [reference[c] for c in expected], typed
        # Sorted by comment, in French collation: "Élaboration" before "election" before "La",
        # Cyrillic after Latin (code points would give La, election, Élaboration).
        page = (await client.get("/app/submissions", params={"sort": "comment"})).text
        assert _references(page) == [reference[c] for c in ("FR", "KE", "ES", "RU")]
        assert 'id="sort-comment"' in page
        page = (await client.get("/app/submissions", params={"sort": "comment", "dir": "desc"})).text
        assert _references(page) == [reference[c] for c in ("RU", "ES", "KE", "FR")]
        page = (await client.get("/app/submissions", params={"sort": "comment", "q": "A"})).text
        assert _references(page) == [reference[c] for c in ("FR", "KE", "ES")]  # filtered, then sorted


async def test_the_chart_counts_by_the_consultations_day(web: BotBench) -> None:
    """22:30 UTC on 10 January is already 11 January in Nairobi (the consultation's zone)."""
    from datetime import date

    from prompts import Catalog

    late = await add_submission(web.db, "KE")
    await add_submission(web.db, "FR")  # 08:00 UTC on 10 January: 11:00 in Nairobi
    await web.db.execute("UPDATE submissions SET created_at = '2013-01-10T22:30:00+00:00' WHERE id = ?", (late,))
    async with await _client(web) as client:
        assert (await _sign_in(client, init_data(OFFICER))).status_code == 303
        page = html.unescape((await client.get("/app/overview")).text)
    bars = re.findall(r'<rect class="bar"[^>]*><title>([^<]+)</title>', page)
    assert bars == [f"{Catalog.date('fr', date(2013, 1, d))}: 1" for d in (10, 11)], bars


async def test_pending_registrations_are_approved_or_rejected_with_a_reason_on_the_focal_points_page(
    web: BotBench,
) -> None:
    """As the chat's Approve and Reject: the standard reasons, the person told in their language
    through the outbox (with the reason), audited; the form needs its XSRF token and a staff role."""
    from handlers import focalpoints
    from webapp import server

    assert server.REJECTION_REASONS == focalpoints.REJECTION_REASONS and server.NO_REASON == focalpoints.NO_REASON
    waiting = await add_focal_point(web.db, web.emu, 700_003, "ES", "es", name="Lucía Peña")
    await participants.update_fields(web.db, waiting.participant_id, status=ParticipantStatus.PENDING)
    accepted = await add_focal_point(web.db, web.emu, 700_004, "FR", "fr")
    await participants.update_fields(web.db, accepted.participant_id, status=ParticipantStatus.PENDING)
    async with await _client(web) as client:
        assert (await _sign_in(client, init_data(OFFICER))).status_code == 303
        page = html.unescape((await client.get("/app/focalpoints")).text)
        assert f'id="pending-{waiting.participant_id}"' in page and "Lucía Peña" in page
        assert 'value="not_government"' in page
        form = {"participant": str(waiting.participant_id), "action": "reject"}
        # No XSRF token: refused before anything is read.
        assert (await client.post("/app/focalpoints", data={**form, "reason": "not_government"})).status_code == 403
        token = await _xsrf(client)
        # "Type another reason" with nothing typed: a polite error, nothing decided.
        empty = await client.post("/app/focalpoints", data={**form, "_xsrf": token, "reason": "", "reason_text": " "})
        assert empty.status_code == 400 and "Veuillez saisir le motif" in html.unescape(empty.text)
        person = await participants.get(web.db, waiting.participant_id)
        assert person is not None and person.status is ParticipantStatus.PENDING
        done = await client.post("/app/focalpoints", data={**form, "_xsrf": token, "reason": "not_government"})
        assert done.status_code == 303 and "done=reject" in done.headers["location"]
        again = await client.post("/app/focalpoints", data={**form, "_xsrf": token, "reason": "unverified"})
        assert "done=none" in again.headers["location"]  # the first decision counts
        approve = {"participant": str(accepted.participant_id), "action": "approve", "_xsrf": token}
        approved = await client.post("/app/focalpoints", data=approve)
        assert approved.status_code == 303 and "done=approve" in approved.headers["location"]
        # The role is read at every request: an officer no longer staff is refused.
        officer = await participants.get_by_telegram_id(web.db, OFFICER)
        assert officer is not None
        await participants.update_fields(web.db, officer.id, role=Role.FOCAL_POINT)
        refused = await client.post("/app/focalpoints", data={**form, "_xsrf": token, "reason": "unverified"})
        assert refused.status_code == 403
    person = await participants.get(web.db, waiting.participant_id)
    assert person is not None and person.status is ParticipantStatus.REJECTED
    entries = await audit.entries(web.db, "registration_rejected")
    assert [e.details.get("reason_code") for e in entries] == ["not_government"]
    await web.settle()
    told = texts(web.user(700_003).chat.since(0))
    assert "Su inscripción como coordinador nacional para España no ha sido aprobada" in told
    assert "Motivo: Los datos facilitados no corresponden a un organismo gubernamental." in told
    now_approved = await participants.get(web.db, accepted.participant_id)
    assert now_approved is not None and now_approved.status is ParticipantStatus.APPROVED
    assert [e.subject for e in await audit.entries(web.db, "registration_approved")] == [
        f"participant:{accepted.participant_id}"
    ]
    welcomed = texts(web.user(700_004).chat.since(0))
    assert "approuvée" in welcomed and "/start" in welcomed
