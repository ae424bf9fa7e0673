"""Storage: aiosqlite repository and migrations. A leaf package: it never imports telegram,
handlers/ or bot/. Repository modules take a Database and return pydantic models."""

from storage.db import Database, SchemaTooNewError, latest_version

__all__ = ["Database", "SchemaTooNewError", "latest_version"]
