"""The notebook view: highlights with a legend, a summary table, and every piece of text escaped."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

import gov_notice
from gov_notice import _html
from gov_notice.results import Directive, Mention, Notice, Official, Organization, Position

from conftest import DATA


class _Collect(HTMLParser):
    """Tags and text of an HTML fragment (to check it is well formed and find injected tags)."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag != "br":
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, (tag, self.stack)
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Collect:
    p = _Collect()
    p.feed(html)
    p.close()
    assert p.stack == [], p.stack
    return p


def _hand_made(text: str) -> Notice:
    """A Notice built by hand (independent of the extraction rules)."""
    i = text.index("胡明朗")
    t = text.index("公安厅厅长")
    return Notice(
        source=text, text=text, script="simplified",
        officials=(Official("胡明朗", ("公安厅厅长",), (Mention("胡明朗", i, i + 3),),
                            (Position("公安厅厅长", "厅长", "公安厅", t, t + 5),)),),
        organizations=(Organization("公安厅", (Mention("公安厅", t, t + 3),)),),
        directives=(Directive(1, 1, "一是", "抓落实", text[text.index("一是"):],
                              text.index("一是"), len(text)),),
    )


def test_sample_renders_every_kind_with_legend() -> None:
    notice = gov_notice.extract((DATA / "notice_seed.txt").read_text(encoding="utf-8"))
    html = notice._repr_html_()
    _parse(html)
    for kind in ("official", "title", "org", "marker"):
        assert f'class="gn-{kind}"' in html  # the legend swatch
        assert re.search(rf'<span class="[^"]*gn-{kind}[^"]*" title=', html), kind
    assert "胡明朗" in html and "directives (4)" in html


def test_nested_title_and_organisation_share_the_piece() -> None:
    notice = _hand_made("公安厅厅长胡明朗讲话。一是抓落实。")
    html = _html.render_notice(notice)
    assert '<span class="gn-title gn-org" title="' in html  # 公安厅 is inside the title
    assert ">厅长</span>" in html  # the rest of the title carries the title class only
    text = "".join(_parse(html).text)
    assert "公安厅厅长胡明朗讲话。一是抓落实。" in text  # highlighted text reads as the original


_INJECTIONS = [
    ("script-in-text", "<script>alert(1)</script>公安厅厅长胡明朗讲话。一是抓落实。"),
    ("tag-inside-span", "公安厅厅长胡明朗<b>讲话</b>。一是抓落实。<img src=x onerror=alert(1)>"),
    ("quote-and-ampersand", "\"公安厅厅长胡明朗\" & '讲话'。一是抓落实。"),
]


@pytest.mark.parametrize("text", [t for _, t in _INJECTIONS], ids=[i for i, _ in _INJECTIONS])
def test_all_text_is_escaped(text: str) -> None:
    html = _html.render_notice(_hand_made(text))
    parsed = _parse(html)
    assert not {"script", "img", "b"} & set(parsed.tags)
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert text in "".join(parsed.text)  # the input shows as text, whole


def test_names_in_attributes_and_summary_are_escaped() -> None:
    evil = 'x"><script>alert(1)</script>'
    text = "公安厅厅长胡明朗讲话。一是抓落实。"
    base = _hand_made(text)
    notice = Notice(source=text, text=text, script="simplified", id=evil, title=evil,
                    officials=(Official(evil, (evil,), base.officials[0].mentions,
                                        (Position(evil, evil, evil, 0, 5),)),),
                    organizations=(Organization(evil, base.organizations[0].mentions, evil),),
                    warnings=(evil,))
    html = _html.render_notice(notice)
    assert "<script>" not in html
    assert "script" not in _parse(html).tags


def test_extracted_script_tag_is_escaped() -> None:
    html = gov_notice.extract("<script>alert('x')</script>副省长胡明朗出席会议并讲话。")._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html
    _parse(html)


def test_long_text_is_cut_with_a_note() -> None:
    text = "公安厅厅长胡明朗讲话。一是抓落实。" + "各地要抓好落实。" * 20
    html = _html.render_notice(_hand_made(text), max_chars=40)
    assert "more characters not shown" in html
    assert html.count("各地要抓好落实") <= 4
    _parse(html)


def test_empty_notice() -> None:
    html = gov_notice.extract("")._repr_html_()
    assert "officials (0)" in html
    _parse(html)
