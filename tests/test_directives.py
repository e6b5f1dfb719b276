"""Directives: one table per numbering style, per decoy, nesting, comma-joined items, speaker, count.

Every sentence here is our own, written in the shapes of the genre.  A row gives the text and the
expected ``(marker, summary)`` pairs in order.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from conftest import DATA, assert_offsets, gold_docs

Pairs = list[tuple[str, str]]


def _pairs(notice: Any) -> Pairs:
    return [(d.marker, d.summary) for d in notice.directives]


def _check(extractor: Any, text: str, expected: Pairs) -> Any:
    notice = extractor.extract(text)
    assert _pairs(notice) == expected
    assert_offsets(notice)
    for d in notice.directives:
        assert d.text.startswith(d.marker)
        assert d.summary in d.text
    return notice


# --- styles ---------------------------------------------------------------------------------------
_SHI = [
    ("shi-in-one-paragraph",
     "李建华强调，一是压实工作责任。各单位要主动作为。二是强化协调联动。三是抓好督促检查。",
     [("一是", "压实工作责任"), ("二是", "强化协调联动"), ("三是", "抓好督促检查")]),
    ("shi-one-per-paragraph",
     "会议要求：\n一是要提高站位，统一思想。\n二是要狠抓落实。\n三是要严明纪律。",
     [("一是", "要提高站位，统一思想"), ("二是", "要狠抓落实"), ("三是", "要严明纪律")]),
    ("shi-semicolons",
     "会议提出：一是加强巡查；二是及时处置；三是做好宣传。",
     [("一是", "加强巡查"), ("二是", "及时处置"), ("三是", "做好宣传")]),
    ("shi-eleven-items",
     "".join(f"{n}是抓好第{i}项。" for i, n in enumerate(
         ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"], 1)).replace("第", "重点"),
     [(f"{n}是", f"抓好重点{i}项") for i, n in enumerate(
         ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"], 1)]),
]

_YAO = [
    ("yao-semicolons",
     "王志强要求，一要守牢安全底线；二要压实属地责任；三要加强应急值守。",
     [("一要", "守牢安全底线"), ("二要", "压实属地责任"), ("三要", "加强应急值守")]),
    ("yao-with-commas-inside",
     "他提出三点要求：一要提高认识，增强紧迫感。二要突出重点，精准施策。",
     [("一要", "提高认识，增强紧迫感"), ("二要", "突出重点，精准施策")]),
]

_FANGMIAN = [
    ("fangmian-modal",
     "张伟指出，一方面要加大执法力度，形成震慑；另一方面要加强普法宣传。",
     [("一方面", "要加大执法力度，形成震慑"), ("另一方面", "要加强普法宣传")]),
]

_DI = [
    ("di-comma",
     "赵刚强调，第一，要坚持问题导向。第二，要坚持目标导向。第三，要坚持结果导向。",
     [("第一", "要坚持问题导向"), ("第二", "要坚持目标导向"), ("第三", "要坚持结果导向")]),
    ("di-dun",
     "会议明确：第一、全面排查隐患。第二、建立整改台账。",
     [("第一", "全面排查隐患"), ("第二", "建立整改台账")]),
    ("di-dian",
     "行政长官：我想讲两点。第一点，法例已经生效。第二点，我们会严格执法。",
     [("第一点", "法例已经生效"), ("第二点", "我们会严格执法")]),
    ("qi-yi",
     "其一，要守住底线；其二，要敢于担当。",
     [("其一", "要守住底线"), ("其二", "要敢于担当")]),
    ("di-shi-and-yao",
     "第一是抓班子。第二是带队伍。\n另外，第一要讲政治，第二要守规矩。",
     [("第一是", "抓班子"), ("第二是", "带队伍"), ("第一要", "讲政治"), ("第二要", "守规矩")]),
]

_SHOUXIAN = [
    ("shouxian-qici-zuihou",
     "刘明表示，首先，要统一思想认识。其次，要完善工作机制。再次，要强化考核问效。最后，要加强宣传引导。",
     [("首先", "要统一思想认识"), ("其次", "要完善工作机制"), ("再次", "要强化考核问效"),
      ("最后", "要加强宣传引导")]),
    ("shouxian-shi",
     "首先是提高认识，其次是完善制度，最后是严格考核。",
     [("首先是", "提高认识"), ("其次是", "完善制度"), ("最后是", "严格考核")]),
    ("shouxian-then-di",
     "首先，必须提高认识。第二，必须健全制度。第三，必须严格问责。",
     [("首先", "必须提高认识"), ("第二", "必须健全制度"), ("第三", "必须严格问责")]),
    # 最后要 closes the list as 其次要 continues it (最后 was taken only before a comma or 是)
    ("shouxian-yao-commas",
     "会议指出，首先要提高认识，其次要完善机制，最后要加强考核。",
     [("首先", "要提高认识"), ("其次", "要完善机制"), ("最后", "要加强考核")]),
]

_PAREN = [
    ("paren-headings",
     "各单位要做好以下工作：\n（一）加强组织领导。成立工作专班。\n（二）细化工作措施。\n（三）严格督导考核。",
     [("（一）", "加强组织领导"), ("（二）", "细化工作措施"), ("（三）", "严格督导考核")]),
    ("paren-ascii",
     "(一)明确目标任务\n(二)落实保障措施",
     [("（一）", "明确目标任务"), ("（二）", "落实保障措施")]),  # ( ) around Han read as （ ）
]

_DUN = [
    ("dun-headings",
     "一、提高政治站位\n各级党组织要高度重视。\n二、突出工作重点\n完善基层治理体系。\n三、强化督促检查。",
     [("一、", "提高政治站位"), ("二、", "突出工作重点"), ("三、", "强化督促检查")]),
    ("dun-sentence-headings",
     "一、加强组织领导。各地成立领导小组。\n二、落实工作经费。",
     [("一、", "加强组织领导"), ("二、", "落实工作经费")]),
]

_DUN += [
    ("dun-after-colon",
     "他提出三点要求：一、加强领导；二、压实责任；三、严格考核。",
     [("一、", "加强领导"), ("二、", "压实责任"), ("三、", "严格考核")]),
]

_ARABIC = [
    ("arabic-dot-paragraphs",
     "具体安排如下：\n1.做好人员排查。\n2.落实值班制度。\n3.及时报送信息。",
     [("1.", "做好人员排查"), ("2.", "落实值班制度"), ("3.", "及时报送信息")]),
    ("arabic-dun-after-colon",
     "重点抓好三项工作：1、优化营商环境；2、扩大有效投资；3、稳定就业。",
     [("1、", "优化营商环境"), ("2、", "扩大有效投资"), ("3、", "稳定就业")]),
    ("arabic-paren",
     "检查内容包括：\n(1)消防通道是否畅通；\n(2)灭火器材是否完好；",
     [("(1)", "消防通道是否畅通"), ("(2)", "灭火器材是否完好")]),
    ("circled",
     "整改要求：①立即停产整顿；②限期完成整改；③加强复查。",
     [("①", "立即停产整顿"), ("②", "限期完成整改"), ("③", "加强复查")]),
]

_STYLES = _SHI + _YAO + _FANGMIAN + _DI + _SHOUXIAN + _PAREN + _DUN + _ARABIC


@pytest.mark.parametrize("text,expected", [r[1:] for r in _STYLES], ids=[r[0] for r in _STYLES])
def test_styles(extractor: Any, text: str, expected: Pairs) -> None:
    _check(extractor, text, expected)


# --- decoys: never directives ---------------------------------------------------------------------
_NO_MATCH = [
    ("noun-enum-dengji", "一、二等单位各奖励五万元，所属三、四级单位同步落实。"),
    ("noun-enum-jidu", "会议对三、四季度重点工作进行了安排部署。"),
    ("di-yi-ci", "这是我第一次参加这项活动，第二次来到这里。"),
    ("di-yi-shijian", "事件发生后，第一时间赶赴现场，各级第一责任人要靠前指挥。"),
    ("di-yi-yiti", "会议将学习贯彻作为第一议题。第二季度工作安排另行通知。"),
    ("si-ge-di-yi", "牢固树立“四个第一”理念，坚持安全第一，争创全省第一。"),
    ("di-yi-shuji", "第一书记要沉下身子，第二书记配合工作。"),
    ("reporter-question", "记者：有两个问题。第一，何时出台细则？第二，资金从哪里来？"),
    ("reporter-asks", "记者问：第一，补贴何时发放？第二，标准是多少？"),
    ("reporter-diyige", "记者：第一个问题是关于就业，第二个问题是关于住房。"),
    ("unnumbered-yao", "要压实责任，层层传导压力。要加强督查，确保落到实处。要严肃问责。"),
    ("tongyi-shi", "思想统一是前提，步调一致是关键。"),
    ("yiyao-word", "统一要求，第一要务是发展，这是唯一要做的事。"),
    ("noun-di-chain", "第一、第二、第三协作组的组长分别汇报了工作。"),
    ("fangmian-narrative", "我们一方面庆祝节日，另一方面祝贺大会召开。"),
    # not_before_fangmian: 这一方面 is a noun phrase, so 另一方面 has no first side
    ("zhe-yi-fangmian", "对于这一方面要高度重视，另一方面要防止层层加码。"),
    # numeral_word_char: 之一, 初一, 周一 make words with the numeral
    ("zhiyi-chuyi-zhouyi", "这是重点工作之一是明确的。正月初一是春节，周一要开会，周二要值班。"),
    ("single-yishi", "他说，现在一是没有经验，大家要多学习。"),
    ("bare-numerals-item-missing", "会议提出三点要求：一提高认识。二压实责任。会后大家分组讨论。"),
    ("bare-numerals-quantities", "报告回顾了两个方面：一年来成绩显著。二季度任务繁重。"),
    ("bare-numerals-no-announcement", "会议指出：一提高认识。二压实责任。"),
    ("bare-yiding-is-a-word", "他提出两点要求：一定要提高认识。二压实责任。"),
    ("single-yishi-announcement-two-sentences-back",
     "会议提出三点要求。大家纷纷表示赞同。\n一是没有经验的同志要多学习。"),
    ("decimal", "增长1.5个百分点，2.3亿元资金到位。"),
    ("first-agenda", "会议议程：第一项，奏国歌；第二项，宣读决定。"),
    ("narrative-shouxian", "会议首先传达了文件精神。随后进行了讨论。会议最后，全体合影。"),
    ("ranking", "排名全省第一，位居第二。全市第一方阵。"),
    ("grade-levels", "一、二、三级医院均要落实。"),
    ("report-sections", "一、2023年工作回顾\n全年完成目标。\n二、存在的问题\n发展不平衡。\n三、2024年工作安排"),
    ("plan-sections", "一、总体要求\n坚持以人民为中心。\n二、主要任务\n完善治理体系。\n三、保障措施"),
    ("zuihou-yaoqiu-alone", "最后要求大家注意交通安全。"),
]


@pytest.mark.parametrize("text", [r[1] for r in _NO_MATCH], ids=[r[0] for r in _NO_MATCH])
def test_not_directives(extractor: Any, text: str) -> None:
    assert _pairs(extractor.extract(text)) == []


_CN_1_21 = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五",
            "十六", "十七", "十八", "十九", "二十", "二十一"]
_CIRCLED_1_36 = [chr(c) for c in [*range(0x2460, 0x2474), *range(0x3251, 0x3260), 0x32B1]]  # ① … ㊱


# --- bugs caught while measuring on real notices (our own sentences in the same shapes) ------------
_BUGS_CAUGHT = [
    ("twenty-first-item",
     "会议部署二十一项任务：" + "".join(f"{n}是抓好重点{i}。" for i, n in enumerate(_CN_1_21, 1)),
     [(f"{n}是", f"抓好重点{i}") for i, n in enumerate(_CN_1_21, 1)]),
    ("twenty-first-heading",
     "".join(f"（{n}）落实任务{i}。\n" for i, n in enumerate(_CN_1_21, 1)),
     [(f"（{n}）", f"落实任务{i}") for i, n in enumerate(_CN_1_21, 1)]),
    ("circled-past-twenty",
     "".join(f"{c}任务{i}。\n" for i, c in enumerate(_CIRCLED_1_36, 1)),
     [(c, f"任务{i}") for i, c in enumerate(_CIRCLED_1_36, 1)]),
    ("thirty-announced-thirty-found",
     "会议提出三十条措施：\n" + "".join(f"{i}. 措施{i}。\n" for i in range(1, 31)),
     [(f"{i}.", f"措施{i}") for i in range(1, 31)]),
    ("mixed-markers-one-list",
     "一是抓好统筹；二是压实责任；三要提高质量；四是加强保障。",
     [("一是", "抓好统筹"), ("二是", "压实责任"), ("三要", "提高质量"), ("四是", "加强保障")]),
    ("di-er-shi-continues-yishi",
     "他提出三点要求：一是统一思想。第二是从高起步。第三，坚持高标准。",
     [("一是", "统一思想"), ("第二是", "从高起步"), ("第三", "坚持高标准")]),
    ("one-item-with-announced-count",
     "发言人：多谢你两个问题。第一──我先回答前一个──政策并没有改变。",
     [("第一", "──我先回答前一个──政策并没有改变")]),
    ("di-yi-inside-item",
     "一是落实“第一责任人”职责；二是压实第一书记责任。",
     [("一是", "落实“第一责任人”职责"), ("二是", "压实第一书记责任")]),
    ("zuihou-only-once",
     "首先，提高认识。其次，完善制度。最后，严格考核。会议最后，大家合影。",
     [("首先", "提高认识"), ("其次", "完善制度"), ("最后", "严格考核")]),
    ("stray-shouxian-between-items",
     "一是抓统筹。\n各地要结合实际，首先要摸清底数。\n二是抓落实。",
     [("一是", "抓统筹"), ("二是", "抓落实")]),
    ("list-printed-twice",
     "局长孙立强调，一是提高站位；二是压实责任。\n局长孙立强调，一是提高站位；二是压实责任。",
     [("一是", "提高站位"), ("二是", "压实责任")]),
    ("press-answer",
     "答：谢谢你的问题。第一，我们会加快立法。第二，我们会加强执法。",
     [("第一", "我们会加快立法"), ("第二", "我们会加强执法")]),
    ("one-item-announced-on-the-line-before",
     "会上，局长对大家提出的问题一一回应，并提出三点要求。\n一是要守牢底线。要以教育整顿为契机。",
     [("一是", "要守牢底线")]),
    ("one-item-announced-blank-line-between",
     "会议提出两点希望。\n\n第一，要坚定信心。其余工作按计划推进。",
     [("第一", "要坚定信心")]),
    ("bare-numerals-after-announced-count",
     "书记提出三点要求：一提高思想认识。全镇上下要行动起来。二围绕目标抓紧行动。三完善机制加强考核。",
     [("一", "提高思想认识"), ("二", "围绕目标抓紧行动"), ("三", "完善机制加强考核")]),
    ("bare-numerals-one-a-line",
     "会议提出两点要求：\n一提高站位。\n二压实责任。",
     [("一", "提高站位"), ("二", "压实责任")]),
    ("mojibake-question-mark-ends-summary",
     "一是接受当？地领导；二是团结协作。",
     [("一是", "接受当"), ("二是", "团结协作")]),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in _BUGS_CAUGHT], ids=[r[0] for r in _BUGS_CAUGHT])
def test_bugs_caught(extractor: Any, text: str, expected: Pairs) -> None:
    _check(extractor, text, expected)


# --- comma-joined items: the summary stops at the next marker; text runs to it --------------------
def test_comma_joined_items(extractor: Any) -> None:
    text = "会议强调，一是要完善制度，二是健全机制，三是必须加强考核。"
    n = _check(extractor, text, [("一是", "要完善制度"), ("二是", "健全机制"), ("三是", "必须加强考核")])
    assert [d.text for d in n.directives] == ["一是要完善制度，", "二是健全机制，", "三是必须加强考核。"]


# --- nesting ---------------------------------------------------------------------------------------
def test_nested_list_in_first_item(extractor: Any) -> None:
    text = ("王海指出，首先，必须统一思想。一是把规划作为重大问题，二是树立以人为本观念，三是用统筹思维"
            "抓好工作。第二，必须深化改革。第三，必须转变作风。")
    n = _check(extractor, text, [("首先", "必须统一思想"), ("一是", "把规划作为重大问题"),
                                 ("二是", "树立以人为本观念"), ("三是", "用统筹思维抓好工作"),
                                 ("第二", "必须深化改革"), ("第三", "必须转变作风")])
    outer = [d for d in n.directives if d.group == 1]
    inner = [d for d in n.directives if d.group == 2]
    assert [d.index for d in outer] == [1, 2, 3]
    assert [d.parent for d in inner] == [(1, 1)] * 3
    assert all(d.parent is None for d in outer)
    assert outer[0].text.startswith("首先") and outer[0].text.endswith("抓好工作。")
    groups = {g.group: g for g in n.directive_groups}
    assert groups[1].style == "首先" and groups[2].style == "是" and groups[2].parent == (1, 1)


def test_headings_with_sub_lists(extractor: Any) -> None:
    text = ("一、加强领导\n（一）健全机构。\n（二）明确分工。\n二、强化保障\n（一）落实经费。\n"
            "（二）配齐人员。")
    n = _check(extractor, text, [("一、", "加强领导"), ("（一）", "健全机构"), ("（二）", "明确分工"),
                                 ("二、", "强化保障"), ("（一）", "落实经费"), ("（二）", "配齐人员")])
    assert [(d.group, d.index, d.parent) for d in n.directives] == [
        (1, 1, None), (2, 1, (1, 1)), (2, 2, (1, 1)), (1, 2, None), (3, 1, (1, 2)), (3, 2, (1, 2))]


def test_inline_lists_inside_headings(extractor: Any) -> None:
    text = "（一）加强组织领导。各地要成立专班：一是明确责任人；二是建立台账。\n（二）强化宣传引导。一要用好新媒体；二要办好专栏。"
    n = extractor.extract(text)
    assert [(d.group, d.marker, d.parent) for d in n.directives] == [
        (1, "（一）", None), (2, "一是", (1, 1)), (2, "二是", (1, 1)), (1, "（二）", None),
        (3, "一要", (1, 2)), (3, "二要", (1, 2))]
    # the heading item stops at the end of its paragraph
    assert n.directives[0].text == "（一）加强组织领导。各地要成立专班：一是明确责任人；二是建立台账。"


def test_last_item_stops_at_the_next_list(extractor: Any) -> None:
    n = extractor.extract("一是守底线，二是保稳定。一要抓落实，二要重实效。")
    assert [d.text for d in n.directives] == ["一是守底线，", "二是保稳定。", "一要抓落实，", "二要重实效。"]
    assert [d.group for d in n.directives] == [1, 1, 2, 2]


def test_separate_lists_are_separate_groups(extractor: Any) -> None:
    text = "李明强调，一是守底线，二是保稳定。\n会议还要求，一要抓落实；二要重实效；三要严考核。"
    n = _check(extractor, text, [("一是", "守底线"), ("二是", "保稳定"), ("一要", "抓落实"),
                                 ("二要", "重实效"), ("三要", "严考核")])
    assert [d.group for d in n.directives] == [1, 1, 2, 2, 2]
    assert all(d.parent is None for d in n.directives)


# --- speaker and announced count -------------------------------------------------------------------
_SPEAKER = [
    ("name-then-verb", "市委书记陈立新出席会议并讲话。陈立新提出了三点要求：一是抓学习。二是抓落实。三是抓作风。",
     "陈立新", 3),
    ("given-name", "副市长王海峰出席会议。海峰强调，一要抓安全；二要保民生。", "王海峰", None),
    ("pronoun", "副县长李国栋参加调研。李国栋表示满意。他强调，一是加快进度；二是保证质量。", "李国栋", None),
    ("pronoun-skips-doctrine", "局长周文斌指出，要以习近平同志为核心的党中央为榜样。\n他强调，一是学深悟透，二是"
     "知行合一。", "周文斌", None),
    ("transcript-label", "行政长官林郑月娥会见传媒。\n记者：有两个问题。\n行政长官：多谢你两个问题。第一，我们会"
     "加快立法。第二，我们会加强执法。", "林郑月娥", 2),
    ("meeting-speaks-no-speaker", "局长孙立出席会议。会议要求，一是提高站位；二是压实责任。", None, None),
    # not_actor_after: a name before 总书记关于 is cited, not acting; 他 is the official before
    ("pronoun-skips-cited-leader", "局长周文斌主持会议。会议传达了习近平总书记关于安全生产的重要指示精神。\n"
     "他强调，一是压实责任，二是排查隐患。", "周文斌", None),
    # 部署 is a speech verb after a name (directive_words.tsv: after = name)
    ("name-then-deploy", "副区长赵志远出席会议。赵志远部署了两项工作：一是排查隐患；二是加强值守。", "赵志远", 2),
]


def test_directive_words_are_well_formed() -> None:
    from gov_notice.lexicon import load_shipped

    rows = load_shipped("directive_words")
    kinds = {"count_noun", "speech_verb", "modal", "yao_word", "not_actor_before", "not_actor_after",
             "count_lead", "numeral_word_char", "not_before_fangmian", "not_after_bare", "question_label"}
    assert {r["kind"] for r in rows} == kinds
    for r in rows:
        assert (r["kind"] == "speech_verb") == bool(r["after"]), r
        assert set(r["after"].split()) <= {"name", "pronoun", "surname"}, r
    assert all(r["term"].startswith("要") and len(r["term"]) == 2 for r in rows if r["kind"] == "yao_word")
    # the character classes are read one character a row
    chars = ("numeral_word_char", "not_before_fangmian", "not_after_bare")
    assert all(len(r["term"]) == 1 for r in rows if r["kind"] in chars)


@pytest.mark.parametrize("text,speaker,announced", [r[1:] for r in _SPEAKER], ids=[r[0] for r in _SPEAKER])
def test_speaker(extractor: Any, text: str, speaker: str | None, announced: int | None) -> None:
    n = extractor.extract(text)
    assert n.directives, "no directives found"
    assert {d.speaker for d in n.directives} == {speaker}
    assert n.directive_groups[0].speaker == speaker
    assert n.directive_groups[0].announced == announced


def test_announced_count_mismatch_warns(extractor: Any) -> None:
    n = extractor.extract("县长刘洋就做好防汛工作提出四点要求：一是加强监测；二是备足物资；三是严格值守。")
    g = n.directive_groups[0]
    assert (g.count, g.announced) == (3, 4)
    assert g.announcement is not None and n.text[g.announcement.start:g.announcement.end] == "四点要求"
    assert any("四点要求" in w and "3" in w for w in n.warnings)


def test_announced_several_points(extractor: Any) -> None:
    n = extractor.extract("下面我讲以下几点：一是统一思想；二是明确任务。")
    g = n.directive_groups[0]
    assert g.announced is None and g.announcement is not None and g.announcement.text == "以下几点"
    assert n.warnings == ()


def test_matching_count_no_warning(extractor: Any) -> None:
    n = extractor.extract("要做好以下三个方面工作：一是稳增长；二是促改革；三是惠民生。")
    assert n.directive_groups[0].announced == 3 and n.warnings == ()


# --- the sample notice -----------------------------------------------------------------------------
def test_seed_notice(extractor: Any) -> None:
    n = extractor.extract((DATA / "notice_seed.txt").read_text(encoding="utf-8"))
    assert _pairs(n) == [("一是", "思想认识务必再提高"), ("二是", "工作措施务必再硬化"),
                         ("三是", "任务进度务必再追赶"), ("四是", "工作责任务必再夯实")]
    assert {d.speaker for d in n.directives} == {"胡明朗"}
    assert [(g.count, g.announced, g.speaker) for g in n.directive_groups] == [(4, 4, "胡明朗")]
    assert n.warnings == ()
    assert_offsets(n)


def test_long_line_is_fast_enough_to_finish(extractor: Any) -> None:
    # a 1 MB line of prose with stray markers: linear work, a result without error
    text = ("一是" + "要加强管理，" * 20 + "。二是完善制度。") * 2000
    n = extractor.extract(text)
    assert n.directives and n.directives[0].marker == "一是"
    assert_offsets(n)


# --- the dev set (skipped when ../shared is absent) ------------------------------------------------
def test_gold_directives() -> None:
    from gov_notice import extract

    tp = fn = fp = 0
    for doc in gold_docs():
        gold = [(d["marker"], (d.get("summary_until_next_marker") or d["summary"])[:12])
                for d in doc["gold"]["directives"]]
        pred = [(d.marker, d.summary[:12]) for d in extract(doc["text"]).directives]
        hit = sum(1 for p in pred if p in gold)
        tp += hit
        fp += len(pred) - hit
        fn += len(gold) - hit
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    assert f1 >= 0.98, json.dumps({"tp": tp, "fp": fp, "fn": fn})  # 0.996 on the 85 notices


@pytest.mark.parametrize("announcement,expected", [("三十条措施", 30), ("二十五项任务", 25), ("十二个方面", 12)],
                         ids=["thirty", "twenty-five", "twelve"])
def test_announced_counts_past_twenty(extractor: Any, announcement: str, expected: int) -> None:
    n = extractor.extract(f"会议提出{announcement}：一是稳增长；二是促改革。")
    assert n.directive_groups[0].announced == expected


def test_ershi_is_not_read_as_shi(extractor: Any) -> None:
    # 二十是 is item 20, not item 10 read from its 十是: it does not continue a list of nine
    text = "".join(f"{n}是抓好重点{i}。" for i, n in enumerate(_CN_1_21[:9], 1)) + "二十是惠民生。"
    n = extractor.extract(text)
    assert [d.marker for d in n.directives] == [f"{c}是" for c in _CN_1_21[:9]]


# --- the candidate scan: a quick stdlib scan for where a marker may start, then the pattern --------

_MARKER_CHARS = list("一二三四五六七八九十第其另首先次再最后是要方面、．.，,：:（()）12345①⑳㉑㊿统唯这每“‘\"'《中国会议 \n—")


def test_candidate_scan_finds_what_finditer_finds() -> None:
    # the candidate pattern tried only where candidate_starts says a marker may start gives what
    # its finditer gives: on random strings of the characters markers and their decoys are made of,
    # and on the bundled sample
    import random

    from gov_notice import Extractor
    from gov_notice.directives.markers import matches_at
    from gov_notice.directives.words import State

    ex = Extractor()
    ex.extract("一是")
    st = ex.resources.state("directives", State)

    def both(text: str) -> tuple[list[Any], list[Any]]:
        return ([(m.span(), m.groupdict()) for m in st.candidate.finditer(text)],
                [(m.span(), m.groupdict()) for m in matches_at(st.candidate, st.candidate_starts, text)])

    rng = random.Random(7)
    for _ in range(20_000):
        text = "".join(rng.choice(_MARKER_CHARS) for _ in range(rng.randint(1, 14)))
        slow, fast = both(text)
        assert fast == slow, text
    slow, fast = both((DATA / "notice_seed.txt").read_text(encoding="utf-8"))
    assert fast == slow and len(fast) >= 4
