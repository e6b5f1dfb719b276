"""Normalisation: the messy web copy of a notice → clean Simplified text, with an exact offset map.

The only module that imports OpenCC.  Steps, in order:

1. delete web noise: ``\\r`` before ``\\n``, zero-width and bidi marks, control characters;
2. delete junk lines (only ``?``, ``？``, ``\\ufffd`` or white space);
3. delete pinyin annotations: a bracketed run of pinyin syllables with at least one tone mark
   directly after a Han character (``機(jī)關(guān)`` → ``機關``), never real brackets
   (``市(區)``, ``(一)``, ``(2016)``, ``(WHO)``);
4. delete a paragraph that is repeated at the start of the next one (a lead printed twice);
5. one-for-one replacements: full-width ASCII letters and digits → half-width, half-width
   ``, ; : ? !`` after a Han character (or a closing ``”`` ``）`` ``》`` …) → ``，；：？！``, ``(``
   before and ``)`` after a Han character → ``（`` ``）``, lone surrogates → U+FFFD;
6. OpenCC ``t2s`` (Traditional, Taiwan and Hong Kong forms → Simplified), always one-for-one;
   a text holding none of the characters ``t2s`` can change (``lexicons/t2s_triggers.tsv``,
   generated from the installed OpenCC's own dictionaries and used only while they hash the same)
   is left as it is without calling OpenCC.

The script (``Normalized.script``) weighs the characters ``t2s`` changed against those only ``s2t``
would change; bounds on the second count (``lexicons/s2t_bounds.tsv``, generated the same way)
decide most texts without running ``s2t``.

Steps 1–4 only delete and 5–6 only replace one character by one, so the map back to the source
is a list of identity runs (see ``_offsets``).
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterable, Literal

import regex

from ._offsets import OffsetMap, delete_intervals

# "unknown": no Chinese character at all (an empty, English or digits-only text)
Script = Literal["simplified", "traditional", "mixed", "unknown"]

# --- step 1: web noise ---------------------------------------------------------------------------
# \r of a CRLF pair; zero-width space/joiners, BOM, word joiner, soft hyphen; bidi embeddings,
# overrides, isolates and marks; C0/C1 control characters other than \t and \n.  (The standard
# ``re`` scans this plain character class about twice as fast as ``regex``.)
_NOISE = re.compile(
    r"[\u200b-\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069"
    r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]+"
)
_CRLF = regex.compile(r"\r(?=\n)")
_LONE_CR = regex.compile(r"\r(?!\n)")

# --- step 2: junk lines --------------------------------------------------------------------------
# A whole line (with its line break) holding only question marks, replacement characters or blanks.
_JUNK_LINE = regex.compile(r"(?m)^[ \t\u3000\u00a0?？\ufffd]*(?:\n|\Z)")

# --- step 3: pinyin annotations ------------------------------------------------------------------
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN_LETTER = f"[a-zA-Züv{_TONED}\u0300-\u0304\u030c]"
# one syllable group: letters with at least one tone mark (precomposed or combining), up to 6
# syllables separated by blanks, apostrophes or hyphens; brackets ASCII or full-width, possibly
# repeated ``(jī)(jī)``.  Lengths are bounded so the pattern is linear.
_PINYIN = regex.compile(
    rf"(?<=\p{{Han}})(?:[(（]\s{{0,2}}(?=[^)）\n]{{0,60}}?[{_TONED}\u0300-\u0304\u030c])"
    rf"{_PINYIN_LETTER}{{1,8}}(?:[ '’\-]{{1,2}}{_PINYIN_LETTER}{{1,8}}){{0,5}}\s{{0,2}}[)）])+"
)

# --- step 5: one-for-one replacements ------------------------------------------------------------
_FULLWIDTH_ALNUM = {c: c - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
                    for c in range(r[0], r[1] + 1)}
# runs of full-width letters and digits (translated run by run: str.translate over a whole
# Chinese text is slow)
_FULLWIDTH_RUN = regex.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+")
# one of them (a stdlib scan: few notices hold any, and sub over a whole text costs twice as much)
_FULLWIDTH_ANY = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_PUNCT_WIDE = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
# half-width , ; : ? ! after a Han character or a closing Chinese quote or bracket, or after a ) that
# is widened itself (blanks between allowed); ) after and ( before a Han character.  Only the left context of , ; : ? ! counts: a
# directive item ends with its punctuation, and a rule that read the character after it would widen
# it in the notice but not in the item's own source span (normalize(source[a:b]) != item text).
_HALF_PUNCT = regex.compile(
    r"(?<=(?:[\p{Han}”’」』）》〉】〕]|(?<=\p{Han})\))[ \u3000]{0,2})[,;:?!]|(?<=\p{Han})\)|\((?=\p{Han})"
)
# one of the half-width characters _HALF_PUNCT may widen (a stdlib scan: four notices in ten hold
# none, and the look-behinds of _HALF_PUNCT cost more per character)
_HALF_ANY = re.compile(r"[,;:?!()]")
_SURROGATE = regex.compile(r"[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Normalized:
    """The normalised text, the input it came from and the map between them."""

    source: str
    text: str
    map: OffsetMap
    script: Script


class _Converters(threading.local):
    """OpenCC converters, one per thread (the C++ object is not documented as thread-safe)."""

    def __init__(self) -> None:
        import opencc

        self.t2s = opencc.OpenCC("t2s")
        self.s2t = opencc.OpenCC("s2t")


_converters: _Converters | None = None
_converters_lock = threading.Lock()


def _opencc() -> _Converters:
    global _converters
    if _converters is None:
        with _converters_lock:
            if _converters is None:
                _converters = _Converters()
    return _converters


def _config_files(folder: Path, name: str) -> list[Path] | None:
    """OpenCC's configuration ``name`` (``t2s.json``, ``s2t.json``) in ``folder`` and the dictionary
    files it names, in order (None when there is none or it cannot be read)."""
    config = folder / name
    try:
        data = json.loads(config.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    names: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("file"), str):
                names.append(node["file"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
    return [config, *(folder / name for name in names)]


def _fingerprint(files: list[Path]) -> str:
    """SHA-256 over the names and bytes of ``files``."""
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _generated_rows(lexicon: str, config: str) -> list[list[str]] | None:
    """The rows (cells split at tabs) of ``lexicons/<lexicon>.tsv``, a table generated from the
    dictionaries OpenCC's ``config`` names, when the installed ones hash as its header records;
    None otherwise (another OpenCC: its dictionaries may differ) or when OpenCC is missing."""
    try:
        import opencc

        files = _config_files(Path(opencc.__file__).parent / "clib" / "share" / "opencc", config)
        shipped = resources.files("gov_notice").joinpath("lexicons").joinpath(f"{lexicon}.tsv")
        lines = shipped.read_text(encoding="utf-8").splitlines()
        recorded = next((line.split()[-1] for line in lines if line.startswith("# sha256 ")), None)
        if files is None or recorded is None or _fingerprint(files) != recorded:
            return None
    except (ImportError, OSError):
        return None
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return rows[1:]  # (after the header)


# where a text may hold a character t2s changes: one of the triggers, or any character beyond the
# Basic Multilingual Plane (the few triggers there are not worth a slower pattern); None: convert
# every text (the shipped list does not match the installed OpenCC)
_triggers: re.Pattern[str] | None = None
_triggers_checked = False
_ASTRAL = "\U00010000-\U0010ffff"


def _t2s_triggers() -> re.Pattern[str] | None:
    global _triggers, _triggers_checked
    if not _triggers_checked:
        with _converters_lock:
            if not _triggers_checked:
                _triggers = _load_triggers()
                _triggers_checked = True
    return _triggers


def _load_triggers() -> re.Pattern[str] | None:
    rows = _generated_rows("t2s_triggers", "t2s.json")
    if rows is None:
        return None
    chars = sorted({ch for row in rows for ch in row[0] if ord(ch) < 0x10000})
    return re.compile("[" + "".join(re.escape(ch) for ch in chars) + _ASTRAL + "]")


# a character beyond the Basic Multilingual Plane: ``re`` scans a class of thousands of BMP
# characters quickly, but one that also holds astral characters slowly (30x here)
_ASTRAL_CHAR = re.compile("[" + _ASTRAL + "]")


@dataclass(frozen=True, slots=True)
class _Chars:
    """A set of characters, counted in a text by a scan for its BMP part and a loop for the rest."""

    bmp: re.Pattern[str]
    astral: frozenset[str]

    @classmethod
    def of(cls, chars: Iterable[str]) -> _Chars:
        every = set(chars)
        bmp = sorted(ch for ch in every if ord(ch) < 0x10000)
        return cls(re.compile("[" + "".join(map(re.escape, bmp)) + "]" if bmp else "(?!)"),
                   frozenset(ch for ch in every if ord(ch) >= 0x10000))

    def count(self, text: str) -> int:
        n = len(self.bmp.findall(text))
        if self.astral and _ASTRAL_CHAR.search(text):
            n += sum(ch in self.astral for ch in _ASTRAL_CHAR.findall(text))
        return n


@dataclass(frozen=True, slots=True)
class _S2tBounds:
    """What OpenCC's ``s2t`` can do to each character (``lexicons/s2t_bounds.tsv``, generated by
    ``scripts/gen_s2t_bounds.py``, whose notes say why the bounds hold)."""

    always: _Chars  # changed wherever they stand: a lower bound
    changed: _Chars  # a one-character entry (or normalisation) changes them
    normalized: _Chars  # normalisation's keys: rewritten before phrases are matched
    in_phrase: _Chars  # changed only inside a phrase …
    before: dict[str, frozenset[str]]  # … which has one of these right before the character
    after: dict[str, frozenset[str]]  # … or one of these right after it

    def at_least(self, sample: str) -> int:
        """A number of characters of ``sample`` that ``s2t`` changes, at most the true one."""
        return self.always.count(sample)

    def at_most(self, sample: str) -> int | None:
        """A number of characters of ``sample`` that ``s2t`` changes, at least the true one (None
        when a normalisation key is written in it: what it becomes may open a phrase)."""
        if self.normalized.count(sample):
            return None
        n = self.changed.count(sample)
        before, after, none = self.before, self.after, _NO_CHARS
        phrase = self.in_phrase
        if phrase.astral:  # (none in OpenCC 1.4: a slower loop that reads every character)
            hits = [(i, ch) for i, ch in enumerate(sample) if ch in phrase.astral or phrase.bmp.match(ch)]
        else:
            hits = [(m.start(), m.group()) for m in phrase.bmp.finditer(sample)]
        for i, ch in hits:
            if sample[i - 1:i] in before.get(ch, none) or sample[i + 1:i + 2] in after.get(ch, none):
                n += 1
        return n


_NO_CHARS: frozenset[str] = frozenset()


_s2t_bounds: _S2tBounds | None = None
_s2t_bounds_checked = False


def _s2t_bounds_table() -> _S2tBounds | None:
    """The bounds, or None when the shipped table does not match the installed OpenCC."""
    global _s2t_bounds, _s2t_bounds_checked
    if not _s2t_bounds_checked:
        with _converters_lock:
            if not _s2t_bounds_checked:
                _s2t_bounds = _load_s2t_bounds()
                _s2t_bounds_checked = True
    return _s2t_bounds


def _load_s2t_bounds() -> _S2tBounds | None:
    rows = _generated_rows("s2t_bounds", "s2t.json")
    if rows is None:
        return None
    sets: dict[str, set[str]] = {}
    near: dict[str, dict[str, set[str]]] = {"before": {}, "after": {}}
    for cells in rows:
        chars, kind, of = (cells + ["", ""])[:3]
        if kind in near:
            near[kind].setdefault(of, set()).update(chars)
        else:
            sets.setdefault(kind, set()).update(chars)
    return _S2tBounds(always=_Chars.of(sets.get("always", ())), changed=_Chars.of(sets.get("changed", ())),
                      normalized=_Chars.of(sets.get("normalized", ())),
                      in_phrase=_Chars.of(set(near["before"]) | set(near["after"])),
                      before={ch: frozenset(v) for ch, v in near["before"].items()},
                      after={ch: frozenset(v) for ch, v in near["after"].items()})


def _t2s_one_for_one(text: str, t2s: object) -> str:
    """OpenCC t2s that never changes the length (phrase rules that do are undone locally)."""
    out: str = t2s.convert(text)  # type: ignore[attr-defined]
    if len(out) == len(text):
        return out
    lines = text.split("\n")
    fixed = []
    for line in lines:
        conv: str = t2s.convert(line)  # type: ignore[attr-defined]
        if len(conv) != len(line):
            chars = []
            for ch in line:
                c: str = t2s.convert(ch)  # type: ignore[attr-defined]
                chars.append(c if len(c) == 1 else ch)
            conv = "".join(chars)
        fixed.append(conv)
    return "\n".join(fixed)


# the end of a sentence, with any closing quotes or brackets after it
_SENTENCE_CLOSE = regex.compile(r"[。！？!?.…][”’」』)）]*\Z")


def _duplicate_leads(text: str) -> list[tuple[int, int]]:
    """Sentences (whole lines, with their line break) repeated at the start of the next line."""
    out = []
    lines = text.split("\n")
    pos = 0
    starts = []
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    for i in range(len(lines) - 1):
        cur = lines[i].strip(" \t\u3000\u00a0")
        if len(cur) < 12 or not lines[i + 1].lstrip(" \t\u3000\u00a0").startswith(cur):
            continue
        # a lead is a sentence: a headline (no closing full stop) that opens the next paragraph
        # is a headline, not a lead printed twice
        if _SENTENCE_CLOSE.search(cur):
            out.append((starts[i], starts[i] + len(lines[i]) + 1))
    return out


_HAN_CHAR = regex.compile(r"\p{Han}")


def _sample(text: str) -> str:
    """Up to four 5,000-character windows spread over ``text`` (script detection reads these)."""
    if len(text) <= 20_000:
        return text
    step = len(text) // 4
    return "".join(text[i * step: i * step + 5_000] for i in range(4))


def _lanes(text: str) -> int:
    """``text`` as one integer, a 32-bit lane per character (UTF-32)."""
    return int.from_bytes(text.encode("utf-32-le", "surrogatepass"), "little")


def _differ(a: str, b: str) -> int:
    """The positions where ``a`` and ``b`` (of one length) differ, as the top bit of each 32-bit
    lane: adding 0x7FFFFFFF to a lane of ``a ^ b`` (below 2**21: a code point) sets its top bit
    exactly when the lane is not 0, and never carries into the next lane.  Counted with
    ``int.bit_count``, this is ``sum(map(ne, a, b))`` in a few passes in C (a fifth of the time)."""
    n = len(a)
    add = int.from_bytes(b"\xff\xff\xff\x7f" * n, "little")
    top = int.from_bytes(b"\x00\x00\x00\x80" * n, "little")
    return ((_lanes(a) ^ _lanes(b)) + add) & top


def _script(before: str, after: str) -> Script:
    """Which script ``before`` is written in (``after`` is its t2s conversion, same length)."""
    if not _HAN_CHAR.search(before):
        return "unknown"
    if before == after:
        return "simplified"
    sample = _sample(before)
    conv = _sample(after)
    # per character: t2s changed it (Traditional) / only s2t would change it (Simplified)
    by_t2s = _differ(sample, conv)
    trad = by_t2s.bit_count()
    if not trad:  # (the windows read missed every character t2s changed)
        return "simplified"
    bounds = _s2t_bounds_table()
    if bounds is not None:
        # s2t changes from ``low`` to ``high`` characters of the sample: where the shortcuts below
        # decide alike for every count in between, no conversion is needed (most texts)
        low = bounds.at_least(sample)
        if trad / (trad + max(0, low - trad)) <= 0.1:
            return "simplified"
        high = bounds.at_most(sample)
        if high is not None and trad / (trad + high) >= 0.9:
            return "traditional"
    s2t = _opencc().s2t.convert(sample)
    simp = 0
    if len(s2t) == len(sample):
        by_s2t = _differ(sample, s2t)
        changed = by_s2t.bit_count()
        # simp = changed - both, where 0 <= both <= trad: when the share of trad is on one side of
        # a threshold for both bounds of simp, the characters changed both ways are not counted
        if trad / (trad + max(0, changed - trad)) <= 0.1:
            return "simplified"
        if trad / (trad + changed) >= 0.9:
            return "traditional"
        simp = changed - (by_t2s & by_s2t).bit_count()
    total = trad + simp
    if not total or trad / total <= 0.1:
        return "simplified"
    if trad / total >= 0.9:
        return "traditional"
    return "mixed"


def _replace(m: regex.Match[str]) -> str:
    return _PUNCT_WIDE[m.group()]


def normalize(source: str) -> Normalized:
    """Normalise one notice.  ``source`` must be a ``str``."""
    # a lone \r (old Mac line end) is a line break: replaced one-for-one before lines are judged
    work = _LONE_CR.sub("\n", source) if "\r" in source else source
    # steps 1–3: one deletion pass over the source
    # (three scans: each pattern starts with a character class the engine scans for quickly,
    # which one alternation of the three would not)
    cuts = [m.span() for m in _NOISE.finditer(work)]
    if "\r" in work:
        cuts += [m.span() for m in _CRLF.finditer(work)]
    cuts += [m.span() for m in _JUNK_LINE.finditer(work) if m.end() > m.start()]
    cuts += [m.span() for m in _PINYIN.finditer(work)]
    cuts.sort()
    text, omap = delete_intervals(work, cuts)
    # the noise pass can turn a line into a junk line (``?\u200b``, ``?\r\n``): those go first,
    # so that a lead and its repeat are next to each other whatever the line ends and junk
    junk = [m.span() for m in _JUNK_LINE.finditer(text) if m.end() > m.start()]
    if junk:
        text, second = delete_intervals(text, junk)
        omap = second.then(omap)
    dups = _duplicate_leads(text)
    if dups:
        text, third = delete_intervals(text, dups)
        omap = third.then(omap)
    # step 5: one-for-one replacements
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    if _FULLWIDTH_ANY.search(text):
        text = _FULLWIDTH_RUN.sub(lambda m: m.group().translate(_FULLWIDTH_ALNUM), text)
    if _HALF_ANY.search(text):
        text = _HALF_PUNCT.sub(_replace, text)
    # step 6: OpenCC
    triggers = _t2s_triggers()
    if triggers is not None and triggers.search(text) is None:
        simplified = text  # (no character t2s would change)
    else:
        simplified = _t2s_one_for_one(text, _opencc().t2s)
    script = _script(text, simplified)
    return Normalized(source=source, text=simplified, map=omap, script=script)
