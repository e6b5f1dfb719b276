"""Train a tiny HanLP NER model offline, with HanLP's own training API, for tests and benchmarks.

The model is a character BiLSTM tagger (``RNNNamedEntityRecognizer``) with a randomly initialised
character embedding, so nothing is downloaded.  It is trained on a slice of the MSRA corpus in
``../shared/corpora/msra`` (research/evaluation use only: the model is a local cache, never
shipped or committed) and is only good enough to exercise the ``Extractor(ner="hanlp")`` path
with a real HanLP component.

The trained folder is cached under ``<project>/.cache/hanlp-tiny/<key>/`` where ``key`` hashes the
training configuration, the HanLP version and the training data, so a second run is instant.

    python scripts/train_hanlp_tiny.py            # prints the model folder on the last line

Notes on HanLP 2.1.5: ``crf=True`` builds the CRF layer with a wrong argument and decodes garbage
without an error, so the model is trained without a CRF.  Training logs a lot: everything HanLP
prints goes to ``train.log`` inside the model folder, never to this process' stdout/stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "msra"
DEFAULT_CACHE = ROOT / ".cache" / "hanlp-tiny"

# Training configuration: part of the cache key, so changing anything here retrains.
CONFIG: dict[str, Any] = {
    "train_file": "val.jsonl",   # 3000 sentences taken from the official MSRA training set
    "train_sentences": 2000,
    "dev_file": "test.jsonl",
    "dev_sentences": 300,
    "epochs": 10,
    "embed": 100,               # an int: a random embedding of that size (no download)
    "rnn_hidden": 128,
    "batch_size": 32,
    "lr": 0.005,                # 0.001 left it undertrained in 10 epochs (MSRA dev F1 5% vs 61%)
    "crf": False,               # crf=True is broken in hanlp 2.1.5 (garbage decoding)
    "seed": 1,
    "tagging_scheme": "BIO",
    "labels": ["PER", "ORG", "LOC"],
    "fullwidth_to_halfwidth": True,  # as gov_notice's normaliser does
    # one PyTorch thread: with its default of one per core, a busy machine made training and
    # prediction many times slower (threads spinning against each other)
    "torch_threads": 1,
}

sys.path.insert(0, str(ROOT))
# full-width ASCII letters and digits -> half-width, one for one, as gov_notice's normaliser does
from gov_notice.normalize import _FULLWIDTH_ALNUM as _HALFWIDTH  # noqa: E402


def _bio_lines(path: Path, limit: int, labels: set[str], halfwidth: bool) -> Iterator[str]:
    """``char<TAB>tag`` lines with a blank line after each sentence, for the first ``limit``
    sentences of a ``{"text", "entities": [{"type", "start", "end"}]}`` JSONL file."""
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n >= limit:
                break
            item = json.loads(line)
            text: str = item["text"]
            if halfwidth:
                text = text.translate(_HALFWIDTH)
            tags = ["O"] * len(text)
            for ent in item["entities"]:
                if ent["type"] not in labels:
                    continue
                tags[ent["start"]] = "B-" + ent["type"]
                for i in range(ent["start"] + 1, ent["end"]):
                    tags[i] = "I-" + ent["type"]
            for ch, tag in zip(text, tags):
                if ch.isspace():  # HanLP's TSV reader splits on white space
                    continue
                yield f"{ch}\t{tag}\n"
            yield "\n"


def cache_key(corpus: Path, config: dict[str, Any] = CONFIG) -> str:
    """Hash of the configuration, the HanLP/torch versions and the training/dev data."""
    h = hashlib.sha256()
    h.update(json.dumps(config, sort_keys=True).encode())
    h.update(f"hanlp={version('hanlp')} torch={version('torch')}".encode())
    for name in (config["train_file"], config["dev_file"]):
        h.update(hashlib.sha256((corpus / name).read_bytes()).digest())
    return h.hexdigest()[:16]


@contextlib.contextmanager
def _quiet(log: Path) -> Iterator[None]:
    """Send everything written to file descriptors 1 and 2 (Python and C level) to ``log``."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    with log.open("ab") as fh:
        os.dup2(fh.fileno(), 1)
        os.dup2(fh.fileno(), 2)
        try:
            yield
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])


def train(corpus: Path, out: Path, config: dict[str, Any] = CONFIG) -> None:
    """Train the model into the (new) folder ``out``."""
    out.mkdir(parents=True)
    labels = set(config["labels"])
    half = bool(config["fullwidth_to_halfwidth"])
    trn, dev = out / "train.tsv", out / "dev.tsv"
    trn.write_text("".join(_bio_lines(corpus / config["train_file"], config["train_sentences"],
                                      labels, half)), encoding="utf-8")
    dev.write_text("".join(_bio_lines(corpus / config["dev_file"], config["dev_sentences"],
                                      labels, half)), encoding="utf-8")
    # HanLP reads HANLP_HOME when it is imported: keep its caches out of the user's home
    os.environ["HANLP_HOME"] = str(out / "hanlp_home")
    with _quiet(out / "train.log"):
        import torch
        from hanlp.components.ner.rnn_ner import RNNNamedEntityRecognizer

        torch.set_num_threads(config["torch_threads"])

        started = time.perf_counter()
        RNNNamedEntityRecognizer().fit(
            str(trn), str(dev), str(out),
            batch_size=config["batch_size"], epochs=config["epochs"], embed=config["embed"],
            rnn_hidden=config["rnn_hidden"], lr=config["lr"], crf=config["crf"],
            tagging_scheme=config["tagging_scheme"], token_delimiter="", devices=[],
            seed=config["seed"], verbose=False,
        )
        print(f"trained in {time.perf_counter() - started:.1f} s", flush=True)
    trn.unlink()
    dev.unlink()
    shutil.rmtree(out / "hanlp_home", ignore_errors=True)


def ensure_model(corpus: Path = DEFAULT_CORPUS, cache: Path = DEFAULT_CACHE) -> Path:
    """The cached model folder for the current configuration, trained first if absent."""
    final = cache / cache_key(corpus)
    if (final / "config.json").is_file():
        return final
    cache.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="training-", dir=cache))
    try:
        train(corpus, tmp / "model")
        try:
            (tmp / "model").rename(final)
        except OSError:  # another process finished the same model first
            if not (final / "config.json").is_file():
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return final


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                    help="folder holding MSRA val.jsonl and test.jsonl")
    ap.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="cache folder")
    args = ap.parse_args(argv)
    if not (args.corpus / CONFIG["train_file"]).is_file():
        print(f"no MSRA corpus at {args.corpus}", file=sys.stderr)
        return 2
    print(ensure_model(args.corpus, args.cache))
    return 0


if __name__ == "__main__":
    sys.exit(main())
