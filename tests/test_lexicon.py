"""Lexicon files and user lexicons: format, validation and clear errors."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from gov_notice import Extractor
from gov_notice.lexicon import LexiconError, UserLexicon, load_shipped, parse_tsv

_SHIPPED = sorted(p.name[:-4] for p in resources.files("gov_notice").joinpath("lexicons").iterdir()
                  if p.name.endswith(".tsv"))


@pytest.mark.parametrize("name", _SHIPPED)
def test_shipped_lexicons_are_well_formed(name: str) -> None:
    raw = resources.files("gov_notice").joinpath("lexicons", f"{name}.tsv").read_text(encoding="utf-8")
    assert raw.startswith("#"), "a lexicon starts with comment lines naming its source"
    rows = load_shipped(name)
    assert rows, "no rows"
    terms = [r["term"] for r in rows]
    assert all(t == t.strip() and t for t in terms)


def test_user_lexicon_from_mapping() -> None:
    lex = UserLexicon.load({"organization": {"市局": "西安市公安局", "城关派出所": None},
                            "posts": ["首席专家"], "name": "欧阳明"})
    assert lex.organization == {"城关派出所": None, "市局": "西安市公安局"}
    assert lex.post == ("首席专家",)
    assert lex.name == ("欧阳明",)


def test_user_lexicon_from_tsv(tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text("# my additions\nterm\ttype\tcanonical\n市局\torganization\t西安市公安局\n"
                    "首席专家\tpost\t\n欧阳明\tname\n", encoding="utf-8")
    lex = UserLexicon.load(path)
    assert lex.organization == {"市局": "西安市公安局"}
    assert lex.post == ("首席专家",) and lex.name == ("欧阳明",)
    assert Extractor(lexicon=str(path))  # a str path works too


_BAD = [
    ("no-header", "# only a comment\n", "no header"),
    ("header-not-term", "word\ttype\n", "must start with 'term'"),
    ("unknown-type", "term\ttype\n市局\tbuilding\n", "expected one of"),
    ("too-many-columns", "term\ttype\n市局\torganization\tx\ty\n", "columns"),
]


@pytest.mark.parametrize("content,message", [(c, m) for _, c, m in _BAD], ids=[i for i, _, _ in _BAD])
def test_bad_tsv_names_the_problem(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        Extractor(lexicon=path)


def test_missing_lexicon_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="cannot read lexicon"):
        Extractor(lexicon=tmp_path / "nope.tsv")


def test_bad_mapping_and_types() -> None:
    with pytest.raises(LexiconError, match="unknown type"):
        Extractor(lexicon={"buildings": ["x"]})
    with pytest.raises(TypeError, match="TSV path or a mapping"):
        Extractor(lexicon=42)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="ner"):
        Extractor(ner="spacy")


def test_parse_tsv_skips_comments_and_blank_lines() -> None:
    rows = parse_tsv(["# c", "", "term\tkind", "书记\tparty", "  # indented comment", "厅长\tgovernment"], "x")
    assert [r["term"] for r in rows] == ["书记", "厅长"]


# terms no text can hold: refused when the Extractor is built, not at every extract()
_SURROGATE_TERMS = [
    ("organization-high-half", {"organization": ["省\ud800公安厅"]}),
    ("post-low-half", {"post": ["首席\udfff专家"]}),
    ("canonical-half-emoji", {"organization": {"市局": "西安市公安局\ud83d"}}),
    ("name-alone", {"name": ["\udc80"]}),
]


@pytest.mark.parametrize("lexicon", [m for _, m in _SURROGATE_TERMS], ids=[i for i, _ in _SURROGATE_TERMS])
def test_lone_surrogate_terms_are_refused_at_construction(lexicon: dict[str, Any]) -> None:
    with pytest.raises(LexiconError, match="lone surrogate"):
        Extractor(lexicon=lexicon)


def test_lexicon_file_that_is_not_utf8_is_a_lexicon_error(tmp_path: Path) -> None:
    path = tmp_path / "gbk.tsv"
    path.write_bytes("term\ttype\n西安市公安局\torganization\n".encode("gbk"))
    with pytest.raises(LexiconError, match="not UTF-8"):
        Extractor(lexicon=path)
