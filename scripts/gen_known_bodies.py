#!/usr/bin/env python3
"""Generate ``gov_notice/lexicons/org_known_jieba.tsv``: named bodies from jieba's dictionary.

Source: the dictionary shipped in the ``jieba`` package (PyPI, MIT), ``jieba/dict.txt``, whose
words tagged ``nt`` (organisation names) are read.  That tag is noisy: besides 国务院, 新华社,
联合国, 中宣部 it holds disciplines (伦理学), places (解放区, 建设路), events (音乐会), facilities
(美术馆, 四合院), words of no kind (上进心, 硬邦邦) and kinds of body (人民政府, 商学院, 施工队)
that name no one body.  The filter (each step tested as a table of decoys in
tests/test_organizations_known.py) keeps a word when:

1. it has three or more characters (the two-character ``nt`` words are clipped forms that read
   as other words in running text: 中人, 中大, 招人);
2. it ends the way a body's name ends (``_ENDINGS``: 党, 社, 部, 局, 委员会, 大学, 队 …; 国 only in
   联合国-like names listed in ``_KEEP``), and not the way a place, facility or event does
   (``_NOT_ENDINGS``: 学 of a discipline, 区, 府 other than 政府, 馆, 站, 路, 音乐会 …);
3. it is not a direction with 部 (中南部, 内外部);
4. it is not a *kind* of body: its part before the ending is not one common word of jieba's
   dictionary (frequency 200 or more, not tagged a place or proper noun) (人民|政府, 施工|队, 音乐|学院, 公立|医院) — a place, a proper noun, an abbreviation
   (中宣|部), several words (南方航空|公司) or a word of scope (中国, 全国, 国家, 国际 …) makes it
   one body.  A ministry (外交部, 铁道部) and a party's centre (民建中央) are one body.  A scope
   alone before a court, society, bureau, school, bank, hospital, company or station
   (国际法庭, 中国大学, 国家银行) and a specialty before a hospital or school (儿科医院, 牙科医院)
   make a kind, not one body.

``_KEEP`` lists the few words the filter would drop that name one well-known body (联合国,
共产党, 解放军 …); nothing else is added by hand.  jieba is a dependency of the project; this script
needs no other package.

    python scripts/gen_known_bodies.py   # rewrites the file
"""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path
from typing import Iterable

import jieba

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "gov_notice" / "lexicons" / "org_known_jieba.tsv"
HEADS = ROOT / "gov_notice" / "lexicons" / "org_heads.tsv"
DIVISIONS = ROOT / "gov_notice" / "lexicons" / "divisions.tsv"

# endings of a body's name (longest first when matched)
_ENDINGS = ("党", "社", "军", "团", "队", "盟", "会", "部", "院", "委", "局", "厅", "署", "司", "处",
            "办", "所", "组织", "报", "网", "台", "银行", "分行", "支行", "公司", "集团", "大学", "中学",
            "学院", "学校",
            "政府", "中央", "总部", "机构", "基金会", "联合国", "联邦", "议会", "国会", "厂", "组",
            "联", "协", "库", "总会", "书记处", "政治局", "医院", "法院", "电台", "电视台", "大队",
            "中队", "支队", "总队", "公所", "工会", "大使馆", "使馆", "领事馆")

# endings of places, facilities, events, disciplines and other words that are no body
_NOT_ENDINGS = ("区", "路", "站", "馆", "堂", "店", "场", "园", "宫", "楼", "城", "村", "省", "邦",
                "心", "物", "兵", "券", "酒", "车", "师", "化", "展", "音乐会", "交易会", "汇报会",
                "通报会", "联席会", "座谈会", "广交会", "博览会", "运动会", "展览会", "党代会",
                "音乐厅", "美发厅", "大会堂", "四合院", "三合院", "怡红院", "戏院", "住院部",
                "航空展", "加工厂", "人财物", "党政军", "海空军", "交汇处", "汇合处", "黑社会",
                "复员兵", "美发店", "中医院", "卫生院", "福利院", "卫生所", "卫生室", "四大部",
                # papers that are no newspaper, gatherings that are no body, words of no kind
                "公报", "警报", "通报", "情报", "汇报", "预报", "简报", "海报", "申报", "举报", "电报",
                "喜报", "捷报", "年报", "党员大会", "里民大会", "嘉年华会", "附会", "体会", "机会",
                "晚会", "舞会", "宴会", "聚会", "酒会", "年会", "例会", "盛会", "集会", "庙会", "灯会",
                "茶会", "招待会", "发布会", "研讨会", "洽谈会", "报告会", "演唱会", "纪念会", "茶话会",
                "联网", "上网", "互联网", "因特网", "局域网", "广域网", "通信网", "物联网", "港台",
                "两党", "党组织", "团组织", "黄牛党", "八点党", "格局", "大财团", "贵宾厅", "贵宾团",
                "中控台", "新政府", "现政府", "军政府", "朝圣团", "通讯社", "新闻社", "上流社会",
                "海约山盟", "场所", "联谊会", "代表大会", "常委",
                # a stage is no body, nor is a voice part (国际舞台, 大戏台, 高音部)
                "舞台", "戏台", "音部")
# level characters: a level and a head (镇党委, 镇政府) is read by the grammar, not known
_LEVELS = "省市县区州乡镇"
# 学 ends a discipline (伦理学, 统计学), except these names of schools
_SCHOOLS = ("大学", "中学", "小学")
# the part before 部 that makes it a place's part, not a ministry (中南部, 中西部, 内外部)
_DIRECTIONS = set("东南西北中内外上下前后左右")
# jieba tags that make a word part of a name (places, proper nouns, organisations, abbreviations)
_PROPER_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "nsf", "eng"})
# words of scope that make a kind of body one body (中国共产党, 全国政协, 国家队, 国际足联)
_SCOPE = ("中国", "中华", "全国", "国家", "国际", "中央", "世界", "亚洲", "欧洲", "非洲", "美洲",
          "联合国", "中共")

# kinds of body that a word of scope alone does not make one body (国际法庭, 中国大学, 国家银行):
# the scope names where, not which (中国队, 全国政协, 国际足联 stay; 国际部 stays for the
# departments named after a body: 人民日报|国际部)
_SCOPE_KINDS = ("法庭", "协会", "局", "大学", "银行", "学院", "医院", "公司", "台")
# kinds of school or hospital named after a specialty (儿科医院, 牙科医院): a kind, not one body
_SPECIALTY_KINDS = ("医院", "学院", "学校")

# a word at least this frequent in jieba's dictionary is a common word; rarer ones before an ending
# are clipped names (世贸|组织, 经合|组织), however jieba tags them
_COMMON = 200

# names the filter drops (a common word before the ending) that name one well-known body
_KEEP = ("联合国", "解放军", "人民解放军", "安理会", "欧共体", "英联邦", "新四军", "八路军",
         "青年团", "共青团", "团中央", "党中央", "参政党", "致公党", "农工党", "国务院",
         "共产国际", "欧洲共同体",
         # one body though a scope and a kind (see _SCOPE_KINDS)
         "中国银行", "世界银行", "中央大学", "中央台", "国际台")


def ending(term: str, heads: Iterable[str] = ()) -> str | None:
    """The longest body ending (or organisation head) ``term`` ends with, or None (a place,
    event, discipline …)."""
    if term.endswith(_NOT_ENDINGS) and not term.endswith(("使馆", "领事馆")):
        return None
    if term.endswith("学"):
        return next((s for s in _SCHOOLS if term.endswith(s)), None)
    if term.endswith("府"):
        return "政府" if term.endswith("政府") else None
    found = [e for e in (*_ENDINGS, *heads) if term.endswith(e) and len(e) < len(term)]
    return max(found, key=len) if found else None


def is_kind(tags: dict[str, tuple[str, int]], term: str, end: str) -> bool:
    """Whether ``term`` names a kind of body: its part before ``end`` is one common word."""
    part = term[: -len(end)]
    if (part in _SCOPE and end in _SCOPE_KINDS) or (len(part) == 2 and part[1] == "科" and part in tags
                                                       and end in _SPECIALTY_KINDS):
        return True  # 国际法庭, 中国大学: a scope alone; 儿科医院: a specialty (not 中国科|学院)
    if end in ("部", "中央", "党") or part.startswith(_SCOPE):
        return False  # a ministry (外交部, 铁道部), a party and its centre (自由民主党, 民建中央),
        # a scope (中国队)
    tag, freq = tags.get(part, ("x", 0))
    return len(part) >= 2 and tag not in _PROPER_TAGS and freq >= _COMMON


def keep(tags: dict[str, tuple[str, int]], heads: set[str], places: set[str], term: str) -> bool:
    """Whether the ``nt`` word ``term`` names one body (the filter of the module docstring)."""
    if term in _KEEP:
        return True
    if len(term) < 3 or term in places or term in heads or not all("\u4e00" <= c <= "\u9fff" for c in term):
        return False
    if term[0] == "非" or (term[0] in _LEVELS and term[1:] in heads):
        return False  # 非政府, 非银行: no body; 镇党委, 镇政府: a level's body
    end = ending(term, heads)
    if end is None:
        return False
    if end == "部" and set(term[:-1]) <= _DIRECTIONS:
        return False
    return not is_kind(tags, term, end)


def _tsv_terms(path: Path) -> set[str]:
    rows = [line.split("\t")[0] for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return set(rows[1:])


def load() -> tuple[dict[str, tuple[str, int]], list[str], set[str], set[str]]:
    """jieba's tags, its ``nt`` words, and the project's organisation heads and places."""
    path = Path(jieba.__file__).with_name("dict.txt")
    tags: dict[str, tuple[str, int]] = {}
    nt: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3:
            tags[parts[0]] = (parts[2], int(parts[1]))
            if parts[2] == "nt":
                nt.append(parts[0])
    return tags, nt, _tsv_terms(HEADS), _tsv_terms(DIVISIONS)


def generate() -> tuple[list[str], int]:
    """The terms the filter keeps (sorted) and the number of ``nt`` words read."""
    tags, nt, heads, places = load()
    return sorted({t for t in nt if keep(tags, heads, places, t)} | set(_KEEP)), len(nt)


def main() -> int:
    kept, n_nt = generate()
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("# Named bodies standing alone (国务院, 新华社, 联合国, 中宣部, 全国政协 …).\n")
        fh.write(f"# GENERATED by scripts/gen_known_bodies.py from jieba {metadata.version('jieba')}"
                 " (PyPI, MIT),\n")
        fh.write(f"# jieba/dict.txt: the {n_nt} words tagged nt, filtered (see the script: length,\n")
        fh.write("# endings of bodies, not places/events/disciplines, not a kind of body) to "
                 f"{len(kept)} rows.\n# Do not edit by hand.\n")
        fh.write("term\n")
        for term in kept:
            fh.write(term + "\n")
    print(f"wrote {len(kept)} of {n_nt} nt words to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
