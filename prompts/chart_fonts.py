"""Fonts for the /stats chart in Chinese and Arabic, brought by the install itself.

matplotlib's bundled DejaVu fonts have neither Chinese nor Arabic glyphs. Chinese uses a
subset of Noto Sans CJK SC shipped in prompts/fonts/ (SIL Open Font License, see OFL.txt
there; the 3,755 characters of GB 2312 level 1 plus punctuation, which cover every Chinese
text the catalogs, the consultation file and the report use). Arabic uses Noto Sans Arabic
from the fontpkg-noto-sans-arabic package (OFL as well); matplotlib (3.11 and later, with
libraqm) shapes it and lays it out right to left.
"""

from __future__ import annotations

from pathlib import Path

FONTS_DIR = Path(__file__).with_name("fonts")
CHINESE = FONTS_DIR / "NotoSansCJKsc-Regular-subset.otf"


def chart_font(language: str) -> Path | None:
    """The font file to draw a chart in `language` with, or None where matplotlib's own will do."""
    if language == "zh":
        return CHINESE
    if language == "ar":
        import fontpkg_noto_sans_arabic

        return next((fontpkg_noto_sans_arabic.ROOT / "files").glob("NotoSansArabic*.ttf"))
    return None
