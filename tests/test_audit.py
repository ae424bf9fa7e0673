"""/audit and `consultbot audit export` (issue 15): the log read by an admin, newest first, a
page at a time, narrowed by person, State, action or submission; every actor named both ways
(participant id and Telegram id); a broadcast cancelled and a comment draft discarded are
logged; the export from the command line as JSON Lines and CSV, and the directory's too."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from storage import audit
from tests.support.comments import focal_point, submit_comment, t
from tests.support.harness import ADMIN_ID, BotBench, texts
from tests.support.processes import run_cli
from tests.support.registration import admin, buttons
from tests.support.stress import officer, stored


async def test_the_admin_reads_the_log_and_exports_it(fast: BotBench, tmp_path: Path) -> None:
    bench = fast
    boss = await admin(bench)
    clerk = await officer(bench, 8601, language="en")
    kenyan = await focal_point(bench, 8602, country="KE", language="en", name="Amina Otieno")
    reference = await submit_comment(bench, kenyan, language="en")

    # A broadcast drafted then cancelled, a comment draft discarded: both now logged.
    await bench.send(clerk, "/broadcast")
    await bench.send(clerk, "/cancel")
    await bench.send(kenyan, "/comment")
    await bench.send(kenyan, "/cancel")
    await bench.press(kenyan, t(bench, "en", "comment-btn-discard"))
    clerk_row, kenyan_row = await stored(bench, clerk), await stored(bench, kenyan)
    (cancelled,) = await audit.entries(bench.db, "broadcast.cancel")
    assert (cancelled.actor_participant_id, cancelled.actor_telegram_id) == (clerk_row.id, clerk.id)
    (discarded,) = await audit.entries(bench.db, "comment.discard")
    assert (discarded.actor_participant_id, discarded.actor_telegram_id) == (kenyan_row.id, kenyan.id)
    (submitted,) = await audit.entries(bench.db, "comment.submit")
    assert (submitted.actor_participant_id, submitted.actor_telegram_id) == (kenyan_row.id, kenyan.id)

    latest = (await bench.send(boss, "/audit"))[-1].text or ""
    assert latest.startswith("Audit log: ") and t(bench, "en", "audit-usage") in latest
    assert "comment.discard" in latest
    assert f"By: Amina Otieno (participant {kenyan_row.id}, Telegram {kenyan.id})" in latest

    cancels = (await bench.send(boss, "/audit action broadcast.cancel"))[-1].text or ""
    assert "Audit log: 1 entry" in cancels and "Filter: action broadcast.cancel" in cancels
    assert f"By: participant {clerk_row.id}, Telegram {clerk.id}" in cancels
    about = (await bench.send(boss, f"/audit ref {reference.lower()}"))[-1].text or ""
    assert "comment.submit" in about and f"About: {reference}" in about and "comment.discard" not in about
    kenya = (await bench.send(boss, "/audit state Kenya action comment."))[-1].text or ""
    assert "comment.submit" in kenya and "broadcast.cancel" not in kenya
    person = (await bench.send(boss, f"/audit person {kenyan_row.id}"))[-1].text or ""
    assert "comment.discard" in person and "broadcast.cancel" not in person

    bad = texts(await bench.send(boss, "/audit whatever"))
    assert t(bench, "en", "audit-bad-filter", text="whatever") in bad and t(bench, "en", "audit-usage") in bad
    assert t(bench, "en", "audit-unknown-state", text="Atlantis") in texts(
        await bench.send(boss, "/audit state Atlantis")
    )
    assert t(bench, "en", "access-denied") in texts(await bench.send(clerk, "/audit"))

    # Paging back and to the newest again.
    for number in range(12):
        await audit.record(bench.db, "test.paging", actor_id=ADMIN_ID, subject=f"item:{number}")
    page = (await bench.send(boss, "/audit action test.paging"))[-1]
    assert "item:11" in (page.text or "") and "item:1\n" not in (page.text or "") and buttons(page) == ["Older ›"]
    await bench.press(boss, "Older ›", message_id=page.message_id)
    assert "item:1" in (page.text or "") and "item:11" not in (page.text or "")
    assert buttons(page) == ["« Newest"]
    await bench.press(boss, "« Newest", message_id=page.message_id)
    assert "item:11" in (page.text or "")

    # From the command line: JSON Lines and CSV, every actor both ways; and the directory.
    env = {"DATABASE_PATH": str(bench.database_path), "PYTHONPATH": str(Path.cwd())}
    out = tmp_path / "audit.jsonl"
    result = run_cli("audit", "export", "--format", "jsonl", "--out", str(out), "--action", "comment.", env=env)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["action"] for r in records] == ["comment.submit", "comment.discard"]
    assert all((r["actor_participant_id"], r["actor_telegram_id"]) == (kenyan_row.id, kenyan.id) for r in records)
    assert records[0]["subject"] == reference and "actor_id" not in records[0]
    table = tmp_path / "audit.csv"
    result = run_cli("audit", "export", "--format", "csv", "--out", str(table), "--country", "Kenya", env=env)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
    assert "comment.submit" in {r["action"] for r in rows}
    assert all(r["actor_telegram_id"] == str(kenyan.id) for r in rows if r["action"].startswith("comment."))
    directory_file = tmp_path / "focal-points.csv"
    result = run_cli("focalpoints", "export", "--format", "csv", "--out", str(directory_file), env=env)
    assert result.returncode == 0, result.stderr
    listed = list(csv.reader(io.StringIO(directory_file.read_text(encoding="utf-8-sig"))))
    assert listed[0][:6] == ["Code", "State", "Title", "Name", "Organization", "E-mail"]
    assert [r[3] for r in listed[1:]] == ["Amina Otieno"]
    refused = run_cli("audit", "export", "--format", "csv", "--out", str(table), "--country", "Atlantis", env=env)
    assert refused.returncode == 2 and "Atlantis" in refused.stderr
    exported = await audit.entries(bench.db, "audit.export")
    assert [e.details["source"] for e in exported] == ["cli", "cli"]


def test_help_on_the_workspace_commands() -> None:
    for command in (("focalpoints", "export"), ("audit", "export")):
        result = run_cli(*command, "--help", env={"PYTHONPATH": str(Path.cwd())})
        assert result.returncode == 0 and "usage: consultbot" in result.stdout, result.stderr
