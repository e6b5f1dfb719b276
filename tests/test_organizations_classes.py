"""Organisations, round 2 of issue 15: classes of bodies that generalise, each a table of our own
sentences with decoys (bodies with a long ad-hoc name, ...)."""

from __future__ import annotations

from typing import Any

import pytest

from gov_notice import Extractor


def _names(notice: Any) -> list[str]:
    return [o.name for o in notice.organizations]


def _ids(table: list[tuple[Any, ...]]) -> list[str]:
    return [row[0] for row in table]


# --- bodies with a long ad-hoc name, read to their real start ------------------------------------
_ADHOC_REAL = [
    ("slogan-after-committee", "区委不忘初心、牢记使命主题教育领导小组召开第三次会议。",
     ["区委不忘初心、牢记使命主题教育领导小组"]),
    ("town-after-frame", "关于成立白鹤镇村（社区）两委换届选举工作领导小组的通知",
     ["白鹤镇村（社区）两委换届选举工作领导小组"]),
    ("district-task-group", "近日，金山区水污染防治专项督查材料组赴现场督查。", ["金山区水污染防治专项督查材料组"]),
    ("verb-inside-name", "香港特别行政区维护国家安全委员会召开会议。", ["香港特别行政区维护国家安全委员会"]),
    ("level-after-act", "市委书记主持召开市疫情防控工作指挥部会议。", ["市委", "市疫情防控工作指挥部"]),
    ("office-of-the-group", "市扫黑除恶专项斗争领导小组办公室印发通知。", ["市扫黑除恶专项斗争领导小组办公室"]),
    ("unit-of-the-group", "郴州市高等级公路指挥部财务部负责结算。", ["郴州市高等级公路指挥部财务部"]),
]

_ADHOC_NO_MATCH = [
    # a list of bodies is no slogan: each body stays itself
    ("listed-bodies", "县委组织部、县扶贫开发领导小组联合发文。", "县委组织部、县扶贫开发领导小组"),
    ("listed-after-post", "州纪委书记、州严肃换届纪律工作领导小组组长出席。", "州纪委书记、州严肃换届纪律工作领导小组"),
    ("listed-heads", "体育局、青年局、客家事务委员会派员出席。", "体育局、青年局、客家事务委员会"),
    # a clause's frame is no part of the name
    ("frame-of-the-notice", "市政府办公室关于调整市食品安全委员会组成人员的通知", "关于调整市食品安全委员会"),
    ("person-and-post", "联盟主席王明分别就委员会的工作作了说明。", "联盟主席王明分别就委员会"),
    ("bracket-opened-before", "曾在（宁夏）东方集团项目指挥部工作。", "宁夏）东方集团项目指挥部"),
]


@pytest.mark.parametrize(("_id", "text", "expected"), _ADHOC_REAL, ids=_ids(_ADHOC_REAL))
def test_adhoc_names(extractor: Extractor, _id: str, text: str, expected: list[str]) -> None:
    assert _names(extractor.extract(text)) == expected


@pytest.mark.parametrize(("_id", "text", "absent"), _ADHOC_NO_MATCH, ids=_ids(_ADHOC_NO_MATCH))
def test_adhoc_decoys(extractor: Extractor, _id: str, text: str, absent: str) -> None:
    assert absent not in _names(extractor.extract(text))


# --- Taiwan: police units written with 警, agencies of ministries, local units -------------------
_TAIWAN_REAL = [
    ("police-precinct-by-ordinal", "中市警一分局昨日破获一起诈骗案。", ["中市警一分局"]),
    ("police-precinct-by-district", "北市警中山分局派员到场处理。", ["北市警中山分局"]),
    ("police-bureau", "新北市警局表示将加强巡逻。", ["新北市警局"]),
    ("police-criminal-brigade", "嘉县警刑大查获一批毒品。", ["嘉县警刑大"]),
    ("agency-of-ministry", "内政部移民署今日宣布新措施。", ["内政部移民署"]),
    ("agency-place-unit", "内政部移民署台中市专勤队查获逃逸移工。", ["内政部移民署台中市专勤队"]),
    ("bureau-place-office", "法务部调查局台中市调查处约谈相关人员。", ["法务部调查局台中市调查处"]),
]

_TAIWAN_NO_MATCH = [
    ("city-policing", "城市警务工作会议召开。", "城市警务"),
    ("raise-police-strength", "提高市警力配置水平。", "高市警力"),
    ("two-offices-of-the-centre", "中共中央办公厅和国务院办公厅印发通知。", "中共中央办公厅和国务院办公厅"),
]


@pytest.mark.parametrize(("_id", "text", "expected"), _TAIWAN_REAL, ids=_ids(_TAIWAN_REAL))
def test_taiwan_units(extractor: Extractor, _id: str, text: str, expected: list[str]) -> None:
    assert _names(extractor.extract(text)) == expected


@pytest.mark.parametrize(("_id", "text", "absent"), _TAIWAN_NO_MATCH, ids=_ids(_TAIWAN_NO_MATCH))
def test_taiwan_decoys(extractor: Extractor, _id: str, text: str, absent: str) -> None:
    names = _names(extractor.extract(text))
    assert absent not in names and not any(absent in n for n in names)


# --- kinds of body are no body: a scope or specialty alone before a kind -------------------------
_KINDS_REAL = [
    ("named-international-court", "海牙国际法庭作出裁决。", ["海牙国际法庭"]),
    ("academy-of-a-country", "中国科学院发布报告。", ["中国科学院"]),
    ("bank-of-a-country", "中国银行发布年报。", ["中国银行"]),
    ("department-of-a-paper", "人民日报国际部编辑出席。", ["人民日报国际部"]),
]

_KINDS_NO_MATCH = [
    ("international-court-in-general", "他把案件诉诸国际法庭。", "国际法庭"),
    ("childrens-hospital-in-general", "孩子被送往儿科医院治疗。", "儿科医院"),
    ("the-world-stage", "中国走向国际舞台中央。", "国际舞台"),
    ("state-banks-in-general", "这笔贷款来自国家银行。", "国家银行"),
]


@pytest.mark.parametrize(("_id", "text", "expected"), _KINDS_REAL, ids=_ids(_KINDS_REAL))
def test_named_bodies_of_a_kind(extractor: Extractor, _id: str, text: str, expected: list[str]) -> None:
    assert _names(extractor.extract(text)) == expected


@pytest.mark.parametrize(("_id", "text", "absent"), _KINDS_NO_MATCH, ids=_ids(_KINDS_NO_MATCH))
def test_kinds_are_no_body(extractor: Extractor, _id: str, text: str, absent: str) -> None:
    assert absent not in _names(extractor.extract(text))


# --- Latin letters and digits inside a name do not break it -------------------------------------
_LATIN_REAL = [
    ("latin-company", "TCL集团召开年度大会。", ["TCL集团"]),
    ("latin-after-place", "广州市IT协会召开会议。", ["广州市IT协会"]),
    ("digits-and-letters", "市5G办公室发布通知。", ["市5G办公室"]),
    ("digits-in-adhoc-name", "省5G产业发展领导小组召开会议。", ["省5G产业发展领导小组"]),
    ("arabic-ordinal", "市第2人民医院开展义诊。", ["市第2人民医院"]),
    ("latin-university", "XYZ大学校长出席典礼。", ["XYZ大学"]),
]

_LATIN_NO_MATCH = [
    ("app-is-no-name", "群众可通过APP办理业务。", "APP"),
    ("year-is-no-name", "2023年度工作局面良好。", "2023"),
    ("post-before-latin", "他现任TCL集团副总裁。", "现任TCL集团"),
]


@pytest.mark.parametrize(("_id", "text", "expected"), _LATIN_REAL, ids=_ids(_LATIN_REAL))
def test_latin_inside_names(extractor: Extractor, _id: str, text: str, expected: list[str]) -> None:
    assert _names(extractor.extract(text)) == expected


@pytest.mark.parametrize(("_id", "text", "absent"), _LATIN_NO_MATCH, ids=_ids(_LATIN_NO_MATCH))
def test_latin_decoys(extractor: Extractor, _id: str, text: str, absent: str) -> None:
    assert not any(absent in n for n in _names(extractor.extract(text)))


# --- Hong Kong government bodies named before and after 1997 ------------------------------------
_HK_REAL = [
    ("policy-branch", "文康广播科发表声明。", ["文康广播科"]),
    ("branch-and-department", "工商科与工业贸易署合作推广。", ["工商科", "工业贸易署"]),
    ("bureau-with-and", "经济发展及劳工局回应查询。", ["经济发展及劳工局"]),
    ("government-secretariat", "布政司署发言人表示。", ["布政司署"]),
    ("municipal-councils", "市政局与区域市政局合办活动。", ["市政局", "区域市政局"]),
    ("police-force", "香港警队表示将严正执法。", ["香港警队"]),
    # a mainland body whose name ends like a Hong Kong one is still read whole
    ("mainland-bureau-read-whole", "市生态环境局召开会议。", ["市生态环境局"]),
    ("mainland-transport-bureau", "县交通运输局召开会议。", ["县交通运输局"]),
]

_HK_NO_MATCH = [
    ("team-member", "特警队员迅速到场。", "特警队"),
    ("economic-situation", "当前经济局势复杂。", "经济局"),
    ("science-and-technology", "发展经济科技产业。", "经济科"),
]


@pytest.mark.parametrize(("_id", "text", "expected"), _HK_REAL, ids=_ids(_HK_REAL))
def test_hong_kong_bodies(extractor: Extractor, _id: str, text: str, expected: list[str]) -> None:
    assert _names(extractor.extract(text)) == expected


@pytest.mark.parametrize(("_id", "text", "absent"), _HK_NO_MATCH, ids=_ids(_HK_NO_MATCH))
def test_hong_kong_decoys(extractor: Extractor, _id: str, text: str, absent: str) -> None:
    assert absent not in _names(extractor.extract(text))


# --- a council named bare after the county's, and the centre as a modifier ---------------------
_BARE_REAL = [
    ("council-short-reference", "县府与议会共同推动县政。", ["县府", "议会"]),
    ("named-national-assembly", "国民议会通过法案。", ["国民议会"]),
    ("centre-as-subject", "中央高度重视此事。", ["中央"]),
]

_BARE_NO_MATCH = [
    ("council-building", "参观议会大楼。", "议会"),
    ("centre-coordinating", "强化中央统筹功能。", "中央"),
    ("centre-inspection", "迎接中央生态环境保护督察。", "中央"),
]


@pytest.mark.parametrize(("_id", "text", "expected"), _BARE_REAL, ids=_ids(_BARE_REAL))
def test_bare_bodies(extractor: Extractor, _id: str, text: str, expected: list[str]) -> None:
    assert _names(extractor.extract(text)) == expected


@pytest.mark.parametrize(("_id", "text", "absent"), _BARE_NO_MATCH, ids=_ids(_BARE_NO_MATCH))
def test_bare_decoys(extractor: Extractor, _id: str, text: str, absent: str) -> None:
    assert absent not in _names(extractor.extract(text))


# --- offices in another place, terms of a government, bodies of two portfolios -------------------
_SHAPES_REAL = [
    ("office-in-the-capital", "香港特别行政区政府驻北京办事处主任出席。", ["香港特别行政区政府驻北京办事处"]),
    ("mission-to-the-un", "中国常驻联合国代表团发表声明。", ["中国常驻联合国代表团"]),
    ("embassy-of-china", "中国驻美国大使馆提醒中国公民。", ["中国驻美国大使馆"]),
    ("province-office", "湖北省驻北京办事处组织活动。", ["湖北省驻北京办事处"]),
    ("term-of-a-government", "澳门特别行政区第六届政府宣誓就职。", ["澳门特别行政区第六届政府"]),
    ("term-in-digits", "香港特别行政区第6届政府成立。", ["香港特别行政区第6届政府"]),
    ("two-portfolios-committee", "全国政协农业和农村委员会开展调研。", ["全国政协农业和农村委员会"]),
    ("two-portfolios-bureau", "卫生福利及食物局回应查询。", ["卫生福利及食物局"]),
]

_SHAPES_NO_MATCH = [
    ("team-stationed-in-village", "工作队驻村开展帮扶。", "工作队驻村"),
    ("two-bureaus", "市财政局和审计局联合检查。", "市财政局和审计局"),
    ("member-and-council", "议员和议会同仁共同见证。", "议员和议会"),
    ("name-and-committee", "光华及常委会委员出席。", "光华及常委会"),
    ("term-without-place", "第十六届人大常委会召开会议。", "第十六届人大常委会"),
]


@pytest.mark.parametrize(("_id", "text", "expected"), _SHAPES_REAL, ids=_ids(_SHAPES_REAL))
def test_body_shapes(extractor: Extractor, _id: str, text: str, expected: list[str]) -> None:
    assert _names(extractor.extract(text)) == expected


@pytest.mark.parametrize(("_id", "text", "absent"), _SHAPES_NO_MATCH, ids=_ids(_SHAPES_NO_MATCH))
def test_body_shape_decoys(extractor: Extractor, _id: str, text: str, absent: str) -> None:
    assert absent not in _names(extractor.extract(text))


# --- national departments and units numbered without 第 ------------------------------------------
_NUMBERED_REAL = [
    ("national-department", "国家市场监督管理总局发布公告。", ["国家市场监督管理总局"]),
    ("brigade-of-a-detachment", "市公安局交警支队一大队开展整治行动。", ["市公安局交警支队一大队"]),
    ("squadron-of-a-brigade", "县公安局刑侦大队二中队破获一起案件。", ["县公安局刑侦大队二中队"]),
    ("numbered-sub-bureau", "市公安局一分局开展行动。", ["市公安局一分局"]),
    ("stem-across-a-longer-head", "北京市住建委发布通知。", ["北京市住建委"]),
    ("longer-head-kept", "市建委召开会议。", ["市建委"]),
    ("ministry-of-two-portfolios", "住房和城乡建设部政策研究中心发布报告。", ["住房和城乡建设部政策研究中心"]),
]

_NUMBERED_NO_MATCH = [
    ("count-of-brigades", "组建三大队负责巡逻。", "三大队"),
    ("national-organs-collective", "党和国家机关带头落实。", "国家机关"),
]


@pytest.mark.parametrize(("_id", "text", "expected"), _NUMBERED_REAL, ids=_ids(_NUMBERED_REAL))
def test_numbered_units(extractor: Extractor, _id: str, text: str, expected: list[str]) -> None:
    assert _names(extractor.extract(text)) == expected


@pytest.mark.parametrize(("_id", "text", "absent"), _NUMBERED_NO_MATCH, ids=_ids(_NUMBERED_NO_MATCH))
def test_numbered_decoys(extractor: Extractor, _id: str, text: str, absent: str) -> None:
    assert absent not in _names(extractor.extract(text))


# --- a level character standing alone opens a body: before it only a place or a proper name -----
_LEVEL_OPENS_REAL = [
    ("verb-before-level", "他代表省法院党组作表态发言。", ["省法院党组"]),
    ("verb-before-level-city", "她代表市检察院党组发言。", ["市检察院党组"]),
    ("place-before-level", "西安市公安局召开会议。", ["西安市公安局"]),
    ("party-before-place", "中共西安市委召开会议。", ["中共西安市委"]),
]

_LEVEL_OPENS_NO_MATCH = [
    ("verb-kept-out", "他代表省法院党组作表态发言。", "代表省法院党组"),
    # 市场 is a word, not the level 市: the name runs on over it
    ("market-is-no-level", "中原地产市场研究部发布报告。", "市场研究部"),
    ("office-is-one-word", "北京代表处负责人出席。", "代表处"),
]


@pytest.mark.parametrize(("_id", "text", "expected"), _LEVEL_OPENS_REAL, ids=_ids(_LEVEL_OPENS_REAL))
def test_level_opens_a_body(extractor: Extractor, _id: str, text: str, expected: list[str]) -> None:
    assert _names(extractor.extract(text)) == expected


@pytest.mark.parametrize(("_id", "text", "absent"), _LEVEL_OPENS_NO_MATCH, ids=_ids(_LEVEL_OPENS_NO_MATCH))
def test_level_opens_a_body_decoys(extractor: Extractor, _id: str, text: str, absent: str) -> None:
    assert absent not in _names(extractor.extract(text))



# --- the bodies of titles: a party body named by its head alone in a title of its own (党委|副书记),
# and a post sharing the body's last character (县公安局|长 is 县公安局 + 局长) --------------------
_TITLE_BODIES_REAL = [
    ("party-listed-after-posts", "公司董事、总经理、党委副书记王建国主持会议。", ["党委"]),
    ("party-title-opens-the-sentence", "党委副书记、副校长李红梅出席会议。", ["党委"]),
    ("party-two-bodies", "党组成员、政治部主任赵刚陪同调研。", ["党组", "政治部"]),
    ("party-working-committee", "街道办事处主任、党工委副书记孙丽主持会议。", ["街道办事处", "党工委"]),
    ("contracted-county-bureau", "县公安局长王刚出席会议。", ["县公安局"]),
    ("contracted-provincial-department", "省财政厅长张强作报告。", ["省财政厅"]),
    ("contracted-ministry", "外交部长李明会见了来访客人。", ["外交部"]),
    ("contracted-taiwan-city-bureau", "陈志明曾任高雄市劳工局长，熟悉劳政业务。", ["高雄市劳工局"]),
    ("contracted-former-department", "原行政署长郑伟出任秘书长。", ["行政署"]),
]

_TITLE_BODIES_NO_MATCH = [
    # no title: a generic party body, or a post with no one holding it
    ("party-collective", "各级党委要切实担负起主体责任。", "党委"),
    ("party-post-without-name", "党委书记要带头抓落实。", "党委"),
    ("party-meeting", "会议传达了党委的决定，张伟主持会议。", "党委"),
    # a body written before the head: the whole is the organisation
    ("party-qualified-body", "市公安局党委书记张明出席。", "党委"),
    # a level is no body: 市长, 县长 are posts of their own
    ("contracted-city-mayor", "市长李明出席会议。", "市"),
    ("contracted-county-head", "县长王刚出席会议。", "县"),
    # the body named before the whole post
    ("contracted-bureau-and-post", "该局局长王刚出席会议。", "局"),
]


@pytest.mark.parametrize(("_id", "text", "expected"), _TITLE_BODIES_REAL, ids=_ids(_TITLE_BODIES_REAL))
def test_bodies_of_titles(extractor: Extractor, _id: str, text: str, expected: list[str]) -> None:
    notice = extractor.extract(text)
    assert _names(notice) == expected
    for org in notice.organizations:
        m = org.mentions[0]
        assert text[m.start:m.end] == m.text == org.name


@pytest.mark.parametrize(("_id", "text", "absent"), _TITLE_BODIES_NO_MATCH, ids=_ids(_TITLE_BODIES_NO_MATCH))
def test_bodies_of_titles_decoys(extractor: Extractor, _id: str, text: str, absent: str) -> None:
    assert absent not in _names(extractor.extract(text))


# --- a unit attached to a body (附属), named with the body or an ordinal -----------------------------
_AFFILIATED_REAL = [
    ("ordinal-before", "西安交通大学第一附属医院召开专题会议。", ["西安交通大学第一附属医院"]),
    ("ordinal-after", "中山大学附属第三医院召开专题会议。", ["中山大学附属第三医院"]),
    ("holder-only", "中山大学附属医院召开专题会议。", ["中山大学附属医院"]),
    ("our-school", "我校附属第一医院举办学术论坛。", ["附属第一医院"]),
    ("unit-of-the-unit", "附属第二医院党委要提高政治站位。", ["附属第二医院党委"]),
]

_AFFILIATED_NO_MATCH = [
    ("no-head", "这些附属设施由公司统一管理。", "附属设施"),
    # an affiliated hospital with no body or number names no one hospital
    ("generic-hospital", "附属医院的医生介绍了情况。", "附属医院"),
]


@pytest.mark.parametrize(("_id", "text", "expected"), _AFFILIATED_REAL, ids=_ids(_AFFILIATED_REAL))
def test_affiliated_units(extractor: Extractor, _id: str, text: str, expected: list[str]) -> None:
    assert _names(extractor.extract(text)) == expected


@pytest.mark.parametrize(("_id", "text", "absent"), _AFFILIATED_NO_MATCH, ids=_ids(_AFFILIATED_NO_MATCH))
def test_affiliated_decoys(extractor: Extractor, _id: str, text: str, absent: str) -> None:
    assert absent not in _names(extractor.extract(text))


# --- the heads of societies: federations, fellowships, promotion societies, foundations ------------
_SOCIETY_HEADS_REAL = [
    ("general-federation", "澳门工会联合总会发表声明。", ["澳门工会联合总会"]),
    ("federation-after-short-name", "司长会见了澳门社区义工联合总会领导层。", ["澳门社区义工联合总会"]),
    ("foundation", "中国宋庆龄基金会举办慈善活动。", ["中国宋庆龄基金会"]),
    ("promotion-society", "中国国际贸易促进会发布报告。", ["中国国际贸易促进会"]),
    ("research-society", "中国企业管理研究会召开年会。", ["中国企业管理研究会"]),
]

_SOCIETY_HEADS_NO_MATCH = [
    # the head's last character opens a word written after it (会计, 会员)
    ("accounting", "加强社保基金会计核算。", "社保基金会"),
    ("members", "促进会员企业发展。", "促进会"),
    # a verb and the next word, no society (研究|会议, 研究|会同)
    ("study-meeting", "要认真研究会议精神。", "研究会"),
    ("study-jointly", "将研究会同有关部门落实。", "研究会"),
    ("at-the-gathering", "双方在联谊会上交流。", "联谊会"),
]


@pytest.mark.parametrize(("_id", "text", "expected"), _SOCIETY_HEADS_REAL, ids=_ids(_SOCIETY_HEADS_REAL))
def test_society_heads(extractor: Extractor, _id: str, text: str, expected: list[str]) -> None:
    assert _names(extractor.extract(text)) == expected


@pytest.mark.parametrize(("_id", "text", "absent"), _SOCIETY_HEADS_NO_MATCH, ids=_ids(_SOCIETY_HEADS_NO_MATCH))
def test_society_head_decoys(extractor: Extractor, _id: str, text: str, absent: str) -> None:
    assert absent not in _names(extractor.extract(text))


# --- a town whose name holds a numeral, in a title (九华|镇党委书记): a name, not a count ----------
_NUMBERED_TOWN_REAL = [
    ("town-nine", "九华镇党委书记李明主持会议。", ["九华镇党委"]),
    ("town-five", "五星镇党委书记王芳出席会议。", ["五星镇党委"]),
]

_NUMBERED_TOWN_NO_MATCH = [
    ("count-of-towns", "三个镇党委书记王明出席会议。", "三个镇党委"),
    ("count-of-townships", "两个乡党委书记张强参加会议。", "两个乡党委"),
]


@pytest.mark.parametrize(("_id", "text", "expected"), _NUMBERED_TOWN_REAL, ids=_ids(_NUMBERED_TOWN_REAL))
def test_numbered_town_in_title(extractor: Extractor, _id: str, text: str, expected: list[str]) -> None:
    assert _names(extractor.extract(text)) == expected


@pytest.mark.parametrize(("_id", "text", "absent"), _NUMBERED_TOWN_NO_MATCH, ids=_ids(_NUMBERED_TOWN_NO_MATCH))
def test_numbered_town_decoys(extractor: Extractor, _id: str, text: str, absent: str) -> None:
    assert absent not in _names(extractor.extract(text))


# --- a hospital numbered without 第 right after a level (市一医院 for 市第一医院) --------------------
_LEVEL_NUMBERED_REAL = [
    ("city-hospital", "市三医院开展义诊活动。", ["市三医院"]),
    ("in-a-title", "县二医院党委书记李明出席会议。", ["县二医院党委"]),
]

_LEVEL_NUMBERED_NO_MATCH = [
    ("scope-before-level", "全市一医院一策推进改革。", "市一医院"),
    ("demonstrative-before-level", "我市一医院获得表彰。", "市一医院"),
]


@pytest.mark.parametrize(("_id", "text", "expected"), _LEVEL_NUMBERED_REAL, ids=_ids(_LEVEL_NUMBERED_REAL))
def test_level_numbered_hospital(extractor: Extractor, _id: str, text: str, expected: list[str]) -> None:
    assert _names(extractor.extract(text)) == expected


@pytest.mark.parametrize(("_id", "text", "absent"), _LEVEL_NUMBERED_NO_MATCH, ids=_ids(_LEVEL_NUMBERED_NO_MATCH))
def test_level_numbered_decoys(extractor: Extractor, _id: str, text: str, absent: str) -> None:
    assert absent not in _names(extractor.extract(text))


# --- a unit whose whole name is one word (信息中心, 会计学院), held by the body before it ----------
_HELD_UNIT_REAL = [
    ("centre-of-a-bureau", "市统计局信息中心负责汇总各区报送的数据。", ["市统计局信息中心"]),
    ("school-of-a-university", "会议由西北政法大学法学院承办。", ["西北政法大学法学院"]),
    ("centre-of-a-department", "省公安厅指挥中心连夜部署查缉工作。", ["省公安厅指挥中心"]),
    ("named-unit-of-a-bureau", "国家体育总局体育信息中心发布了比赛日程。", ["国家体育总局体育信息中心"]),
]

_HELD_UNIT_NO_MATCH = [
    # a generic holder cut from its own name holds nothing: 象屿 is part of the group's name
    ("holder-cut-from-name", "他曾在厦门象屿集团有限公司贸易中心财务部工作。", "集团有限公司贸易中心财务部"),
    # a holder read across a word (人|民医院) is no holder
    ("holder-across-word", "县人民医院信息中心负责系统维护。", "民医院信息中心"),
]


@pytest.mark.parametrize(("_id", "text", "expected"), _HELD_UNIT_REAL, ids=_ids(_HELD_UNIT_REAL))
def test_units_held_by_a_body(extractor: Extractor, _id: str, text: str, expected: list[str]) -> None:
    assert _names(extractor.extract(text)) == expected


@pytest.mark.parametrize(("_id", "text", "absent"), _HELD_UNIT_NO_MATCH, ids=_ids(_HELD_UNIT_NO_MATCH))
def test_units_held_decoys(extractor: Extractor, _id: str, text: str, absent: str) -> None:
    assert absent not in _names(extractor.extract(text))


# --- a level written as a word of its own after a preposition or verb (据|市|水文局) ---------------
_LEVEL_WORD_REAL = [
    ("after-according-to", "据市水文局监测，主要河道水位持续回落。", ["市水文局"]),
    ("after-by", "此项工作由县水利局牵头，各乡镇配合。", ["县水利局"]),
    ("after-through", "方案经市水务局审核后报批。", ["市水务局"]),
    ("after-to", "他申请调到县计生委工作。", ["县计生委"]),
]

_LEVEL_WORD_NO_MATCH = [
    # the level inside a word (全市, 各市, 城市) or ending a place name the dictionary lacks
    ("whole-city", "全市林业局系统开展安全检查。", "市林业局"),
    ("each-city", "各市林业局要及时报送材料。", "市林业局"),
    ("foreign-city", "展品原存放在图卢兹市欧洲航天航空防务集团的仓库。", "市欧洲航天航空防务集团"),
]


@pytest.mark.parametrize(("_id", "text", "expected"), _LEVEL_WORD_REAL, ids=_ids(_LEVEL_WORD_REAL))
def test_level_after_a_preposition(extractor: Extractor, _id: str, text: str, expected: list[str]) -> None:
    assert _names(extractor.extract(text)) == expected


@pytest.mark.parametrize(("_id", "text", "absent"), _LEVEL_WORD_NO_MATCH, ids=_ids(_LEVEL_WORD_NO_MATCH))
def test_level_inside_a_word(extractor: Extractor, _id: str, text: str, absent: str) -> None:
    assert absent not in _names(extractor.extract(text))


# --- a bureau-like body with a one-character head and a name of three or four words --------------
_LONG_NAME_REAL = [
    ("culture-broadcast-tourism", "近日，市文化广电旅游局公布了第一批非遗工坊名单。", ["市文化广电旅游局"]),
    ("data-bureau", "区政务服务数据管理局负责平台的日常运维。", ["区政务服务数据管理局"]),
    ("social-insurance", "县社会保险事业管理局提醒参保人按时缴费。", ["县社会保险事业管理局"]),
    ("placed-long-name", "宝鸡市文化广电旅游局组织开展文物安全检查。", ["宝鸡市文化广电旅游局"]),
]

_LONG_NAME_NO_MATCH = [
    # a level word and nouns before a word ending with 局 (大局, 格局, 局面) name no bureau
    ("overall-situation", "确保全县经济社会发展大局稳定。", "县经济社会发展大局"),
    ("pattern", "县里财政收入结构格局发生变化。", "财政收入结构格局"),
    ("situation", "市区交通拥堵治理工作局面有所改观。", "市区交通拥堵治理工作局"),
]


@pytest.mark.parametrize(("_id", "text", "expected"), _LONG_NAME_REAL, ids=_ids(_LONG_NAME_REAL))
def test_long_names_of_bureaus(extractor: Extractor, _id: str, text: str, expected: list[str]) -> None:
    assert _names(extractor.extract(text)) == expected


@pytest.mark.parametrize(("_id", "text", "absent"), _LONG_NAME_NO_MATCH, ids=_ids(_LONG_NAME_NO_MATCH))
def test_long_names_decoys(extractor: Extractor, _id: str, text: str, absent: str) -> None:
    assert absent not in _names(extractor.extract(text))


# --- a generic head (中心, 大队, 公司) named by a level or place before any words -----------------
_LEVEL_NAMED_REAL = [
    ("legal-aid-centre", "县法律援助中心为农民工提供免费咨询。", ["县法律援助中心"]),
    ("enforcement-brigade", "县综合行政执法大队开展占道经营整治。", ["县综合行政执法大队"]),
    ("water-company", "因管网检修，县自来水公司将于周六停水。", ["县自来水公司"]),
    ("placed-centre", "宝鸡市法律援助中心开通了热线。", ["宝鸡市法律援助中心"]),
    ("disease-centre", "县动物疫病预防控制中心派员指导免疫。", ["县动物疫病预防控制中心"]),
    # a kind of body (管理中心, 交易中心, 行业协会) named by its place or level
    ("placed-kind-centre", "据西安市住房保障管理中心介绍，摇号将于下月进行。", ["西安市住房保障管理中心"]),
    ("level-kind-centre", "近日，市公共资源交易中心发布公告。", ["市公共资源交易中心"]),
    ("placed-trade-association", "厦门市房地产中介行业协会发出倡议。", ["厦门市房地产中介行业协会"]),
    # the place a few name words before the part segmentation read (广东|华信|投资|控股集团有限公司)
    ("place-before-name-words", "广东华信投资控股集团有限公司召开年会。", ["广东华信投资控股集团有限公司"]),
    ("place-before-company", "他现任湖南宏图钢铁集团有限责任公司董事。", ["湖南宏图钢铁集团有限责任公司"]),
    ("place-before-unit", "云南省盐业总公司团委组织活动。", ["云南省盐业总公司团委"]),
]

_LEVEL_NAMED_NO_MATCH = [
    # a verb right after the level opens a clause, not a name
    ("verb-after-level", "县组建综合执法大队，统一执法。", "县组建综合执法大队"),
    ("level-in-word", "全县各级党组织要提高认识。", "县各级党组织"),
    ("level-verb-group", "市成立工作专班负责此事。", "市成立工作专班"),
    # a kind of body with no place or level is no one body
    ("kind-of-centre", "活动在会展中心举行。", "会展中心"),
    ("kind-of-association", "发挥行业协会的作用。", "行业协会"),
]


@pytest.mark.parametrize(("_id", "text", "expected"), _LEVEL_NAMED_REAL, ids=_ids(_LEVEL_NAMED_REAL))
def test_generic_heads_named_by_a_level(extractor: Extractor, _id: str, text: str, expected: list[str]) -> None:
    assert _names(extractor.extract(text)) == expected


@pytest.mark.parametrize(("_id", "text", "absent"), _LEVEL_NAMED_NO_MATCH, ids=_ids(_LEVEL_NAMED_NO_MATCH))
def test_generic_heads_decoys(extractor: Extractor, _id: str, text: str, absent: str) -> None:
    assert absent not in _names(extractor.extract(text))


# --- a bureau of two portfolios joined by a conjunction, with a one-character head ----------------
_TWO_PORTFOLIOS_REAL = [
    ("science-and-industry", "区科技和工业信息化局发布了专项资金申报指南。", ["区科技和工业信息化局"]),
    ("culture-and-tourism", "近日，县文化广电体育和旅游局召开专题会议。", ["县文化广电体育和旅游局"]),
    ("land-and-housing", "据市国土资源和房产管理局介绍，供地计划已公布。", ["市国土资源和房产管理局"]),
]

_TWO_PORTFOLIOS_NO_MATCH = [
    # two bodies joined by a conjunction stay two
    ("two-bureaus", "县财政局和审计局联合检查。", "县财政局和审计局"),
    ("party-and-government", "县委和县政府高度重视。", "县委和县政府"),
]


@pytest.mark.parametrize(("_id", "text", "expected"), _TWO_PORTFOLIOS_REAL, ids=_ids(_TWO_PORTFOLIOS_REAL))
def test_two_portfolio_bureaus(extractor: Extractor, _id: str, text: str, expected: list[str]) -> None:
    assert _names(extractor.extract(text)) == expected


@pytest.mark.parametrize(("_id", "text", "absent"), _TWO_PORTFOLIOS_NO_MATCH, ids=_ids(_TWO_PORTFOLIOS_NO_MATCH))
def test_two_portfolio_decoys(extractor: Extractor, _id: str, text: str, absent: str) -> None:
    assert absent not in _names(extractor.extract(text))


# --- a dictionary place that ends a longer place name (崇|礼县, 朝|天门) -----------------------------
_PLACE_IN_WORD_REAL = [
    ("county-inside-name", "据崇礼县政府通报，雪场已全部开放。", ["崇礼县政府"]),
    ("quarter-inside-name", "群众向朝天门派出所报警求助。", ["朝天门派出所"]),
]

_PLACE_IN_WORD_NO_MATCH = [
    # a word ending inside the place (区长|丰, 人民|和) is no part of it
    ("post-before-place", "这位副区长丰街道的事情也要过问。", "区长丰街道"),
    ("noun-before-place", "惠及沿线各国人民和东盟各国。", "人民和东盟"),
]


@pytest.mark.parametrize(("_id", "text", "expected"), _PLACE_IN_WORD_REAL, ids=_ids(_PLACE_IN_WORD_REAL))
def test_place_ending_a_longer_name(extractor: Extractor, _id: str, text: str, expected: list[str]) -> None:
    assert _names(extractor.extract(text)) == expected


@pytest.mark.parametrize(("_id", "text", "absent"), _PLACE_IN_WORD_NO_MATCH, ids=_ids(_PLACE_IN_WORD_NO_MATCH))
def test_place_in_word_decoys(extractor: Extractor, _id: str, text: str, absent: str) -> None:
    assert all(absent not in n for n in _names(extractor.extract(text)))


# --- a town or township the place lexicon lacks, named by the words before its level -------------
_OPEN_TOWN_REAL = [
    ("town-government", "近日，白鹤镇人民政府召开专题会议。", ["白鹤镇人民政府"]),
    ("town-committee", "王家坪镇党委组织党员开展志愿服务。", ["王家坪镇党委"]),
    ("numbered-town-police", "三溪镇派出所民警及时赶到现场。", ["三溪镇派出所"]),
    ("township", "青龙乡人民政府发布防汛通告。", ["青龙乡人民政府"]),
]

# the formal name of a county's or city's armed forces department (人武部, 武装部 for short)
_ARMED_FORCES_REAL = [
    ("county-armed-forces", "县人民武装部组织民兵开展应急演练。", ["县人民武装部"]),
    ("city-armed-forces", "宝鸡市人民武装部召开征兵工作会议。", ["宝鸡市人民武装部"]),
]


# the short forms of commissions named by one portfolio character (教委, 科委, 农委, 民委)
_PORTFOLIO_COMMISSIONS_REAL = [
    ("education-commission", "近日，市教委印发了课后服务工作方案。", ["市教委"]),
    ("science-commission", "该项目经省科委批准立项。", ["省科委"]),
    ("ethnic-affairs", "市民委组织开展民族团结进步宣传月活动。", ["市民委"]),
    # the party's education work committee (教育工作委员会), written short
    ("education-work-committee", "近日，市教工委召开全市高校安全稳定工作会议。", ["市教工委"]),
]

_PORTFOLIO_COMMISSIONS_NO_MATCH = [
    ("member-of-a-group", "他是学会团体委员。", "团体委"),
]


@pytest.mark.parametrize(("_id", "text", "expected"), _PORTFOLIO_COMMISSIONS_REAL,
                         ids=_ids(_PORTFOLIO_COMMISSIONS_REAL))
def test_portfolio_commissions(extractor: Extractor, _id: str, text: str, expected: list[str]) -> None:
    assert _names(extractor.extract(text)) == expected


@pytest.mark.parametrize(("_id", "text", "absent"), _PORTFOLIO_COMMISSIONS_NO_MATCH,
                         ids=_ids(_PORTFOLIO_COMMISSIONS_NO_MATCH))
def test_portfolio_commission_decoys(extractor: Extractor, _id: str, text: str, absent: str) -> None:
    assert all(absent not in n for n in _names(extractor.extract(text)))


@pytest.mark.parametrize(("_id", "text", "expected"), _ARMED_FORCES_REAL, ids=_ids(_ARMED_FORCES_REAL))
def test_armed_forces_departments(extractor: Extractor, _id: str, text: str, expected: list[str]) -> None:
    assert _names(extractor.extract(text)) == expected

_OPEN_TOWN_NO_MATCH = [
    # a scope, term, demonstrative or verb before the level names no town
    ("whole-town", "全镇党委班子成员参加。", "全镇党委"),
    ("new-term", "新一届镇党委班子产生。", "新一届镇党委"),
    ("this-town", "该镇党委书记作表态发言。", "该镇党委"),
    ("verb-before", "他到镇党委汇报工作。", "他到镇党委"),
]


@pytest.mark.parametrize(("_id", "text", "expected"), _OPEN_TOWN_REAL, ids=_ids(_OPEN_TOWN_REAL))
def test_towns_the_lexicon_lacks(extractor: Extractor, _id: str, text: str, expected: list[str]) -> None:
    assert _names(extractor.extract(text)) == expected


@pytest.mark.parametrize(("_id", "text", "absent"), _OPEN_TOWN_NO_MATCH, ids=_ids(_OPEN_TOWN_NO_MATCH))
def test_open_town_decoys(extractor: Extractor, _id: str, text: str, absent: str) -> None:
    assert all(absent not in n for n in _names(extractor.extract(text)))


# --- the national scope written before a national body's name as a word of its own ----------------
_NATIONAL_REAL = [
    ("known-body", "经国家新闻出版署批准，该刊正式创刊。", ["国家新闻出版署"]),
    ("segmented-name", "国家信息化专家咨询委员会召开年会。", ["国家信息化专家咨询委员会"]),
]

_NATIONAL_NO_MATCH = [
    # 国家 ending a longer word (发展中国家) is no scope of the body after it
    ("developing-countries", "不少发展中国家新闻出版署也派员参会。", "国家新闻出版署"),
]


@pytest.mark.parametrize(("_id", "text", "expected"), _NATIONAL_REAL, ids=_ids(_NATIONAL_REAL))
def test_national_bodies(extractor: Extractor, _id: str, text: str, expected: list[str]) -> None:
    assert _names(extractor.extract(text)) == expected


@pytest.mark.parametrize(("_id", "text", "absent"), _NATIONAL_NO_MATCH, ids=_ids(_NATIONAL_NO_MATCH))
def test_national_decoys(extractor: Extractor, _id: str, text: str, absent: str) -> None:
    assert all(absent not in n for n in _names(extractor.extract(text)))


# --- a dateline word (本报讯, 本台讯) is no part of the body after it -------------------------------
_DATELINE_REAL = [
    ("paper-dateline", "本报讯陕西高校工委召开专题会议。", ["陕西高校工委"]),
    ("station-dateline", "本台讯市交通运输综合执法支队开展集中整治。", ["市交通运输综合执法支队"]),
]


@pytest.mark.parametrize(("_id", "text", "expected"), _DATELINE_REAL, ids=_ids(_DATELINE_REAL))
def test_dateline_is_no_name_part(extractor: Extractor, _id: str, text: str, expected: list[str]) -> None:
    assert _names(extractor.extract(text)) == expected
