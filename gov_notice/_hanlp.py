"""Optional HanLP neural NER backend: PERSON / ORGANIZATION candidates for ``Doc.ner``.

``Extractor(ner="hanlp", hanlp_model=...)`` calls :func:`load_backend` once, then the backend once
per document with the normalised text.  The backend cuts the text into short pieces (HanLP models
have a maximum input length), runs the model on them in batches and maps every PERSON /
ORGANIZATION entity back to exact character offsets in the text.  The rule extractors decide what
the candidates become (titles, merges, boundaries); this module only proposes.

Two kinds of HanLP components are understood:

* taggers (``RNNNamedEntityRecognizer``, ``TransformerNamedEntityRecognizer``, ...), fed lists
  of characters, answering ``(text, label, start, end)`` per piece, ``end`` exclusive;
* multi-task models and pipelines, fed strings, answering a ``Document`` whose ``ner*`` entries
  index the tokens of its ``tok*`` entries: token offsets are mapped back to characters, and an
  entity whose characters do not spell its text is dropped.

HanLP is imported only here, inside :func:`_import_hanlp`.
"""

from __future__ import annotations

import contextlib
import difflib
import io
import logging
import os
import warnings
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Iterator, Mapping, Sequence

import regex

logger = logging.getLogger(__name__)

Candidate = tuple[str, int, int]

_INSTALL_HINT = (
    "Extractor(ner='hanlp') needs HanLP and PyTorch: pip install 'gov-notice[hanlp]' "
    "(on a machine without a GPU, install a CPU build of torch first, e.g. "
    "pip install torch --index-url https://download.pytorch.org/whl/cpu, "
    "so pip does not pull a CUDA build of several GB)"
)

# Pieces per model call.
_BATCH = 256

# Pieces handed to the model are at most 126 characters long (HanLP's transformer models take 128
# sub-word tokens including [CLS] and [SEP]; character models have no such limit, but short
# pieces batch well).  One piece of a line is the first alternative that matches (each is
# bounded, so the scan is linear):
# 1. a sentence that fits: up to 119 characters without an end mark (possessive: no
#    backtracking), then its end mark(s) and closing quotes, or the end of the line;
# 2. a longer sentence: as much of it as fits, cut after its last comma, enumeration comma or colon;
# 3. a run with no such mark: a hard cut (an entity across the cut is lost).
_PIECE = regex.compile(
    r"(?=[^\n])(?:"
    r"[^\n。！？；!?;…]{0,119}+(?:[。！？；!?;…]{1,3}+[”’」』）)]{0,2}|(?=\n)|\Z)"
    r"|[^\n]{1,125}[，、：,:]"
    r"|[^\n]{1,126})"
)
_NON_SPACE = regex.compile(r"\S")
_SPACE = regex.compile(r"\s")
_LETTER = regex.compile(r"\p{L}")
# separators a sloppy model lets into an entity's edges (never brackets: 办公室（综合组）)
_EDGE_CHARS = " \t\u3000\u00a0、，。；：！？,.;:!?“”‘’\"'《》〈〉·•…—-"
# label prefixes that carry no type: B-PER, S-ORG
_BIO_PREFIX = regex.compile(r"^[BIESMLU]-")

# Entity labels of the usual HanLP label sets, upper-cased: MSRA (NR/NS/NT, or HanLP's extended
# MSRA with PERSON/ORGANIZATION), PKU (nr/ns/nt), OntoNotes (PERSON/ORG/GPE/...), BIO corpora
# (PER/ORG/LOC), Resume (NAME/ORG), CLUENER (name/organization/government/company).
_PERSON_LABELS = frozenset({"PER", "PERSON", "NR", "NAME", "PER.NAM"})
_ORGANIZATION_LABELS = frozenset({
    "ORG", "ORGANIZATION", "ORGANISATION", "NT", "GOVERNMENT", "COMPANY", "ORG.NAM",
})


def _label(tag: object) -> str | None:
    """``"PERSON"``, ``"ORGANIZATION"`` or ``None`` (any other type) for a model's label."""
    if not isinstance(tag, str):
        return None
    tag = _BIO_PREFIX.sub("", tag.strip().upper())
    if tag in _PERSON_LABELS:
        return "PERSON"
    if tag in _ORGANIZATION_LABELS:
        return "ORGANIZATION"
    return None


def _import_hanlp() -> ModuleType:
    """The ``hanlp`` module, or an ImportError that names the extra to install."""
    try:
        with _silenced():  # a first import may warn (TensorFlow, transformers)
            import hanlp
    except ImportError as exc:
        raise ImportError(_INSTALL_HINT) from exc
    return hanlp


@contextlib.contextmanager
def _silenced() -> Iterator[None]:
    """Keep HanLP's and torch's chatter (prints, warnings) off the user's stdout/stderr.

    Used around importing and loading only (once, under the Extractor's lock: the redirection is
    process-wide); what was said is logged at DEBUG level."""
    sink = io.StringIO()
    with warnings.catch_warnings(), contextlib.redirect_stdout(sink), \
            contextlib.redirect_stderr(sink):
        warnings.simplefilter("ignore")
        yield
    if sink.getvalue().strip():
        logger.debug("HanLP said while loading: %s", sink.getvalue().strip())


@contextlib.contextmanager
def _no_download(hanlp: ModuleType) -> Iterator[None]:
    """Make HanLP's downloader raise instead of fetching a resource a model depends on."""
    io_util = hanlp.utils.io_util
    original = io_util.download

    def refuse(url: str, save_path: str | None = None, *args: Any, **kwargs: Any) -> str:
        raise FileNotFoundError(
            f"this HanLP model needs {url}, which is not in HanLP's cache ({save_path}); "
            "gov_notice never downloads: load the model once with network access "
            "(same HANLP_HOME) and retry"
        )

    io_util.download = refuse
    try:
        yield
    finally:
        io_util.download = original


def _cached_pretrained(hanlp: ModuleType, identifier: str) -> str:
    """The local folder of a pretrained identifier already in HanLP's cache (never downloads)."""
    from hanlp.utils.io_util import get_resource, hanlp_home, path_from_url, split_if_compressed

    url: str = hanlp.pretrained.ALL[identifier]
    home = hanlp_home()
    base, _, anchor = url.partition("#")
    realpath, compressed = split_if_compressed(path_from_url(base, home))
    if anchor.startswith("/"):  # HanLP renames the unpacked folder to the anchor's first part
        first, *rest = anchor.lstrip("/").split("/")
        folder = Path(realpath).parent / first
        target = folder.joinpath(*rest)
    else:
        folder = Path(realpath)
        target = folder / anchor if anchor else folder
    if target.exists():
        return str(target)
    archive = Path(realpath + compressed) if compressed else None
    if archive is not None and archive.is_file():  # downloaded, not unpacked yet: HanLP unpacks
        with _silenced(), _no_download(hanlp):
            return str(get_resource(url, save_dir=home, verbose=False))
    raise FileNotFoundError(
        f"the HanLP model {identifier!r} is not in HanLP's cache: {target} does not exist "
        f"(HANLP_HOME={home}). gov_notice never downloads a model: fetch it once with "
        f"`python -c \"import hanlp; hanlp.load('{identifier}')\"` on a machine with network "
        "access (same HANLP_HOME), or pass the path of a saved model folder"
    )


def _load(model: str | os.PathLike[str]) -> Any:
    """Load a HanLP component from a saved folder or a cached pretrained identifier."""
    raw = os.fspath(model)
    path = Path(raw).expanduser()
    if path.exists():
        if not path.is_dir() or not any((path / f).is_file() for f in ("config.json", "meta.json")):
            raise FileNotFoundError(
                f"{path} is not a saved HanLP model folder (it has no config.json or meta.json)")
        hanlp = _import_hanlp()
        folder = str(path)
    elif os.sep in raw or "/" in raw or raw.startswith((".", "~")):
        raise FileNotFoundError(f"no HanLP model folder at {path}")
    else:
        hanlp = _import_hanlp()
        known: Mapping[str, str] = hanlp.pretrained.ALL
        if raw not in known:
            close = difflib.get_close_matches(raw, list(known), n=3, cutoff=0.6)
            hint = f" (did you mean {', '.join(close)}?)" if close else ""
            raise ValueError(
                f"{raw!r} is neither a folder nor a HanLP pretrained identifier{hint}; "
                "identifiers are the names in hanlp.pretrained, e.g. "
                "hanlp.pretrained.ner.MSRA_NER_ELECTRA_SMALL_ZH")
        folder = _cached_pretrained(hanlp, raw)
    with _silenced(), _no_download(hanlp):
        return hanlp.load(folder, verbose=False)


def _pieces(text: str) -> list[tuple[str, Sequence[int]]]:
    """The text cut into pieces of at most 126 characters: each is the piece without
    white space and the offset in ``text`` of each of its characters (pieces with no letter are
    left out: they hold no name)."""
    out: list[tuple[str, Sequence[int]]] = []
    for m in _PIECE.finditer(text):
        piece = m.group()
        if not _LETTER.search(piece):
            continue
        s, e = m.span()
        if _SPACE.search(piece) is None:  # the usual case: the piece as it is
            out.append((piece, range(s, e)))
            continue
        offsets = [c.start() for c in _NON_SPACE.finditer(text, s, e)]
        out.append(("".join(text[i] for i in offsets), offsets))
    return out


def _span(offsets: Sequence[int], b: int, e: int) -> tuple[int, int] | None:
    """Character span in the text of the piece characters ``b`` to ``e`` (exclusive)."""
    if not (0 <= b < e <= len(offsets)):
        return None
    return offsets[b], offsets[e - 1] + 1


def _trim(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The span without separators at its edges; ``None`` when under two characters are left
    (a lone surname or character is no name)."""
    entity = text[s:e]
    core = entity.strip(_EDGE_CHARS)
    if len(core) < 2:
        return None
    s += len(entity) - len(entity.lstrip(_EDGE_CHARS))
    return s, s + len(core)


def _token_spans(piece: str, tokens: Sequence[object]) -> list[tuple[int, int]] | None:
    """``(start, end)`` in ``piece`` of each token, the tokens read in order; ``None`` when the
    tokens do not spell the piece."""
    spans: list[tuple[int, int]] = []
    at = 0
    for tok in tokens:
        if isinstance(tok, (tuple, list)) and tok:  # tokenizers with output_spans=True
            tok = tok[0]
        if not isinstance(tok, str):
            return None
        word = "".join(tok.split())
        if not word:
            spans.append((at, at))
            continue
        if piece.startswith(word, at):
            spans.append((at, at + len(word)))
            at += len(word)
        else:
            return None
    return spans


def _document_entities(doc: Mapping[str, Any], index: int, piece: str,
                       ) -> Iterator[tuple[str, int, int]]:
    """``(label, b, e)`` piece-character spans of the ``index``-th sentence of a HanLP Document:
    every ``ner*`` entry, its token offsets read against each ``tok*`` entry (or as characters)
    until the characters spell the entity."""
    alignments: list[list[tuple[int, int]]] = []
    for key in sorted(k for k in doc if k.startswith("tok")):
        spans = _token_spans(piece, _nth(doc[key], index))
        if spans is not None:
            alignments.append(spans)
    alignments.append([(i, i + 1) for i in range(len(piece))])  # token = character
    for key in sorted(k for k in doc if k.startswith("ner")):
        for ent in _nth(doc[key], index):
            if not (isinstance(ent, (tuple, list)) and len(ent) == 4):
                continue
            etext, etype, b, e = ent
            label = _label(etype)
            if label is None or not isinstance(b, int) or not isinstance(e, int):
                continue
            want = "".join(str(etext).split())
            for spans in alignments:
                if 0 <= b < e <= len(spans):
                    s, t = spans[b][0], spans[e - 1][1]
                    if piece[s:t] == want:
                        yield label, s, t
                        break


def _nth(value: Any, index: int) -> Sequence[Any]:
    """The ``index``-th sentence's entry of a batched Document field."""
    if isinstance(value, (list, tuple)) and index < len(value):
        item = value[index]
        return item if isinstance(item, (list, tuple)) else ()
    return ()


class _Backend:
    """A loaded HanLP component, called as ``backend(text) -> ((label, start, end), ...)``."""

    def __init__(self, component: Any) -> None:
        if not callable(component):
            raise TypeError(f"hanlp_model must be a HanLP component, a folder or an identifier, "
                            f"not {type(component).__name__}")
        self.component = component
        name = type(component).__name__
        # multi-task models and pipelines read strings and answer Documents; a multi-task model
        # runs only its NER tasks (and the tokenizer they depend on)
        self.reads_text = name in ("MultiTaskLearning", "Pipeline") or isinstance(component, list)
        self.options: dict[str, Any] = {"tasks": "ner*"} if name == "MultiTaskLearning" else {}

    def __repr__(self) -> str:
        return f"<gov_notice HanLP backend {type(self.component).__name__}>"

    def _predict(self, batch: list[tuple[str, Sequence[int]]]) -> Iterator[tuple[str, int, int]]:
        """``(label, start, end)`` in the text for every entity in a batch of pieces."""
        if self.reads_text:
            doc = self.component([piece for piece, _ in batch], **self.options)
            if not isinstance(doc, Mapping):
                raise TypeError(f"{self!r} answered {type(doc).__name__}, not a HanLP Document")
            for i, (piece, offsets) in enumerate(batch):
                for label, b, e in _document_entities(doc, i, piece):
                    span = _span(offsets, b, e)
                    if span is not None:
                        yield (label, *span)
            return
        answers = self.component([list(piece) for piece, _ in batch])
        if not isinstance(answers, list) or len(answers) != len(batch):
            raise TypeError(f"{self!r} did not answer one entity list per piece; is it a HanLP "
                            "NER component?")
        for (piece, offsets), entities in zip(batch, answers):
            for ent in entities:
                if not (isinstance(ent, (tuple, list)) and len(ent) == 4):
                    raise TypeError(f"{self!r} answered {ent!r}, not (text, label, start, end)")
                etext, etype, b, e = ent
                kind = _label(etype)
                if kind is None:
                    continue
                span = _span(offsets, b, e)
                # the model spells what it found: keep the entity only where it matches
                if span is not None and piece[b:e] == "".join(str(etext).split()):
                    yield (kind, *span)

    def __call__(self, text: str) -> tuple[Candidate, ...]:
        pieces = _pieces(text)
        found: set[Candidate] = set()
        for i in range(0, len(pieces), _BATCH):
            for label, s, e in self._predict(pieces[i:i + _BATCH]):
                span = _trim(text, s, e)
                if span is not None:
                    found.add((label, *span))
        return tuple(sorted(found, key=lambda c: (c[1], c[2], c[0])))


def load_backend(model: Any) -> Callable[[str], tuple[Candidate, ...]]:
    """A NER backend for ``Extractor(ner="hanlp", hanlp_model=model)``.

    ``model`` is a loaded HanLP component, the path of a saved HanLP model folder, or a HanLP
    pretrained identifier (``hanlp.pretrained``) whose files are already in HanLP's cache
    (``HANLP_HOME``).  Nothing is downloaded: a missing model raises ``FileNotFoundError``, an
    unknown identifier ``ValueError``, a missing HanLP ``ImportError`` naming the extra.
    """
    if model is None:
        raise ValueError(
            "Extractor(ner='hanlp') needs hanlp_model=: a loaded HanLP NER component, the path "
            "of a saved HanLP model folder, or a pretrained identifier already in HanLP's cache")
    if isinstance(model, (str, os.PathLike)):
        model = _load(model)
    return _Backend(model)
