"""Every user-facing text (Fluent catalogs in six languages) and the consultation definition.

Data first: the .ftl and .toml files are the content; the modules here load and validate
them, and fill the schedule's dates into the texts that state them (prompts/dated.py).
Never imports telegram.
"""

from prompts.catalog import LANGUAGE_NAMES, Catalog, CatalogError
from prompts.consultation import (
    DEFAULT_CONSULTATION_FILE,
    LANGUAGES,
    Consultation,
    ConsultationFileError,
    load_consultation,
)

__all__ = [
    "DEFAULT_CONSULTATION_FILE",
    "LANGUAGES",
    "LANGUAGE_NAMES",
    "Catalog",
    "CatalogError",
    "Consultation",
    "ConsultationFileError",
    "load_consultation",
]
