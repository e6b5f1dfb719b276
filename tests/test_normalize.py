"""The normaliser: a table of our own sentences per step, and the do-not-strip cases."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gov_notice.normalize import normalize

# (id, source, expected normalised text)
_PINYIN = [
    ("pinyin-after-each-char", "機(jī)關(guān)", "机关"),
    ("pinyin-full-width-brackets", "領（lǐng）導（dǎo）", "领导"),
    ("pinyin-multi-syllable", "治理(zhì lǐ)能力", "治理能力"),
    ("pinyin-repeated-annotation", "廳(tīng)(tīng)長", "厅长"),
    ("pinyin-combining-tone-mark", "會(hui\u0300)議", "会议"),
    ("pinyin-uppercase-letters", "嚴(Yán)打", "严打"),
]

_DO_NOT_STRIP = [
    ("bracketed-han", "各市(區)公安局", "各市（区）公安局"),
    ("bracketed-numeral", "(一)加強領導", "（一）加强领导"),
    ("bracketed-body", "(省公安廳辦公室)", "（省公安厅办公室）"),
    ("bracketed-year", "陝公發(2016)12號", "陕公发(2016)12号"),
    ("bracketed-acronym", "世界衛生組織(WHO)", "世界卫生组织(WHO)"),
    ("pinyin-without-tone", "試點(shidian)工作", "试点(shidian)工作"),
    ("pinyin-after-latin", "ABC(jī)", "ABC(jī)"),
    ("date-in-brackets", "今(15)日", "今(15)日"),
]

_JUNK = [
    ("question-mark-lines", "第一段。\n?\n?\n第二段。", "第一段。\n第二段。"),
    ("full-width-question-marks", "第一段。\n？？\n第二段。", "第一段。\n第二段。"),
    ("replacement-chars-and-blanks", "第一段。\n \ufffd \n\n第二段。", "第一段。\n第二段。"),
    ("crlf", "第一段。\r\n?\r\n第二段。", "第一段。\n第二段。"),
    ("question-mark-inside-text-kept", "是否?可行", "是否？可行"),
]

_LEAD = [
    ("lead-printed-twice",
     "近日，省公安厅召开全省视频会议，部署下半年工作。\n近日，省公安厅召开全省视频会议，部署下半年工作。会议强调…",
     "近日，省公安厅召开全省视频会议，部署下半年工作。会议强调…"),
    ("lead-twice-with-junk-between",
     "近日，省公安厅召开全省视频会议。\n?\n?\n近日，省公安厅召开全省视频会议。会议指出…",
     "近日，省公安厅召开全省视频会议。会议指出…"),
    ("short-heading-kept", "一、总体要求\n一、总体要求包括三项", "一、总体要求\n一、总体要求包括三项"),
    ("different-paragraphs-kept", "会议听取了汇报。\n会议研究了方案。", "会议听取了汇报。\n会议研究了方案。"),
    ("lead-twice-crlf-and-junk",
     "近日，省公安厅召开全省视频会议。\r\n?\r\n近日，省公安厅召开全省视频会议。会议指出…",
     "近日，省公安厅召开全省视频会议。会议指出…"),
    ("lead-twice-zero-width-junk",
     "近日，省公安厅召开全省视频会议。\n?\u200b\n近日，省公安厅召开全省视频会议。会议指出…",
     "近日，省公安厅召开全省视频会议。会议指出…"),
    ("headline-opening-next-paragraph-kept",
     "省公安厅召开全省公安工作会议\n省公安厅召开全省公安工作会议，部署下半年工作。",
     "省公安厅召开全省公安工作会议\n省公安厅召开全省公安工作会议，部署下半年工作。"),
]

_WIDTH_AND_PUNCT = [
    ("half-width-comma", "近日,省公安廳召開會議", "近日，省公安厅召开会议"),
    ("half-width-colon-semicolon", "要求:一是提高;二是落實", "要求：一是提高；二是落实"),
    ("half-width-exclamation", "好!", "好！"),
    ("semicolon-after-closing-quote", "做到“两个维护”;二是推进", "做到“两个维护”；二是推进"),
    ("comma-after-blank", "副市长洪自强 ,市长", "副市长洪自强 ，市长"),
    # only the character before counts (an item ending in it normalises alone as in the notice)
    ("semicolon-after-latin-kept", "推广5G;二是推进", "推广5G;二是推进"),
    ("bracket-before-han", "(一)落实", "（一）落实"),
    ("comma-after-widened-bracket", "各市(區),各县", "各市（区），各县"),  # as a second pass reads it
    ("comma-between-digits-kept", "共1,000人", "共1,000人"),
    ("time-colon-kept", "上午9:30召開", "上午9:30召开"),
    ("full-width-digits-letters", "２０２４年ＡＢ類", "2024年AB类"),
    # OpenCC t2s keeps the variant 衞 (衞生署); so do we: names must read as the annotation
    # conventions and users' other t2s tools write them
    ("variant-wei-kept-as-t2s", "醫務衞生局局長", "医务衞生局局长"),
]

_SCRIPT = [
    ("simplified", "省公安厅召开会议", "simplified"),
    ("traditional", "省公安廳召開會議並講話", "traditional"),
    ("taiwan", "行政院院長出席立法院會議", "traditional"),
    ("hong-kong", "保安局局長與警務處處長會見傳媒", "traditional"),
    ("one-han-char-in-english", "WHO 2024 年", "simplified"),
    # no Chinese character: nothing to call Simplified
    ("ascii-only", "WHO 2024", "unknown"),
    ("english", "The State Council held a meeting.", "unknown"),
    ("empty", "", "unknown"),
    ("blank", "  \n ", "unknown"),
]


def _ids(table: list[tuple[str, ...]]) -> list[str]:
    return [row[0] for row in table]


@pytest.mark.parametrize("case", _PINYIN + _DO_NOT_STRIP + _JUNK + _LEAD + _WIDTH_AND_PUNCT,
                         ids=_ids(_PINYIN + _DO_NOT_STRIP + _JUNK + _LEAD + _WIDTH_AND_PUNCT))
def test_normalized_text(case: tuple[str, str, str]) -> None:
    _, source, expected = case
    assert normalize(source).text == expected


@pytest.mark.parametrize("case", _SCRIPT, ids=_ids(_SCRIPT))
def test_script(case: tuple[str, str, str]) -> None:
    _, source, expected = case
    assert normalize(source).script == expected


def test_mixed_script() -> None:
    text = "省公安厅召开会议，部署工作，强调落实责任。" + "省公安廳召開會議並講話，強調責任。"
    assert normalize(text).script == "mixed"


@pytest.mark.parametrize("case", _PINYIN + _DO_NOT_STRIP + _JUNK + _LEAD + _WIDTH_AND_PUNCT,
                         ids=_ids(_PINYIN + _DO_NOT_STRIP + _JUNK + _LEAD + _WIDTH_AND_PUNCT))
def test_idempotent(case: tuple[str, str, str]) -> None:
    once = normalize(case[1]).text
    assert normalize(once).text == once


def test_map_points_every_character_back() -> None:
    source = "近日,省公安廳(tīng)召開\n?\n會(huì)議。"
    norm = normalize(source)
    assert norm.text == "近日，省公安厅召开\n会议。"
    for i, ch in enumerate(norm.text):
        a, b = norm.map.source_span(i, i + 1)
        assert normalize(source[a:b]).text == ch or ch in "，\n"
    assert norm.map.source_span(0, len(norm.text)) == (0, len(source))


def test_seed_sample(seed_text: str) -> None:
    norm = normalize(seed_text)
    assert "(" not in norm.text and "（jī）" not in norm.text
    assert "?" not in norm.text and "？" not in norm.text
    assert norm.script == "traditional"
    assert norm.text.count("总结上半年省厅重点任务") == 1  # the lead once
    assert normalize(norm.text).text == norm.text
    # no Traditional characters survive
    assert norm.text == normalize(norm.text).text
    for trad in "廳機關長會議":
        assert trad not in norm.text


@pytest.fixture(scope="module")
def seed_text() -> str:
    from conftest import DATA

    return (DATA / "notice_seed.txt").read_text(encoding="utf-8")


def _script_counted(before: str, after: str) -> str:
    """The script decision counting every character both ways (what ``_script`` decides, without
    its shortcuts)."""
    from operator import ne

    from gov_notice.normalize import _opencc, _sample

    sample, conv = _sample(before), _sample(after)
    s2t = _opencc().s2t.convert(sample)
    trad = sum(map(ne, sample, conv))
    simp = sum(a != s and a == c for a, c, s in zip(sample, conv, s2t)) if len(s2t) == len(sample) else 0
    total = trad + simp
    if not total or trad / total <= 0.1:
        return "simplified"
    return "traditional" if trad / total >= 0.9 else "mixed"


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 40), st.integers(0, 40), st.integers(0, 20), st.randoms(use_true_random=False))
def test_script_shortcuts_decide_as_counting(n_trad: int, n_simp: int, n_common: int, rnd: Any) -> None:
    """Every share of Traditional and Simplified characters (each side of both thresholds)."""
    from gov_notice.normalize import _opencc, _script, _t2s_one_for_one

    chars = ([rnd.choice("這個會議國際") for _ in range(n_trad)] + [rnd.choice("这个会议国际") for _ in range(n_simp)]
             + [rnd.choice("的在了工作，") for _ in range(n_common)])
    rnd.shuffle(chars)
    text = "".join(chars)
    after = _t2s_one_for_one(text, _opencc().t2s)
    if text != after:
        assert _script(text, after) == _script_counted(text, after)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.characters(), st.characters()), max_size=60))
def test_differing_positions_are_counted_as_one_by_one(pairs: list[tuple[str, str]]) -> None:
    # script detection counts the characters two texts of one length differ in with integer
    # arithmetic on their UTF-32 lanes: the same count as comparing them one by one, for any
    # characters (astral and lone surrogates included)
    from operator import and_, ne

    from gov_notice.normalize import _differ

    a = "".join(x for x, _ in pairs)
    b = "".join(y for _, y in pairs)
    c = b[::-1]
    assert _differ(a, b).bit_count() == sum(map(ne, a, b))
    assert (_differ(a, b) & _differ(a, c)).bit_count() == sum(map(and_, map(ne, a, b), map(ne, a, c)))


# --- t2s triggers: a text without a character t2s can change skips OpenCC ----------------------

def test_t2s_triggers_hold_every_character_t2s_changes() -> None:
    # the shipped list (generated from the installed OpenCC's dictionaries, used only while their
    # hash matches): every character of the Basic Multilingual Plane outside it comes out of t2s
    # as it went in (phrases are covered by the generator, which reads their keys)
    from gov_notice import normalize as nz

    triggers = nz._t2s_triggers()
    if triggers is None:
        pytest.skip("the installed OpenCC is not the one the triggers were generated from")
    t2s = nz._opencc().t2s
    missed = [chr(c) for c in range(0x20, 0x10000)
              if not 0xD800 <= c < 0xE000 and not triggers.search(chr(c)) and t2s.convert(chr(c)) != chr(c)]
    assert missed == []
    assert triggers.search("發展") and triggers.search("乾燥") and not triggers.search("发展干燥会议，一是")
    assert triggers.search("中\U0002f800")  # (any character beyond the BMP: converted)


@pytest.mark.parametrize("text", ["副省长、公安厅党委书记、厅长胡明朗出席会议并讲话。", "会议强调：一是提高认识。",
                                  "副省長胡明朗出席會議。", "乾燥的天气", "沈思远到任。", ""])
def test_skipping_opencc_changes_nothing(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from gov_notice import normalize as nz

    def seen(n: Any) -> tuple[Any, ...]:
        return n.text, n.script, n.map.runs()

    with_triggers = seen(normalize(text))
    monkeypatch.setattr(nz, "_triggers", None)  # (as with another OpenCC: every text converted)
    monkeypatch.setattr(nz, "_triggers_checked", True)
    assert seen(normalize(text)) == with_triggers


def _generator(name: str) -> tuple[Any, Any]:
    """The script ``scripts/<name>.py`` as a module, and the folder of the installed OpenCC's
    library (skips when that OpenCC has no ``opencc_dict`` tool to read its dictionaries)."""
    import importlib.util
    from pathlib import Path

    import opencc

    clib = Path(opencc.__file__).parent / "clib"
    if not (clib / "bin" / "opencc_dict").exists():
        pytest.skip("this OpenCC package has no opencc_dict tool")
    script = Path(__file__).resolve().parents[1] / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, script)
    assert spec is not None and spec.loader is not None
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    return gen, clib


def test_t2s_triggers_are_what_the_script_writes() -> None:
    # (run with the installed OpenCC's own dictionary tool, when the list matches that OpenCC)
    from gov_notice import normalize as nz
    from gov_notice.lexicon import load_shipped

    if nz._t2s_triggers() is None:
        pytest.skip("the installed OpenCC is not the one the triggers were generated from")
    gen, clib = _generator("gen_t2s_triggers")
    files = nz._config_files(clib / "share" / "opencc", "t2s.json")
    assert files is not None
    expected = "".join(sorted(gen.triggers(files, clib / "bin" / "opencc_dict", clib / "lib64")))
    assert "".join(r["term"] for r in load_shipped("t2s_triggers")) == expected


# --- s2t bounds: script detection decides most texts without converting them with s2t -----------

def _bounds() -> Any:
    from gov_notice import normalize as nz

    bounds = nz._s2t_bounds_table()
    if bounds is None:
        pytest.skip("the installed OpenCC is not the one the s2t bounds were generated from")
    return bounds


def test_s2t_bounds_hold_for_every_character() -> None:
    # each character alone: an `always` one is changed, a changed one is `changed` (a phrase needs
    # two characters); what phrases do is the generator's and the property test's below
    from gov_notice import normalize as nz

    bounds = _bounds()
    s2t = nz._opencc().s2t
    wrong = []
    for c in range(0x20, 0x10000):
        if 0xD800 <= c < 0xE000:
            continue
        ch = chr(c)
        conv = s2t.convert(ch)
        if conv != ch and not bounds.changed.count(ch) or bounds.always.count(ch) and conv == ch:
            wrong.append(ch)
    assert wrong == []
    assert bounds.always.count("这个会议发展") == 5  # (展 is written alike in both scripts)
    assert bounds.always.count("這個會議發展") == 0
    assert bounds.at_most("乾燥的面条") is not None and bounds.at_most("\U0002f800中") is None


def _s2t_fragments() -> list[str]:
    """Pieces that make up texts where s2t's phrases match: each character only a phrase changes
    with each character written before or after it in such a phrase, and characters of each kind."""
    bounds = _bounds()
    out = [b + ch for ch, bs in sorted(bounds.before.items()) for b in sorted(bs)]
    out += [ch + a for ch, as_ in sorted(bounds.after.items()) for a in sorted(as_)]
    return out + list("这个会议發展乾燥面条干部了解出席局长，。") + ["\U00020000", "\U0002a6a5"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.integers(0, 10**6), max_size=80))
def test_s2t_bounds_bound_what_s2t_changes(picks: list[int]) -> None:
    from gov_notice import normalize as nz

    bounds = _bounds()
    fragments = _s2t_fragments()
    text = "".join(fragments[i % len(fragments)] for i in picks)
    changed = nz._differ(text, nz._opencc().s2t.convert(text)).bit_count()
    high = bounds.at_most(text)
    assert bounds.at_least(text) <= changed
    assert high is None or changed <= high
    after = nz._t2s_one_for_one(text, nz._opencc().t2s)
    if text != after:
        assert nz._script(text, after) == _script_counted(text, after)


@settings(max_examples=300, deadline=None)
@given(st.text(), st.sets(st.characters(), max_size=20))
def test_character_sets_count_as_membership(text: str, chars: set[str]) -> None:
    # (a scan for the BMP part, a loop for characters beyond it: the same count for any characters)
    from gov_notice.normalize import _Chars

    assert _Chars.of(chars).count(text) == sum(ch in chars for ch in text)


@pytest.mark.parametrize("text", ["副省長胡明朗出席會議並講話，強調責任。", "乾燥的天氣，麵條。局長出席。",
                                  "省公安厅召开会议，部署工作。省公安廳召開會議並講話。", "发展乾燥"])
def test_script_is_the_same_without_s2t_bounds(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from gov_notice import normalize as nz

    with_bounds = normalize(text).script
    monkeypatch.setattr(nz, "_s2t_bounds", None)  # (as with another OpenCC: s2t converts the sample)
    monkeypatch.setattr(nz, "_s2t_bounds_checked", True)
    assert normalize(text).script == with_bounds


def test_s2t_bounds_are_what_the_script_writes() -> None:
    from gov_notice.lexicon import load_shipped

    _bounds()
    gen, clib = _generator("gen_s2t_bounds")
    got = gen.bounds(clib / "share" / "opencc" / "s2t.json", clib / "bin" / "opencc_dict", clib / "lib64")
    shipped: dict[tuple[str, str], str] = {}
    for row in load_shipped("s2t_bounds"):
        shipped[row["kind"], row["char"]] = shipped.get((row["kind"], row["char"]), "") + row["term"]
    for kind in ("always", "changed", "normalized"):
        assert shipped.pop((kind, "")) == "".join(sorted(got[kind]))
    for kind in ("before", "after"):
        for ch, chars in got[kind].items():
            assert shipped.pop((kind, ch)) == "".join(sorted(chars))
    assert shipped == {}
