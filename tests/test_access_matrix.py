"""Access control matrix: every command and every button, for every role, in private chats and
in groups: allowed exactly where the design says, refused elsewhere with a clear message in the
person's language; and a focal point never sees another country's submissions.

Each cell of the matrix is played by a person of its own (created in storage in their role),
so that cells do not disturb each other and a whole matrix is one batch for the bot. Buttons
that act on something (approve a registration, revoke a link, withdraw a submission, /grant,
/revoke, /invite, /letters) get a target of their own per cell: a refused cell must leave its
target as it was, an allowed one must have done its work. Which answer belongs to which
update is taken from the bot's own handling (tests/stress_support.py: AnswerLog).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from itertools import count
from typing import Any

import pytest

from emulator import EmulatedChat, EmulatedUser
from handlers import facts
from handlers.access import POLICY, Audience
from prompts import dated
from storage import broadcasts, consultations, directory, drafts, invitations, participants, review, submissions
from storage.models import Participant, ParticipantStatus, Role
from tests.support.broadcasts import add_focal_points, add_submission
from tests.support.harness import ADMIN_ID, BotBench
from tests.support.stress import Answer, AnswerLog, UnthrottledBench, person, t, texts, write_until_preview

# -- the design ---------------------------------------------------------------------------------

ANYONE = ("start", "help", "language", "profile", "forget", "cancel", "verify")
FOCAL_POINTS = ("comment", "mycomments")
STAFF = (
    "invite", "invites", "letters", "pending", "approve", "broadcast", "schedule", "status", "export", "stats",
    "consultations",
    "broadcasts",
    "extensions",
    "review_screen",
    "read", "review", "tags",  # the workspace (issue 15)
)  # fmt: skip
ADMINS = ("grant", "revoke")
# The secretariat's workspace (issue 15): officers read the directory, invite a successor and
# choose their alerts; only admins deactivate, reactivate or move people, and read the log.
STAFF += ("focalpoints", "alerts")
ADMINS += ("focalpoints_manage", "audit")


@dataclass(frozen=True)
class Profile:
    """A row of the matrix: who the person is to the bot."""

    name: str
    language_code: str  # the Telegram client's language
    role: Role | None = None  # None: never wrote to the bot (no participant row)
    status: ParticipantStatus = ParticipantStatus.APPROVED
    country: str | None = None
    language: str = "en"  # the chosen language (participant row)
    deactivated: bool = False  # deactivated by an admin (storage/directory.py): still approved

    @property
    def speaks(self) -> str:
        """The language every answer must be in: the chosen one, else the client's."""
        return self.language if self.role is not None else self.language_code


ROLES = (
    Profile("unregistered", "ar"),
    Profile("new", "zh", Role.FOCAL_POINT, ParticipantStatus.NEW, None, "zh"),
    Profile("pending", "ru", Role.FOCAL_POINT, ParticipantStatus.PENDING, "KZ", "ru"),
    Profile("rejected", "es", Role.FOCAL_POINT, ParticipantStatus.REJECTED, "CL", "es"),
    Profile("erased", "en", Role.FOCAL_POINT, ParticipantStatus.ERASED, "KE", "en"),
    Profile("focal point", "fr", Role.FOCAL_POINT, ParticipantStatus.APPROVED, "KE", "fr"),
    Profile("focal point of another country", "ar", Role.FOCAL_POINT, ParticipantStatus.APPROVED, "EG", "ar"),
    Profile("secretariat", "es", Role.SECRETARIAT, ParticipantStatus.APPROVED, None, "es"),
    Profile("admin", "ru", Role.ADMIN, ParticipantStatus.APPROVED, None, "ru"),
    # Deactivated (issue 15): keeps the status approved, with deactivated_at set; Kenya's, so that
    # Kenya's submissions in the cells would be theirs to withdraw or revise were they allowed.
    Profile("deactivated focal point", "en", Role.FOCAL_POINT, ParticipantStatus.APPROVED, "KE", "zh", True),
)


def refusal(role: Profile, action: str | None) -> str | None:
    """The catalog key that refuses `action` to `role` by design; None if it is allowed."""
    if action is None or action in ANYONE:
        return None
    approved_focal_point = role.role is Role.FOCAL_POINT and role.status is ParticipantStatus.APPROVED
    if action in FOCAL_POINTS:
        if approved_focal_point and role.deactivated:
            return "access-deactivated"
        if approved_focal_point:
            return None
        if role.role in (Role.SECRETARIAT, Role.ADMIN):
            return "access-focal-points-only"
        return {
            ParticipantStatus.PENDING: "access-pending",
            ParticipantStatus.REJECTED: "access-rejected",
        }.get(role.status, "access-not-registered")
    if action in STAFF:
        return None if role.role in (Role.SECRETARIAT, Role.ADMIN) else "access-denied"
    assert action in ADMINS
    return None if role.role is Role.ADMIN else "access-denied"


REFUSALS = ("access-not-registered", "access-pending", "access-rejected", "access-focal-points-only", "access-denied",
            "access-private-only")  # fmt: skip
REFUSALS += ("access-deactivated",)

# Commands, each with arguments that would change something if it were allowed. `{x}` is a
# target made for the cell (see `Matrix.target`).
COMMANDS = (
    ("/start", "start"), ("/help", "help"), ("/language", "language"), ("/profile", "profile"),
    ("/forget", "forget"), ("/cancel", "cancel"), ("/verify {ke_reference}", "verify"), ("/comment", "comment"),
    ("/mycomments", "mycomments"), ("/invite Kenya 1 1", "invite"), ("/invites", "invites"),
    ("/letters KE", "letters"), ("/pending", "pending"), ("/grant {newcomer}", "grant"),
    ("/revoke {officer}", "revoke"), ("/broadcast", "broadcast"), ("/schedule", "schedule"), ("/status", "status"),
    ("/export", "export"), ("/stats", "stats"), ("/status Kenya", "status"), ("/consultations", "consultations"),
    ("/broadcasts", "broadcasts"),
    ("/extensions", "extensions"),
    ("/focalpoints", "focalpoints"), ("/focalpoints Kenya", "focalpoints"), ("/alerts", "alerts"),
    ("/audit", "audit"), ("/audit state Kenya", "audit"),
    ("/review", "review_screen"),
    ("/read {ke_reference}", "read"), ("/tags", "tags"),
)  # fmt: skip
# Every callback prefix and action (the CallbackData classes in handlers/), pressed by someone
# outside any conversation: the policy action guarding it, or None where no handler takes it
# outside its conversation (the button is then stale for everyone).
BUTTONS = (
    ("menu:comment", "comment"), ("menu:mycomments", "mycomments"), ("menu:profile", "profile"),
    ("menu:broadcast", "broadcast"), ("menu:status", "status"), ("menu:schedule", "schedule"),
    ("menu:export", "export"), ("menu:pending", "pending"), ("menu:invites", "invites"), ("menu:help", "help"),
    ("menu:language", "language"), ("lang:lang:es", "language"),
    ("cm:topic:basel", "comment"), ("cm:type:specific", "comment"), ("cm:para:5", "comment"),
    ("cm:done", "comment"), ("cm:keepcomment", "comment"), ("cm:skip", "comment"), ("cm:rmfile:1", "comment"),
    ("cm:filesdone", "comment"), ("cm:fulltext", "comment"), ("cm:edit", "comment"),
    ("cm:editpart:comment", "comment"), ("cm:back", "comment"), ("cm:submit:0badc0de", "comment"),
    ("cm:asnew", "comment"), ("cm:cancel", "comment"), ("cm:revise:{ke}", "comment"), ("cm:continue", "comment"),
    ("cm:fresh", "comment"), ("cm:discard", "comment"), ("cm:keep", "comment"),
    ("mc:list", "mycomments"), ("mc:open:{ke}", "mycomments"), ("mc:full:{ke}", "mycomments"),
    ("mc:versions:{ke}", "mycomments"), ("mc:withdraw:{ke}", "mycomments"), ("mc:wdyes:{ke}", "mycomments"),
    ("inv:new:KE:1:1", "invite"), ("inv:page:0", "invites"), ("inv:revoke:{link}", "invites"),
    ("inv:revoke_ok:{link}", "invites"),
    ("prof:edit:name", "profile"), ("prof:forget", "forget"), ("prof:forget_no", "forget"),
    ("prof:forget_yes", "forget"),  # the erasure itself: everyone the bot holds data on may erase themselves
    ("reg:discard", "cancel"), ("role:approve:{applicant}:n", "approve"), ("role:reject:{applicant}:l", "approve"),
    ("reg:lang:fr", None), ("reg:country:KE", None), ("reg:consent:yes", None), ("reg:confirm", None),
    ("reg:edit:name", None),
    ("bc:msg:custom", None), ("bc:aud:all", None), ("bc:add:KE", None), ("bc:clear", None), ("bc:done", None),
    ("bc:send", None), ("bc:back:aud", None), ("bc:cancel", None),
    ("bc:lang:fr", None), ("bc:vdone", None), ("bc:tpls", None), ("bc:tpl:1", None), ("bc:tpldel:1", None),
    ("bc:save", None), ("bc:flang:1", None), ("bc:rmf:1", None), ("bc:fdone", None), ("bc:when:now", None),
    ("bc:fb:ru:en", None), ("bc:back:files", None), ("bc:back:when", None),
    ("bh:page:0", "broadcasts"), ("bh:open:{broadcast}", "broadcasts"), ("bh:resend:{broadcast}", "broadcasts"),
    ("bh:cancel:{broadcast}", "broadcasts"), ("bh:export:{broadcast}:csv", "broadcasts"),
    ("exp:fmt:csv", None), ("exp:format", None), ("exp:open:topics", None), ("exp:tog:topics:basel", None),
    ("exp:versions", None), ("exp:clearall", None), ("exp:go", None), ("exp:cancel", None),
    ("exp:clearthis", None), ("exp:back", None),
    ("sch:deadline", None), ("sch:meeting", None), ("sch:add", None), ("sch:drop", None), ("sch:close", None),
    ("sch:apply", None), ("sch:back", None), ("sch:rm:1", None),
    ("st:country:KE", "status"),
    ("cs:act:archive:{consultation}", "consultations"),
    ("dl:ask:1", "comment"), ("dl:rqgrant:1", "extensions"), ("dl:rqdecline:1", "extensions"),
    ("dl:grant", None), ("dl:withdraw", None), ("dl:close", None), ("dl:pick:1", None), ("dl:apply", None),
    ("dl:back", None), ("dl:unsent", None), ("dl:closenow:999", "consultations"),
    ("fp:page:0", "focalpoints"), ("fp:open:{member}", "focalpoints"), ("fp:export:csv", "focalpoints"),
    ("fp:succ:{member}", "focalpoints"),
    ("fp:deact:{member}", "focalpoints_manage"), ("fp:dreason:{member}:left_post", "focalpoints_manage"),
    ("fp:dtype:{member}", "focalpoints_manage"), ("fp:dyes:{member}:left_post", "focalpoints_manage"),
    ("fp:react:{member}", "focalpoints_manage"), ("fp:ryes:{member}", "focalpoints_manage"),
    ("fp:move:{member}", "focalpoints_manage"), ("fp:mto:{member}:SN", "focalpoints_manage"),
    ("fp:myes:{member}:SN", "focalpoints_manage"),
    ("role:rreason:{applicant}:unverified:l", "approve"), ("role:rtype:{applicant}:n", "approve"),
    ("al:c:1", "alerts"), ("al:m:1:immediate", "alerts"), ("al:h:1:8", "alerts"), ("al:z:1:8:0", "alerts"),
    ("au:older:999999", "audit"), ("au:newest", "audit"),
    # The workspace (issue 15): reading, reviewing, themes; Send and Cancel belong to its typed steps.
    ("rv:country:KE", "read"), ("rv:open:{ke}", "read"), ("rv:back:{ke}", "read"), ("rv:versions:{ke}", "read"),
    ("rv:files:{ke}", "read"), ("rv:notes:{ke}", "read"),
    ("rv:set:{ke}:addressed", "review"), ("rv:tags:{ke}", "review"), ("rv:tog:{ke}:{tag}", "review"),
    ("rv:note:{ke}", "review"), ("rv:reply:{ke}", "review"), ("rv:send:{ke}", None), ("rv:cancel", None),
    ("tg:new:1:0", "tags"), ("tg:ren:{tag}", "tags"),
    ("exp:notes", None),
    ("cs:copy:1", "consultations"), ("st:of:1", "status"), ("sts:of:1", "stats"),
    ("bc:cons:1", None), ("exp:cons:1", None),
    # The documents the automatic reminders carry, in /schedule's conversation.
    ("sch:docs", None), ("sch:dlang:1", None), ("sch:drm:1", None), ("sch:ddone", None),
    # The comment button an approval offers when a link named a consultation before registering.
    ("cm:consult:1", "comment"),
)  # fmt: skip


def test_the_design_is_the_policy() -> None:
    """The table this test walks is handlers/access.py's POLICY, action for action."""
    design = {
        **dict.fromkeys(ANYONE, Audience.ANYONE),
        **dict.fromkeys(FOCAL_POINTS, Audience.FOCAL_POINT),
        **dict.fromkeys(STAFF, Audience.STAFF),
        **dict.fromkeys(ADMINS, Audience.ADMIN),
    }
    assert design == POLICY
    walked = {action for _command, action in COMMANDS} | {action for _data, action in BUTTONS if action}
    assert walked == set(POLICY), "every action is walked by a command or a button"


# -- playing the matrix -------------------------------------------------------------------------


@dataclass
class Cell:
    role: Profile
    what: str  # the command or the callback data, targets filled in
    action: str | None
    where: str  # "private" or "group"
    user: EmulatedUser
    update: dict[str, Any] | None = None
    targets: dict[str, Any] = field(default_factory=dict)

    @property
    def expected(self) -> str | None:
        if self.where == "group" and self.action is not None:
            return "access-private-only"
        return refusal(self.role, self.action)

    def __str__(self) -> str:
        return f"{self.role.name} / {self.what} / {self.where}"


class Matrix:
    def __init__(self, bench: BotBench) -> None:
        self.bench = bench
        self.log = AnswerLog(bench)
        self.log.attach()
        self.ids = count(200_000)
        self.cells: list[Cell] = []
        self._staff: Participant | None = None

    async def member(self, role: Profile) -> EmulatedUser:
        """A person of their own in `role`."""
        telegram_id = next(self.ids)
        if role.role is not None:
            await person(
                self.bench.db,
                telegram_id,
                role=role.role,
                status=role.status,
                country=role.country,
                language=role.language,
                name=f"{role.name} {telegram_id}",
            )
        if role.deactivated:
            made = await participants.get_by_telegram_id(self.bench.db, telegram_id)
            admin_row = await participants.get_by_telegram_id(self.bench.db, ADMIN_ID)
            assert made is not None and admin_row is not None
            await directory.deactivate(
                self.bench.db,
                made.id,
                reason=directory.Reason(code="left_post"),
                actor=admin_row,
                now=self.bench.clock(),
            )
        return self.bench.user(telegram_id, language_code=role.language_code, first_name=role.name)

    async def target(self, kind: str, cell: Cell) -> str:
        """Something of this cell's own for the command or button to act on."""
        db = self.bench.db
        if kind in ("ke", "ke_reference"):
            submission_id = await add_submission(db, "KE")
            found = await submissions.get(db, submission_id)
            assert found is not None
            cell.targets["ke"] = submission_id
            return found.reference if kind == "ke_reference" else str(submission_id)
        if kind == "applicant":
            applicant = await person(db, next(self.ids), status=ParticipantStatus.PENDING, country="SN")
            cell.targets["applicant"] = applicant.id
            return str(applicant.id)
        if kind == "link":
            link = await invitations.create(
                db,
                "KE",
                max_uses=1,
                expires_at=self.bench.clock() + timedelta(days=9),
                created_by=None,
                now=self.bench.clock(),
            )
            cell.targets["link"] = link.id
            return str(link.id)
        if kind == "consultation":
            # A closed consultation of the cell's own (never open: the other cells' /comment
            # are not asked which one), for "archive" to act on.
            record = await consultations.add(
                db,
                self.bench.deps.consultation.model_dump(mode="json"),
                state=consultations.ConsultationState.CLOSED,
                actor_id=None,
                source="test",
            )
            cell.targets["consultation"] = record.id
            return str(record.id)
        if kind == "broadcast":
            # A broadcast of the cell's own: one delivery failed (to send again), one held a
            # year ahead (to cancel); neither is due, so the sender leaves them alone.
            later = self.bench.clock() + timedelta(days=365)
            recipients = [await person(db, next(self.ids), country=code) for code in ("KE", "FR")]
            made = await broadcasts.create(
                db,
                kind=broadcasts.MessageKind.INVITATION,
                audience=broadcasts.Audience(),
                recipients=[broadcasts.recipient_for(p, later) for p in recipients],
                now=self.bench.clock(),
                created_by=None,
                actor_telegram_id=None,
            )
            assert made is not None
            first = (await broadcasts.deliveries(db, made.id))[0]
            await broadcasts.mark_failed(db, first.id, "test", self.bench.clock())
            cell.targets["broadcast"] = made.id
            return str(made.id)
        if kind == "member":
            # A focal point of the cell's own for the directory's acts (deactivated already for
            # "reactivate", so that an allowed press has something to do).
            member = await person(db, next(self.ids), country="KE", name="Member")
            if cell.what.startswith(("fp:react", "fp:ryes")):
                admin_row = await participants.get_by_telegram_id(db, ADMIN_ID)
                assert admin_row is not None
                await directory.deactivate(
                    db, member.id, reason=directory.Reason(code="left_post"), actor=admin_row, now=self.bench.clock()
                )
            cell.targets["member"] = member.id
            return str(member.id)
        if kind == "tag":
            # A theme of the cell's own, for "tag" and "rename" to act on.
            made = await review.add_tag(
                db, 1, {"en": f"Theme {next(self.ids)}"}, actor=await self.staff(), now=self.bench.clock()
            )
            cell.targets["tag"] = made.id
            return str(made.id)
        if kind == "newcomer":
            cell.targets["newcomer"] = next(self.ids)
            return str(cell.targets["newcomer"])
        assert kind == "officer"
        officer = await person(db, next(self.ids), role=Role.SECRETARIAT, country=None)
        cell.targets["officer"] = officer.telegram_id
        return str(officer.telegram_id)

    async def staff(self) -> Participant:
        """An officer who made the cells' themes (not a cell of the matrix)."""
        if self._staff is None:
            self._staff = await person(self.bench.db, next(self.ids), role=Role.SECRETARIAT, country=None)
        return self._staff

    async def add(self, role: Profile, template: str, action: str | None, where: str) -> Cell:
        cell = Cell(role, template, action, where, await self.member(role))
        what = template
        for kind in ("ke_reference", "ke", "applicant", "link", "newcomer", "officer", "consultation", "member", "tag"):
            if "{" + kind + "}" in what:
                what = what.replace("{" + kind + "}", await self.target(kind, cell))
        cell.what = what
        self.cells.append(cell)
        return cell

    async def play(self) -> None:
        """Every cell's update at once (each person has a chat of their own), then the answers."""
        assert self.bench.app is not None
        for cell in self.cells:
            user = cell.user
            chat: EmulatedChat = user.chat
            if cell.where == "group":
                chat = self.bench.emu.group(-1_000_000_000_000 - user.id, title="Focal points")
            if cell.what.startswith("/"):
                command, _, payload = cell.what.partition(" ")
                cell.update = (
                    chat.send_command(user, command, payload or None)
                    if cell.where == "group"
                    else user.send_command(command, payload or None)
                )
            else:
                # A button needs a bot message to sit on: one the bot sent this chat earlier.
                message = await self.bench.app.bot.send_message(chat.id, "…")
                cell.update = chat.press_data(user, cell.what, message.message_id)
        await self.bench.settle(timeout=120)

    def answer(self, cell: Cell) -> Answer:
        assert cell.update is not None
        found = self.log.answers.get(cell.update["update_id"])
        assert found is not None, f"{cell}: never handled"
        return found


def refusal_message(bench: BotBench, language: str, key: str) -> str:
    """A refusal as the chat shows it: one that asks to contact the secretariat (a rejected
    registration) is followed by its address; the button's toast is the text alone."""
    text = t(bench, language, key)
    if key in facts.CONTACT_KEYS:
        return dated.with_contact(bench.deps.catalog, bench.deps.consultation, language, text)
    return text


def refusal_texts(bench: BotBench, language: str) -> set[str]:
    return {refusal_message(bench, language, key) for key in REFUSALS}


@pytest.fixture
async def matrix_bench(tmp_path: Any) -> Any:
    async with UnthrottledBench(tmp_path) as bench:
        await add_focal_points(bench.db, bench.emu, 3)  # someone to broadcast to, something to count
        yield bench


async def check_cells(bench: BotBench, matrix: Matrix) -> None:
    problems = []
    for cell in matrix.cells:
        answer = matrix.answer(cell)
        shown = [m.content for m in answer.messages]
        language = cell.role.speaks
        if cell.expected is not None:
            wanted = t(bench, language, cell.expected)
            if refusal_message(bench, language, cell.expected) not in shown:
                problems.append(f"{cell}: expected {cell.expected} in {language}, saw {shown}")
            if cell.update is not None and "callback_query" in cell.update:
                toast = (answer.callback_answer or {}).get("text")
                if toast != wanted:
                    problems.append(f"{cell}: the button's answer is {toast!r}, not {cell.expected} in {language}")
        elif cell.action is None:
            if t(bench, language, "button-stale") not in shown:
                problems.append(f"{cell}: expected the stale-button answer in {language}, saw {shown}")
        else:
            if not answer.answered:
                problems.append(f"{cell}: allowed, but not answered")
            refused = refusal_texts(bench, language) & set(shown)
            if refused:
                problems.append(f"{cell}: allowed by design, but refused: {refused}")
        problems += await check_targets(bench, cell)
        if cell.what == "prof:forget_yes":
            problems += await check_erasure(bench, cell, shown)
    assert not problems, "\n".join(problems)


async def check_targets(bench: BotBench, cell: Cell) -> list[str]:
    """A refused cell changed nothing; an allowed one did its work."""
    db = bench.db
    allowed = cell.expected is None and cell.action is not None
    problems = []
    if "applicant" in cell.targets:
        found = await participants.get(db, cell.targets["applicant"])
        assert found is not None
        decided = found.status != ParticipantStatus.PENDING
        # Reject and "type a reason" only ask (issue 15); Approve and a reason decide.
        decides = not cell.what.startswith(("role:reject:", "role:rtype:"))
        if decided != (allowed and decides):
            problems.append(f"{cell}: the registration is now {found.status}")
    if "member" in cell.targets:
        found = await participants.get(db, cell.targets["member"])
        assert found is not None
        if cell.what.startswith("fp:dyes") and found.is_deactivated != allowed:
            problems.append(f"{cell}: deactivated: {found.is_deactivated}")
        if cell.what.startswith("fp:ryes") and found.is_deactivated == allowed:
            problems.append(f"{cell}: still deactivated: {found.is_deactivated}")
        if cell.what.startswith("fp:myes") and (found.country_code == "SN") != allowed:
            problems.append(f"{cell}: moved to {found.country_code}")
    if "link" in cell.targets and cell.what.startswith("inv:revoke_ok"):
        link = await invitations.get(db, cell.targets["link"])
        assert link is not None
        if (link.revoked_at is not None) != allowed:
            problems.append(f"{cell}: the link's revocation is {link.revoked_at}")
    if "ke" in cell.targets and cell.what.startswith("mc:wdyes"):
        found_submission = await submissions.get(db, cell.targets["ke"])
        assert found_submission is not None
        mine = allowed and cell.role.country == "KE"
        if (found_submission.status == submissions.SubmissionStatus.WITHDRAWN) != mine:
            problems.append(f"{cell}: the submission is {found_submission.status}")
    if "ke" in cell.targets and cell.what.startswith("cm:revise"):
        participant = await participants.get_by_telegram_id(db, cell.user.id)
        draft = await drafts.get(db, participant.id) if participant else None
        revising = draft is not None and draft.submission_id == cell.targets["ke"]
        if revising != (allowed and cell.role.country == "KE"):
            problems.append(f"{cell}: a revision draft exists: {revising}")
    if "newcomer" in cell.targets:
        found = await participants.get_by_telegram_id(db, cell.targets["newcomer"])
        granted = found is not None and found.role is Role.SECRETARIAT
        if granted != allowed:
            problems.append(f"{cell}: /grant made a secretariat officer: {granted}")
    if "officer" in cell.targets:
        found = await participants.get_by_telegram_id(db, cell.targets["officer"])
        assert found is not None
        if (found.role is not Role.SECRETARIAT) != allowed:
            problems.append(f"{cell}: /revoke left the role {found.role}")
    if "consultation" in cell.targets:
        record = await consultations.get(db, cell.targets["consultation"])
        assert record is not None
        if (record.state is consultations.ConsultationState.ARCHIVED) != allowed:
            problems.append(f"{cell}: the consultation is {record.state}")
    if "broadcast" in cell.targets and cell.what.startswith("bh:cancel"):
        stopped = await db.fetchval(
            "SELECT COUNT(*) FROM deliveries WHERE broadcast_id = ? AND status = 'skipped'",
            (cell.targets["broadcast"],),
        )
        if bool(stopped) != allowed:
            problems.append(f"{cell}: deliveries cancelled: {stopped}")
    if "broadcast" in cell.targets and cell.what.startswith("bh:resend"):
        again = await db.fetchval("SELECT COUNT(*) FROM broadcasts WHERE resend_of = ?", (cell.targets["broadcast"],))
        if bool(again) != allowed:
            problems.append(f"{cell}: sent again: {again}")
    if "ke" in cell.targets and cell.what.startswith(("rv:set", "rv:tog")):
        # A review button changes the submission's review only for staff, in a private chat.
        state = await review.review_of(db, cell.targets["ke"])
        assert state is not None
        changed = state.status is not review.ReviewStatus.RECEIVED or bool(state.tags)
        if changed != allowed:
            problems.append(f"{cell}: the review is {state.status}, tags {[t.id for t in state.tags]}")
    if cell.role.deactivated:
        problems += await check_still_deactivated(bench, cell)
    if cell.what.startswith(("/invite ", "/letters ", "inv:new")):
        made = await db.fetchval("SELECT COUNT(*) FROM invitations WHERE created_by = ?", (cell.user.id,))
        if bool(made) != allowed:
            problems.append(f"{cell}: links made: {made}")
    return problems


async def check_erasure(bench: BotBench, cell: Cell, shown: list[str]) -> list[str]:
    """The erasure's confirmation: whoever the bot holds data on (every role but the unregistered
    and the erased) is erased, in a private chat; the others are told there is nothing to erase."""
    allowed = cell.expected is None
    holds = cell.role.role is not None and cell.role.status is not ParticipantStatus.ERASED
    found = await participants.get_by_telegram_id(bench.db, cell.user.id)
    erased = holds and found is None  # an erased row no longer holds the Telegram id
    if erased != (allowed and holds):
        return [f"{cell}: erased: {erased}"]
    if allowed and not holds and t(bench, cell.role.speaks, "prof-forget-nothing") not in shown:
        return [f"{cell}: not told there is nothing to erase"]
    return []


async def check_still_deactivated(bench: BotBench, cell: Cell) -> list[str]:
    """A deactivated focal point's press or command changes nothing of theirs: still approved and
    deactivated (unless they erased themselves), no draft, no submission in their name."""
    db = bench.db
    found = await participants.get_by_telegram_id(db, cell.user.id)
    if found is None:
        return [] if cell.what == "prof:forget_yes" else [f"{cell}: the person is gone"]
    problems = []
    if found.status is not ParticipantStatus.APPROVED or not found.is_deactivated:
        problems.append(f"{cell}: now {found.status}, deactivated {found.is_deactivated}")
    if await drafts.get(db, found.id) is not None:
        problems.append(f"{cell}: a draft was opened")
    made = await db.fetchval("SELECT COUNT(*) FROM submissions WHERE participant_id = ?", (found.id,))
    if made:
        problems.append(f"{cell}: submissions in their name: {made}")
    return problems


# -- the matrix ----------------------------------------------------------------------------------


async def test_every_command_for_every_role_in_private_and_in_groups(matrix_bench: BotBench) -> None:
    bench = matrix_bench
    matrix = Matrix(bench)
    for role in ROLES:
        for command, action in COMMANDS:
            await matrix.add(role, command, action, "private")
            await matrix.add(role, command, action, "group")
    await matrix.play()
    await check_cells(bench, matrix)


async def test_every_button_for_every_role_in_private_and_in_groups(matrix_bench: BotBench) -> None:
    bench = matrix_bench
    matrix = Matrix(bench)
    for role in ROLES:
        for data, action in BUTTONS:
            await matrix.add(role, data, action, "private")
            await matrix.add(role, data, action, "group")
    await matrix.play()
    await check_cells(bench, matrix)


# -- a role revoked in the middle of a conversation ----------------------------------------------


async def test_an_officer_revoked_in_the_middle_of_a_broadcast_cannot_send_it(matrix_bench: BotBench) -> None:
    bench = matrix_bench
    admin = bench.user(ADMIN_ID)
    clerk_id = 300_001
    await person(bench.db, clerk_id, role=Role.SECRETARIAT, country=None, language="es", name="Oficial")
    clerk = bench.user(clerk_id, language_code="es")
    await bench.send(clerk, "/broadcast")
    await bench.press(clerk, t(bench, "es", "broadcast-kind-invitation"))
    await bench.press(clerk, t(bench, "es", "broadcast-audience-all", count=3))
    preview = clerk.chat.latest_with_keyboard()
    assert preview is not None

    revoked = await bench.send(admin, f"/revoke {clerk_id}")
    assert texts(revoked) == t(bench, "en", "role-revoked", telegram_id=str(clerk_id))

    refused = t(bench, "es", "access-denied")
    answer = await bench.press(clerk, t(bench, "es", "broadcast-send-button"), message_id=preview.message_id)
    assert [m.content for m in answer] == [refused]
    assert clerk.answered_callbacks[-1]["text"] == refused
    # The conversation ended with the refusal: the preview's other buttons are refused too.
    for label in ("broadcast-change-audience", "broadcast-send-button"):
        answer = await bench.press(clerk, t(bench, "es", label), message_id=preview.message_id)
        assert [m.content for m in answer] in ([refused], [t(bench, "es", "button-stale")]), label
    assert await bench.db.fetchval("SELECT COUNT(*) FROM broadcasts") == 0
    for point in await participants.list_approved_focal_points(bench.db):
        assert bench.user(point.telegram_id).transcript == []


async def test_an_officer_revoked_mid_export_and_mid_schedule_is_refused(matrix_bench: BotBench) -> None:
    bench = matrix_bench
    admin = bench.user(ADMIN_ID)
    first, second = 300_011, 300_012
    for officer_id in (first, second):
        await person(bench.db, officer_id, role=Role.SECRETARIAT, country=None, language="ru", name="Офицер")
    exporter, scheduler = bench.user(first, language_code="ru"), bench.user(second, language_code="ru")
    await bench.send(exporter, "/export")
    await bench.press(exporter, t(bench, "ru", "export-format-csv"))
    filters = exporter.chat.latest_with_keyboard()
    assert filters is not None
    await bench.send(scheduler, "/schedule")
    await bench.press(scheduler, t(bench, "ru", "schedule-change-deadline"))
    await bench.send(admin, f"/revoke {first}")
    await bench.send(admin, f"/revoke {second}")

    refused = t(bench, "ru", "access-denied")
    created = await bench.press(exporter, t(bench, "ru", "export-button-create"), message_id=filters.message_id)
    assert [m.content for m in created] == [refused]
    assert [m.content for m in await bench.send(scheduler, "2013-02-20 18:00")] == [refused]
    assert [m.content for m in await bench.send(exporter, "/export")] == [refused]
    assert not [m for m in exporter.transcript if m.document is not None], "no file was made"
    overrides = await bench.db.fetchone("SELECT deadline FROM consultation")
    assert overrides is None or overrides["deadline"] is None, "the deadline is unchanged"


async def test_a_revoked_officer_who_had_registered_is_a_focal_point_again(matrix_bench: BotBench) -> None:
    """Revoking gives back exactly the rights the person had before: a registered focal point
    may comment again, and still may not broadcast."""
    bench = matrix_bench
    admin = bench.user(ADMIN_ID)
    officer_id = 300_021
    await person(bench.db, officer_id, role=Role.SECRETARIAT, country="KE", language="en", name="Amina Otieno")
    officer = bench.user(officer_id)
    assert t(bench, "en", "access-focal-points-only") in texts(await bench.send(officer, "/comment"))
    await bench.send(officer, "/broadcast")
    await bench.send(admin, f"/revoke {officer_id}")
    assert t(bench, "en", "comment-ask-topic") in texts(await bench.send(officer, "/comment"))
    assert texts(await bench.send(officer, "/broadcast")) == t(bench, "en", "access-denied")


async def test_a_focal_point_whose_registration_is_withdrawn_cannot_submit_their_draft(
    matrix_bench: BotBench,
) -> None:
    """The focal point is at the preview when their approval is withdrawn (the secretariat
    rejects the account): Submit is refused, and the draft is kept for if they are approved
    again."""
    bench = matrix_bench
    user_id = 300_031
    made = await person(bench.db, user_id, country="KE", language="fr", name="Awa Ndiaye")
    user = bench.user(user_id, language_code="fr")
    await write_until_preview(bench, user, "Nous appuyons la coopération.", language="fr")
    await participants.update_fields(bench.db, made.id, status=ParticipantStatus.REJECTED)
    answer = await bench.press(user, t(bench, "fr", "comment-btn-submit"))
    assert [m.content for m in answer] == [refusal_message(bench, "fr", "access-rejected")]
    assert await submissions.count(bench.db) == 0
    draft = await drafts.get(bench.db, made.id)
    assert draft is not None and draft.data.comment == "Nous appuyons la coopération."


async def test_a_staff_decision_button_pressed_after_the_role_was_revoked_decides_nothing(
    matrix_bench: BotBench,
) -> None:
    bench = matrix_bench
    admin = bench.user(ADMIN_ID)
    officer_id = 300_041
    await person(bench.db, officer_id, role=Role.SECRETARIAT, country=None, language="zh", name="官员")
    officer = bench.user(officer_id, language_code="zh")
    applicant = await person(bench.db, 300_042, status=ParticipantStatus.PENDING, country="CN", language="zh")
    listed = await bench.send(officer, "/pending")
    assert listed[-1].buttons
    await bench.send(admin, f"/revoke {officer_id}")
    answer = await bench.press(officer, listed[-1].buttons[0][0], message_id=listed[-1].message_id)
    assert [m.content for m in answer] == [t(bench, "zh", "access-denied")]
    found = await participants.get(bench.db, applicant.id)
    assert found is not None and found.status == ParticipantStatus.PENDING


# -- a focal point never sees another country's submissions --------------------------------------

KENYA_TEXT = "Kenya's position: a single, country-led process."
EGYPT_TEXT = "Egypt's confidential position on financing options."


async def test_a_focal_point_never_sees_another_countrys_submissions(matrix_bench: BotBench) -> None:
    bench = matrix_bench
    db = bench.db
    kenya = await person(db, 300_101, country="KE", language="en", name="Amina Otieno")
    colleague = await person(db, 300_102, country="KE", language="en", name="Peter Mwangi")
    egypt = await person(db, 300_103, country="EG", language="ar", name="Mona Hassan")
    ke_id = await add_submission(db, "KE", colleague.id)
    eg_id = await add_submission(db, "EG", egypt.id)
    await db.execute("UPDATE submission_versions SET comment = ? WHERE submission_id = ?", (KENYA_TEXT, ke_id))
    await db.execute("UPDATE submission_versions SET comment = ? WHERE submission_id = ?", (EGYPT_TEXT, eg_id))
    ke_submission, eg_submission = await submissions.get(db, ke_id), await submissions.get(db, eg_id)
    assert ke_submission is not None and eg_submission is not None
    user = bench.user(kenya.telegram_id)

    seen = await bench.send(user, "/mycomments")
    assert ke_submission.reference in texts(seen) or ke_submission.reference in str(seen[-1].buttons)
    assert eg_submission.reference not in texts(seen) and eg_submission.reference not in str(seen[-1].buttons)
    opened = await bench.press(user, seen[-1].buttons[0][0])
    assert KENYA_TEXT in texts(opened), "a colleague's submission for the same country is shown"

    assert texts(await bench.send(user, f"/verify {eg_submission.reference}")) == t(
        bench, "en", "verify-not-found", reference=eg_submission.reference
    )
    everything = []
    for data in (f"mc:open:{eg_id}", f"mc:full:{eg_id}", f"mc:versions:{eg_id}", f"mc:withdraw:{eg_id}",
                 f"mc:wdyes:{eg_id}", f"cm:revise:{eg_id}"):  # fmt: skip
        answer = await bench.do(user, lambda d=data: user.press_data(d))
        assert answer, data
        everything += answer
    # With a draft open, "Start again" forged to revise Egypt's submission.
    await bench.send(user, "/comment")
    await bench.press(user, bench.deps.consultation.topics[0].name.get("en"))
    await bench.send(user, "/comment")
    everything += await bench.do(user, lambda: user.press_data(f"cm:fresh:{eg_id}"))

    shown = texts(everything) + "".join(str(m.buttons) for m in everything)
    assert EGYPT_TEXT not in shown and eg_submission.reference not in shown and "Mona Hassan" not in shown
    found = await submissions.get(db, eg_id)
    assert found is not None and found.status == submissions.SubmissionStatus.SUBMITTED
    draft = await drafts.get(db, kenya.id)
    assert draft is None or draft.submission_id != eg_id
    assert all(EGYPT_TEXT not in (m.content) for m in user.transcript)


async def test_a_forged_start_again_cannot_discard_the_open_draft(matrix_bench: BotBench) -> None:
    """“Start again” forged with another country's submission: nothing is shown, and the draft
    the focal point had open is not thrown away for nothing."""
    bench = matrix_bench
    db = bench.db
    kenya = await person(db, 300_201, country="KE", language="en", name="Amina Otieno")
    eg_id = await add_submission(db, "EG")
    user = bench.user(kenya.telegram_id)
    await bench.send(user, "/comment")
    await bench.press(user, bench.deps.consultation.topics[0].name.get("en"))
    await bench.press(user, bench.deps.consultation.comment_types[0].name.get("en"))
    await bench.send(user, "5")
    await bench.send(user, KENYA_TEXT)
    await bench.send(user, "/comment")
    answer = await bench.do(user, lambda: user.press_data(f"cm:fresh:{eg_id}"))
    assert t(bench, "en", "comment-revise-unavailable") in texts(answer)
    draft = await drafts.get(db, kenya.id)
    assert draft is not None and draft.data.comment_parts == [KENYA_TEXT]


async def test_a_focal_point_never_sees_the_reviews_notes_or_themes(matrix_bench: BotBench) -> None:
    """The workspace's buttons forged by focal points (of the State and of another): refused,
    nothing of the submission, its internal notes or its themes shown, nothing changed."""
    bench = matrix_bench
    db = bench.db
    kenya = await person(db, 300_301, country="KE", language="en", name="Amina Otieno")
    egypt = await person(db, 300_302, country="EG", language="ar", name="Mona Hassan")
    officer = await person(db, 300_303, role=Role.SECRETARIAT, country=None, language="en", name="Officer")
    ke_id = await add_submission(db, "KE", kenya.id)
    await db.execute("UPDATE submission_versions SET comment = ? WHERE submission_id = ?", (KENYA_TEXT, ke_id))
    now = bench.clock()
    theme = await review.add_tag(db, 1, {"en": "Confidential theme"}, actor=officer, now=now)
    await review.tag(db, ke_id, theme.id, actor=officer, now=now)
    await review.add_note(db, ke_id, "Internal: weak argument.", actor=officer, now=now)
    for who in (kenya, egypt):
        user = bench.user(who.telegram_id)
        shown = await bench.send(user, "/tags")  # refused too; and a message to press buttons on
        for data in (f"rv:open:{ke_id}", f"rv:notes:{ke_id}", f"rv:tags:{ke_id}", f"rv:versions:{ke_id}",
                     f"rv:set:{ke_id}:noted", f"rv:tog:{ke_id}:{theme.id}", f"rv:note:{ke_id}",
                     f"rv:reply:{ke_id}", f"tg:ren:{theme.id}"):  # fmt: skip
            answer = await bench.do(user, lambda d=data, u=user: u.press_data(d))
            assert texts(answer) == t(bench, who.language, "access-denied"), data
            shown += answer
        seen = texts(shown)
        assert "weak argument" not in seen and "Confidential theme" not in seen and KENYA_TEXT not in seen
    state = await review.review_of(db, ke_id)
    assert state is not None and state.status is review.ReviewStatus.RECEIVED
    assert [tag.id for tag in state.tags] == [theme.id] and len(state.notes) == 1
