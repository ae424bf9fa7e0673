"""Every user-facing text (Fluent catalogs in six languages) and the consultation definition.

Data first: the .ftl and .toml files are the content; the two modules here only load and
validate them. Never imports telegram.
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
