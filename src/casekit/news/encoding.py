"""Turning the bytes of a report into text: byte-order marks, fallbacks, junk.

:func:`decode` reads UTF-8 (with or without a byte-order mark), UTF-16 and
UTF-32 with a byte-order mark, and falls back to Windows-1252 (then Latin-1)
when the bytes are not valid UTF-8.  A fallback is never silent: it comes back
as a warning, which the loaders put on :attr:`casekit.Document.warnings`.
Newlines are normalized to ``"\\n"``; nothing else in the text is changed.

>>> from casekit.news.encoding import decode
>>> decode(b"\\xef\\xbb\\xbfIt\\xe2\\x80\\x99s late.\\r\\n")
Decoded(text='It’s late.\\n', encoding='utf-8-sig', warnings=())
>>> decode(b"It\\x92s late.").warnings
('not valid UTF-8; decoded as Windows-1252 (cp1252)',)
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from casekit.errors import LoadError

__all__ = ["Decoded", "check_text", "decode", "normalize_newlines"]

# Longest first: the UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32-LE"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32-BE"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16-LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16-BE"),
)

_NEWLINES = re.compile(r"\r\n?")

# Control characters that plain text does not contain (tab, newlines and form feed do occur).
_STRAY_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")

#: Above this share of stray control characters, content is binary, not text.
_MAX_CONTROL_SHARE = 0.05
#: Above this share of non-ASCII characters, a Windows-1252 reading is not believed.
_MAX_FALLBACK_NON_ASCII = 0.3

_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


class Decoded(NamedTuple):
    """Decoded text, the codec that read it, and any warnings about the reading."""

    text: str
    encoding: str
    warnings: tuple[str, ...]


def normalize_newlines(text: str) -> str:
    r"""``"\r\n"`` and lone ``"\r"`` become ``"\n"``.

    >>> normalize_newlines("a\r\nb\rc\n")
    'a\nb\nc\n'
    """
    return _NEWLINES.sub("\n", text) if "\r" in text else text


def declared_charset(data: bytes) -> str | None:
    """The codec an HTML page declares in a ``<meta charset>`` near its top, if known."""
    match = _DECLARED_CHARSET.search(data[:4096])
    if match is None:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    # Browsers read pages labelled Latin-1 or ASCII as Windows-1252; so does casekit.
    return "cp1252" if name in ("iso8859-1", "latin-1", "ascii") else name


def decode(data: bytes, *, where: str | None = None, declared: str | None = None) -> Decoded:
    """Decode a report's bytes (see the module docstring); ``declared`` is a charset the
    content names for itself (an HTML ``<meta charset>``), tried before the fallback.

    Raises :class:`~casekit.LoadError` (naming ``where``) for empty input and for
    binary data: NUL bytes, or mostly control characters.
    """
    if not data.strip():
        raise LoadError("empty input: no text", input=data[:40], where=where)
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as e:
                raise LoadError(
                    f"starts with a {label} byte-order mark but is not valid {label}"
                    f" (byte {e.start + len(bom)})",
                    input=data[:40],
                    where=where,
                ) from None
            return _checked(text, codec if codec != "utf-8" else "utf-8-sig", (), where)
    if b"\x00" in data:
        guess = _sniff_utf16(data)
        if guess is not None:
            try:
                text = data.decode(guess)
            except UnicodeDecodeError:
                pass
            else:
                note = f"no byte-order mark; decoded as {guess.upper()} from its NUL byte pattern"
                return _checked(text, guess, (note,), where)
        raise LoadError("binary data, not text (contains NUL bytes)", input=data[:40], where=where)
    try:
        return _checked(data.decode("utf-8"), "utf-8", (), where)
    except UnicodeDecodeError:
        pass
    if declared is not None and declared != "utf-8":
        try:
            return _checked(data.decode(declared), declared, (), where)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        text = data.decode("cp1252")
        codec, note = "cp1252", "not valid UTF-8; decoded as Windows-1252 (cp1252)"
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        codec, note = "latin-1", "not valid UTF-8 or Windows-1252; decoded as Latin-1"
    if len(_NON_ASCII.findall(text)) > _MAX_FALLBACK_NON_ASCII * len(text):
        raise LoadError(
            "binary data or an unknown encoding: not UTF-8, and mostly non-ASCII",
            input=data[:40],
            where=where,
        )
    return _checked(text, codec, (note,), where)


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: (mostly) every other byte is NUL."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    half = len(data) // 2
    if odd.count(0) >= 0.7 * half and even.count(0) <= 0.05 * half:
        return "utf-16-le"
    if even.count(0) >= 0.7 * half and odd.count(0) <= 0.05 * half:
        return "utf-16-be"
    return None


def _checked(text: str, codec: str, warnings: tuple[str, ...], where: str | None) -> Decoded:
    check_text(text, where=where)
    return Decoded(normalize_newlines(text), codec, warnings)


def check_text(text: str, *, where: str | None = None) -> None:
    """Raise :class:`~casekit.LoadError` unless ``text`` looks like text: not blank,
    no NUL characters, and at most a few stray control characters."""
    if not text.strip():
        raise LoadError("empty input: no text", input=text[:40], where=where)
    if "\x00" in text:
        raise LoadError("binary data, not text (contains NUL bytes)", input=text[:40], where=where)
    controls = len(_STRAY_CONTROL.findall(text))
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise LoadError(
            f"binary data, not text ({controls} control characters in {len(text)})",
            input=text[:40],
            where=where,
        )
