"""The optional HanLP backend (``Extractor(ner="hanlp", hanlp_model=...)``).

The model tests train a tiny HanLP NER model offline with HanLP's own training API
(``scripts/train_hanlp_tiny.py``, a slice of ../shared/corpora/msra, cached under
``.cache/hanlp-tiny/``) and load it through the path a user's model takes: a saved folder given
to ``Extractor``.  They skip, saying why, when HanLP (the extra ``gov-notice[hanlp]``, not part of
the ``test`` extra; CI installs it) or ../shared is absent.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from gov_notice import Extractor
from gov_notice._hanlp import (
    _document_entities,
    _label,
    _no_download,
    _pieces,
    _trim,
    load_backend,
)

from conftest import CORPORA, ROOT, assert_offsets

MSRA = CORPORA / "msra"
# `pip install -e '.[test]'` leaves HanLP and PyTorch out (1.2 GB); .ci/run installs them
_NO_HANLP = "HanLP is not installed: pip install 'gov-notice[hanlp]' (with a CPU build of torch)"
TRAIN_SCRIPT = ROOT / "scripts" / "train_hanlp_tiny.py"


# --- label sets ----------------------------------------------------------------------------------

_LABELS = [
    ("msra-nr", "NR", "PERSON"),
    ("msra-nt", "NT", "ORGANIZATION"),
    ("msra-ns", "NS", None),
    ("hanlp-msra-person", "PERSON", "PERSON"),
    ("hanlp-msra-organization", "ORGANIZATION", "ORGANIZATION"),
    ("hanlp-msra-date", "DATE", None),
    ("pku-nr", "nr", "PERSON"),
    ("pku-nt", "nt", "ORGANIZATION"),
    ("pku-ns", "ns", None),
    ("ontonotes-org", "ORG", "ORGANIZATION"),
    ("ontonotes-gpe", "GPE", None),
    ("ontonotes-norp", "NORP", None),
    ("bio-per", "PER", "PERSON"),
    ("bio-prefixed", "B-ORG", "ORGANIZATION"),
    ("bio-loc", "LOC", None),
    ("resume-name", "NAME", "PERSON"),
    ("cluener-government", "government", "ORGANIZATION"),
    ("weibo-named-person", "PER.NAM", "PERSON"),
    ("weibo-nominal-person", "PER.NOM", None),   # 总统, 记者: not a name
    ("not-a-string", 3, None),
]


@pytest.mark.parametrize("tag,expected", [(t, e) for _, t, e in _LABELS],
                         ids=[i for i, _, _ in _LABELS])
def test_label_sets(tag: Any, expected: str | None) -> None:
    assert _label(tag) == expected


# --- pieces: short, and mapped back to the text exactly ------------------------------------------

_PIECE_TEXTS = [
    ("two-sentences", "国务院总理李强主持会议。副总理丁薛祥出席。"),
    ("padded-name", "省委书记王  伟出席会议并讲话。"),
    ("full-width-space", "厅长\u3000李明　讲话。"),
    ("long-no-punctuation", "很长的句子" * 100),
    ("long-with-commas", "会议强调，" * 60 + "要抓好落实。"),
    ("blank-lines", "\n\n  \n关于做好工作的通知\n\n  一、总体要求\n"),
    ("digits-only-lines-skipped", "2024\n（一）\n市政府办公室"),
]


@pytest.mark.parametrize("text", [t for _, t in _PIECE_TEXTS], ids=[i for i, _ in _PIECE_TEXTS])
def test_pieces_are_short_and_map_back(text: str) -> None:
    pieces = _pieces(text)
    assert pieces
    for piece, offsets in pieces:
        assert 0 < len(piece) <= 126
        assert len(offsets) == len(piece)
        assert "".join(text[i] for i in offsets) == piece
        assert not any(c.isspace() for c in piece)
        assert list(offsets) == sorted(set(offsets))
    # every non-space character of a line with a letter is in exactly one piece
    covered = [i for _, offsets in pieces for i in offsets]
    assert len(covered) == len(set(covered))
    assert {text[i] for i in covered} >= {c for c in text if "\u4e00" <= c <= "\u9fff"}


def test_pieces_end_at_sentence_ends() -> None:
    pieces = [p for p, _ in _pieces("国务院总理李强主持会议。副总理丁薛祥出席！会议指出……要求如下：\n一")]
    assert pieces == ["国务院总理李强主持会议。", "副总理丁薛祥出席！", "会议指出……", "要求如下：", "一"]


# --- sloppy edges: separators trimmed, lone characters dropped ----------------------------------

_TRIMS = [
    ("clean", "厅长王立新讲话", (2, 5), (2, 5)),
    ("enumeration-comma-before", "副省长、省公安厅厅长", (3, 8), (4, 8)),
    ("comma-after", "王立新，李明", (0, 4), (0, 3)),
    ("quotes-around", "“省公安厅”", (0, 6), (1, 5)),
    ("brackets-kept", "办公室（综合组）", (0, 8), (0, 8)),
    ("lone-surname-dropped", "王近期要求", (0, 1), None),
    ("lone-punctuation-dropped", "副省长、厅长", (3, 4), None),
]


@pytest.mark.parametrize("text,span,expected", [t[1:] for t in _TRIMS], ids=[t[0] for t in _TRIMS])
def test_trim(text: str, span: tuple[int, int], expected: tuple[int, int] | None) -> None:
    assert _trim(text, *span) == expected


# --- Documents of multi-task models: token offsets read back to characters -----------------------

_DOCS = [
    ("msra-on-fine-tokens",
     {"tok/fine": [["省委", "书记", "王伟", "出席"]], "ner/msra": [[("王伟", "PERSON", 2, 3)]]},
     "省委书记王伟出席", [("PERSON", 4, 6)]),
    ("pku-and-ontonotes",
     {"tok/fine": [["市", "财政局", "局长", "张三", "讲话"]],
      "ner/pku": [[("市财政局", "nt", 0, 2), ("张三", "nr", 3, 4)]],
      "ner/ontonotes": [[("张三", "PERSON", 3, 4), ("市", "GPE", 0, 1)]]},
     "市财政局局长张三讲话", [("ORGANIZATION", 0, 4), ("PERSON", 6, 8), ("PERSON", 6, 8)]),
    ("coarse-tokens-when-fine-do-not-spell-it",
     {"tok/coarse": [["国家发展和改革委员会", "主任", "李四"]],
      "tok/fine": [["国家", "发展", "和", "改革", "委员会", "主任", "李四"]],
      "ner/msra": [[("国家发展和改革委员会", "ORGANIZATION", 0, 1)]]},
     "国家发展和改革委员会主任李四", [("ORGANIZATION", 0, 10)]),
    ("character-indices-without-tokens",
     {"ner": [[("李四", "PER", 2, 4)]]}, "主任李四", [("PERSON", 2, 4)]),
    ("entity-that-spells-nothing-is-dropped",
     {"tok/fine": [["主任", "李四"]], "ner/msra": [[("王五", "PERSON", 1, 2)]]}, "主任李四", []),
    ("tokens-that-do-not-spell-the-piece",
     {"tok/fine": [["主任", "李"]], "ner/msra": [[("李四", "PERSON", 1, 2)]]}, "主任李四", []),
]


@pytest.mark.parametrize("doc,piece,expected", [d[1:] for d in _DOCS], ids=[d[0] for d in _DOCS])
def test_document_entities(doc: dict[str, Any], piece: str,
                           expected: list[tuple[str, int, int]]) -> None:
    assert sorted(_document_entities(doc, 0, piece)) == sorted(expected)


# --- clear errors, no HanLP needed ---------------------------------------------------------------

def _fake_model_folder(tmp_path: Path) -> Path:
    """A folder that looks like a saved model (only for errors raised before loading)."""
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps({"classpath": "x.Y"}), encoding="utf-8")
    return folder


def test_import_error_names_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "hanlp", None)  # `import hanlp` raises ImportError
    folder = _fake_model_folder(tmp_path)
    with pytest.raises(ImportError, match=r"pip install 'gov-notice\[hanlp\]'"):
        load_backend(str(folder))
    ex = Extractor(ner="hanlp", hanlp_model=folder)
    with pytest.raises(ImportError, match=r"gov-notice\[hanlp\]"):
        ex.extract("省委书记王伟出席会议。")


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no HanLP model folder"):
        load_backend(str(tmp_path / "no_such_model"))


def test_folder_without_model_files_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="config.json"):
        load_backend(tmp_path)


def test_no_model_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="hanlp_model"):
        load_backend(None)


def test_not_a_component_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="HanLP component"):
        load_backend(42)


# --- errors that need HanLP installed ------------------------------------------------------------

def test_unknown_identifier_suggests_close_names() -> None:
    pytest.importorskip("hanlp", reason=_NO_HANLP)
    with pytest.raises(ValueError, match="MSRA_NER_ELECTRA_SMALL_ZH"):
        load_backend("MSRA_NER_ELECTRA_SMAL_ZH")


def test_identifier_not_in_cache_is_a_clear_error_not_a_download(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("hanlp", reason=_NO_HANLP)
    monkeypatch.setenv("HANLP_HOME", str(tmp_path))
    with pytest.raises(FileNotFoundError, match="not in HanLP's cache") as info:
        load_backend("MSRA_NER_ELECTRA_SMALL_ZH")
    assert str(tmp_path) in str(info.value)
    assert list(tmp_path.iterdir()) == []  # nothing was fetched or unpacked


def test_a_resource_a_model_needs_is_never_downloaded(tmp_path: Path) -> None:
    hanlp = pytest.importorskip("hanlp", reason=_NO_HANLP)
    from hanlp.utils.io_util import get_resource

    with _no_download(hanlp), pytest.raises(FileNotFoundError, match="never downloads"):
        get_resource("https://example.invalid/hanlp/embeddings/chars.zip", save_dir=str(tmp_path))
    assert hanlp.utils.io_util.download.__name__ == "download"  # put back


# --- a real HanLP model, trained offline ---------------------------------------------------------

@pytest.fixture(scope="module")
def tiny_model() -> Path:
    """The folder of the tiny HanLP model (trained on first use, then cached)."""
    pytest.importorskip("hanlp", reason=_NO_HANLP)
    if not (MSRA / "val.jsonl").is_file():
        pytest.skip("../shared/corpora/msra is not present")
    run = subprocess.run([sys.executable, str(TRAIN_SCRIPT), "--corpus", str(MSRA)],
                         capture_output=True, text=True, timeout=840)
    assert run.returncode == 0, run.stderr[-2000:]
    folder = Path(run.stdout.strip().splitlines()[-1])
    assert (folder / "config.json").is_file()
    return folder


@pytest.fixture(scope="module")
def hanlp_extractor(tiny_model: Path) -> Extractor:
    return Extractor(ner="hanlp", hanlp_model=str(tiny_model))


_SPEECH = "副省长、省公安厅厅长王立新出席会议并讲话。"


@pytest.mark.slow
def test_candidates_match_the_models_own_answer(hanlp_extractor: Extractor) -> None:
    candidates = hanlp_extractor._ner_candidates(_SPEECH)  # loads the backend
    component = hanlp_extractor._ner_backend.component  # type: ignore[union-attr]
    raw = component([list(_SPEECH)])[0]  # (text, label, start, end), end exclusive
    wanted = {"PER": "PERSON", "ORG": "ORGANIZATION"}
    expected = sorted((wanted[t], *span) for text, t, b, e in raw
                      if t in wanted and _SPEECH[b:e] == text
                      and (span := _trim(_SPEECH, b, e)) is not None)
    assert expected
    assert sorted(candidates) == expected
    assert ("PERSON", 10, 13) in candidates  # 王立新


@pytest.mark.slow
def test_offsets_survive_long_texts_and_padding(hanlp_extractor: Extractor) -> None:
    alone = hanlp_extractor._ner_candidates(_SPEECH)
    prefix = "关于召开全省工作会议的通知\n" + "会议要求各地认真贯彻落实" * 30 + "。\n\n  "
    text = prefix + _SPEECH
    shifted = hanlp_extractor._ner_candidates(text)
    n = len(prefix)
    assert {(lab, s + n, e + n) for lab, s, e in alone} <= set(shifted)
    for _, s, e in shifted:
        assert 0 <= s < e <= len(text)
    # a name padded with spaces is one span covering the padding
    padded = _SPEECH.replace("王立新", "王 立新")
    spans = [(s, e) for lab, s, e in hanlp_extractor._ner_candidates(padded) if lab == "PERSON"]
    assert (10, 14) in spans and padded[10:14] == "王 立新"


@pytest.mark.slow
def test_candidates_are_offsets_into_the_normalised_text(hanlp_extractor: Extractor) -> None:
    notice = hanlp_extractor.extract("副省長、省公安廳廳長王立新出席會議並講話。")
    assert notice.text == _SPEECH
    assert ("PERSON", 10, 13) in hanlp_extractor._ner_candidates(notice.text)
    assert_offsets(notice)


@pytest.mark.slow
def test_rule_pipeline_attaches_titles_to_model_names(hanlp_extractor: Extractor) -> None:
    notice = hanlp_extractor.extract(_SPEECH)
    assert_offsets(notice)
    official = next(o for o in notice.officials if o.name == "王立新")
    assert "省公安厅厅长" in official.titles
    assert official.mentions[0].start == 10


@pytest.mark.slow
def test_loading_and_extracting_print_nothing(tiny_model: Path,
                                              capfd: pytest.CaptureFixture[str]) -> None:
    capfd.readouterr()
    notice = Extractor(ner="hanlp", hanlp_model=tiny_model).extract(_SPEECH)
    assert notice.officials
    out, err = capfd.readouterr()
    assert out == "" and err == ""


@pytest.mark.slow
def test_a_fresh_process_prints_nothing(tiny_model: Path) -> None:
    """Importing HanLP and PyTorch for the first time, loading and extracting: all silent."""
    code = ("import sys; from gov_notice import Extractor; "
            "n = Extractor(ner='hanlp', hanlp_model=sys.argv[1]).extract(sys.argv[2]); "
            "assert n.officials[0].name == '王立新', n.officials")
    run = subprocess.run([sys.executable, "-c", code, str(tiny_model), _SPEECH],
                         capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout == "" and run.stderr == ""


@pytest.mark.slow
def test_a_loaded_component_is_accepted(tiny_model: Path) -> None:
    import hanlp

    component = hanlp.load(str(tiny_model), verbose=False)
    backend = load_backend(component)
    assert ("PERSON", 10, 13) in backend(_SPEECH)
    assert backend("") == ()


@pytest.mark.slow
def test_readme_example_runs_with_a_real_model(tiny_model: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = next(b for b in re.findall(r"```python\n(.*?)```", readme, re.S) if "models/my_ner" in b)
    namespace: dict[str, Any] = {}
    exec(compile(block.replace('"models/my_ner"', repr(str(tiny_model))), "README", "exec"), namespace)
    assert [(o.name, o.titles) for o in namespace["notice"].officials] == [
        ("王立新", ("副省长", "省公安厅厅长"))]
