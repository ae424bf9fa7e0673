"""/export: a secretariat officer chooses a format and filters and receives the file.

/export (or the menu's Export button) -> format -> filters (topics, countries, comment types,
status, dates, earlier versions; each optional) -> "Create the file": the filters message
becomes the progress message, edited as batches are written; the file comes with
sendDocument. A file over Telegram's upload limit is refused with the reason and the
`consultbot export` command that makes it; a ZIP of attachments is split into parts instead.
Every export (and every refusal) goes to the audit log. The choices are saved in
export_drafts at every step.

The export is in the officer's language: column headers, country, topic and comment type
names (texts themselves are always as written).
"""

from __future__ import annotations

import asyncio
import logging
import shutil
from pathlib import Path
from typing import Any

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
)

from exports import (
    STATUSES,
    ExportFilters,
    ExportFormat,
    ExportRequest,
    ExportResult,
    Labels,
    command_line_arguments,
    count_rows,
    default_file_name,
    filter_lines,
    write_export,
)
from exports import drafts as export_drafts
from handlers import consultations, flow
from handlers.access import guarded
from handlers.callbacks import CallbackData
from handlers.context import Context
from handlers.export_data import (
    PREFIX,
    Back,
    Cancel,
    ChangeFormat,
    ClearAll,
    ClearThis,
    ConsultationPicked,
    Create,
    FormatChosen,
    OpenFilter,
    Toggle,
    ToggleNotes,
    ToggleVersions,
)
from handlers.export_files import ProgressMessage, megabytes, new_work_folder, send_files, work_root
from handlers.keyboards import MenuExport, press, rows
from handlers.replies import acknowledge, edit_or_say, participant_of, replace_message, say, send_text
from prompts import typed
from storage import audit, review
from storage.consultations import FIRST_ID
from storage.models import Participant

logger = logging.getLogger(__name__)

FORMAT = "export_format"
FILTERS = "export_filters"
PICK = "export_pick"
CONSULTATION = "export_consultation"
CHOOSING = "consultation"  # the draft's `picking` while the consultation is asked
COUNTRIES = "export_countries"
DATES = "export_dates"

# Telegram's limit for files a bot uploads.
UPLOAD_LIMIT = 50 * 1024 * 1024
MAX_TYPED = 1000
LISTS = ("topics", "types", "status", "tags")


# -- the draft (what the officer has chosen so far, in export_drafts) ----------------------------


def _format(value: object) -> ExportFormat | None:
    try:
        return ExportFormat(value)
    except ValueError:
        return None


async def _load(context: Context, participant: Participant) -> tuple[ExportFormat | None, ExportFilters, str]:
    data = await export_drafts.load(context.db, participant.id)
    try:
        chosen = ExportFilters.model_validate(data.get("filters") or {})
    except ValueError:  # a draft from an older version: start the filters afresh
        chosen = ExportFilters()
    return _format(data.get("format")), chosen, str(data.get("picking") or "")


async def _save(
    context: Context,
    participant: Participant,
    fmt: ExportFormat | None,
    chosen: ExportFilters,
    picking: str = "",
    **extra: Any,
) -> None:
    await export_drafts.save(
        context.db,
        participant.id,
        {
            "format": fmt.value if fmt else None,
            "filters": chosen.model_dump(mode="json"),
            "picking": picking,
            **extra,
        },
    )


async def _who(update: Update, context: Context) -> Participant:
    participant = await participant_of(update, context)
    assert participant is not None  # guarded("export") let only staff in
    return participant


async def _labels(context: Context, participant: Participant) -> Labels:
    """In the officer's language, with the definition of the consultation being exported."""
    _fmt, chosen, _picking = await _load(context, participant)
    consultation = await context.deps.effective_consultation(chosen.consultation_id)
    labels = Labels(context.catalog, participant.language, consultation, chat=True)
    # The themes of this consultation (storage/review.py), for the themes filter.
    themes = await review.tags(context.db, chosen.consultation_id or FIRST_ID)
    labels.tag_names = {tag.id: tag.name(participant.language) for tag in themes}
    return labels


# -- screens -------------------------------------------------------------------------------------


def _format_keyboard(context: Context, language: str) -> InlineKeyboardMarkup:
    t = context.catalog.t
    buttons = [press(t(language, f"export-format-{fmt.value}"), FormatChosen(fmt.value)) for fmt in ExportFormat]
    buttons.append(press(t(language, "export-button-cancel"), Cancel()))
    return rows(buttons, per_row=1)


async def _show_formats(update: Update, context: Context, *, edit: bool) -> str:
    """The format question; with several consultations, under the name of the one exported."""
    language = context.language
    keyboard = _format_keyboard(context, language)
    text = context.catalog.t(language, "export-choose-format")
    _fmt, chosen, _picking = await _load(context, await _who(update, context))
    if chosen.consultation_id is not None:
        consultation = await context.deps.effective_consultation(chosen.consultation_id)
        title = consultation.title.get(language)
        text = context.catalog.t(language, "consultations-of", id=chosen.consultation_id, title=title) + "\n\n" + text
    if edit:
        await replace_message(update, context, text, keyboard)
    else:
        await send_text(update, context, text, keyboard)
    return FORMAT


def _filters_text(labels: Labels, fmt: ExportFormat, chosen: ExportFilters) -> str:
    t = labels.t
    lines = [
        t("export-filters-title", format=t(f"export-format-{fmt.value}")),
        "",
        *filter_lines(chosen, labels),
        "",
        t("export-filters-hint"),
    ]
    return "\n".join(lines)


def _filters_keyboard(labels: Labels, chosen: ExportFilters) -> InlineKeyboardMarkup:
    t = labels.t
    versions = t("export-button-versions-on") if chosen.include_versions else t("export-button-versions-off")
    buttons = [
        press(t("export-button-topics"), OpenFilter("topics")),
        press(t("export-button-countries"), OpenFilter("countries")),
        press(t("export-button-types"), OpenFilter("types")),
        press(t("export-button-status"), OpenFilter("status")),
        press(t("export-button-dates"), OpenFilter("dates")),
        press(versions, ToggleVersions()),
        press(t("review-export-btn-themes"), OpenFilter("tags")),
        press(t("review-export-btn-notes-on" if chosen.with_notes else "review-export-btn-notes-off"), ToggleNotes()),
        press(t("export-button-clear"), ClearAll()),
        press(t("export-button-format"), ChangeFormat()),
    ]
    markup = rows(buttons, per_row=2)
    return InlineKeyboardMarkup(
        [
            *markup.inline_keyboard,
            [press(t("export-button-create"), Create())],
            [press(t("export-button-cancel"), Cancel())],
        ]
    )


async def _show_filters(update: Update, context: Context, participant: Participant, *, edit: bool) -> str:
    fmt, chosen, _ = await _load(context, participant)
    if fmt is None:
        return await _show_formats(update, context, edit=edit)
    labels = await _labels(context, participant)
    await _save(context, participant, fmt, chosen)
    show = replace_message if edit else send_text
    await show(update, context, _filters_text(labels, fmt, chosen), _filters_keyboard(labels, chosen))
    return FILTERS


def _list_items(labels: Labels, which: str) -> list[tuple[str, str]]:
    consultation = labels.consultation
    if which == "topics":
        return [(topic.id, topic.name.get(labels.language)) for topic in consultation.topics]
    if which == "types":
        return [(kind.id, kind.name.get(labels.language)) for kind in consultation.comment_types]
    if which == "tags":
        return [(str(tag_id), name) for tag_id, name in labels.tag_names.items()]
    return [(status, labels.t(f"export-status-{status}")) for status in STATUSES]


def _selected(chosen: ExportFilters, which: str) -> tuple[str, ...]:
    if which == "topics":
        return chosen.topics
    if which == "types":
        return chosen.comment_types
    if which == "tags":
        return tuple(str(tag) for tag in chosen.tags)
    return chosen.effective_statuses


async def _show_list(update: Update, context: Context, participant: Participant, which: str, *, edit: bool) -> str:
    fmt, chosen, _ = await _load(context, participant)
    await _save(context, participant, fmt, chosen, picking=which)
    labels = await _labels(context, participant)
    selected = _selected(chosen, which)
    buttons = [
        press(f"✓ {name}" if item in selected else name, Toggle(which, item))
        for item, name in _list_items(labels, which)
    ]
    buttons.append(press(labels.t("export-button-done"), Back()))
    show = replace_message if edit else send_text
    key = "review-export-pick-tags" if which == "tags" else f"export-pick-{which}"
    if which == "tags" and not labels.tag_names:
        key = "review-export-no-tags"
    await show(update, context, labels.t(key), rows(buttons, per_row=1))
    return PICK


def _typed_keyboard(labels: Labels) -> InlineKeyboardMarkup:
    return rows(
        [
            press(labels.t("export-button-clear-this"), ClearThis()),
            press(labels.t("export-button-back"), Back()),
        ],
        per_row=2,
    )


async def _ask_typed(update: Update, context: Context, participant: Participant, which: str, *, edit: bool) -> str:
    fmt, chosen, _ = await _load(context, participant)
    await _save(context, participant, fmt, chosen, picking=which)
    labels = await _labels(context, participant)
    lines = filter_lines(chosen, labels)
    current = lines[1] if which == "countries" else lines[4]
    text = labels.t(f"export-ask-{which}") + "\n\n" + current
    show = replace_message if edit else send_text
    await show(update, context, text, _typed_keyboard(labels))
    return COUNTRIES if which == "countries" else DATES


async def _reshow(update: Update, context: Context, state: str) -> str:
    """The current step again, as a new message (after bad input)."""
    participant = await _who(update, context)
    if state == CONSULTATION:
        return await _ask_consultation(update, context, edit=False)
    if state == FORMAT:
        return await _show_formats(update, context, edit=False)
    if state == FILTERS:
        return await _show_filters(update, context, participant, edit=False)
    _, _, picking = await _load(context, participant)
    if state == PICK:
        return await _show_list(update, context, participant, picking if picking in LISTS else "topics", edit=False)
    return await _ask_typed(update, context, participant, "countries" if state == COUNTRIES else "dates", edit=False)


# -- steps -----------------------------------------------------------------------------------------


@guarded("export")
async def start(update: Update, context: Context) -> str:
    """/export or the menu's Export button: a fresh choice, beginning with the format. With
    several consultations, one consultation's submissions: the first's, or /export N's."""
    await acknowledge(update)
    participant = await _who(update, context)
    scope = None
    records = await consultations.defined(context)
    if len(await context.deps.consultations()) > 1:
        scope = FIRST_ID
        named = (context.args or [""])[0] if update.message is not None else ""
        if named:
            record = await consultations.named(context, named)
            if record is None:
                await send_text(update, context, context.t("export-unknown-consultation", number=named[:20]))
                return ConversationHandler.END
            scope = record.id
        elif len(records) > 1:
            await _save(context, participant, None, ExportFilters(consultation_id=FIRST_ID), CHOOSING)
            return await _ask_consultation(update, context, edit=update.callback_query is not None)
    await _save(context, participant, None, ExportFilters(consultation_id=scope))
    return await _show_formats(update, context, edit=update.callback_query is not None)


async def _ask_consultation(update: Update, context: Context, *, edit: bool) -> str:
    """With several consultations: whose submissions (each export covers one)."""
    keyboard = consultations.choice_keyboard(context, await consultations.defined(context), ConsultationPicked)
    keyboard = InlineKeyboardMarkup([*keyboard.inline_keyboard, [press(context.t("export-button-cancel"), Cancel())]])
    if edit:
        await edit_or_say(update, context, "export-choose-consultation", keyboard)
    else:
        await say(update, context, "export-choose-consultation", keyboard)
    return CONSULTATION


@guarded("export")
async def consultation_picked(update: Update, context: Context) -> str:
    """The consultation to export: then the format, as for /export N."""
    pressed = ConsultationPicked.of(update)
    record = await context.deps.consultation_record(pressed.consultation) if pressed else None
    if record is None or record.definition is None:
        return await wrong_button(update, context)
    await acknowledge(update)
    participant = await _who(update, context)
    await _save(context, participant, None, ExportFilters(consultation_id=record.id))
    return await _show_formats(update, context, edit=True)


@guarded("export")
async def format_chosen(update: Update, context: Context) -> str:
    """A format button: kept, then the filters."""
    data = FormatChosen.of(update)
    chosen_format = _format(data.format if data else "")
    if chosen_format is None:
        return await wrong_button(update, context)
    await acknowledge(update)
    participant = await _who(update, context)
    _, chosen, _ = await _load(context, participant)
    await _save(context, participant, chosen_format, chosen)
    return await _show_filters(update, context, participant, edit=True)


@guarded("export")
async def change_format(update: Update, context: Context) -> str:
    """Back to the formats; the filters are kept."""
    await acknowledge(update)
    return await _show_formats(update, context, edit=True)


@guarded("export")
async def open_filter(update: Update, context: Context) -> str:
    """A filter button: a list to tick, or a question to answer by typing."""
    data = OpenFilter.of(update)
    which = data.which if data else ""
    await acknowledge(update)
    participant = await _who(update, context)
    if which in LISTS:
        return await _show_list(update, context, participant, which, edit=True)
    if which in ("countries", "dates"):
        return await _ask_typed(update, context, participant, which, edit=True)
    return await _reshow(update, context, FILTERS)


@guarded("export")
async def toggle(update: Update, context: Context) -> str:
    """Tick or untick one topic, comment type or status."""
    data = Toggle.of(update)
    which, item = (data.which, data.item) if data else ("", "")
    participant = await _who(update, context)
    labels = await _labels(context, participant)
    if which not in LISTS or item not in {key for key, _ in _list_items(labels, which)}:
        return await wrong_button(update, context)
    await acknowledge(update)
    fmt, chosen, _ = await _load(context, participant)
    selected = list(_selected(chosen, which))
    selected = [s for s in selected if s != item] if item in selected else [*selected, item]
    if which == "topics":
        chosen = chosen.with_changes(topics=tuple(selected))
    elif which == "types":
        chosen = chosen.with_changes(comment_types=tuple(selected))
    elif which == "tags":
        chosen = chosen.with_changes(tags=tuple(int(tag) for tag in selected))
    else:
        # Unticking both statuses falls back to the default (submitted only).
        chosen = chosen.with_changes(statuses=tuple(selected), include_withdrawn=False)
    await _save(context, participant, fmt, chosen, picking=which)
    return await _show_list(update, context, participant, which, edit=True)


@guarded("export")
async def toggle_versions(update: Update, context: Context) -> str:
    """Earlier versions of each submission: included or not."""
    await acknowledge(update)
    participant = await _who(update, context)
    fmt, chosen, _ = await _load(context, participant)
    await _save(context, participant, fmt, chosen.with_changes(include_versions=not chosen.include_versions))
    return await _show_filters(update, context, participant, edit=True)


@guarded("export")
async def toggle_notes(update: Update, context: Context) -> str:
    """The internal notes and the replies as columns (staff exports): included or not."""
    await acknowledge(update)
    participant = await _who(update, context)
    fmt, chosen, _ = await _load(context, participant)
    await _save(context, participant, fmt, chosen.with_changes(with_notes=not chosen.with_notes))
    return await _show_filters(update, context, participant, edit=True)


@guarded("export")
async def clear_all(update: Update, context: Context) -> str:
    """Every filter back to "all"."""
    await acknowledge(update)
    participant = await _who(update, context)
    fmt, before, _ = await _load(context, participant)
    await _save(context, participant, fmt, ExportFilters(consultation_id=before.consultation_id))
    return await _show_filters(update, context, participant, edit=True)


@guarded("export")
async def clear_this(update: Update, context: Context) -> str:
    """The Clear button under the countries or dates question."""
    await acknowledge(update)
    participant = await _who(update, context)
    fmt, chosen, picking = await _load(context, participant)
    if picking == "countries":
        chosen = chosen.with_changes(countries=())
    elif picking == "dates":
        chosen = chosen.with_changes(submitted_from=None, submitted_to=None)
    await _save(context, participant, fmt, chosen)
    return await _show_filters(update, context, participant, edit=True)


@guarded("export")
async def back(update: Update, context: Context) -> str:
    """Done with a list or a question: the filters again."""
    await acknowledge(update)
    return await _show_filters(update, context, await _who(update, context), edit=True)


@guarded("export")
async def countries_typed(update: Update, context: Context) -> str:
    """Country names or codes, comma-separated, in any of the six languages."""
    participant = await _who(update, context)
    text = update.effective_message.text if update.effective_message else ""
    text = text or ""
    if len(text) > MAX_TYPED:
        await say(update, context, "too-long-input", length=len(text), max=MAX_TYPED)
        return await _reshow(update, context, COUNTRIES)
    fmt, chosen, _ = await _load(context, participant)
    read = typed.country_list(text)
    unknown = []
    for name, suggestions in read.unmatched:
        hint = ", ".join(s.name(participant.language) for s in suggestions[:3])
        unknown.append(f"{name} ({hint})" if hint else name)
    chosen = chosen.with_changes(countries=tuple(dict.fromkeys([*chosen.countries, *read.codes])))
    await _save(context, participant, fmt, chosen, picking="countries", typed=text)
    if unknown or not read.codes:
        await say(update, context, "export-countries-unknown", names="; ".join(unknown) or text.strip())
        return await _reshow(update, context, COUNTRIES)
    return await _show_filters(update, context, participant, edit=False)


@guarded("export")
async def dates_typed(update: Update, context: Context) -> str:
    """The period, typed as one or two dates."""
    participant = await _who(update, context)
    text = (update.effective_message.text if update.effective_message else "") or ""
    if len(text) > MAX_TYPED:
        await say(update, context, "too-long-input", length=len(text), max=MAX_TYPED)
        return await _reshow(update, context, DATES)
    fmt, chosen, _ = await _load(context, participant)
    await _save(context, participant, fmt, chosen, picking="dates", typed=text)
    parsed = typed.period(text)
    if parsed is None or (parsed[0] and parsed[1] and parsed[1] < parsed[0]):
        await say(update, context, "export-dates-invalid")
        return await _reshow(update, context, DATES)
    chosen = chosen.with_changes(submitted_from=parsed[0], submitted_to=parsed[1])
    await _save(context, participant, fmt, chosen)
    return await _show_filters(update, context, participant, edit=False)


@guarded("export")
async def create(update: Update, context: Context) -> str | int:
    """Make the file with the progress shown in one message, then deliver it."""
    await acknowledge(update)
    participant = await _who(update, context)
    fmt, chosen, _ = await _load(context, participant)
    if fmt is None:
        return await _show_formats(update, context, edit=True)
    deps = context.deps
    consultation = await deps.effective_consultation(chosen.consultation_id)
    labels = Labels(context.catalog, participant.language, consultation, chat=True)
    total = await count_rows(deps.db, chosen, consultation=consultation, catalog=context.catalog)
    if total == 0:
        await say(update, context, "export-nothing", language=participant.language)
        return await _show_filters(update, context, participant, edit=False)
    message = await replace_message(update, context, labels.t("export-progress", done=0, total=total, percent=0))
    progress = ProgressMessage(message, labels)
    folder = Path(await asyncio.to_thread(new_work_folder, work_root(deps)))
    try:
        result = await write_export(
            deps.db,
            ExportRequest(fmt, chosen, participant.language),
            folder / default_file_name(consultation, fmt, deps.now()),
            consultation=consultation,
            catalog=context.catalog,
            generated_at=deps.now(),
            attachments_dir=deps.attachments_dir,
            progress=progress,
            max_part_bytes=UPLOAD_LIMIT if fmt is ExportFormat.ZIP else None,
        )
        return await _deliver(update, context, participant, chosen, result, progress, submissions=result.submissions)
    finally:
        await asyncio.to_thread(shutil.rmtree, folder, ignore_errors=True)


async def _deliver(
    update: Update,
    context: Context,
    participant: Participant,
    chosen: ExportFilters,
    result: ExportResult,
    progress: ProgressMessage,
    *,
    submissions: int,
) -> str | int:
    """Send the file (or say why not), and write the audit entry either way."""
    db, labels, fmt = context.db, progress.labels, result.format
    details = {
        "format": fmt.value,
        "filters": chosen.model_dump(mode="json"),
        "rows": result.rows,
        "submissions": submissions,
        "bytes": result.size,
        "files": [p.name for p in result.paths],
        "missing_files": result.missing_files,
        "source": "bot",
    }
    if fmt is ExportFormat.ZIP and result.rows == 0 and not result.missing_files:
        await progress.show(labels.t("export-no-attachments"))
        await audit.record(
            db,
            "export.empty",
            actor_id=participant.id,
            subject=fmt.value,
            consultation_id=chosen.consultation_id,
            **details,
        )
        return await _show_filters(update, context, participant, edit=False)
    largest = max([await asyncio.to_thread(lambda p=p: p.stat().st_size) for p in result.paths])
    if largest > UPLOAD_LIMIT:
        command = " ".join(
            [
                "consultbot",
                "export",
                "--format",
                fmt.value,
                "--out",
                result.paths[0].name,
                *command_line_arguments(chosen),
                *(["--language", labels.language] if labels.language != "en" else []),
            ]
        )
        await progress.show(
            labels.t("export-too-large", size=megabytes(largest), limit=megabytes(UPLOAD_LIMIT), command=command)
        )
        await audit.record(
            db,
            "export.refused",
            actor_id=participant.id,
            subject=fmt.value,
            consultation_id=chosen.consultation_id,
            reason="over the upload limit",
            **details,
        )
    else:
        await send_files(update, context, labels, fmt, result.paths, result.rows)
        done = labels.t(
            "export-done-zip" if fmt is ExportFormat.ZIP else "export-done",
            format=labels.t(f"export-format-{fmt.value}"),
            rows=result.rows,
        )
        if result.missing_files:
            done += "\n" + labels.t("export-done-missing", missing=result.missing_files)
        await progress.show(done)
        await audit.record(
            db,
            "export.create",
            actor_id=participant.id,
            subject=fmt.value,
            consultation_id=chosen.consultation_id,
            **details,
        )
    await export_drafts.delete(db, participant.id)
    return ConversationHandler.END


@guarded("cancel")  # a revoked officer may still close the flow
async def cancel(update: Update, context: Context) -> int:
    """/cancel or the Cancel button: nothing is made; the choices are dropped."""
    await acknowledge(update)
    participant = await _who(update, context)
    await export_drafts.delete(context.db, participant.id)
    await edit_or_say(update, context, "export-cancelled")
    return ConversationHandler.END


async def wrong_button(update: Update, context: Context) -> str:
    """A button of another step (an older message): said, and the current step shown again."""
    language = context.language
    await acknowledge(update, context.catalog.t(language, "button-stale"))
    state = await _current_state(update, context)
    return await _reshow(update, context, state)


async def _current_state(update: Update, context: Context) -> str:
    participant = await _who(update, context)
    fmt, _, picking = await _load(context, participant)
    if fmt is None:
        return CONSULTATION if picking == CHOOSING else FORMAT
    if picking in LISTS:
        return PICK
    return {"countries": COUNTRIES, "dates": DATES}.get(picking, FILTERS)


def _reask(state: str, key: str) -> Any:
    @guarded("export")
    async def reask(update: Update, context: Context) -> str:
        """Anything but the expected answer: said politely, the step asked again."""
        await acknowledge(update)
        await say(update, context, key)
        return await _reshow(update, context, state)

    reask.__name__ = f"reask_{state}"
    return reask


def _state(name: str, key: str, *specific: BaseHandler[Update, Context, object]) -> list[Any]:
    """A state's handlers, Cancel and Format among them; a message it cannot use gets `key` and
    the step again, a button of another step is called stale and the current step shown again."""
    common = [_on(Cancel, cancel), _on(ChangeFormat, change_format)]
    return flow.state(PREFIX, *specific, *common, otherwise=_reask(name, key), stale=guarded("export")(wrong_button))


def _on(pressed: type[CallbackData], callback: Any) -> CallbackQueryHandler[Context, Any]:
    return CallbackQueryHandler(callback, pattern=pressed.pattern())


def _typed(name: str, callback: Any) -> list[Any]:
    """A state waiting for a typed answer (countries, dates), with Clear and Back."""
    return _state(
        name, "export-type-text", _on(ClearThis, clear_this), _on(Back, back), MessageHandler(flow.TEXT, callback)
    )


def handlers() -> list[BaseHandler[Update, Context, object]]:
    return [
        ConversationHandler(
            entry_points=[
                CommandHandler("export", start),
                CallbackQueryHandler(start, pattern=MenuExport.pattern()),
            ],
            states={
                CONSULTATION: _state(CONSULTATION, "export-use-buttons", _on(ConsultationPicked, consultation_picked)),
                FORMAT: _state(FORMAT, "export-use-buttons", _on(FormatChosen, format_chosen)),
                FILTERS: _state(
                    FILTERS,
                    "export-use-buttons",
                    _on(OpenFilter, open_filter),
                    _on(ToggleVersions, toggle_versions),
                    _on(ToggleNotes, toggle_notes),
                    _on(ClearAll, clear_all),
                    _on(Create, create),
                ),
                PICK: _state(PICK, "export-use-buttons", _on(Toggle, toggle), _on(Back, back)),
                COUNTRIES: _typed(COUNTRIES, countries_typed),
                DATES: _typed(DATES, dates_typed),
            },
            fallbacks=[CommandHandler("cancel", cancel)],
            name="export",
            persistent=True,
            allow_reentry=True,
        )
    ]
