"""Officials and their titles (issue 3): one table per shape of the genre, written by us."""

from __future__ import annotations

from typing import Any

import pytest

import people_cases
from conftest import DATA, assert_offsets, gold_docs
from gov_notice import Extractor, Official, Position
from gov_notice.people import find
from gov_notice.pipeline import Doc

Expected = dict[str, tuple[str, ...]]


def _officials(extractor: Any, text: str) -> Expected:
    notice = extractor.extract(text)
    assert_offsets(notice)
    return {o.name: o.titles for o in notice.officials}


# 1. a title chain before the name, with qualifiers, quoted bodies, ranks and acting prefixes
_CHAIN = [
    ("chain-three", "副市长、市公安局党委书记、局长赵建华出席会议并讲话。",
     {"赵建华": ("副市长", "市公安局党委书记", "局长")}),
    ("comma-separates-people", "市委书记林海，市委副书记、代市长周文斌出席。",
     {"林海": ("市委书记",), "周文斌": ("市委副书记", "代市长")}),
    ("enumeration-colon", "区委常委、政法委书记孙立平，区人大常委会主任钱学明参加调研。",
     {"孙立平": ("区委常委", "政法委书记"), "钱学明": ("区人大常委会主任",)}),
    ("qualifier-de", "市公安局党委副书记、分管日常工作的副局长潘海涛主持会议。",
     {"潘海涛": ("市公安局党委副书记", "分管日常工作的副局长")}),
    ("qualifier-shiren", "时任县长马晓东当即作出部署。", {"马晓东": ("时任县长",)}),
    ("quoted-body", "厅“平安建设”领导小组常务副组长韩立新作动员讲话。",
     {"韩立新": ("厅“平安建设”领导小组常务副组长",)}),
    ("rank", "一级警务专员付国庆在分会场出席会议。", {"付国庆": ("一级警务专员",)}),
    ("acting-dai", "市委副书记、代理市长邓文清前往现场。", {"邓文清": ("市委副书记", "代理市长")}),
    ("you-chair", "会议由县委常委、组织部部长冯志远主持。", {"冯志远": ("县委常委", "组织部部长")}),
    ("stop-word-anzhao", "各地要按照国务委员、公安部部长张卫国的部署抓好落实。",
     {"张卫国": ("国务委员", "公安部部长")}),
    ("two-char-name", "县委书记王刚主持召开常委会议。", {"王刚": ("县委书记",)}),
    ("name-ends-before-verb", "副省长胡明朗出席会议。", {"胡明朗": ("副省长",)}),
    ("verb-after-short-name", "县长李强强调，要压实责任。", {"李强": ("县长",)}),
    ("long-body", "州委常委、州纪委书记、州换届风气监督工作领导小组组长齐卫东提出要求。",
     {"齐卫东": ("州委常委", "州纪委书记", "州换届风气监督工作领导小组组长")}),
    ("company", "分行党委书记、行长夏力在总结讲话中提出要求。", {"夏力": ("分行党委书记", "行长")}),
    ("de-between", "政务司司长的陈志明表示欢迎。", {"陈志明": ("政务司司长",)}),
    ("jian-joins", "国务委员兼公安部部长王卫民出席。", {"王卫民": ("国务委员", "公安部部长")}),
    ("comma-inside-chain", "省公安厅党委委员、副厅长，省公安厅交通管理局局长王海军讲话。",
     {"王海军": ("省公安厅党委委员", "副厅长", "省公安厅交通管理局局长")}),
    ("comma-not-chain", "各市公安局局长，副市长刘建出席。", {"刘建": ("副市长",)}),
    ("dotted-name", "自治区主席艾尔肯·吐尼亚孜出席会议。", {"艾尔肯·吐尼亚孜": ("自治区主席",)}),
    ("compound-surname", "社会文化司司长欧阳瑜出席。", {"欧阳瑜": ("社会文化司司长",)}),
    ("space-before-name", "市委书记 张志强出席会议。", {"张志强": ("市委书记",)}),
    ("dotted-long-name", "德国财政部长佩尔·施泰因布吕克18日表示。", {"佩尔·施泰因布吕克": ("德国财政部长",)}),
    ("military-rank-after", "新闻局局长阿列克谢·库兹涅佐夫上校透露。",
     {"阿列克谢·库兹涅佐夫": ("新闻局局长", "上校")}),
]

# 2. a title after the name
_AFTER = [
    ("post-after", "会上，李卫东主席作了总结。", {"李卫东": ("主席",)}),
    ("prefixed-post-after", "银宏常务副局长对工作进行了部署。", {"银宏": ("常务副局长",)}),
    ("org-name-post", "省厅治安总队吴坤副总队长作专题辅导。", {"吴坤": ("副总队长",)}),
    ("party-name-post", "学习了省委王立平书记的讲话。", {"王立平": ("书记",)}),
    ("after-chain-repeat", "市委书记赵明出席。赵明书记强调，要抓落实。", {"赵明": ("市委书记", "书记")}),
    ("macau-style", "出席者包括劳工事务局林美美代局长、职业培训厅孔令彪厅长。",
     {"林美美": ("代局长",), "孔令彪": ("厅长",)}),
]

# 3. short references merged into the full-name official
_SHORT = [
    ("given-name-post", "副省长、公安厅厅长胡明朗出席。会议要求学习明朗副省长的讲话精神。",
     {"胡明朗": ("副省长", "公安厅厅长")}),
    ("given-names-tongzhi", "区委书记张建国、区长王立新出席。建国、立新同志分别讲话。",
     {"张建国": ("区委书记",), "王立新": ("区长",)}),
    ("full-name-tongzhi", "市应急管理局局长孙建勇同志主持仪式。", {"孙建勇": ("市应急管理局局长",)}),
    ("surname-post-paren", "马主席（政府人员协会主席马志成）、各位嘉宾：",
     {"马志成": ("主席", "政府人员协会主席")}),
]

# 4. coordinated names sharing a title
_COORD = [
    ("shared-before", "副县长赵明、孙亮、钱进出席会议。",
     {"赵明": ("副县长",), "孙亮": ("副县长",), "钱进": ("副县长",)}),
    ("shared-leaders", "县人大常委会副主任陈斌、蓝进和参加活动。",
     {"陈斌": ("县人大常委会副主任",), "蓝进和": ("县人大常委会副主任",)}),
    ("shared-leaders-of-body", "市公安局领导赵刚、钱锋陪同检查。",
     {"赵刚": ("市公安局领导",), "钱锋": ("市公安局领导",)}),
    ("shared-after-deng", "孙玉菡、邓炳强及杨何蓓茵等多名局长出席。",
     {"孙玉菡": ("局长",), "邓炳强": ("局长",), "杨何蓓茵": ("局长",)}),
]

# 5. appointments
_APPOINT = [
    ("ren", "县委书记林青出席。叶浩文、蔡梅生任副书记。",
     {"林青": ("县委书记",), "叶浩文": ("副书记",), "蔡梅生": ("副书记",)}),
    ("danren", "行政长官委任行政会委员张永春担任行政会发言人。",
     {"张永春": ("行政会委员", "行政会发言人")}),
    ("pinren-wei", "董事会决定聘任徐国忠先生为公司总经理。", {"徐国忠": ("公司总经理",)}),
    ("ciqu", "孙学军先生辞去公司总经理职务。", {"孙学军": ("公司总经理",)}),
    ("shuren", "财经事务局副局长胡健民将署任财经事务局局长。",
     {"胡健民": ("财经事务局副局长", "署任财经事务局局长")}),
    ("apposed", "赵文权先生，董事长，总经理，中国国籍。", {"赵文权": ("董事长", "总经理")}),
    ("mianqu-de", "免去李四的市公安局局长职务。", {"李四": ("市公安局局长",)}),
    ("renming-colon", "决定任命：张三为县财政局局长。", {"张三": ("县财政局局长",)}),
    ("tongzhi-ren", "张三同志任县委办公室主任。", {"张三": ("县委办公室主任",)}),
    # the posts listed after the first go to the same person (only the first was taken)
    ("ren-listed-posts", "省委决定：赵敏同志任西安市委委员、常委、书记。",
     {"赵敏": ("西安市委委员", "常委", "书记")}),
    ("mianqu-listed-posts", "免去李娜的市委常委、副市长职务。", {"李娜": ("市委常委", "副市长")}),
    # 任 after a two-character name is the verb (张伟任 was read as a name) …
    ("ren-after-name", "张伟任副局长，王芳任办公室主任。", {"张伟": ("副局长",), "王芳": ("办公室主任",)}),
    # … but the end of a name before a follow word
    ("ren-ends-name", "副市长王立任出席会议。", {"王立任": ("副市长",)}),
]

# 6. Hong Kong, Macau and Taiwan usage (after normalisation)
_HKMT = [
    ("chief-executive", "行政長官李家超今日出席活動。", {"李家超": ("行政长官",)}),
    ("secretary", "財政司司長陳茂波聯同財經事務及庫務局局長許正宇出席記者會。",
     {"陈茂波": ("财政司司长",), "许正宇": ("财经事务及库务局局长",)}),
    ("acting", "署理局長何志明主持儀式。", {"何志明": ("署理局长",)}),
    ("taiwan", "行政院院長蘇貞昌表示。", {"苏贞昌": ("行政院院长",)}),
    ("legco", "立法會議員李從正提出書面質詢。", {"李从正": ("立法会议员",)}),
    ("married-name", "以下是行政長官林鄭月娥今日會見傳媒的內容。", {"林郑月娥": ("行政长官",)}),
    ("hk-surnames", "發展局局長甯漢豪及民政及青年事務局局長麥美娟出席。",
     {"甯汉豪": ("发展局局长",), "麦美娟": ("民政及青年事务局局长",)}),
    ("taiwan-short-post", "台北市長蔣萬安表示，市府將全力配合。", {"蒋万安": ("台北市长",)}),
]

# national leaders named as persons without a title (lexicons/official_leaders.tsv)
_LEADERS = [
    ("speech-title", "会议学习了《习近平在全国会议上的讲话》。", {"习近平": ()}),
    ("tongzhi-core", "坚定维护以习近平同志为核心的党中央权威。", {"习近平": ()}),
    ("post-after", "认真学习习近平总书记重要讲话精神。", {"习近平": ("总书记",)}),
]

# 7. not officials
_NO_MATCH = [
    ("surname-alone", "王近期要求各地加强值守。"),
    ("huiyi-qiangdiao", "会议强调，要做好安全工作。"),
    ("place", "王府井大街人流密集。"),
    ("collective", "全省公安机关要提高认识。"),
    ("surname-post", "姚检就下一步工作提出要求。"),
    ("doctrine", "深入学习习近平新时代中国特色社会主义思想。"),
    ("book-title", "学习《习近平谈治国理政》第四卷。"),
    ("post-no-name", "各市公安局局长、办公室主任参加会议。"),
    ("committee-not-member", "学徒考试委员会委员会议召开。"),
    ("podium", "在主席台就座的有各界代表。"),
    ("member-units", "各协作区及成员单位在年内取得成效。"),
    ("conjunction-not-name", "社区党支部书记和主任共计80人参加。"),
    ("resume-verb", "2008年至今任销售经理。"),
    ("generic-comrades", "全体同志要坚守岗位，党员同志带头。"),
    ("decree-number", "国家主席令第十号公布施行。"),
    ("preposition-surname", "主任向大家介绍了情况，书记向全体党员提出要求。"),
    ("time-after-post", "局长于日前召开会议。"),
    ("post-compound-words", "书记抓基层党建述职会召开，市长热线受理诉求。"),
    # the frame admits no adverb, no person noun and no word run on from the title
    ("adverb-after-title", "市长马上主持召开专题会议。"),
    ("person-noun-after-title", "作为国有企业的领导干部，必须牢记责任。"),
    ("verb-phrase-after-title", "市长高度重视此项工作。"),
]

# bylines: (id, text, [(name, role)])
_BYLINES = [
    ("paren-two-roles", "本报讯（记者 林晓东 通讯员郑立平） 9月12日，会议召开。",
     [("林晓东", "记者"), ("郑立平", "通讯员")]),
    ("glued-names", "本报讯（记者李蕾张羽飞）有媒体报道。", [("李蕾", "记者"), ("张羽飞", "记者")]),
    ("intern-spaced", "（记者 熊勇力 实习生 李 昂）\n责任编辑：黄晓娅",
     [("熊勇力", "记者"), ("李昂", "实习生"), ("黄晓娅", "责任编辑")]),
    ("colon", "相关情况已经通报。（记者：黄波）", [("黄波", "记者")]),
    ("trailing-paren", "慰问了一线民警。\n（谢学勤）", [("谢学勤", "")]),
    ("trailing-bare", "为全国两会召开做出贡献。   李雄", [("李雄", "")]),
    ("dispatch", "每经记者曹晟源胡琼发自上海", [("曹晟源", "记者"), ("胡琼", "记者")]),
    ("photo", "图为慰问现场。张伟 摄", [("张伟", "摄")]),
    # issue 18: a question line of a transcript names the person asked, not a credit
    ("question-post", "记者：司长，你好。请问今年的重点是什么？\n司长：谢谢。", []),
    ("question-surname-post", "记者：陈司长，你好。\n陈司长：谢谢你的提问。", []),
    ("question-name-greeting", "记者：王明，你好。请问怎样理解？", []),
    # issue 16: a pen name or a surname the lexicon lacks, when it alone closes the credit
    ("pen-name-boxed", "某网讯（实习编辑晓月）项目已开盘。", [("晓月", "实习编辑")]),
    ("unknown-surname-line-end", "会议召开。\n本报记者玺文", [("玺文", "本报记者")]),
    # a name opening its line before a credit role
    ("leading-name", "商为民实习生陈文海", [("商为民", ""), ("陈文海", "实习生")]),
    # decoy: a common word closing the credit is no name
    ("line-end-common-word", "会议召开。\n本报记者报道", []),
]

# shapes found wrong while building this (kept so they stay fixed)
_BUGS_CAUGHT = [
    # a known foreign name followed by a verb ends there (克林顿|派|代表): 克林顿派 was read
    ("foreign-name-then-verb", "美国总统克林顿派代表出席仪式。", {"克林顿": ("美国总统",)}),
    ("foreign-name-then-verb-2", "以色列总理内塔尼亚胡派特使访问埃及。", {"内塔尼亚胡": ("以色列总理",)}),
    ("function-char-not-name", "分行行长夏力在会上讲话。", {"夏力": ("分行行长",)}),
    ("conj-after-post", "律政司司长郑文华资深大律师和政制及内地事务局局长曾立衡出席。",
     {"郑文华": ("律政司司长", "资深大律师"), "曾立衡": ("政制及内地事务局局长",)}),
    ("name-crossing-word", "财政司司长曾俊华联同局长陈家强出席。",
     {"曾俊华": ("财政司司长",), "陈家强": ("局长",)}),
    ("two-surnames-not-married", "公司总经理吴明表示，将加快进度。", {"吴明": ("公司总经理",)}),
    ("reporter-not-name", "法院办公室王主任向记者透露，案件将开庭。", {}),
    ("tong-in-name", "项目经理孔祥同介绍说，工程进展顺利。", {"孔祥同": ("项目经理",)}),
    ("next-word-end", "市住建委副主任冀岩上月曾表示，将扩大供应。", {"冀岩": ("市住建委副主任",)}),
    ("title-starts-after-name-and-he", "秘书长谢曼怡和政府经济顾问陈李蔼伦今日出席。",
     {"谢曼怡": ("秘书长",), "陈李蔼伦": ("政府经济顾问",)}),
    ("zuo-after-name", "会上，副市长孙伟作总结讲话。", {"孙伟": ("副市长",)}),
    ("zuo-inside-name", "县长刘作新主持会议。", {"刘作新": ("县长",)}),
    # a name that is also a common noun, between a title and a strong frame (was dropped)
    ("noun-name-after-title", "市人大常委会主任高峰出席会议并讲话。", {"高峰": ("市人大常委会主任",)}),
    ("noun-name-in-list", "副市长江山、王平陪同调研。", {"江山": ("副市长",), "王平": ("副市长",)}),
    # issue 14 drift: the organisation tails are every last character of lexicons/org_heads.tsv
    # (中心, 中学 were missing from a hand-copied subset, so no name could follow them)
    ("org-tail-centre", "市疾控中心张伟主任讲话。", {"张伟": ("主任",)}),
    ("org-tail-school", "市第一中学张伟校长讲话。", {"张伟": ("校长",)}),
]

# known limits
_XFAIL = [
    ("resume-two-line", "张三，男，汉族，现任县财政局局长。", {"张三": ("现任县财政局局长",)},
     "a title several clauses after the name (personnel notices) is not linked"),
    ("rare-surname", "专家委员会委员禚洪先生作报告。", {"禚洪": ("专家委员会委员",)},
     "禚 is not in the surname lexicon"),
]


# every table of the forms, run by one test (ids: form/case)
_FORMS = {"chain": _CHAIN, "after": _AFTER, "short": _SHORT, "coordinated": _COORD,
          "appointment": _APPOINT, "hkmt": _HKMT, "leader": _LEADERS, "bug": _BUGS_CAUGHT,
          # issue 16: classes of failure on unseen notices (tests/people_cases.py)
          "edge": people_cases.REAL, "edge-bug": people_cases.BUGS_CAUGHT}
_NO_MATCH += people_cases.NO_MATCH
_XFAIL += people_cases.XFAIL


@pytest.mark.parametrize(
    "text, expected",
    [(t, e) for table in _FORMS.values() for _i, t, e in table],
    ids=[f"{form}/{i}" for form, table in _FORMS.items() for i, _t, _e in table])
def test_officials_by_form(extractor: Any, text: str, expected: Expected) -> None:
    assert _officials(extractor, text) == expected


@pytest.mark.parametrize("text", [t for _i, t in _NO_MATCH], ids=[i for i, _t in _NO_MATCH])
def test_no_official(extractor: Any, text: str) -> None:
    assert _officials(extractor, text) == {}


@pytest.mark.parametrize("text, expected", [(t, e) for _i, t, e in _BYLINES], ids=[i for i, _t, _e in _BYLINES])
def test_bylines(extractor: Any, text: str, expected: list[tuple[str, str]]) -> None:
    notice = extractor.extract(text)
    assert_offsets(notice)
    assert [(b.name, b.role) for b in notice.bylines] == expected
    assert not notice.officials


@pytest.mark.parametrize(
    "text, expected",
    [pytest.param(t, e, marks=pytest.mark.xfail(strict=True, reason=r)) for _i, t, e, r in _XFAIL],
    ids=[i for i, _t, _e, _r in _XFAIL])
def test_known_limits(extractor: Any, text: str, expected: Expected) -> None:
    assert _officials(extractor, text) == expected


def test_credit_naming_an_official_stays_an_official(extractor: Any) -> None:
    notice = extractor.extract("副县长王明出席会议。（王明）")
    assert [o.name for o in notice.officials] == ["王明"]
    assert notice.bylines == ()


def test_positions_split_organisation_and_post(extractor: Any) -> None:
    text = "副省长、公安厅党委书记、厅长胡明朗，分管日常工作的副厅长曾岚出席。"
    notice = extractor.extract(text)
    by_name = {o.name: o for o in notice.officials}
    assert by_name["胡明朗"].positions == (
        Position("副省长", "副省长", None, 0, 3),
        Position("公安厅党委书记", "书记", "公安厅党委", 4, 11),
        Position("厅长", "厅长", None, 12, 14),
    )
    (qualified,) = by_name["曾岚"].positions
    assert (qualified.post, qualified.organization) == ("副厅长", None)
    for o in notice.officials:
        for p in o.positions:
            assert notice.text[p.start:p.end] == p.title
            if p.organization is not None:  # the organisations step relies on this
                assert p.title.endswith(p.organization + p.post)


# a qualifier or acting prefix opens the title before its organisation: it stays in the title,
# not in the organisation (text, title, organisation, post, organisations found)
_OPENERS = [
    ("then", "时任市公安局局长王某出席会议。", "时任市公安局局长", "市公安局", "局长", ["市公安局"]),
    ("former", "原金华大学校长王某出席会议。", "原金华大学校长", "金华大学", "校长", ["金华大学"]),
    ("acting", "代理市公安局局长王某出席会议。", "代理市公安局局长", "市公安局", "局长", ["市公安局"]),
    ("acting-temporary", "临时代理市卫生局局长李某讲话。", "临时代理市卫生局局长", "市卫生局", "局长", ["市卫生局"]),
    ("one-character-dai-is-no-opener", "代表处首席代表王某出席会议。", None, None, None, []),
]


@pytest.mark.parametrize("text,title,org,post,orgs", [r[1:] for r in _OPENERS], ids=[r[0] for r in _OPENERS])
def test_opener_is_no_part_of_the_organisation(extractor: Any, text: str, title: str | None, org: str | None,
                                               post: str | None, orgs: list[str]) -> None:
    notice = extractor.extract(text)
    positions = [p for o in notice.officials for p in o.positions]
    assert [(p.title, p.organization, p.post) for p in positions] == ([(title, org, post)] if title else [])
    assert [o.name for o in notice.organizations] == orgs


def test_mentions_cover_every_reference(extractor: Any) -> None:
    text = "副省长胡明朗出席会议。胡明朗强调，要落实。明朗副省长要求各地跟进。"
    notice = extractor.extract(text)
    (official,) = notice.officials
    assert [(m.text, m.start) for m in official.mentions] == [
        ("胡明朗", 3), ("胡明朗", 11), ("明朗", 21)]
    assert official.titles == ("副省长",)


def test_seed_notice(extractor: Any) -> None:
    notice = extractor.extract((DATA / "notice_seed.txt").read_text(encoding="utf-8"))
    assert_offsets(notice)
    got = {o.name: o.titles for o in notice.officials}
    assert got == {"胡明朗": ("副省长", "公安厅党委书记", "厅长"), "曾岚": ("厅党委副书记", "常务副厅长")}
    hu = next(o for o in notice.officials if o.name == "胡明朗")
    assert "明朗" in [m.text for m in hu.mentions]


def test_user_lexicon_posts_and_names() -> None:
    ex = Extractor(lexicon={"post": ["首席科学家"], "name": ["欧阳明"]})
    notice = ex.extract("首席科学家李晓峰作报告。欧阳明主任主持。")
    assert {o.name: o.titles for o in notice.officials} == {"李晓峰": ("首席科学家",), "欧阳明": ("主任",)}


def test_ner_person_candidates_are_used(extractor: Any) -> None:
    # a name our surname lexicon does not know, given by the optional NER backend
    text = "专家委员会委员禚洪先生作报告。"
    assert find(Doc(text, extractor.resources))[0] == []
    start = text.index("禚洪")
    doc = Doc(text, extractor.resources, ner=(("PERSON", start, start + 2),))
    officials, _ = find(doc)
    assert [(o.name, o.titles) for o in officials] == [("禚洪", ("专家委员会委员",))]
    # a candidate with no title next to it is still no official
    doc = Doc("禚洪先生作报告。", extractor.resources, ner=(("PERSON", 0, 2),))
    assert find(doc)[0] == []


def test_result_is_official_objects(extractor: Any) -> None:
    (o,) = extractor.extract("县长沈宗祥出席。").officials
    assert isinstance(o, Official) and o.start == 2


def test_gold_officials_recall() -> None:
    """Every gold document: most gold officials are found (the scorer gives the exact figures)."""
    from gov_notice import extract

    found = total = 0
    for doc in gold_docs():
        names = {o.name for o in extract(doc["text"]).officials}
        gold = [o["name"] for o in doc["gold"]["officials"]]
        total += len(gold)
        found += sum(1 for n in gold if n in names)
    assert total and found / total >= 0.98  # 0.994 on the 85 notices


def test_gold_titles_f1() -> None:
    """Every gold document: the (official, title) pairs found against the gold ones, a floor
    against regressions (the scorer gives the exact figures, with its own normalisation)."""
    from gov_notice import extract

    tp = fp = fn = 0
    for doc in gold_docs():
        found = {(o.name, t) for o in extract(doc["text"]).officials for t in o.titles}
        gold = {(o["name"], t) for o in doc["gold"]["officials"] for t in o["titles"]}
        tp, fp, fn = tp + len(found & gold), fp + len(found - gold), fn + len(gold - found)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.97, (tp, fp, fn)  # 0.982 on the 85 notices
