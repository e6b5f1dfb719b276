"""What ``extract`` accepts: ``str`` as is, ``bytes`` decoded; anything else is a clear TypeError."""

from __future__ import annotations

import os
from typing import Any


def decode(data: bytes) -> str:
    """Decode the bytes of a notice: BOMs, UTF-8, GB18030, Big5, then a detector."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for enc in ("gb18030", "big5"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ValueError("cannot decode the bytes: not UTF-8, UTF-16, GB18030 or Big5, "
                         "and no encoding could be detected")
    return str(best)


def coerce(text: Any) -> tuple[str, bool]:
    """``(source, is_html)`` for one input, or a TypeError naming what was passed."""
    if isinstance(text, str):
        return text, False
    if isinstance(text, (bytes, bytearray, memoryview)):
        return decode(bytes(text)), False
    if isinstance(text, os.PathLike):
        raise TypeError("extract() takes the text of a notice, not a path; "
                        "read the file first or use the command line `gov-notice FILE`")
    raise TypeError(f"extract() takes a str (or bytes), not {type(text).__name__}")


def split_id(item: Any) -> tuple[Any, Any]:
    """``(id, text)`` from a batch item: a text alone, or an ``(id, text)`` pair."""
    if isinstance(item, tuple) and len(item) == 2:
        return item[0], item[1]
    return None, item
