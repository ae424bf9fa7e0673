"""The one owner of the SQLite connection: pragmas, transactions, migrations.

aiosqlite runs each connection on its own thread; awaits from other coroutines can interleave
between two statements, so every access holds one asyncio lock and a multi-statement write is
one `BEGIN IMMEDIATE` transaction. Long reads (exports) use a second, read-only connection so
that WAL lets them run beside the bot's writes.
"""

from __future__ import annotations

import asyncio
import functools
import re
import sqlite3
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

from storage.search import register_async

MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
TABLE_AFTER = re.compile(r"\b(?:INTO|UPDATE|FROM|TABLE)\s+(\w+)", re.IGNORECASE)

Params = Sequence[Any] | dict[str, Any]
T = TypeVar("T")


class SchemaTooNewError(Exception):
    """The database was written by a newer consultbot; refusing to touch it."""


class Migration:
    def __init__(self, version: int, name: str, sql: str) -> None:
        self.version = version
        self.name = name
        self.sql = sql


def available_migrations() -> list[Migration]:
    """The numbered SQL files shipped in storage/migrations, in order."""
    found = []
    for entry in resources.files("storage").joinpath("migrations").iterdir():
        match = MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    return found


def latest_version() -> int:
    migrations = available_migrations()
    return migrations[-1].version if migrations else 0


@functools.lru_cache(maxsize=1024)
def tables_written(sql: str) -> tuple[str, ...]:
    """The tables a statement may change (every name after INTO, UPDATE, FROM or TABLE in a
    statement that is not a plain read): more than it changes, never fewer."""
    verb = sql.lstrip()[:6].upper()
    if verb in ("SELECT", "PRAGMA") and "RETURNING" not in sql.upper():
        return ()
    return tuple({name.lower() for name in TABLE_AFTER.findall(sql)})


class Database:
    """An open SQLite database. Create with `await Database.open(path)`.

    Every statement costs a hop to aiosqlite's thread and back, so a read is one hop
    (`execute_fetchall`), and `version(table)` lets a caller keep a row it read until a
    statement through this connection may have changed that table.
    """

    def __init__(self, path: Path, connection: aiosqlite.Connection) -> None:
        self.path = path
        self._conn = connection
        self._lock = asyncio.Lock()
        self._in_transaction: asyncio.Task[Any] | None = None
        self._versions: Counter[str] = Counter()

    def version(self, table: str) -> int:
        """A number that changes whenever a statement that may write `table` is run."""
        return self._versions[table]

    def _writing(self, sql: str) -> None:
        for table in tables_written(sql):
            self._versions[table] += 1

    @classmethod
    async def open(cls, path: Path | str, *, migrate: bool = True) -> Database:
        path = Path(path)
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = await aiosqlite.connect(path, isolation_level=None)
        conn.row_factory = aiosqlite.Row
        await conn.execute("PRAGMA busy_timeout = 5000")
        await conn.execute("PRAGMA journal_mode = WAL")
        await conn.execute("PRAGMA synchronous = NORMAL")
        await conn.execute("PRAGMA foreign_keys = ON")
        # Deleted and overwritten content is zeroed, not left in free pages or cells: an erasure
        # (/forget) must not survive in the file. Per connection, so set at every open.
        await conn.execute("PRAGMA secure_delete = ON")
        # The search folding the triggers of submission_versions call (storage/search.py).
        await register_async(conn)
        db = cls(path, conn)
        if migrate:
            try:
                await db.migrate()
            except BaseException:
                await conn.close()
                raise
        return db

    async def close(self) -> None:
        async with self._lock:
            await self._conn.close()

    # -- migrations -------------------------------------------------------------------------

    async def schema_version(self) -> int:
        async with self._lock:
            cursor = await self._conn.execute("PRAGMA user_version")
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def migrate(self) -> int:
        """Apply every migration newer than the database, each in its own transaction."""
        current = await self.schema_version()
        newest = latest_version()
        if current > newest:
            raise SchemaTooNewError(
                f"{self.path} has schema version {current}, but this consultbot only knows "
                f"versions up to {newest}: upgrade consultbot before using this database"
            )
        for migration in available_migrations():
            if migration.version <= current:
                continue
            async with self._lock:
                # executescript would COMMIT on its own; run the statements one by one instead
                # so the schema change and the version bump share one transaction.
                await self._conn.execute("BEGIN IMMEDIATE")
                try:
                    for statement in split_sql(migration.sql):
                        await self._conn.execute(statement)
                    # PRAGMA takes no bound parameters; the value is an int we parsed ourselves.
                    await self._conn.execute(f"PRAGMA user_version = {int(migration.version)}")
                    await self._conn.execute("COMMIT")
                except BaseException:
                    await self._conn.execute("ROLLBACK")
                    raise
        return await self.schema_version()

    # -- queries ----------------------------------------------------------------------------

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Transaction]:
        """One `BEGIN IMMEDIATE` ... `COMMIT`; rolled back on any exception."""
        async with self._lock:
            await self._conn.execute("BEGIN IMMEDIATE")
            tx = Transaction(self._conn, self._writing)
            try:
                yield tx
            except BaseException:
                await self._conn.execute("ROLLBACK")
                raise
            else:
                await self._conn.execute("COMMIT")

    async def in_one_hop(self, work: Callable[[OneHop], T]) -> T:
        """`work` run on aiosqlite's thread inside one `BEGIN IMMEDIATE` ... `COMMIT` (rolled
        back on any exception): the same transaction as `transaction()`, in one hop to that
        thread instead of one per statement plus two. For the writes made at every update (the
        inbox's), where the hops are most of the cost; `work` must not block."""
        written: list[str] = []
        async with self._lock:
            try:
                # aiosqlite's own way of running a function on its thread (each of its calls does).
                return await self._conn._execute(_one_hop, self._conn._conn, written, work)
            finally:
                # The versions are this thread's: counted here, the lock still held.
                for sql in written:
                    self._writing(sql)

    async def fetchone(self, sql: str, params: Params = ()) -> aiosqlite.Row | None:
        rows = await self.fetchall(sql, params)
        return rows[0] if rows else None

    async def fetchall(self, sql: str, params: Params = ()) -> list[aiosqlite.Row]:
        self._writing(sql)
        async with self._lock:
            return list(await self._conn.execute_fetchall(sql, params))

    async def fetchval(self, sql: str, params: Params = ()) -> Any:
        row = await self.fetchone(sql, params)
        return row[0] if row is not None else None

    async def execute(self, sql: str, params: Params = ()) -> int:
        """A single-statement write (autocommit). Returns lastrowid."""
        self._writing(sql)
        async with self._lock:
            cursor = await self._conn.execute(sql, params)
            return cursor.lastrowid or 0

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        async with self.transaction() as tx:
            await tx.executemany(sql, rows)

    @asynccontextmanager
    async def reader(self) -> AsyncIterator[aiosqlite.Connection]:
        """A separate read-only connection for long reads (exports), beside the writer."""
        uri = f"file:{self.path}?mode=ro"
        conn = await aiosqlite.connect(uri, uri=True)
        conn.row_factory = aiosqlite.Row
        try:
            await conn.execute("PRAGMA busy_timeout = 5000")
            await conn.execute("PRAGMA secure_delete = ON")  # as every connection (see open)
            yield conn
        finally:
            await conn.close()

    async def backup_to(self, target: Path) -> None:
        """SQLite's online backup: a consistent copy while the bot keeps running."""
        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        async with self._lock:
            dest = await aiosqlite.connect(target)
            try:
                await self._conn.backup(dest)
            finally:
                await dest.close()

    async def data_version(self) -> int:
        """SQLite's `data_version`: changes whenever another connection (another process, a
        CLI command) committed a change to the database since this connection last looked."""
        return int(await self.fetchval("PRAGMA data_version"))

    async def checkpoint(self) -> bool:
        """Copy the write-ahead log into the database file and empty the log (TRUNCATE), so the
        old page versions it holds are gone; False if a reader kept it from completing."""
        async with self._lock:
            cursor = await self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            row = await cursor.fetchone()
        return row is not None and int(row[0]) == 0

    async def integrity_check(self) -> str:
        return str(await self.fetchval("PRAGMA integrity_check"))


class Transaction:
    """The statements of one open transaction (the database lock is held)."""

    def __init__(self, conn: aiosqlite.Connection, writing: Callable[[str], None]) -> None:
        self._conn = conn
        self._writing = writing

    async def execute(self, sql: str, params: Params = ()) -> int:
        self._writing(sql)
        cursor = await self._conn.execute(sql, params)
        return cursor.lastrowid or 0

    async def rowcount(self, sql: str, params: Params = ()) -> int:
        self._writing(sql)
        cursor = await self._conn.execute(sql, params)
        return cursor.rowcount

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        self._writing(sql)
        await self._conn.executemany(sql, rows)

    async def fetchone(self, sql: str, params: Params = ()) -> aiosqlite.Row | None:
        rows = await self.fetchall(sql, params)
        return rows[0] if rows else None

    async def fetchall(self, sql: str, params: Params = ()) -> list[aiosqlite.Row]:
        self._writing(sql)
        return list(await self._conn.execute_fetchall(sql, params))

    async def fetchval(self, sql: str, params: Params = ()) -> Any:
        row = await self.fetchone(sql, params)
        return row[0] if row is not None else None


def split_sql(script: str) -> list[str]:
    """Statements of a migration file; a trigger's body (semicolons inside BEGIN ... END) stays
    one statement (sqlite3.complete_statement tells where a statement really ends)."""
    lines = [line for line in script.splitlines() if not line.strip().startswith("--")]
    statements: list[str] = []
    pending = ""
    for piece in "\n".join(lines).split(";"):
        pending = f"{pending};{piece}" if pending else piece
        if sqlite3.complete_statement(pending + ";"):
            if pending.strip():
                statements.append(pending.strip())
            pending = ""
    if pending.strip():
        statements.append(pending.strip())
    return statements


class OneHop:
    """The statements of a transaction run on aiosqlite's thread (`Database.in_one_hop`)."""

    def __init__(self, conn: sqlite3.Connection, written: list[str]) -> None:
        self._conn = conn
        self._written = written  # the statements run, for `Database.version` (counted by the caller)

    def execute(self, sql: str, params: Params = ()) -> int:
        self._written.append(sql)
        return self._conn.execute(sql, params).lastrowid or 0

    def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        self._written.append(sql)
        self._conn.executemany(sql, rows)

    def fetchall(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        return list(self._conn.execute(sql, params).fetchall())


def _one_hop(conn: sqlite3.Connection, written: list[str], work: Callable[[OneHop], T]) -> T:
    conn.execute("BEGIN IMMEDIATE")
    try:
        result = work(OneHop(conn, written))
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return result
