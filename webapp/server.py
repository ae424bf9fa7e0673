"""The review screen's routes on the bot's tornado server (bot/webhook.py mounts them).

Every page but the launch page needs a session (a cookie holding a random token, HttpOnly,
SameSite=Strict, Secure over https) and, on every request, a participant who is staff now:
the role is read from the database each time. Anything else is refused with 403 and an audit
entry `webapp.refused` naming the reason. Posts carry tornado's XSRF token (checked here, so
a failure is audited too). Every response forbids inline script and framing by other sites.
"""

from __future__ import annotations

import asyncio
import functools
import html
import logging
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from tornado.web import HTTPError, RequestHandler

from exports import ExportFilters, ExportFormat, ExportRequest, default_file_name, write_export
from exports.directory import DirectoryFormat, country_order, reason_text, write_directory
from exports.invited import invited_countries
from prompts import LANGUAGES, Catalog, Consultation, collation, countries, dated
from services.core import Core
from services.webapp_access import WebAppAccess
from storage import attachments as attachment_store
from storage import audit, browse, directory, invitations, participants, review
from storage import submissions as submission_store
from storage.consultations import FIRST_ID
from storage.directory import DirectoryEntry, Notice, Reason, RegisteredVia
from storage.models import Participant, ParticipantStatus, Role
from webapp import auth, views

logger = logging.getLogger(__name__)

PACKAGE = Path(__file__).parent
SESSION_COOKIE = "cb_session"
MAX_BODY = 64 * 1024  # the largest form the app posts (a reply or a note) is far smaller
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
    " form-action 'self'; base-uri 'none'; frame-ancestors 'self' https://web.telegram.org https://*.telegram.org"
)
CONTENT_TYPES = {
    ExportFormat.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ExportFormat.CSV: "text/csv; charset=utf-8",
    ExportFormat.JSONL: "application/x-ndjson; charset=utf-8",
    ExportFormat.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ExportFormat.ZIP: "application/zip",
}


@dataclass
class WebAppContext:
    """What the web app's handlers reach: the services' core, the sign-in state, the bot's
    token (the initData key), and where attachments are kept."""

    core: Core
    access: WebAppAccess
    bot_token: str
    attachments_dir: Path
    # Wakes the outbox's sender after a reply or a notice was queued (bot/ wires it).
    wake_sender: Callable[[], None] = lambda: None
    bot_username: str = ""  # for a successor's invitation link, https://t.me/<bot>?start=<token>
    wall_clock: Callable[[], float] = field(default=time.time)  # seconds since the epoch, for auth_date


def content_disposition(file_name: str) -> str:
    """`attachment` with an ASCII fallback and the real name in RFC 5987 form."""
    fallback = "".join(c if c.isascii() and (c.isalnum() or c in "-_.") else "_" for c in file_name) or "file"
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(file_name, safe='')}"


class Refused(Exception):
    def __init__(self, reason: str, telegram_id: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.telegram_id = telegram_id


def officer_allowed(participant: Participant | None) -> bool:
    return (
        participant is not None
        and participant.is_staff
        and not participant.is_deactivated
        and participant.status not in (ParticipantStatus.ERASED, ParticipantStatus.REJECTED)
    )


class Base(RequestHandler):
    """Headers, size limit, XSRF and the refusal shared by every route."""

    ctx: WebAppContext
    officer: Participant | None = None
    language: str = "en"

    def initialize(self, ctx: WebAppContext) -> None:
        self.ctx = ctx

    def set_default_headers(self) -> None:
        self.set_header("Content-Security-Policy", CSP)
        self.set_header("X-Content-Type-Options", "nosniff")
        self.set_header("Referrer-Policy", "no-referrer")
        self.set_header("Cache-Control", "no-store")
        self.set_header("X-Frame-Options", "SAMEORIGIN")

    def check_xsrf_cookie(self) -> None:
        """Checked in `prepare` instead (where a failure can be audited)."""

    async def prepare(self) -> None:
        length = int(self.request.headers.get("Content-Length") or 0)
        if length > MAX_BODY or len(self.request.body or b"") > MAX_BODY:
            raise HTTPError(413)
        if self.request.method not in ("GET", "HEAD"):
            try:
                super().check_xsrf_cookie()
            except HTTPError:
                await self.refuse(Refused("cross-site request (XSRF token missing or wrong)"))
                return

    def t(self, key: str, **args: Any) -> str:
        return self.ctx.core.catalog.t(self.language, key, **args)

    async def refuse(self, why: Refused) -> None:
        logger.info("review screen refused (%s) for %s", why.reason, why.telegram_id)
        await audit.record(
            self.ctx.core.db,
            "webapp.refused",
            actor_id=why.telegram_id,
            subject=self.request.path,
            reason=why.reason,
            method=self.request.method,
        )
        self.set_status(403)
        self.render("refused.html", message=self.t("webapp-refused"), **self.page_basics())
        raise _Finished

    def page_basics(self) -> dict[str, Any]:
        return {
            "lang": self.language,
            "dir": "rtl" if self.language == "ar" else "ltr",
            "t": self.t,
            "list_of": lambda items: Catalog.list_of(self.language, list(items)),
        }

    def _handle_request_exception(self, e: BaseException) -> None:
        if isinstance(e, _Finished):
            return
        super()._handle_request_exception(e)

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        key = {404: "webapp-not-found", 413: "webapp-too-large", 400: "webapp-bad-request"}.get(
            status_code, "webapp-error"
        )
        self.render("refused.html", message=self.t(key), **self.page_basics())

    def start_session(self, telegram_id: int) -> None:
        session = self.ctx.access.open_session(telegram_id)
        self.set_cookie(
            SESSION_COOKIE,
            session.token,
            path="/app",
            httponly=True,
            samesite="Strict",
            secure=self.ctx.access.secure,
        )


class _Finished(Exception):
    """The response is written (a refusal); stop handling the request."""


class Staff(Base):
    """A page for a secretariat officer or an admin, checked on every request."""

    async def prepare(self) -> None:
        await super().prepare()
        if self._finished:
            return
        session = self.ctx.access.session(self.get_cookie(SESSION_COOKIE))
        if session is None:
            await self.refuse(Refused("no session"))
        assert session is not None
        participant = await participants.get_by_telegram_id(self.ctx.core.db, session.telegram_id)
        if participant is not None and participant.language in LANGUAGES:
            self.language = participant.language
        if not officer_allowed(participant):
            self.ctx.access.close_sessions_of(session.telegram_id)
            await self.refuse(Refused("not staff", session.telegram_id))
        self.officer = participant

    @property
    def person(self) -> Participant:
        assert self.officer is not None
        return self.officer

    async def consultation(self) -> tuple[int, Consultation, list[tuple[int, str]]]:
        """The consultation asked for (`?c=`), else the first open one, else the first."""
        core = self.ctx.core
        records = [r for r in await core.consultations() if r.definition is not None]
        wanted = self.get_argument("c", "")
        chosen = next((r for r in records if str(r.id) == wanted), None)
        if chosen is None:
            chosen = next((r for r in records if r.state.value == "open"), None) or (records[0] if records else None)
        consultation_id = chosen.id if chosen is not None else FIRST_ID
        definition = await core.effective_consultation(consultation_id)
        names = [(r.id, core_title(r.id, await core.effective_consultation(r.id), self.language)) for r in records]
        return consultation_id, definition, names

    def page(self, template: str, *, consultation_id: int, section: str, **values: Any) -> None:
        self.render(
            template,
            section=section,
            consultation_id=consultation_id,
            officer=self.person,
            **values,
            **self.page_basics(),
        )


def core_title(consultation_id: int, consultation: Consultation, language: str) -> str:
    return consultation.title.get(language)


class Launch(Base):
    """The page Telegram opens: its script reads the launch parameters from the URL's
    fragment and posts initData to /app/session (the fragment never reaches the server)."""

    def get(self) -> None:
        language = Catalog.language(self.get_argument("lang", None))
        self.language = language
        self.render("launch.html", **self.page_basics())


class SessionStart(Base):
    async def post(self) -> None:
        init_data = self.get_body_argument("init_data", "")
        try:
            user = auth.check(
                init_data,
                self.ctx.bot_token,
                max_age=self.ctx.access.init_data_max_age,
                now=self.ctx.wall_clock(),
            )
        except auth.InitDataError as exc:
            await self.refuse(Refused(f"initData {exc.reason}", exc.telegram_id))
            return
        participant = await participants.get_by_telegram_id(self.ctx.core.db, user.telegram_id)
        if participant is not None and participant.language in LANGUAGES:
            self.language = participant.language
        if not officer_allowed(participant):
            await self.refuse(Refused("not staff", user.telegram_id))
            return
        self.start_session(user.telegram_id)
        await audit.record(self.ctx.core.db, "webapp.session", actor_id=user.telegram_id, subject="initData")
        self.redirect("/app/overview", status=303)


class Ticket(Base):
    """The sandbox's one-time sign-in link (made by /review where no Telegram client exists)."""

    async def get(self, ticket: str) -> None:
        telegram_id = self.ctx.access.redeem(ticket)
        if telegram_id is None:
            await self.refuse(Refused("sign-in link unknown, used or expired"))
            return
        participant = await participants.get_by_telegram_id(self.ctx.core.db, telegram_id)
        if participant is not None and participant.language in LANGUAGES:
            self.language = participant.language
        if not officer_allowed(participant):
            await self.refuse(Refused("not staff", telegram_id))
            return
        self.start_session(telegram_id)
        await audit.record(self.ctx.core.db, "webapp.session", actor_id=telegram_id, subject="link")
        self.redirect("/app/overview", status=303)


def _ranks(language: str, names: dict[str, str]) -> dict[str, int]:
    ordered = collation.sorted_for(language, names, key=lambda code: names[code])
    return {code: index for index, code in enumerate(ordered)}


class Overview(Staff):
    async def get(self) -> None:
        consultation_id, consultation, choices = await self.consultation()
        language = self.language
        figures = await browse.overview(self.ctx.core.db, consultation_id, consultation.zone)
        invited = set(invited_countries(consultation))
        codes = invited | set(figures.focal_points) | set(figures.by_country)
        rows = [
            {
                "code": code,
                "name": countries.name(code, language),
                "invited": code in invited,
                "registered": figures.focal_points.get(code, 0),
                "submitted": figures.by_country.get(code, 0),
            }
            for code in codes
        ]
        sort = self.get_argument("sort", "name")
        rows = collation.sorted_for(language, rows, key=lambda r: r["name"])
        if sort in ("registered", "submitted"):
            rows.sort(key=lambda r: -r[sort])
        elif sort == "invited":
            rows.sort(key=lambda r: not r["invited"])
        self.page(
            "overview.html",
            consultation_id=consultation_id,
            section="overview",
            consultation=consultation,
            choices=choices,
            figures=figures,
            rows=rows,
            sort=sort,
            invited_count=len(invited),
            registered_count=sum(1 for r in rows if r["registered"]),
            submitted_count=sum(1 for r in rows if r["submitted"]),
            chart=views.per_day_chart(language, figures.per_day),
            number=lambda n: Catalog.number(language, n),
        )


@functools.cache
def state_names(language: str) -> dict[str, str]:
    """Every State's UN short name in `language`, by code (read once per language)."""
    return {c.code: c.name(language) for c in countries.all_countries()}


@functools.cache
def state_options(language: str) -> tuple[tuple[str, str], ...]:
    """Every State's code and UN short name in `language`, in its collation, the name already
    escaped for HTML: the list every submissions page offers (250 options) is made once."""
    names = state_names(language)
    ordered = collation.sorted_for(language, names.items(), key=lambda item: item[1])
    return tuple((code, html.escape(name)) for code, name in ordered)


def options_html(language: str, chosen: tuple[str, ...]) -> str:
    """The State filter's <option>s (codes are [A-Z]{2}; names were escaped by state_options)."""
    picked = set(chosen)
    return "".join(
        f'<option value="{code}"{" selected" if code in picked else ""}>{name}</option>'
        for code, name in state_options(language)
    )


class DayNames:
    """A date as written in a language, each day formatted once per page (Babel is slow)."""

    def __init__(self, language: str, consultation: Consultation) -> None:
        self.language = language
        self.zone = consultation.zone
        self.known: dict[date, str] = {}

    def __call__(self, value: datetime) -> str:
        day = value.astimezone(self.zone).date()
        text = self.known.get(day)
        if text is None:
            text = self.known[day] = Catalog.date(self.language, day)
        return text


def small_number(language: str) -> Callable[[int], str]:
    """Counts and version numbers: below 1,000 every one of the six languages writes the
    digits as they are (Catalog.number's grouping starts at thousands)."""
    return lambda n: str(n) if 0 <= n < 1000 else Catalog.number(language, n)


def _date_argument(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


class Submissions(Staff):
    async def get(self) -> None:
        consultation_id, consultation, choices = await self.consultation()
        language = self.language
        db = self.ctx.core.db
        # An option "all" is sent as an empty value: it filters nothing.
        args = {name: [v for v in self.get_arguments(name) if v] for name in ("topic", "type", "state", "language")}
        text = self.get_argument("q", "")[: browse.MAX_TEXT]
        filters = browse.Filters(
            consultation_id=consultation_id,
            topics=tuple(args["topic"]),
            types=tuple(args["type"]),
            countries=tuple(code.upper() for code in args["state"] if code),
            languages=tuple(args["language"]),
            submitted_from=_date_argument(self.get_argument("from", "")),
            submitted_to=_date_argument(self.get_argument("to", "")),
            text=text,
            withdrawn=self.get_argument("withdrawn", "") == "1",
            review_statuses=tuple(v for v in self.get_arguments("review") if v in REVIEW_STATUSES),
            tag_ids=tuple(int(v) for v in self.get_arguments("tag") if v.isdecimal() and len(v) < 12),
        )
        try:
            sort = browse.Sort(self.get_argument("sort", "reference"))
        except ValueError:
            sort = browse.Sort.REFERENCE
        descending = self.get_argument("dir", "asc") == "desc"
        topic_names = {t.id: t.name.get(language) for t in consultation.topics}
        type_names = {t.id: t.name.get(language) for t in consultation.comment_types}
        ranks: dict[str, int] = {}
        if sort is browse.Sort.STATE:
            ranks = _ranks(language, state_names(language))
        elif sort is browse.Sort.TOPIC:
            ranks = _ranks(language, topic_names)
        elif sort is browse.Sort.TYPE:
            ranks = _ranks(language, type_names)
        try:
            number = int(self.get_argument("page", "1"))
        except ValueError:
            number = 1
        order = browse.Order(sort=sort, descending=descending, ranks=ranks)
        reader = browse.Collation(language, collation.sort_key(language))
        found = await browse.page(db, filters, order, number, collation=reader)
        reviews = await review.reviews_for(db, [row.id for row in found.rows])
        tags = collation.sorted_for(language, await review.tags(db, consultation_id), key=lambda t: t.name(language))
        names = state_names(language)
        query = [(k, v) for k, v in self.request.query_arguments.items() if k not in ("page", "sort", "dir")]
        base = [(k, x.decode()) for k, values in query for x in values]

        def link(**changes: Any) -> str:
            kept = [(k, v) for k, v in base if k not in changes]
            return "/app/submissions?" + urlencode(kept + [(k, str(v)) for k, v in changes.items()])

        self.page(
            "submissions.html",
            consultation_id=consultation_id,
            section="submissions",
            consultation=consultation,
            choices=choices,
            found=found,
            filters=filters,
            sort=sort.value,
            descending=descending,
            topic_names=topic_names,
            type_names=type_names,
            state_options=options_html(language, filters.countries),
            state_name=lambda code: names.get(code) or countries.name(code, language),
            # The detector answers in the six languages only (services/language_detection.py):
            # no DISTINCT over every version needed to list them.
            language_choices=collation.sorted_for(
                language, LANGUAGES, key=lambda code: Catalog.language_name(language, code) or code
            ),
            review_statuses=REVIEW_STATUSES,
            tags=tags,
            tags_of=lambda submission_id: (
                [t.name(language) for t in reviews[submission_id].tags] if submission_id in reviews else []
            ),
            language_name=lambda code: Catalog.language_name(language, code) or code,
            sort_link=lambda column: link(
                sort=column, dir="desc" if column == sort.value and not descending else "asc"
            ),
            page_link=lambda n: link(page=n, sort=sort.value, dir="desc" if descending else "asc"),
            day=DayNames(language, consultation),
            number=small_number(language),
            excerpt=lambda text: text if len(text) <= 160 else text[:159] + "…",
        )


def _source(catalog: Catalog, language: str, submission: submission_store.Submission) -> str | None:
    """How an imported submission came in, in the exports' own words; None: through the bot."""
    if submission.source is None:
        return None
    if submission.received_on is None:
        return catalog.t(language, "export-source-imported-undated", source=submission.source)
    day = Catalog.date(language, submission.received_on)
    return catalog.t(language, "export-source-imported", source=submission.source, date=day)


class SubmissionPage(Staff):
    async def get(self, submission_id: str, error: str | None = None) -> None:
        db = self.ctx.core.db
        submission = await submission_store.get(db, int(submission_id))
        if submission is None:
            raise HTTPError(404)
        language = self.language
        consultation = await self.ctx.core.effective_consultation(submission.consultation_id)
        history = await browse.versions(db, submission.id)
        changes = []
        for index, version in enumerate(history):
            before = history[index - 1] if index else None
            changes.append(
                {
                    "version": version,
                    "fields": views.changed_fields(before, version) if before else [],
                    "comment": views.marked_changes(before.comment if before else version.comment, version.comment),
                    "proposed": views.marked_changes(
                        (before.proposed_text if before else version.proposed_text) or "", version.proposed_text or ""
                    ),
                }
            )
        current = history[-1]
        found_review = await review.review_of(db, submission.id)
        assert found_review is not None
        tags = collation.sorted_for(
            language, await review.tags(db, submission.consultation_id), key=lambda t: t.name(language)
        )
        people = {p.id: p for p in await participants.list_staff(db)}
        paragraph = consultation.document.paragraph(current.paragraph) if current.paragraph else None

        def topic(topic_id: str) -> str:
            found = consultation.topic(topic_id)
            return found.name.get(language) if found else topic_id

        def kind(type_id: str) -> str:
            found = consultation.comment_type(type_id)
            return found.name.get(language) if found else type_id

        self.page(
            "submission.html",
            consultation_id=submission.consultation_id,
            section="submissions",
            submission=submission,
            state=countries.name(submission.country_code, language),
            source=_source(self.ctx.core.catalog, language, submission),
            current=current,
            changes=list(reversed(changes)),
            paragraph_text=paragraph.text.get(language) if paragraph else None,
            topic=topic,
            kind=kind,
            language_name=lambda code: Catalog.language_name(language, code) or code or "",
            when=lambda value: Catalog.datetime(language, value, consultation.zone),
            size=lambda n: Catalog.number(language, max(1, round(n / 1024))),
            review=found_review,
            tags=tags,
            tagged={t.id for t in found_review.tags},
            review_statuses=REVIEW_STATUSES,
            staff_name=lambda participant_id: (
                people[participant_id].full_name or str(people[participant_id].telegram_id)
                if participant_id in people
                else ""
            ),
            error=error,
            done=self.get_argument("done", ""),
        )

    async def post(self, submission_id: str) -> None:
        """A review act (status, tags, note, reply), each audited by storage/review.py like its
        chat equivalent; then the page again (303), or the page with the reason if refused."""
        db, core = self.ctx.core.db, self.ctx.core
        submission = await submission_store.get(db, int(submission_id))
        if submission is None:
            raise HTTPError(404)
        action = self.get_body_argument("action", "")
        officer, now = self.person, core.now()
        try:
            if action == "status":
                status = self.get_body_argument("status", "")
                if status not in REVIEW_STATUSES:
                    raise HTTPError(400)
                await review.set_status(db, submission.id, review.ReviewStatus(status), actor=officer, now=now)
            elif action == "tags":
                wanted = {int(v) for v in self.get_body_arguments("tag") if v.isdecimal() and len(v) < 12}
                new_name = self.get_body_argument("new_tag", "").strip()
                if new_name:
                    created = await review.add_tag(
                        db, submission.consultation_id, {self.language: new_name}, actor=officer, now=now
                    )
                    wanted.add(created.id)
                have = {t.id for t in await review.tags_of(db, submission.id)}
                for tag_id in sorted(wanted - have):
                    await review.tag(db, submission.id, tag_id, actor=officer, now=now)
                for tag_id in sorted(have - wanted):
                    await review.untag(db, submission.id, tag_id, actor=officer, now=now)
            elif action == "note":
                await review.add_note(db, submission.id, self.get_body_argument("text", ""), actor=officer, now=now)
            elif action == "reply":
                await review.add_reply(db, submission.id, self.get_body_argument("text", ""), actor=officer, now=now)
                self.ctx.wake_sender()
            else:
                raise HTTPError(400)
        except review.ReviewError as exc:
            self.set_status(400)
            await self.get(submission_id, error=self.t(f"webapp-review-error-{exc.code}"))
            return
        self.redirect(f"/app/submissions/{submission.id}?done={action}#review", status=303)


class AttachmentFile(Staff):
    async def get(self, attachment_id: str) -> None:
        found = await browse.attachment(self.ctx.core.db, int(attachment_id))
        if found is None:
            raise HTTPError(404)
        attachment, consultation_id = found
        path = attachment_store.resolve(self.ctx.attachments_dir, attachment)
        try:
            data = await asyncio.to_thread(path.read_bytes)
        except OSError:
            raise HTTPError(404) from None
        self.set_header("Content-Type", attachment.mime_type or "application/octet-stream")
        self.set_header("Content-Disposition", content_disposition(attachment.file_name))
        await audit.record(
            self.ctx.core.db,
            "webapp.download",
            actor_id=self.person.telegram_id,
            subject=attachment.file_name,
            consultation_id=consultation_id,
            attachment_id=attachment.id,
        )
        self.finish(data)


REVIEW_STATUSES = tuple(status.value for status in review.ReviewStatus)


EXPORT_FORMATS = (ExportFormat.XLSX, ExportFormat.CSV, ExportFormat.JSONL, ExportFormat.DOCX, ExportFormat.ZIP)


class Exports(Staff):
    async def get(self) -> None:
        consultation_id, consultation, choices = await self.consultation()
        self.page(
            "exports.html",
            consultation_id=consultation_id,
            section="exports",
            consultation=consultation,
            choices=choices,
            formats=[f.value for f in EXPORT_FORMATS],
        )

    async def post(self) -> None:
        """The same files as /export (the same writer), sent as a download and audited."""
        consultation_id, consultation, _ = await self.consultation()
        try:
            fmt = ExportFormat(self.get_body_argument("format", ""))
        except ValueError:
            raise HTTPError(400) from None
        core = self.ctx.core
        chosen = ExportFilters(consultation_id=consultation_id)
        folder = Path(await asyncio.to_thread(tempfile.mkdtemp, prefix="webapp-export-"))
        try:
            result = await write_export(
                core.db,
                ExportRequest(fmt, chosen, self.language),
                folder / default_file_name(consultation, fmt, core.now()),
                consultation=consultation,
                catalog=core.catalog,
                generated_at=core.now(),
                attachments_dir=self.ctx.attachments_dir,
            )
            path = result.paths[0]
            data = await asyncio.to_thread(path.read_bytes)
        finally:
            await asyncio.to_thread(shutil.rmtree, folder, ignore_errors=True)
        await audit.record(
            core.db,
            "export.create",
            actor_id=self.person.id,
            subject=fmt.value,
            consultation_id=consultation_id,
            format=fmt.value,
            filters=chosen.model_dump(mode="json"),
            rows=result.rows,
            submissions=result.submissions,
            bytes=result.size,
            files=[p.name for p in result.paths],
            missing_files=result.missing_files,
            source="webapp",
        )
        self.set_header("Content-Type", CONTENT_TYPES[fmt])
        self.set_header("Content-Disposition", content_disposition(path.name))
        self.finish(data)


DEACTIVATION_REASONS = ("left_post", "replaced", "not_designated", "forwarded_link")
# A registration's rejection: the chat's standard reasons (handlers/focalpoints.py), or none.
REJECTION_REASONS = ("not_designated", "not_government", "unverified", "forwarded_link")
NO_REASON = "none"
FOCAL_POINTS_PAGE = 25
SUCCESSOR_DAYS = 30  # as /invite's default


def search_countries(text: str) -> list[str]:
    """The States a search text names exactly (one, or each of an ambiguous name)."""
    found = countries.match(text)
    if found.country is not None:
        return [found.country.code]
    return [c.code for c in found.candidates] if found.ambiguous else []


class FocalPoints(Staff):
    """The directory (storage/directory.py) with its acts: a successor's link (staff), and
    deactivate, reactivate or move (admins only, as in the chat); each audited there, and the
    person told in their language through the outbox."""

    def registered(self, entry: DirectoryEntry) -> str:
        t, language = self.ctx.core.catalog.t, self.language
        day = lambda v: Catalog.date(language, v.date()) if v else ""  # noqa: E731
        if entry.registered_via is RegisteredVia.LINK:
            if entry.registered_by_name:
                return t(language, "fp-via-link", by=entry.registered_by_name)
            return t(language, "fp-via-link-anonymous")
        if entry.registered_via is RegisteredVia.APPROVAL:
            if entry.registered_by_name and entry.decided_at:
                return t(language, "fp-via-approval", by=entry.registered_by_name, date=day(entry.decided_at))
            return t(language, "fp-via-approval-anonymous")
        return t(language, "fp-via-undecided", date=day(entry.registered_at))

    async def get(self, error: str | None = None) -> None:
        consultation_id, consultation, _ = await self.consultation()
        language = self.language
        text = self.get_argument("q", "")[:100]
        try:
            number = max(1, int(self.get_argument("page", "1")))
        except ValueError:
            number = 1
        found = await directory.page(
            self.ctx.core.db,
            country_order=country_order(language),
            offset=(number - 1) * FOCAL_POINTS_PAGE,
            limit=FOCAL_POINTS_PAGE,
            search=text or None,
            search_countries=search_countries(text) if text else (),
        )
        invited = None
        wanted = self.get_argument("invited", "")
        if wanted.isdecimal() and len(wanted) < 12:
            made = await invitations.get(self.ctx.core.db, int(wanted))
            if made is not None and made.created_by == self.person.telegram_id:
                invited = (
                    countries.name(made.country_code, language),
                    f"https://t.me/{self.ctx.bot_username}?start={made.token}",
                )
        names = state_names(language)
        pending = await participants.list_by_status(self.ctx.core.db, ParticipantStatus.PENDING)
        self.page(
            "focalpoints.html",
            pending=pending,
            rejection_reasons=REJECTION_REASONS,
            no_reason=NO_REASON,
            max_reason=directory.MAX_REASON,
            consultation_id=consultation_id,
            section="focalpoints",
            found=found,
            text=text,
            number=number,
            pages=max(1, -(-found.total // FOCAL_POINTS_PAGE)),
            admin=self.person.role is Role.ADMIN,
            state_name=lambda code: names.get(code) or countries.name(code, language),
            state_choices=collation.sorted_for(language, names.items(), key=lambda item: item[1]),
            registered=self.registered,
            language_name=lambda code: Catalog.language_name(language, code) or code,
            day=lambda value: Catalog.date(language, value.astimezone(consultation.zone).date()) if value else "",
            reasons=DEACTIVATION_REASONS,
            reason=lambda e: reason_text(
                self.ctx.core.catalog, language, e.deactivation_reason_code, e.deactivation_reason
            ),
            invited=invited,
            error=error,
            done=self.get_argument("done", ""),
            query=urlencode({"q": text, "page": number}),
        )

    async def post(self) -> None:
        core, db, officer = self.ctx.core, self.ctx.core.db, self.person
        action = self.get_body_argument("action", "")
        raw_id = self.get_body_argument("participant", "")
        back = urlencode({"q": self.get_body_argument("q", "")[:100], "page": self.get_body_argument("page", "1")[:6]})
        if action in ("approve", "reject"):
            await self.decide(action, int(raw_id) if raw_id.isdecimal() and len(raw_id) < 12 else 0, back)
            return
        entry = await directory.get_entry(db, int(raw_id)) if raw_id.isdecimal() and len(raw_id) < 12 else None
        if entry is None:
            raise HTTPError(404)
        if action == "successor":
            made = await invitations.create(
                db,
                entry.country_code,
                max_uses=1,
                expires_at=core.now() + timedelta(days=SUCCESSOR_DAYS),
                created_by=officer.telegram_id,
                now=core.now(),
            )
            self.redirect(f"/app/focalpoints?{back}&invited={made.id}#invited", status=303)
            return
        if action not in ("deactivate", "reactivate", "move"):
            raise HTTPError(400)
        if officer.role is not Role.ADMIN:
            await self.refuse(Refused(f"focal point {action}: admins only", officer.telegram_id))
            return
        if self.get_body_argument("confirm", "") != "1":
            self.set_status(400)
            await self.get(error=self.t("webapp-fp-not-confirmed"))
            return
        person = await participants.get(db, entry.participant_id)
        assert person is not None
        consultation = await core.effective_consultation()
        done: object = None
        if action == "deactivate":
            code = self.get_body_argument("reason", "")
            typed = self.get_body_argument("reason_text", "").strip()
            reason = Reason(code=code) if code in DEACTIVATION_REASONS else Reason(text=typed or None)
            words = reason_text(core.catalog, person.language, reason.code, reason.text)
            notice = self.notice(person, "fp-you-are-deactivated", person.country_code or "", reason=words)
            if notice is not None:
                notice = notice.model_copy(
                    update={"text": dated.with_contact(core.catalog, consultation, person.language, notice.text)}
                )
            done = await directory.deactivate(
                db, entry.participant_id, reason=reason, actor=officer, now=core.now(), notice=notice
            )
        elif action == "reactivate":
            notice = self.notice(person, "fp-you-are-reactivated", person.country_code or "")
            done = await directory.reactivate(db, entry.participant_id, actor=officer, now=core.now(), notice=notice)
        else:
            code = self.get_body_argument("country", "").upper()
            if countries.get(code) is None:
                raise HTTPError(400)
            notice = self.notice(person, "fp-you-are-moved", code)
            done = await directory.move(
                db, entry.participant_id, country_code=code, actor=officer, now=core.now(), notice=notice
            )
        self.ctx.wake_sender()
        self.redirect(f"/app/focalpoints?{back}&done={action if done else 'none'}", status=303)

    async def decide(self, action: str, participant_id: int, back: str) -> None:
        """Approve a pending registration, or reject it with a standard reason, a typed one or
        none (as the chat's Approve and Reject, handlers/roles.py and focalpoints.py): the person
        told in their language through the outbox (with the reason); audited by
        storage/directory. Staff, as in the chat."""
        core, db, officer = self.ctx.core, self.ctx.core.db, self.person
        person = await participants.get(db, participant_id) if participant_id else None
        if person is None or person.role is not Role.FOCAL_POINT:
            raise HTTPError(404)
        chat_id = person.chat_id or person.telegram_id
        pending = person.status is ParticipantStatus.PENDING
        their = person.language
        country = countries.name(person.country_code, their, "running")
        if action == "approve":
            approved = None
            if pending and chat_id is not None:
                text = core.catalog.t(their, "role-you-are-approved", country=country)
                text += "\n\n" + core.catalog.t(their, "webapp-fp-approved-menu")
                approved = Notice(text=text, chat_id=chat_id, language=their)
            done = await directory.approve(db, participant_id, actor=officer, now=core.now(), notice=approved)
            self.ctx.wake_sender()
            self.redirect(f"/app/focalpoints?{back}&done={'approve' if done else 'none'}", status=303)
            return
        code = self.get_body_argument("reason", "")
        typed = " ".join(self.get_body_argument("reason_text", "").split())
        if code in REJECTION_REASONS:
            reason = Reason(code=code)
        elif code == NO_REASON:
            reason = Reason()
        elif not typed or len(typed) > directory.MAX_REASON:
            self.set_status(400)
            error = (
                self.t("webapp-fp-reason-missing")
                if not typed
                else self.t("fp-reason-too-long", length=len(typed), max=directory.MAX_REASON)
            )
            await self.get(error=error)
            return
        else:
            reason = Reason(text=typed)
        notice = None
        if pending and chat_id is not None:
            consultation = await core.effective_consultation()
            text = dated.with_contact(
                core.catalog, consultation, their, core.catalog.t(their, "role-you-are-rejected", country=country)
            )
            said = reason_text(core.catalog, their, reason.code, reason.text)
            if said:
                text += "\n\n" + core.catalog.t(their, "fp-rejected-reason", reason=said)
            notice = Notice(text=text, chat_id=chat_id, language=their)
        done = await directory.reject(db, participant_id, reason=reason, actor=officer, now=core.now(), notice=notice)
        self.ctx.wake_sender()
        self.redirect(f"/app/focalpoints?{back}&done={'reject' if done else 'none'}", status=303)

    def notice(self, person: Participant, key: str, code: str, **args: Any) -> Notice | None:
        """The person's message in their language (None: no chat with the bot, or erased)."""
        chat_id = person.chat_id or person.telegram_id
        if person.status is ParticipantStatus.ERASED or chat_id is None:
            return None
        language = person.language
        country = countries.name(code, language, "running")
        return Notice(
            text=self.ctx.core.catalog.t(language, key, country=country, **args), chat_id=chat_id, language=language
        )


class DirectoryFile(Staff):
    """The directory as XLSX or CSV (the chat's /focalpoints export, same writer), audited."""

    async def post(self) -> None:
        try:
            fmt = DirectoryFormat(self.get_body_argument("format", ""))
        except ValueError:
            raise HTTPError(400) from None
        folder = Path(await asyncio.to_thread(tempfile.mkdtemp, prefix="webapp-directory-"))
        try:
            path = folder / f"focal-points-{self.ctx.core.now():%Y-%m-%d}.{fmt.value}"
            rows = await write_directory(self.ctx.core.db, fmt, path, self.ctx.core.catalog, self.language)
            data = await asyncio.to_thread(path.read_bytes)
        finally:
            await asyncio.to_thread(shutil.rmtree, folder, ignore_errors=True)
        await audit.record(
            self.ctx.core.db,
            "directory.export",
            actor_id=None,
            actor_participant_id=self.person.id,
            actor_telegram_id=self.person.telegram_id,
            format=fmt.value,
            rows=rows,
            source="webapp",
        )
        self.set_header("Content-Type", CONTENT_TYPES[ExportFormat(fmt.value)])
        self.set_header("Content-Disposition", content_disposition(path.name))
        self.finish(data)


def routes(ctx: WebAppContext) -> list[tuple[str, type[RequestHandler], dict[str, Any]]]:
    given = {"ctx": ctx}
    return [
        (r"/app/?", Launch, given),
        (r"/app/session", SessionStart, given),
        (r"/app/ticket/([A-Za-z0-9_.-]{1,200})", Ticket, given),
        (r"/app/overview", Overview, given),
        (r"/app/submissions", Submissions, given),
        (r"/app/submissions/([0-9]{1,12})", SubmissionPage, given),
        (r"/app/files/([0-9]{1,12})", AttachmentFile, given),
        (r"/app/exports", Exports, given),
        (r"/app/focalpoints", FocalPoints, given),
        (r"/app/focalpoints/file", DirectoryFile, given),
    ]


def settings_for(access: WebAppAccess) -> dict[str, Any]:
    """The tornado Application settings the routes need (templates, static files, XSRF)."""
    return {
        "template_path": str(PACKAGE / "templates"),
        "static_path": str(PACKAGE / "static"),
        "static_url_prefix": "/app/static/",
        "xsrf_cookies": True,
        "xsrf_cookie_kwargs": {"httponly": True, "samesite": "Strict", "secure": access.secure, "path": "/app"},
        "autoescape": "xhtml_escape",
        "compress_response": False,
    }
