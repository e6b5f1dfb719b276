#!/usr/bin/env python3
"""Generate ``gov_notice/lexicons/divisions.tsv`` from the administrative division data of ``cpca``.

``cpca`` (PyPI, MIT) ships ``cpca/resources/adcodes.csv``: the official adcodes and names of China's
provinces, prefectures and counties, and ``56_nations.csv``: the 56 ethnic groups.  This script reads
those files (it does not import cpca, which pulls pandas) and writes one row per full name and one per
short form (陕西省 → 陕西, 西安市 → 西安, 保亭黎族苗族自治县 → 保亭, 汶上县 → 汶上).  cpca is needed only
to run this script, never at run time.

    python scripts/gen_divisions.py            # rewrites gov_notice/lexicons/divisions.tsv
"""

from __future__ import annotations

import csv
import io
import re
from importlib import metadata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "gov_notice" / "lexicons" / "divisions.tsv"

LEVELS = {0: "province", 1: "prefecture", 2: "county"}

# the autonomous regions whose short forms are not the name minus its suffix
SPECIAL = {"内蒙古自治区": "内蒙古", "广西壮族自治区": "广西", "西藏自治区": "西藏",
           "新疆维吾尔自治区": "新疆", "宁夏回族自治区": "宁夏"}

# generic suffixes removed for the short form, longest first
SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "新区",
            "盟", "省", "市", "县", "区", "旗")


# the national-level new areas (国家级新区) approved by the State Council, 1992-2017, with their
# provinces: most have no adcode of their own (雄安新区 spans three counties), so cpca lacks them;
# listed by their full names only (their short forms are cities or rivers: 兰州, 湘江)
NEW_AREAS = {
    "浦东新区": "上海市", "滨海新区": "天津市", "两江新区": "重庆市", "舟山群岛新区": "浙江省",
    "兰州新区": "甘肃省", "南沙新区": "广东省", "西咸新区": "陕西省", "贵安新区": "贵州省",
    "西海岸新区": "山东省", "金普新区": "辽宁省", "天府新区": "四川省", "湘江新区": "湖南省",
    "江北新区": "江苏省", "福州新区": "福建省", "滇中新区": "云南省", "哈尔滨新区": "黑龙江省",
    "长春新区": "吉林省", "赣江新区": "江西省", "雄安新区": "河北省",
}

# short forms that are everyday words of official prose, dropped (the full names stay): 会同 is
# "jointly with" (省公安厅会同省财政厅 …), not 会同县; the others are verbs or adjectives jieba
# knows as such (合作, 解放, 振兴, 延长 …: the run-time filter drops the frequent ones too)
PROSE = {"会同", "通道", "合作", "比如", "解放", "前进", "友好", "安定", "延长", "平安", "振兴",
         "复兴", "富裕", "互助", "新兴", "开化", "无为", "安居"}

# a short form starting with a level character is dropped (市中, 市南 read as 市 + word)
LEVEL_CHARS = "省市县区州"


def _read(name: str) -> str:
    """A data file of the installed cpca distribution (read without importing cpca)."""
    for f in metadata.files("cpca") or ():
        if f.name == name and f.parent.name == "resources":
            return f.read_text(encoding="utf-8")
    raise SystemExit(f"cpca/resources/{name} not found: pip install cpca")


def short_form(name: str, nations: list[str]) -> str | None:
    """The usual short form of a division name, or None when it would be under two characters."""
    if name in SPECIAL:
        return SPECIAL[name]
    short = _short_form(name, nations)
    return None if short in PROSE else short


def _short_form(name: str, nations: list[str]) -> str | None:
    for suf in SUFFIXES:
        if name.endswith(suf) and len(name) > len(suf):
            stem = name[: -len(suf)]
            if suf.startswith("自治"):  # strip the ethnic groups: 保亭黎族苗族 → 保亭
                changed = True
                while changed:
                    changed = False
                    for nat in nations:
                        for form in (nat, nat[:-1] if nat.endswith("族") else nat):
                            if len(stem) > len(form) + 1 and stem.endswith(form):
                                stem = stem[: -len(form)]
                                changed = True
            if stem[0] in LEVEL_CHARS:  # 市中区 → 市中 would match inside 市中心
                return None
            return stem if len(stem) >= 2 and stem != name else None
    return None


def main() -> None:
    nations = sorted((line.strip() for line in _read("56_nations.csv").splitlines() if line.strip()),
                     key=len, reverse=True)
    rows = list(csv.DictReader(io.StringIO(_read("adcodes.csv"))))
    by_code = {r["adcode"][:6]: r["name"] for r in rows}
    out: dict[tuple[str, str, str], tuple[str, str, str, str, str]] = {}
    for r in rows:
        code = r["adcode"][:6]
        name = r["name"]
        rank = 0 if code.endswith("0000") else 1 if code.endswith("00") else 2
        province = by_code.get(code[:2] + "0000", "")
        for term in (name, short_form(name, nations)):
            if not term or not re.fullmatch(r"[\u3400-\u9fff]+", term):
                continue
            key = (term, name, code)
            out[key] = (term, name, LEVELS[rank], province, code)
    named = {name for _, name, _ in out}
    for name, province in NEW_AREAS.items():
        if name not in named:  # 浦东新区 and 滨海新区 are counties with adcodes
            out[(name, name, "")] = (name, name, "area", province, "")
    version = metadata.version("cpca")
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(f"# Administrative divisions of China: full names and short forms.\n")
        fh.write(f"# GENERATED by scripts/gen_divisions.py from cpca {version} (PyPI, MIT),\n")
        fh.write("# cpca/resources/adcodes.csv (official adcodes) and 56_nations.csv, and the national-level\n")
        fh.write("# new areas of the State Council (level area, no adcode: NEW_AREAS). Do not edit by hand.\n")
        fh.write("term\tfull\tlevel\tprovince\tadcode\n")
        for row in sorted(out.values(), key=lambda t: (t[4] or "999999", t[0])):
            fh.write("\t".join(row) + "\n")
    print(f"wrote {len(out)} rows to {OUT}")


if __name__ == "__main__":
    main()
