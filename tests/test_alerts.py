"""/alerts as officers see them (issue 15): one officer told of each new or revised submission at
once, in French; another given a daily digest at 08:00 Nairobi time, in Chinese, which
survives restarts (sent once for the hour that passed while the bot was down, never twice);
a third who chose none is told nothing."""

from __future__ import annotations

from datetime import UTC, datetime

from emulator import EmulatedUser
from prompts import countries
from services.alerts import latest_due
from storage import alerts, audit
from storage.alerts import AlertMode
from tests.support.broadcasts import sender
from tests.support.comments import focal_point, submit_comment, t
from tests.support.exports import Consultations
from tests.support.harness import BotBench
from tests.support.stress import officer, stored


async def _passes(bench: BotBench) -> None:
    """Every pass asked for has run and the outbox is drained."""
    service = bench.deps.alerts
    assert service is not None
    await service.settled()
    await service.tick()
    await sender(bench.deps).wait_idle()


def _alerts_in(user: EmulatedUser, needle: str) -> list[str]:
    return [m.text or "" for m in user.transcript if needle in (m.text or "")]


async def test_each_officer_is_told_as_they_chose(fast: BotBench) -> None:
    bench = fast
    consultation = bench.deps.consultation
    title_fr, title_zh = consultation.title.get("fr"), consultation.title.get("zh")
    at_once = await officer(bench, 8401, language="fr")
    daily = await officer(bench, 8402, language="zh")
    quiet = await officer(bench, 8403, language="en")
    kenyan = await focal_point(bench, 8501, country="KE", language="en")

    # At once, in French.
    overview = (await bench.send(at_once, "/alerts"))[-1]
    assert (overview.text or "").startswith(t(bench, "fr", "alerts-title"))
    assert t(bench, "fr", "alerts-mode-off") in (overview.text or "")
    await bench.press(at_once, title_fr[:60])
    await bench.press(at_once, "Dès réception")
    saved = at_once.transcript[-1].text or ""
    assert saved.startswith(
        t(bench, "fr", "alerts-saved", consultation=title_fr, mode=t(bench, "fr", "alerts-mode-immediate"))
    )

    # A daily digest at 08:00, Nairobi time, in Chinese.
    await bench.send(daily, "/alerts")
    await bench.press(daily, title_zh[:60])
    await bench.press(daily, "每日摘要")
    assert daily.transcript[-1].text == t(bench, "zh", "alerts-choose-hour")
    await bench.press(daily, "08:00")
    await bench.press(daily, "Africa/Nairobi")
    mode = t(bench, "zh", "alerts-mode-digest", hour="08:00", zone="Africa/Nairobi")
    assert (daily.transcript[-1].text or "").startswith(
        t(bench, "zh", "alerts-saved", consultation=title_zh, mode=mode)
    )

    # None, explicitly.
    await bench.send(quiet, "/alerts")
    await bench.press(quiet, consultation.title.get("en")[:60])
    await bench.press(quiet, "No alerts")

    reference = await submit_comment(bench, kenyan, language="en")
    await _passes(bench)
    topic = consultation.topic("basel")
    assert topic is not None
    values = {
        "reference": reference,
        "country": countries.name("KE", "fr"),
        "topic": topic.name.get("fr"),
        "type": consultation.comment_types[0].name.get("fr"),
    }
    (alert,) = _alerts_in(at_once, reference)
    assert alert == "\n".join(
        [
            t(bench, "fr", "alert-title", consultation=title_fr),
            t(bench, "fr", "alert-new", **values),
            t(bench, "fr", "alert-paragraph", paragraph=5),
        ]
    )
    # A revision (made as the comments flow records one): told as such, once.
    await Consultations(bench.db).revise(reference, "A revised comment.", at=bench.clock())
    await _passes(bench)
    await _passes(bench)
    revised = _alerts_in(at_once, t(bench, "fr", "alert-revised", version=2, **values))
    assert len(revised) == 1
    assert _alerts_in(daily, reference) == [] and _alerts_in(quiet, reference) == []

    # The digest's hour: 08:00 in Nairobi on the 11th is 05:00 UTC.
    bench.clock.set(datetime(2013, 1, 11, 6, 0, tzinfo=UTC))
    assert latest_due(bench.clock(), 8, "Africa/Nairobi") == datetime(2013, 1, 11, 5, 0, tzinfo=UTC)
    await _passes(bench)
    (digest,) = _alerts_in(daily, "每日摘要")
    chosen = await alerts.get(bench.db, (await stored(bench, daily)).id, 1)
    assert chosen is not None
    since = bench.deps.catalog.datetime("zh", chosen.updated_at, consultation.zone)
    assert digest.startswith(t(bench, "zh", "digest-title", consultation=title_zh, count=2, since=since))
    country_zh = countries.name("KE", "zh")
    assert f"• {reference} · {country_zh} · {topic.name.get('zh')}（新）" in digest
    assert f"• {reference} · {country_zh} · {topic.name.get('zh')}（第2版）" in digest
    # A restart does not send it again.
    await bench.restart()
    await _passes(bench)
    assert len(_alerts_in(daily, "每日摘要")) == 1

    # Something comes in; the bot is down when the next digest's hour passes: sent once at start.
    second = await submit_comment(bench, kenyan, language="en", topic="rotterdam")
    await _passes(bench)
    await bench.stop_bot()
    bench.clock.set(datetime(2013, 1, 12, 9, 30, tzinfo=UTC))
    await bench.start_bot()
    await _passes(bench)
    digests = _alerts_in(daily, "每日摘要")
    assert len(digests) == 2 and second in digests[1] and reference not in digests[1]
    await bench.restart()
    await _passes(bench)
    assert len(_alerts_in(daily, "每日摘要")) == 2
    assert len(_alerts_in(at_once, second)) == 1
    assert not [m for m in quiet.transcript if reference in (m.text or "") or second in (m.text or "")]

    choices = await audit.entries(bench.db, "alerts.set")
    assert sorted(str(e.details["mode"]) for e in choices) == ["digest", "immediate", "off"]
    preference = await alerts.get(bench.db, (await stored(bench, daily)).id, 1)
    assert preference is not None and preference.mode is AlertMode.DIGEST
    assert preference.last_digest_at == datetime(2013, 1, 12, 5, 0, tzinfo=UTC)
