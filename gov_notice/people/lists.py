"""Names in a list that shares one title (副主任蒋国良、金国松、阮妙娟…参加会议).

A name standing between two list marks (``、`` before, ``、`` / ``，`` / ``及`` / ``等`` / a
clause end after) is read in a stronger frame than a name in running text: the list mark says
where it ends, so a candidate that is also a dictionary word will do when that word is a person's
name (jieba tags 王晓东 and 李俊 ``nr``), while a common word (光荣, 国家, 全体) is still no name.
"""

from __future__ import annotations

from . import edges as _edges
from ._patterns import LIST_END
from .context import Finder
from .names import follow_len

# a list mark or a clause end: what closes a name right after a title (区委副书记王某、历任…)
_MARKS = frozenset("、，,；;。")
# (the characters never part of a given name, conjunctions that are also surnames, surnames that
# are also prepositions or verbs: lexicons/official_cues.tsv, read by State)
# a surname + a character forming a noun less frequent than this may still open a name (王家|锋)
_NOUN_FREQ = 1000
# a dictionary word this frequent that is not a person's name is a word, not a name
_WORD_FREQ = 20


def list_name_end(f: Finder, s: int, follow: bool = True) -> int | None:
    """The end of a name starting at ``s`` inside a list of names, closed by a list mark or (with
    ``follow``, for the last name of a list) a word that follows names (李某出席), or None."""
    text = f.text
    sl = f.st.surname_len(text, s)
    if not sl:
        return None
    for n in (sl + 2, sl + 1):
        e = s + n
        closed = e < len(text) and (text[e] in _MARKS or follow and (text[e] in LIST_END or follow_len(f, e) > 0))
        if closed and f.is_han(s, e) and _plausible_in_list(f, s, e, sl):
            return e
    return None


def _plausible_in_list(f: Finder, s: int, e: int, sl: int) -> bool:
    text = f.text
    if text[s] in f.st.conj and s > 0 and f.is_han(s - 1, s):
        return False  # 总统和夫人: a conjunction in running text
    given = text[s + sl:e]
    if (text[s] in f.st.list_prep_surnames or text[s] in f.st.verb_surnames and len(given) == 2) \
            and f.seg.freq(given) > 0:
        return False  # 向大家, 对群众, 曾表示: a preposition or a verb before a word (曾强 stays)
    if len(given) == 2 and _edges.word_not_name(f, text[s:s + sl], given):
        return False  # 能|协助: a weak surname before a frequent verb
    if not f.st.not_given_in_list.isdisjoint(given) or given in f.st.honorific:
        return False
    for k in range(s + 1, e):
        if f.st.post_at(text, k):
            return False  # 常委、委员: a post, not a name
    return not _word_in_list(f, s, e, sl, given)


def _word_in_list(f: Finder, s: int, e: int, sl: int, given: str) -> bool:
    """The candidate ``text[s:e]``, its first two characters or its given name ``given`` is a word
    that is no name even in a list."""
    text = f.text
    words = [text[s:e]] + ([text[s:s + 2]] if e - s > 2 and sl == 1 else [])
    if len(given) == 2:
        words.append(given)
    for word in words:
        tag = f.seg.tag(word) or ""
        if word == text[s:s + 2] and word != text[s:e] and tag[:1] == "n" and f.seg.freq(word) < _NOUN_FREQ \
                and f.seg.freq(given) == 0:
            continue  # 金国|松, 王家|锋: a rare noun, and the given name 国松, 家锋 is no word (商量|过 is)
        if tag and not tag.startswith("nr") and f.seg.freq(word) >= _WORD_FREQ and word != given:
            return True
        if word == given and tag[:1] in ("r", "p", "c", "u", "d", "m", "q", "t"):
            return True  # 全体、其他: pronouns, adverbs, numerals are no given names
    return False
