"""Property tests: on generated mixes of Simplified/Traditional text, pinyin annotations, junk lines
and punctuation, extraction never raises, every offset is valid, ``source_span`` maps back exactly,
normalisation is idempotent and results are deterministic.

CI runs 10,000 examples (``CI`` set); a local run 1,000.  No deadline: timing never fails a test.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import iter_spans
from gov_notice import Extractor
from gov_notice.normalize import normalize

_EXAMPLES = 10_000 if os.environ.get("CI") else 1_000
settings.register_profile(
    "gov_notice", max_examples=_EXAMPLES, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Fragments in the genre's shapes, Simplified and Traditional, some with pinyin annotations.
_WORDS = [
    "近日", "省公安厅", "省公安廳", "召开", "召開", "会议", "會議", "强调", "強調", "副省长", "副省長",
    "公安厅党委书记", "公安廳黨委書記", "厅长", "廳長", "胡明朗", "曾岚", "曾嵐", "出席", "主持", "讲话",
    "講話", "一是", "二是", "三是", "四是", "第一", "第二", "（一）", "（二）", "首先", "最后",
    "西安、宝鸡市公安局", "各级公安机关", "各級公安機關", "要求", "工作", "落实", "落實", "务必再提高",
    "機(jī)關(guān)", "會(huì)議", "領（lǐng）導（dǎo）", "市(區)", "(一)", "(2016)", "(WHO)", "记者", "王府井",
    "明朗副省长", "同志", "国务院办公厅", "新华社", "行政院", "立法會議員", "署理局長", "1、", "①",
    "二十是", "（二十一）", "㉑", "”", "”;", "5G;", ". ", "\u200b",
]
_PUNCT = ["，", "。", "、", "：", "；", "！", "？", ",", ";", ":", "?", "!", "(", ")", "“", "”", " ", "\u3000", "."]
_BREAKS = ["\n", "\n?\n", "\n？？\n", "\r\n", "\n\n", "\n \ufffd \n", "\n\u200b\n", "\r\n?\r\n"]

_piece = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_PUNCT),
    st.sampled_from(_BREAKS),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=3),
)
# list shapes that once cost quadratic time, repeated; items ending in half-width punctuation after
# a quote, a Latin letter or a bracket (the source span of such an item must normalise to its text)
_LIST_UNITS = [
    "一是落实，二是推进，", "第一，落实，第二，推进，", "一要落实，二要推进，", "其一，落实，其二，推进，",
    "一方面要落实，另一方面要推进，", "他强调，一是落实，二是推进，", "提出两点要求：一是落实，二是推进，",
    "“一是落实，二是推进，”", "会议要求，一是提高认识，二是压实责任. ", "一是做到“两个维护”;二是推进落实?",
    "一是推广5G;二是用好(WHO),三是落实!", "十九是抓好,二十是落实;二十一是推进，", "（二十）落实；㉑推进；",
]
_repeated = st.builds(lambda unit, n: unit * n, st.sampled_from(_LIST_UNITS), st.integers(1, 12))
_piece = st.one_of(_piece, _repeated)
_notice = st.lists(_piece, max_size=40).map("".join)


def _with_lead_twice(text: str) -> str:
    lead = "近日，省公安廳召開全省公安機關工作推進會議，安排部署下半年工作。"
    return f"{lead}\n?\n{lead}{text}"


_inputs = st.one_of(_notice, _notice.map(_with_lead_twice))

_extractor = Extractor()


@settings(settings.get_profile("gov_notice"))
@given(_inputs)
def test_extract_never_raises_and_offsets_hold(source: str) -> None:
    notice = _extractor.extract(source)
    assert notice.source == source
    for text, start, end in iter_spans(notice):
        assert 0 <= start <= end <= len(notice.text)
        assert notice.text[start:end] == text
        a, b = notice.source_span(start, end)
        assert 0 <= a <= b <= len(source)
        assert normalize(source[a:b]).text == text


@settings(settings.get_profile("gov_notice"))
@given(_inputs)
def test_normalisation_is_idempotent(source: str) -> None:
    once = normalize(source).text
    assert normalize(once).text == once


@settings(settings.get_profile("gov_notice"), max_examples=max(_EXAMPLES // 10, 100))
@given(_inputs)
def test_deterministic(source: str) -> None:
    assert _extractor.extract(source) == Extractor().extract(source)


@settings(settings.get_profile("gov_notice"), max_examples=max(_EXAMPLES // 10, 100))
@given(st.text(max_size=200))
def test_any_text_never_raises(source: str) -> None:
    notice = _extractor.extract(source)
    assert len(notice.text) <= len(source)
    for text, start, end in iter_spans(notice):
        assert notice.text[start:end] == text
