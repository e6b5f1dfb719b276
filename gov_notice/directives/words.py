"""The directives reader's patterns, built once per Extractor (``doc.res.state``) from its
lexicons: ``directive_words.tsv`` (count nouns, speech verbs, modals …) and
``directive_section_heads.tsv``.  Grammar (numerals, particles, punctuation) stays in the patterns
here; every word list is read from the lexicons and joined longest first."""

from __future__ import annotations

import regex

from ..grammar import DIGITS, TEN
from ..lexicon import alternation, by_kind, load_shipped
from .bare import bare_patterns
from .markers import DI, FANGMIAN, candidate_pattern, candidate_starts


class State:
    """Patterns built once per Extractor from the directives lexicons."""

    def __init__(self, res: object) -> None:
        rows = load_shipped("directive_words")
        words = by_kind(rows)

        def speech(after: str) -> str:
            return alternation(r["term"] for r in rows
                                if r["kind"] == "speech_verb" and after in r["after"].split())

        word_chars = "".join(words["numeral_word_char"])
        # every candidate marker; 要 followed by the second character of a 要-word (要求, 要务 …) is
        # not the modal 要 of 一要
        self.candidate = candidate_pattern("".join(t[1:] for t in words["yao_word"]), word_chars,
                                           "".join(words["not_before_fangmian"]))
        self.candidate_starts = candidate_starts()  # where a candidate may start (a quick first scan)
        # a paragraph that is a reporter's question (its numbering is not a list of directives)
        self.question = regex.compile(rf"[ \t\u3000]{{0,4}}(?:{alternation(words['question_label'])})[：:]")
        # the announced count: 四点要求, 三个方面, 以下六个方面工作, “三个必须”, 以下几点, 两个问题
        nouns = f"(?:{alternation(words['count_noun'])})"
        self.announcement = regex.compile(
            rf"(?:{alternation(words['count_lead'])})?(?<![\d{DIGITS}{TEN}{DI}统唯同])"
            rf"(?P<n>[{DIGITS[1:]}]?{TEN}[{DIGITS}]?|[{DIGITS[1:]}两几]|\d{{1,2}})"
            rf"(?:(?:点|项|条)(?:具体)?{nouns}?|个(?:具体)?{nouns}|{FANGMIAN})"
        )
        # the lists numbered by bare numerals after such a count (三点要求：一…。二…。)
        self.bare = bare_patterns("".join(words["not_after_bare"]))
        # a modal right after 一方面/另一方面: only then is it a directive (not 一方面庆祝…另一方面祝贺)
        self.modal = regex.compile(rf"[，,]?(?:就是|是|都|还|更|则)?(?:{alternation(words['modal'])})")
        # a speech verb after the speaker's name
        self.speech = regex.compile(speech("name"))
        # 他强调 / 她指出: the speaker is the official named last before
        self.pronoun = regex.compile(rf"[他她](?:还|也|又|同时|最后|随后|进一步)?(?:{speech('pronoun')})")
        # a surname plus an abbreviated post (姚检, 王局) as the subject of a speech verb
        self.surname_ref = regex.compile(r"(?P<s>\p{Han})\p{Han}{1,2}?(?:就|在|对|又|还|也)?[^，。；]{0,20}?"
                                         rf"(?:{speech('surname')})")
        # a name that is not an actor here: 以习近平同志为核心, 学习…讲话 (before it); 习近平新时代…思想,
        # 总书记关于…, a speech at another event: 在…上的讲话 (after it)
        self.not_actor_before = regex.compile(rf"(?:{alternation(words['not_actor_before'])})\Z")
        self.not_actor_after = regex.compile(rf"{alternation(words['not_actor_after'])}|在[^，。]{{1,30}}?上的讲话")
        heads = alternation(r["term"] for r in load_shipped("directive_section_heads"))
        # a whole heading: an optional short qualifier (2023年, 过去五年, 当前) and a section noun
        self.section = regex.compile(rf"[\p{{Han}}\d]{{0,8}}?(?:{heads})")
