"""The set tests placed before regex calls: each answers exactly as the regex call it guards.

The rules ask some patterns at thousands of places per MB where most places cannot match (a dotted
name needs a dot, a follow word one of its first characters, a party membership 党籍 …); a cheap
test decides those places without calling the engine.  These properties compare each guarded call
with the bare call on generated text in the genre's characters, so a change to a pattern that its
guard no longer covers fails here.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

# characters the patterns read: Han ones that open their words, dots, brackets, digits, blanks
_ALPHABET = "的以及和与偕同并该此这党籍民进无王李某·•・（）()一职，,今昨明日天年级三十市长副书记出席主持强调Ab1 \n"
_texts = st.text(alphabet=_ALPHABET, max_size=24)


@pytest.fixture(scope="module")
def people_state():  # type: ignore[no-untyped-def]
    from gov_notice import Extractor
    from gov_notice.people.state import State

    return Extractor().resources.state("people", State)


def _span(m: regex.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


@settings(max_examples=400, deadline=None)
@given(text=_texts, pos=st.integers(0, 25))
def test_dotted_match(text: str, pos: int) -> None:
    from gov_notice.people.names import DOTTED, dotted_match

    assert _span(dotted_match(text, pos)) == _span(DOTTED.match(text, pos))


@settings(max_examples=400, deadline=None)
@given(text=_texts)
def test_latin_name(text: str) -> None:
    from gov_notice.orgs.text import LATIN_NAME, latin_name

    assert latin_name(text) is (LATIN_NAME.fullmatch(text) is not None)


@settings(max_examples=300, deadline=None)
@given(text=_texts, pos=st.integers(0, 25))
def test_follow_and_post_at(people_state, text: str, pos: int) -> None:  # type: ignore[no-untyped-def]
    st_ = people_state
    assert _span(st_.follow_at(text, pos)) == _span(st_.follow_re.match(text, pos))
    assert _span(st_.post_at(text, pos)) == _span(st_.post_re.match(text, pos))


def _trim_title_start_unguarded(text: str, start: int, ps: int) -> int:
    """``edges.trim_title_start`` as it was written before its guards."""
    from gov_notice.people.edges import _AFFILIATION, _DATE_TAIL, _DE_THEN_CONJ, _LEAD

    for m in _DE_THEN_CONJ.finditer(text, start, ps):
        start = m.end()
    while start < ps:
        m = _DATE_TAIL.match(text, start) if start > 0 and text[start - 1].isdigit() else None
        m = m if m and m.end() <= ps else None
        m = m or _AFFILIATION.match(text, start, ps) or _LEAD.match(text, start, ps)
        if m is None or m.end() == start:
            break
        start = m.end()
    return start


# titles in the shapes trim_title_start reads (民进党籍, 的-phrases, a date's 日, conjunctions)
# (id, text, title start, post start, trimmed start)
_TRIMS = [
    ("membership", "民进党籍的县议会议长", 0, 8, 5),
    ("de-then-conj", "会议上的讲话和市长", 0, 7, 7),
    ("date-tail", "12日原秘书长", 2, 5, 3),
    ("lead-conj", "和政府经济顾问", 0, 5, 1),
    ("plain", "陕西省公安厅厅长", 0, 6, 0),
]


@pytest.mark.parametrize("text,start,ps,trimmed", [r[1:] for r in _TRIMS], ids=[r[0] for r in _TRIMS])
def test_trim_title_start_table(text: str, start: int, ps: int, trimmed: int) -> None:
    from gov_notice.people.edges import trim_title_start

    assert trim_title_start(text, start, ps) == _trim_title_start_unguarded(text, start, ps) == trimmed


@settings(max_examples=400, deadline=None)
@given(text=_texts, start=st.integers(0, 24), ps=st.integers(0, 24))
def test_trim_title_start(text: str, start: int, ps: int) -> None:
    from gov_notice.people.edges import trim_title_start

    ps = min(ps, len(text))
    assert trim_title_start(text, start, ps) == _trim_title_start_unguarded(text, start, ps)
