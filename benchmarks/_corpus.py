"""The benchmark corpus: real notice-genre text read at run time, never copied into the project.

Sources, in order of preference:

* ``../shared/eval/gold/*.json`` (the ``text`` of each gold notice) and the sentences of
  ``../shared/corpora/*/*.jsonl`` (``text`` of each record), grouped into paragraphs and
  pseudo-documents; gold notices and corpus documents are interleaved;
* otherwise the samples in ``data/*.txt`` of this project.

Variants of the same text: ``simplified`` (as read; Traditional corpora are turned into
Simplified first), ``traditional`` (OpenCC ``s2t`` of each document) and ``pinyin`` (a ``(pīn)``
annotation after a fixed share of the Han characters, the way web copies carry them).

Sizes count UTF-8 bytes of the Simplified text; documents are joined by blank lines.
"""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path
from typing import Iterable, Iterator

import regex

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = ROOT / "data"

VARIANTS = ("simplified", "traditional", "pinyin")

# corpus sentences per paragraph and paragraphs per pseudo-document
_SENTENCES_PER_PARAGRAPH = 4
_PARAGRAPHS_PER_DOC = 6

# a small fixed table of toned syllables (no pinyin package is a dependency of the project)
_SYLLABLES = ("jī", "guān", "gōng", "ān", "shěng", "zhǎng", "huì", "yì", "qiáng", "diào", "zhèng",
              "fǔ", "shì", "wěi", "shū", "jì", "bù", "mén", "gàn", "bù", "lǐng", "dǎo", "luò", "shí",
              "zé", "rèn", "fǎ", "zhì", "jiǎn", "chá", "yuàn", "tīng", "jú", "kē", "chù", "xiàn")
_HAN = regex.compile(r"\p{Han}")


def _jsonl_texts(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            try:
                text = json.loads(line).get("text")
            except (ValueError, AttributeError):
                continue
            if isinstance(text, str) and text.strip():
                yield text.strip()


def _group(sentences: list[str]) -> list[str]:
    """Sentences → paragraphs → pseudo-documents (one paragraph a line)."""
    paras = ["".join(sentences[i:i + _SENTENCES_PER_PARAGRAPH])
             for i in range(0, len(sentences), _SENTENCES_PER_PARAGRAPH)]
    return ["\n".join(paras[i:i + _PARAGRAPHS_PER_DOC])
            for i in range(0, len(paras), _PARAGRAPHS_PER_DOC)]


def _t2s(texts: list[str]) -> list[str]:
    import opencc

    conv = opencc.OpenCC("t2s")
    return [conv.convert(t) for t in texts]


def load_documents(shared: Path | None = SHARED, data: Path = DATA) -> tuple[list[str], str]:
    """The base documents (Simplified) and a note naming where they came from."""
    gold: list[str] = []
    per_corpus: list[list[str]] = []
    names: list[str] = []
    if shared is not None and shared.is_dir():
        gold_dir = shared / "eval" / "gold"
        for p in sorted(gold_dir.glob("*.json")) if gold_dir.is_dir() else []:
            try:
                text = json.loads(p.read_text(encoding="utf-8")).get("text")
            except (OSError, ValueError):
                continue
            if isinstance(text, str) and text.strip():
                gold.append(text)
        if gold:
            names.append(f"{len(gold)} gold notices")
        corpora = shared / "corpora"
        for folder in sorted(corpora.iterdir()) if corpora.is_dir() else []:
            if not folder.is_dir():
                continue
            sentences = [s for p in sorted(folder.glob("*.jsonl")) for s in _jsonl_texts(p)]
            if not sentences:
                continue
            if "uner" in folder.name:  # the Traditional corpus: Simplified in the base
                sentences = _t2s(sentences)
            per_corpus.append(_group(sentences))
            names.append(f"{folder.name} ({len(sentences)} sentences)")
    # round robin over the corpora, so that any prefix mixes all of them
    corpus_docs = [d for batch in itertools.zip_longest(*per_corpus) for d in batch if d is not None]
    if not gold and not corpus_docs:
        samples = [p.read_text(encoding="utf-8") for p in sorted(data.glob("*.txt"))]
        if not samples:
            raise SystemExit(f"no corpus: neither {shared} nor {data}/*.txt")
        # the samples may be Traditional or carry pinyin: normalise them into the base variant
        from gov_notice.normalize import normalize

        gold = [normalize(s).text for s in samples]
        names.append(f"{len(gold)} data/ samples")
    # interleave: a gold notice, then a corpus document, … (gold notices cycle)
    docs = list(gold) if not corpus_docs else []
    for i, doc in enumerate(corpus_docs):
        if gold:
            docs.append(gold[i % len(gold)])
        docs.append(doc)
    return docs, ", ".join(names)


def take(docs: list[str], size: int) -> list[str]:
    """Documents (cycled as needed) adding up to ``size`` UTF-8 bytes; the last one is trimmed."""
    out: list[str] = []
    total = 0
    i = 0
    while total < size:
        doc = docs[i % len(docs)]
        i += 1
        n = len(doc.encode("utf-8")) + 2
        if total + n > size:
            doc = doc.encode("utf-8")[: max(size - total - 2, 0)].decode("utf-8", "ignore")
            if not doc:
                break
            n = len(doc.encode("utf-8")) + 2
        out.append(doc)
        total += n
    return out


def noise_pinyin(text: str, share: float = 0.08, seed: int = 7) -> str:
    """``text`` with a toned ``(pīn)`` / ``（pīn）`` after about ``share`` of its Han characters."""
    rng = random.Random(seed)
    out: list[str] = []
    last = 0
    for m in _HAN.finditer(text):
        if rng.random() < share:
            syl = rng.choice(_SYLLABLES)
            out.append(text[last:m.end()])
            out.append(f"({syl})" if rng.random() < 0.8 else f"（{syl}）")
            last = m.end()
    out.append(text[last:])
    return "".join(out)


def variant(docs: Iterable[str], name: str) -> list[str]:
    """The documents in one of :data:`VARIANTS`."""
    docs = list(docs)
    if name == "simplified":
        return docs
    if name == "traditional":
        import opencc

        conv = opencc.OpenCC("s2t")
        return [conv.convert(d) for d in docs]
    if name == "pinyin":
        return [noise_pinyin(d, seed=i) for i, d in enumerate(docs)]
    raise ValueError(f"unknown variant {name!r}; expected one of {', '.join(VARIANTS)}")


def utf8_size(docs: Iterable[str]) -> int:
    return sum(len(d.encode("utf-8")) for d in docs)
