"""The directory, alerts and audit repositories (migration 0009) through a real database."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from storage import Database, alerts, audit, directory, invitations, participants, registration
from storage.alerts import AlertMode
from storage.directory import DirectoryStatus, Notice, Reason, RegisteredVia
from storage.models import ParticipantStatus, Role
from tests.support.broadcasts import add_focal_point, add_officer, add_submission

NOW = datetime(2013, 1, 10, 9, 0, tzinfo=UTC)


async def _admin(db: Database, telegram_id: int = 900_001) -> participants.Participant:
    await participants.bootstrap_admins(db, [telegram_id])
    found = await participants.get_by_telegram_id(db, telegram_id)
    assert found is not None
    return found


async def test_directory_lists_in_the_callers_order_with_search_and_paging(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "db.sqlite3")
    try:
        admin = await _admin(db)
        await add_focal_point(db, None, 101, "KE", "en", name="Amina Wanjiru Odhiambo")
        await add_focal_point(db, None, 102, "FR", "fr", name="Élodie Müller")
        await add_focal_point(db, None, 103, "CN", "zh", name="王伟")
        await add_focal_point(db, None, 104, "FR", "fr", name="Bernard Arnaud")
        pending = await participants.ensure(db, 105, 105, "ar")
        await participants.update_fields(
            db, pending.id, country_code="EG", full_name="Ahmed Hassan", status=ParticipantStatus.PENDING
        )
        await add_officer(db, 106)  # staff are not in the directory

        order = ["CN", "EG", "FR", "KE"]
        everyone = await directory.entries(db, country_order=order)
        assert [e.full_name for e in everyone] == [
            "王伟",
            "Ahmed Hassan",
            "Bernard Arnaud",
            "Élodie Müller",
            "Amina Wanjiru Odhiambo",
        ]
        assert everyone[1].status is DirectoryStatus.PENDING
        assert everyone[1].registered_via is RegisteredVia.UNDECIDED

        first = await directory.page(db, country_order=order, limit=2)
        assert (len(first.entries), first.total, first.has_next, first.has_previous) == (2, 5, True, False)
        last = await directory.page(db, country_order=order, offset=99, limit=2)
        assert last.offset == 4 and [e.full_name for e in last.entries] == ["Amina Wanjiru Odhiambo"]

        # Accents and case do not matter; a State found by name counts too.
        found = await directory.entries(db, country_order=order, search="muller")
        assert [e.full_name for e in found] == ["Élodie Müller"]
        by_state = await directory.entries(db, country_order=order, search="Kenya", search_countries=["KE"])
        assert [e.country_code for e in by_state] == ["KE"]
        active = await directory.entries(db, country_order=order, statuses=[DirectoryStatus.PENDING])
        assert [e.full_name for e in active] == ["Ahmed Hassan"]

        # Approved by an officer: who and when.
        await registration.decide(db, pending.id, approve=True, actor_id=admin.telegram_id, now=NOW)
        entry = await directory.get_entry(db, pending.id)
        assert entry is not None
        assert entry.registered_via is RegisteredVia.APPROVAL
        assert entry.registered_by == admin.id and entry.decided_at == NOW
    finally:
        await db.close()


async def test_registered_through_a_link_names_who_made_it(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "db.sqlite3")
    try:
        admin = await _admin(db)
        await participants.update_fields(db, admin.id, full_name="Kofi Mensah")
        link = await invitations.create(
            db, "KE", max_uses=1, expires_at=NOW + timedelta(days=3), created_by=admin.telegram_id, now=NOW
        )
        person = await participants.ensure(db, 201, 201, "en")
        draft = {
            "country_code": "KE",
            "full_name": "Grace Njeri",
            "title": "Director",
            "organisation": "Ministry of Environment",
            "email": "grace@example.go.ke",
            "invitation_id": link.id,
        }
        await registration.complete(db, person, draft, NOW)
        entry = await directory.get_entry(db, person.id)
        assert entry is not None
        assert entry.registered_via is RegisteredVia.LINK and entry.status is DirectoryStatus.ACTIVE
        assert entry.registered_by == admin.id and entry.registered_by_name == "Kofi Mensah"
        assert entry.registered_by_telegram_id == admin.telegram_id
        assert (entry.title, entry.organisation, entry.email) == ("Director", "Ministry of Environment", draft["email"])
        assert entry.last_activity_at is not None  # the registration itself
    finally:
        await db.close()


async def test_deactivate_reactivate_move_reject_are_audited_and_queue_the_notice(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "db.sqlite3")
    try:
        admin = await _admin(db)
        fp = await add_focal_point(db, None, 301, "KE", "fr", name="Jean Dupont")
        submission_id = await add_submission(db, "KE", fp.participant_id)
        notice = Notice(text="Vous n’êtes plus correspondant.", chat_id=301, language="fr")

        done = await directory.deactivate(
            db, fp.participant_id, reason=Reason(code="left_post"), actor=admin, now=NOW, notice=notice
        )
        assert done is not None and done.is_deactivated and not done.is_approved_focal_point
        assert done.deactivation_reason_code == "left_post"
        assert await directory.deactivate(db, fp.participant_id, reason=Reason(), actor=admin, now=NOW) is None
        # Their submission stays; they receive no broadcast.
        assert await db.fetchval("SELECT COUNT(*) FROM submissions WHERE id = ?", (submission_id,)) == 1
        assert fp.participant_id not in [p.id for p in await participants.list_approved_focal_points(db)]
        queued = await db.fetchall(
            "SELECT b.purpose, b.custom_text, d.chat_id, d.language FROM broadcasts b"
            " JOIN deliveries d ON d.broadcast_id = b.id"
        )
        assert [tuple(r) for r in queued] == [("notice", notice.text, 301, "fr")]
        entry = await directory.get_entry(db, fp.participant_id)
        assert entry is not None and entry.status is DirectoryStatus.DEACTIVATED

        back = await directory.reactivate(db, fp.participant_id, actor=admin, now=NOW)
        assert back is not None and back.is_approved_focal_point and back.deactivation_reason_code is None
        assert await directory.reactivate(db, fp.participant_id, actor=admin, now=NOW) is None

        moved = await directory.move(db, fp.participant_id, country_code="SN", actor=admin, now=NOW)
        assert moved is not None and moved.country_code == "SN"
        assert await directory.move(db, fp.participant_id, country_code="SN", actor=admin, now=NOW) is None
        # The submission stays with the State it was made for.
        assert await db.fetchval("SELECT country_code FROM submissions WHERE id = ?", (submission_id,)) == "KE"

        pending = await participants.ensure(db, 302, 302, "zh")
        await participants.update_fields(
            db, pending.id, country_code="CN", full_name="李娜", status=ParticipantStatus.PENDING
        )
        rejected = await directory.reject(
            db, pending.id, reason=Reason(text="  Not a   government official. "), actor=admin, now=NOW
        )
        assert rejected is not None and rejected.status is ParticipantStatus.REJECTED
        assert rejected.rejection_reason == "Not a government official." and rejected.decided_by == admin.id
        assert await directory.reject(db, pending.id, reason=Reason(), actor=admin, now=NOW) is None

        log = await audit.search(db, audit.AuditFilter(action="focal_point."), limit=10)
        assert [e.action for e in log] == ["focal_point.moved", "focal_point.reactivated", "focal_point.deactivated"]
        assert all(e.actor_participant_id == admin.id and e.actor_telegram_id == admin.telegram_id for e in log)
        assert log[0].details["from_country"] == "KE" and log[0].details["to_country"] == "SN"
        about_kenya = await audit.search(db, audit.AuditFilter(country="KE"), limit=50)
        assert {"focal_point.deactivated", "focal_point.moved"} <= {e.action for e in about_kenya}
        about_person = await audit.search(db, audit.AuditFilter(person=pending.id))
        assert [e.action for e in about_person] == ["registration_rejected"]
        assert about_person[0].details["reason"] == "Not a government official."
    finally:
        await db.close()


async def test_audit_actor_both_ways_for_every_action(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "db.sqlite3")
    try:
        fp = await add_focal_point(db, None, 401, "KE", "en")
        # A comment.* entry is given the participant id, any other the Telegram id.
        await audit.record(db, "comment.verify_failed", actor_id=fp.participant_id, subject="CW-2013-0001")
        await audit.record(db, "invitation_created", actor_id=fp.telegram_id, subject="invitation:1")
        await audit.record(db, "broadcast.done", actor_id=None)
        newest = await audit.search(db, limit=3)
        assert [(e.actor_participant_id, e.actor_telegram_id) for e in newest] == [
            (None, None),
            (fp.participant_id, fp.telegram_id),
            (fp.participant_id, fp.telegram_id),
        ]
        paged = await audit.search(db, before_id=newest[0].id, limit=1)
        assert paged[0].id == newest[1].id
        assert await audit.count(db, audit.AuditFilter(subject="CW-2013-0001")) == 1
    finally:
        await db.close()


async def test_migration_fills_the_actor_of_entries_written_before(tmp_path: Path) -> None:
    """A database at version 7 with entries of both kinds; after 0009 both ids are there."""
    path = tmp_path / "db.sqlite3"
    db = await Database.open(path, migrate=False)
    try:
        from storage.db import available_migrations, split_sql

        for migration in available_migrations():
            if migration.version > 7:
                break
            async with db.transaction() as tx:
                for statement in split_sql(migration.sql):
                    await tx.execute(statement)
        await db.execute("PRAGMA user_version = 7")
        stamp = NOW.isoformat()
        await db.execute(
            "INSERT INTO participants (id, telegram_id, chat_id, role, status, country_code, created_at, updated_at)"
            " VALUES (5, 555, 555, 'secretariat', 'approved', NULL, ?, ?),"
            " (6, 666, 666, 'focal_point', 'approved', 'KE', ?, ?)",
            (stamp, stamp, stamp, stamp),
        )
        for actor, action, subject in (
            (6, "comment.submit", "CW-2013-0001"),
            (555, "registration_approved", "participant:6"),
            (None, "broadcast.done", "broadcast:1"),
        ):
            await db.execute(
                "INSERT INTO audit_log (at, actor_id, action, subject, details) VALUES (?, ?, ?, ?, ?)",
                (stamp, actor, action, subject, json.dumps({})),
            )
        assert await db.migrate() >= 10
        rows = {
            r["action"]: (r["actor_id"], r["actor_participant_id"], r["actor_telegram_id"])
            for r in await db.fetchall("SELECT * FROM audit_log")
        }
        assert rows == {
            "comment.submit": (6, 6, 666),
            "registration_approved": (555, 5, 555),
            "broadcast.done": (None, None, None),
        }
        decided = await participants.get(db, 6)
        assert decided is not None and decided.decided_by == 5
    finally:
        await db.close()


async def test_alert_preferences_and_the_told_marks(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "db.sqlite3")
    try:
        await add_officer(db, 501, "fr")
        officer = await participants.get_by_telegram_id(db, 501)
        assert officer is not None and officer.role is Role.SECRETARIAT
        fp = await add_focal_point(db, None, 502, "KE", "en")
        await add_submission(db, "KE", fp.participant_id)  # before the choice: never told

        chosen = await alerts.choose(db, officer, 1, mode=AlertMode.IMMEDIATE, now=NOW)
        assert chosen.mode is AlertMode.IMMEDIATE
        assert await alerts.untold(db, 1, after_version_id=chosen.last_version_id) == []
        await add_submission(db, "KE", fp.participant_id)
        items = await alerts.untold(db, 1, after_version_id=chosen.last_version_id)
        assert [i.country_code for i in items] == ["KE"] and not items[0].revised
        [(preference, person)] = await alerts.with_mode(db, AlertMode.IMMEDIATE)
        assert person.id == officer.id
        through = items[-1].version_id
        assert await alerts.record_alert(db, preference, person, through_version_id=through, text="A", now=NOW)
        # The same pass again (a redelivery, a second wake-up) queues nothing.
        assert not await alerts.record_alert(db, preference, person, through_version_id=through, text="A", now=NOW)

        digest = await alerts.choose(
            db, officer, 1, mode=AlertMode.DIGEST, digest_hour=8, time_zone="Europe/Geneva", now=NOW
        )
        assert digest.last_version_id == through  # switching keeps what was told
        due = NOW + timedelta(hours=23)
        assert await alerts.record_digest(
            db, digest, person, due_at=due, through_version_id=through, text="Digest", now=due
        )
        again = await alerts.get(db, officer.id, 1)
        assert again is not None and again.last_digest_at == due
        assert not await alerts.record_digest(
            db, again, person, due_at=due, through_version_id=through, text="Digest", now=due
        )
        purposes = [r[0] for r in await db.fetchall("SELECT purpose FROM broadcasts ORDER BY id")]
        assert purposes == ["alert", "digest"]

        # A revoked officer is told nothing.
        await participants.revoke_secretariat(db, 501, actor_id=900_001)
        assert await alerts.with_mode(db, AlertMode.DIGEST) == []
        log = await audit.search(db, audit.AuditFilter(action="alerts.set"))
        assert [e.details["mode"] for e in log] == ["digest", "immediate"]
    finally:
        await db.close()
