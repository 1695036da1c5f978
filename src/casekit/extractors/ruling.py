"""Rulings: which court or judge decided what, when, and about what request.

A report states its main ruling first, usually in the lede ("A federal judge on
Monday declined to halt ..."), and names the judge, the request and the court in the
sentences around it.  :func:`find_rulings` finds the outcome verbs
(:mod:`casekit.extractors.outcome`), works out who acted for each one (a named judge, "a
federal judge", "the 9th Circuit", "the justices", "the ruling"), groups them into
rulings (the main one; earlier ones such as a denied restraining order; those of other
courts such as the decision under review), and fills each ruling's judge, court, date
(:mod:`casekit.extractors.dates`), outcome and relief.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import attrs

from casekit.extractors._keyed import search_keyed
from casekit.extractors._text import Sentence, TextView
from casekit.extractors.dates import DateMention, dateline_at, find_dates
from casekit.extractors.outcome import Event, relief_in
from casekit.model.court import Court, CourtLevel
from casekit.model.dates import PartialDate
from casekit.model.party import Judge
from casekit.model.ruling import Outcome, Ruling
from casekit.model.span import Provenance

__all__ = ["CourtMention", "JudgeMention", "find_rulings"]

L = CourtLevel


@attrs.frozen
class JudgeMention:
    """A judge named in the text: full name, title as printed, and where."""

    name: str
    title: str | None
    start: int
    end: int
    #: a state trial judge whose title reads like a higher court's ("Circuit Judge" of a
    #: county circuit court)
    state_trial: bool = False

    @property
    def level(self) -> CourtLevel | None:
        return L.TRIAL if self.state_trial else _title_level(self.title)


@attrs.frozen
class CourtMention:
    """A court named in the text, and where."""

    court: Court
    start: int
    end: int


def _title_level(title: str | None) -> CourtLevel | None:
    if not title:
        return None
    t = title.casefold()
    if "county" in t or "circuit court" in t:
        return L.TRIAL  # "Cook County Circuit Judge", "Circuit Court Judge": a state trial judge
    if "justice" in t:
        return L.SUPREME
    if "circuit" in t or "appeals" in t or "appellate" in t:
        return L.APPELLATE
    if "bankruptcy" in t:
        return L.BANKRUPTCY
    if "district" in t or "magistrate" in t or "superior" in t or "trial" in t:
        return L.TRIAL
    return None


class _Agent(NamedTuple):
    level: CourtLevel | None
    judge: JudgeMention | None
    lower: bool = False  # "a lower court", "the trial judge": the decision under review
    generic: bool = False  # "the court", "the ruling", "she": no information
    named: CourtMention | None = None  # the court named as the subject


@functools.cache
def _cue_pattern() -> re.Pattern[str]:
    # the lookahead (the first letters of all the alternatives: keep it in step with them)
    # lets the engine pass over most word starts at once
    return re.compile(
        r"\b(?=[abcdefhjlmoprstCDHJST])"
        r"(?:(?P<low>lower[- ]court|trial[- ]court|trial\s+judge|district[- ]court"
        r"|magistrate|bankruptcy\s+court)"
        r"|(?P<sup>Supreme\s+Court|[Jj]ustices|high\s+court|highest\s+court|top\s+court)"
        r"|(?P<app>appeals\s+court|appellate\s+court|[Cc]ourt\s+of\s+[Aa]ppeals|Circuit|panel"
        r"|en\s+banc)"
        r"|(?P<trial>[Jj]udge|federal\s+court|District\s+Court)"
        r"|(?P<gen>court|ruling|decision|order|opinion|She|He|she|he|[Tt]he\s+\d-\d\s+majority"
        r"|majority))\b"
    )


_OTHER_COURT = re.compile(r"\b(?:lower|trial|another|a\s+second|separate)\s+$")
_OTHER_JUDGE = re.compile(r"\b(?:another|a\s+second|separate|lower)\s+(?:\w+\s+)?$")
_BY = re.compile(r"\s+(?:\w+\s+){0,5}?by\s+")


class _Found:
    """What the other finders found in one text, sorted, with their start offsets for
    bisection, and the court cues of each sentence (:meth:`cue`)."""

    def __init__(
        self, text: str, judges: Sequence[JudgeMention], courts: Sequence[CourtMention]
    ) -> None:
        self.text = text
        self.judges = sorted(judges, key=_start)
        self.judge_starts = [j.start for j in self.judges]
        self.courts = sorted(courts, key=_start)
        self.court_starts = [c.start for c in self.courts]
        self._cues: dict[int, tuple[list[re.Match[str]], list[int]]] = {}

    def last_judge(self, lo: int, hi: int) -> JudgeMention | None:
        """The last judge named starting in ``[lo, hi)``."""
        i = bisect.bisect_left(self.judge_starts, hi) - 1
        return self.judges[i] if i >= 0 and self.judge_starts[i] >= lo else None

    def courts_back(self, lo: int, hi: int) -> Iterator[CourtMention]:
        """The courts named starting in ``[lo, hi)``, the last first."""
        i = bisect.bisect_left(self.court_starts, hi) - 1
        while i >= 0 and self.court_starts[i] >= lo:
            yield self.courts[i]
            i -= 1

    def cue(self, sentence: Sentence, end: int, last: int) -> re.Match[str] | None:
        """The last court cue in ``text[sentence.start:end]``, as a search of that window
        finds it.  The sentence is scanned once, up to ``last`` (the end of its widest
        window); the matches ending in the window are those of a search of the window,
        unless one reaches past its end or the window ends in a word (then it is searched
        alone)."""
        text = self.text
        start = sentence.start
        if end <= start:
            return None
        found = self._cues.get(start)
        if found is None:
            matches = list(_cue_pattern().finditer(text, start, last))
            found = self._cues[start] = (matches, [m.start() for m in matches])
        matches, starts = found
        i = bisect.bisect_left(starts, end) - 1
        if (i >= 0 and matches[i].end() > end) or _WORD.match(text, end - 1):
            cue = None
            for m in _cue_pattern().finditer(text, start, end):
                cue = m
            return cue
        return matches[i] if i >= 0 else None


_WORD = re.compile(r"\w")


def _agent(
    sentence: Sentence,
    event: Event,
    found: _Found,
    prev: _Agent | None,
    last: int,
) -> _Agent | None:
    """Who did what ``event`` says: the nearest court cue, named court or judge before the
    verb, or a judge after a passive "by".  ``last`` is where the last event of the
    sentence starts."""
    text = found.text
    start = sentence.start
    if _NOT_A_COURT.search(text, max(start, event.start - 60), event.start):
        return None  # "the commission denied rehearing": another body's decision
    by_court = _passive_by_court(found, sentence, event)
    if by_court is not None:
        return by_court
    best_judge = found.last_judge(start, event.start)
    cue = found.cue(sentence, event.start, last)
    named = next(found.courts_back(start, event.start), None)
    if (
        named is not None
        and named.court.level is not None
        and (best_judge is None or best_judge.end < named.start)
        and (cue is None or cue.start() < named.end)
        and not _OTHER_COURT.search(text[max(start, named.start - 12) : named.start])
    ):
        level = named.court.level
        return _Agent(None if level is L.SPECIAL else level, None, named=named)
    if best_judge is None and cue is None:
        after = _BY.match(text, event.end, min(sentence.end, event.end + 60))
        if after:
            for j in found.judges:
                if after.end() <= j.start <= after.end() + 40:
                    return _Agent(j.level, j)
    if best_judge is not None and (cue is None or best_judge.end >= cue.start() - 1):
        return _Agent(best_judge.level, best_judge)
    if cue is None:
        return _reviewing_court(found, sentence, event)
    kind = cue.lastgroup
    if kind == "low":
        return _Agent(L.TRIAL, None, lower=True)
    if kind == "sup":
        return _Agent(L.SUPREME, None)
    if kind == "app":
        return _Agent(L.APPELLATE, None)
    if kind == "trial":
        lower = bool(_OTHER_JUDGE.search(text[max(start, cue.start() - 25) : cue.start()]))
        return _Agent(L.TRIAL, None, lower=lower)
    if cue.group() in ("She", "He", "she", "he") and prev is not None:
        return prev._replace(generic=True)
    return _reviewing_court(found, sentence, event) or _Agent(None, None, generic=True)


# A subject that is not a court, right before the verb: "the commission", "state regulators"
_NOT_A_COURT = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?:commission|agency|board"
    r"|department|legislature|lawmakers|council|governor|administration|secretary|regulators"
    r"|officials|prosecutors|company|employer|university|school\s+district)"
    r"\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?$"
)


def _reviewing_court(found: _Found, sentence: Sentence, event: Event) -> _Agent | None:
    """For a verb only a reviewing court uses ("the Court affirmed a decision of ..."),
    with no court named before it in its sentence: the court of last mention, when that
    one reviews decisions."""
    if not _APPELLATE_VERB.match(event.verb):
        return None
    # "the Court", capitalized as releases and explainers print it: the highest court the
    # text has named (the court under review is usually named later)
    if _THE_COURT.search(found.text, sentence.start, event.start) and any(
        c.court.level is L.SUPREME for c in found.courts_back(0, sentence.start)
    ):
        return _Agent(L.SUPREME, None)
    last = next(found.courts_back(0, sentence.start), None)
    if last is not None and last.court.level in (L.APPELLATE, L.SUPREME):
        return _Agent(last.court.level, None)
    return None


_THE_COURT = re.compile(r"\b[Tt]he\s+Court\b(?!\s+of\b)")
#: Verbs only a court reviewing another court's decision uses.
_APPELLATE_VERB = re.compile(r"affirm|revers|remand")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|is)\s+(?:\w+ly\s+)?$")


def _passive_by_court(found: _Found, sentence: Sentence, event: Event) -> _Agent | None:
    """The court named after a passive verb: "the ruling was upheld on Tuesday by the 8th
    Circuit" (the court before the verb is the one under review)."""
    text = found.text
    if not _PASSIVE_BEFORE.search(text, max(sentence.start, event.start - 20), event.start):
        return None
    after = _BY.match(text, event.end, min(sentence.end, event.end + 60))
    if after is None:
        return None
    for named in found.courts_back(after.end(), min(sentence.end, after.end() + 30)):
        level = named.court.level
        if level in (L.APPELLATE, L.SUPREME):
            return _Agent(level, None)
    return None


def _under_review(found: _Found, sentence: Sentence, event: Event, events: Sequence[Event]) -> bool:
    """True when a later verb of the sentence is a reviewing court's passive one: "a suit
    that a judge in Phoenix tossed was revived Friday by the 9th Circuit" (the ruling named
    first is the one under review)."""
    return any(
        e.start > event.start and _passive_by_court(found, sentence, e) is not None for e in events
    )


def _start(mention: JudgeMention | CourtMention) -> int:
    return mention.start


def _compatible(a: _Agent, main: _Agent) -> bool:
    if a.lower and not main.lower:
        return False
    if a.generic:
        return True
    if a.level and main.level and a.level != main.level:
        return False
    return not (a.judge and main.judge and a.judge.name != main.judge.name)


@attrs.define
class _Group:
    agent: _Agent
    items: list[tuple[Event, Sentence]]
    earlier: bool
    court: Court | None = None  # the court a generic lede court turned out to be


#: a state's county circuit courts, named in a report: "a Cook County judge", "Milwaukee
#: County Circuit Court", "the circuit court"
_STATE_CIRCUIT = re.compile(
    r"\bCounty\s+(?:[Cc]ircuit\s+)?(?:[Jj]udge|[Cc]ourt)\b|\b[Cc]ircuit\s+[Cc]ourt\b(?!\s+of\s+[Aa]ppeals)"
)
#: a federal court of appeals: "the 7th Circuit", "U.S. Circuit Judge", "Court of Appeals for"
_FEDERAL_CIRCUIT = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth"
    r"|Tenth|Eleventh|D\.C\.|Federal)\s+(?:U\.S\.\s+)?Circuit\b|\bU\.S\.\s+Circuit|Court\s+of"
    r"\s+Appeals\s+for\s+the|\bcircuit\s+judges\b|\bappeals\s+court\b"
)


def _state_circuit_judges(text: str, judges: Sequence[JudgeMention]) -> list[JudgeMention]:
    """``judges``, those titled a bare "Circuit Judge" marked as state trial judges when
    the report is about a state's county circuit court ("A Cook County judge ...
    Circuit Judge Dana Roe denied") and names no federal court of appeals."""
    if (
        not any(j.title and "Circuit" in j.title and j.level is L.APPELLATE for j in judges)
        or not _STATE_CIRCUIT.search(text)
        or _FEDERAL_CIRCUIT.search(text)
    ):
        return list(judges)
    return [
        attrs.evolve(j, state_trial=True)
        if j.title and "Circuit" in j.title and j.level is L.APPELLATE
        else j
        for j in judges
    ]


def find_rulings(
    text: str,
    document: str,
    *,
    view: TextView,
    judges: Sequence[JudgeMention],
    courts: Sequence[CourtMention],
    anchor: dt.date | None,
) -> tuple[Ruling, ...]:
    """The rulings the text describes, the main one first."""
    found = _Found(text, _state_circuit_judges(text, judges), courts)
    groups: list[_Group] = []
    main: _Group | None = None
    prev: _Agent | None = None
    sentences = view.sentences
    in_quotes = view.in_quotes
    for n, events in enumerate(view.events()):
        if not events:
            continue
        sentence = sentences[n]
        if not sentence.prose:
            continue
        last = events[-1].start  # the events of a sentence are in order
        for event in events:
            if in_quotes(event.start):
                continue
            agent = _agent(sentence, event, found, prev, last)
            if agent is None:
                continue
            prev = agent
            if main is None and not agent.lower and _under_review(found, sentence, event, events):
                agent = agent._replace(lower=True)
            if main is None and agent.generic and event.outcome is not None:
                agent = _lede_court(found, view, sentence) or agent
            if main is None:
                if event.earlier or agent.lower or (agent.generic and event.outcome is None):
                    if not agent.generic:
                        _add(groups, agent, event, sentence, earlier=True)
                    continue
                main = _Group(agent, [(event, sentence)], False)
                groups.insert(0, main)
                continue
            if not event.earlier and _names_generic(text, main.agent, agent):
                main.items.append((event, sentence))
                main.court = agent.named.court if agent.named is not None else None
            elif not event.earlier and _compatible(agent, main.agent):
                main.items.append((event, sentence))
                main.agent = _refine(main.agent, agent)
            elif not agent.generic:
                _add(groups, agent, event, sentence, earlier=event.earlier)
    if not groups:
        return ()
    rulings = []
    shared = frozenset(s.start for _, s in main.items) if main is not None else frozenset()
    dates: dict[int, list[DateMention]] = {}
    for i, group in enumerate(groups):
        ruling = _ruling(
            text,
            document,
            group,
            found,
            anchor,
            main=i == 0 and group is main,
            view=view,
            main_sentences=shared,
            dates=dates,
        )
        if ruling is not None:
            rulings.append(ruling)
    return tuple(rulings)


def _lede_court(found: _Found, view: TextView, sentence: Sentence) -> _Agent | None:
    """The court a report's lede opens with ("The Supreme Court late Wednesday allowed
    ..."), which "the court" of a later sentence is, when the main ruling is not yet
    known: a court named at the start of one of the two prose sentences before
    ``sentence``."""
    seen = 0
    for before in reversed(view.sentences[: bisect.bisect_left(view.sentences, sentence)]):
        if not before.prose:
            continue
        named = next(found.courts_back(before.start, min(before.end, before.start + 40)), None)
        if named is None and seen == 0:
            named = _lede_tail_court(found, before)
        if named is not None and named.court.level is not None:
            level = named.court.level
            return _Agent(None if level is L.SPECIAL else level, None)
        seen += 1
        if seen == 2:
            break
    return None


#: words before a court that make it a place something happened earlier, not the court
#: the story is about: "convicted in", "filed in", "a lower", "from the"
_NOT_LEDE_COURT_BEFORE = re.compile(
    r"\b(?:in|from|lower|trial|another|before|to)\s+(?:the\s+|a\s+)?(?:[\w.-]+\s+){0,2}$"
)


def _lede_tail_court(found: _Found, sentence: Sentence) -> CourtMention | None:
    """The one court a lede names later in its sentence, as where the story's news
    happened ("A newspaper ... came away empty-handed at the Ohio Supreme Court on
    Thursday."), which "the court" of the next sentence is; not a court something was
    filed in, came from or went to."""
    courts = list(found.courts_back(sentence.start, sentence.end))
    if len(courts) != 1:
        return None
    named = courts[0]
    before = found.text[max(sentence.start, named.start - 30) : named.start]
    return None if _NOT_LEDE_COURT_BEFORE.search(before) else named


_GENERIC_APPEALS = re.compile(r"\b(?:appeals|appellate)\s+court\b")


def _names_generic(text: str, main: _Agent, other: _Agent) -> bool:
    """True when ``other`` is the court a generic lede court of ``main`` named later: "A
    Tennessee appeals court has sent ... back" and then "The Tennessee Court of Criminal
    Appeals on Wednesday vacated ..." (one ruling, of the named court)."""
    a, b = main.named, other.named
    if a is None or b is None or a.court.id == b.court.id:
        return False
    return (
        a.court.jurisdiction is not None
        and a.court.jurisdiction == b.court.jurisdiction
        and "Appeals" in (b.court.name or "")
        and _GENERIC_APPEALS.search(text, a.start, a.end) is not None
    )


def _refine(main: _Agent, other: _Agent) -> _Agent:
    level = main.level or other.level
    judge = main.judge
    if judge is None and other.judge is not None and level in (None, L.TRIAL, L.BANKRUPTCY):
        judge = other.judge
        level = level or other.judge.level
    return _Agent(level, judge, main.lower, False)


def _add(
    groups: list[_Group], agent: _Agent, event: Event, sentence: Sentence, *, earlier: bool
) -> None:
    for g in groups[1:] if groups and not groups[0].earlier else groups:
        if g.earlier == earlier and _same_agent(g.agent, agent):
            g.items.append((event, sentence))
            return
    groups.append(_Group(agent, [(event, sentence)], earlier))


def _same_agent(a: _Agent, b: _Agent) -> bool:
    if a.judge and b.judge:
        return a.judge.name == b.judge.name
    return a.level == b.level and a.lower == b.lower and (a.judge is None) == (b.judge is None)


_AUTHOR_AFTER = re.compile(
    # "Judge X of the 7th Circuit wrote for the panel"
    r"(?:\s+of\s+the\s+(?:[^,.;]|(?<=\b[A-Z])\.){1,60}?(?:Circuit|Court|Appeals|Division))?"
    r",?\s*(?:who\s+)?(?:wrote|writing|delivered|authored|penned)\s+(?:for\s+(?:the\s+|a\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:majority|court|panel|unanimous)|the\s+(?:[\w'’]+\s+){0,2}?(?:opinion|"
    r"decision|ruling|judgment)(?!\s+(?:in\s+)?dissent))"
    # "Judge X, joined by Judge Y, wrote that ..." (not a dissent)
    r"|,\s+joined\s+by\s+[^.;]{0,80}?,\s+(?:wrote|said|held|ruled|concluded|found)\b"
    r"(?!\s+(?:in\s+)?(?:a\s+|the\s+)?(?:separate\s+)?dissent)",
    re.IGNORECASE,
)
_AUTHOR_BEFORE = re.compile(
    r"(?:(?:opinion|decision|ruling),?\s+(?:was\s+)?(?:written|authored|penned)\s+by"
    r"|(?:writing|wrote)\s+for\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:majority|court|panel)"
    r"(?:\s+in\s+[^;]{0,100}?)?,"
    # "in an opinion by Judge ...", "in a 2-1 opinion by"
    r"|\bin\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}?opinion\s+by)"
    r"\s+(?:(?!\w+\.\s+[A-Z][a-z])[\w.]+\s+){0,4}$",  # title words, in the same sentence
    re.IGNORECASE,
)

_AUTHOR_BEFORE_STARTS = re.compile("opinion|decision|ruling|writing|wrote|in ")


# "“...,” wrote U.S. Circuit Judge ...": the title words before the name
_WROTE_BEFORE = re.compile(r"[,?!—][\"”’]?\s+wrote\s+(?:[\w.]+\s+){0,4}$")
_WROTE = re.compile(
    r",?\s+(?:wrote|writes)\b(?!\s+(?:in\s+)?(?:a\s+|the\s+)?(?:separate|dissent|concurr))"
)
_SEPARATE = re.compile(r"\b(?:dissent\w*|concurr\w*|separately)\b", re.IGNORECASE)


def _author(text: str, judges: Sequence[JudgeMention], view: TextView) -> JudgeMention | None:
    """The judge the text says wrote for the majority, court or panel; else the one judge
    said to have written, when no opinion of their own is mentioned."""
    wrote = None
    separate: set[str] | None = None  # the judges of separate opinions, found when needed
    for j in judges:
        if view.in_quotes(j.start):
            continue
        if _AUTHOR_AFTER.match(text, j.end) or search_keyed(
            _AUTHOR_BEFORE, _AUTHOR_BEFORE_STARTS, text[max(0, j.start - 140) : j.start]
        ):
            return j
        if (
            wrote is None
            and j.level not in (L.TRIAL, L.BANKRUPTCY)
            and (
                _WROTE.match(text, j.end)
                or (
                    "wrote" in text[max(0, j.start - 60) : j.start]
                    and _WROTE_BEFORE.search(text, max(0, j.start - 60), j.start)
                )
            )
        ):
            if separate is None:
                separate = {k.name for k in judges if _separate_opinion(text, k, view)}
            if j.name not in separate:
                wrote = j
    return wrote


def _separate_opinion(text: str, judge: JudgeMention, view: TextView) -> bool:
    """True when the sentence naming ``judge`` speaks of a dissent or concurrence."""
    sentence = view.sentence_at(judge.start)
    return sentence is not None and bool(_SEPARATE.search(text, sentence.start, sentence.end))


def _level_ok(court: Court, level: CourtLevel | None) -> bool:
    if level is None or court.level is None:
        return True
    if level is L.TRIAL:
        return court.level in (L.TRIAL, L.SPECIAL)
    if level is L.APPELLATE:
        return court.level in (L.APPELLATE, L.SPECIAL) or _named_trial_court(court, "Circuit")
    if level is L.SUPREME:
        return court.level is level or _named_trial_court(court, "Supreme")
    return court.level is level


def _named_trial_court(court: Court, word: str) -> bool:
    """True for a state trial court whose name carries ``word``, the word of a judge's
    title that otherwise means a higher court: a "Circuit Judge" of a county circuit
    court, a "Justice" of New York's Supreme Court."""
    return court.level is L.TRIAL and word in (court.name or "")


def _ruling(
    text: str,
    document: str,
    group: _Group,
    found: _Found,
    anchor: dt.date | None,
    *,
    main: bool,
    view: TextView,
    main_sentences: frozenset[int],
    dates: dict[int, list[DateMention]],
) -> Ruling | None:
    """The ruling of ``group`` (None if it says no outcome and is not the main one);
    ``dates`` holds the usable date mentions of each sentence (by start), filled as
    needed."""
    judges = found.judges
    courts = found.courts
    agent = group.agent
    strong = [e for e, _ in group.items if e.strong and e.outcome is not None]
    weak = [e for e, _ in group.items if not e.strong and e.outcome is not None]
    if not strong and not (main and (weak or group.items)):
        return None
    level = agent.level
    # court
    court: Court | None = group.court
    for event, sentence in group.items if court is None else ():
        fits = (
            c for c in found.courts_back(sentence.start, event.start) if _level_ok(c.court, level)
        )
        named = next(fits, None)
        if named is not None:
            court = named.court
            break
    if court is None and agent.judge is not None:
        s = _sentence_bounds(text, agent.judge.start)
        cands = [c for c in courts if s[0] <= c.start < s[1] and _level_ok(c.court, level)]
        if cands:
            court = cands[0].court
    if court is None and main and level is not None:
        cands = [
            c
            for c in courts
            if c.court.level is level or (level is L.TRIAL and c.court.level is L.TRIAL)
        ]
        if cands:
            court = cands[0].court
    if court is None and main and level in (None, L.TRIAL, L.BANKRUPTCY):
        bankruptcy = level is L.BANKRUPTCY or (
            agent.judge is not None and agent.judge.level is L.BANKRUPTCY
        )
        if bankruptcy or _federal(text, group, judge_of=agent):
            court = _court_by_place(text, group, bankruptcy=bankruptcy)
    if court is not None and (level is None or court.level is L.TRIAL):
        level = court.level  # a trial court's "Justice" or "Circuit Judge" is a trial judge
    # judge
    judge = agent.judge
    per_curiam = False
    if level in (L.SUPREME, L.APPELLATE) or (
        judge is not None
        and judge.level in (L.SUPREME, L.APPELLATE)
        and (court is None or court.level is not L.TRIAL)
    ):
        judge = (
            _author(text, judges, view)
            if main
            else (judge if judge is not None and judge.level is None else None)
        )
        if main and judge is None:
            per_curiam = search_keyed(_PER_CURIAM, _PER_CURIAM_STARTS, text) is not None
    elif judge is None and main:
        judge = next(
            (
                j
                for j in judges
                if j.level in (None, L.TRIAL, L.BANKRUPTCY)
                or (court is not None and court.level is L.TRIAL and _level_ok(court, j.level))
            ),
            None,
        )
    # outcome
    first = _deciding_event(text, group, strong, weak, level)
    outcome = _outcome(text, first, level)
    # relief
    relief = _group_relief(text, group)
    if (
        level in (L.SUPREME, L.APPELLATE) or (court is not None and "Appeals" in (court.name or ""))
    ) and outcome in (Outcome.AFFIRMED, Outcome.REVERSED, Outcome.VACATED, Outcome.REMANDED):
        if (
            relief == "new trial"
            and outcome is not Outcome.AFFIRMED
            and not _asked_new_trial(text, group)
        ):
            relief = None  # "reversed the conviction and ordered a new trial": the remedy
        if relief is None and main:
            relief = _reviewed_relief(text, group)
        if relief is None:
            petitions = "etition" in text and _PETITIONS.search(text) is not None
            relief = "petition for review" if petitions else "appeal"
    # date
    decided = None
    for event, sentence in group.items:
        if not main and sentence.start in main_sentences:
            continue  # the date of a sentence the main ruling shares is the main ruling's
        mentions = dates.get(sentence.start)
        if mentions is None:
            mentions = dates[sentence.start] = _usable_dates(text, sentence, anchor)
        own = _decision_dates(text, sentence, event, mentions) if mentions else ()
        if own:
            nearest = min(own, key=lambda d: (abs(d.start - event.start), d.start > event.start))
            decided = nearest.resolve(anchor)
            if decided is not None:
                break
    if decided is None and main:
        decided = _dated_elsewhere(text, view, group, found, level, anchor, dates)
    first_sentence = group.items[0][1]
    provenance = (Provenance.of(document, text, first_sentence.start, first_sentence.end),)
    judges_out: tuple[Judge, ...] = ()
    if judge is not None:
        judges_out = (
            Judge(
                name=judge.name,
                title=judge.title,
                provenance=(Provenance.of(document, text, judge.start, judge.end),),
            ),
        )
    return Ruling(
        court=court,
        judges=judges_out,
        decided=decided,
        outcome=outcome,
        relief=relief,
        per_curiam=per_curiam,
        provenance=provenance,
    )


#: a new trial someone asked for (a motion the reviewed court ruled on), not one ordered
_NEW_TRIAL_ASKED = re.compile(
    r"(?:motion|request|bid|petition|plea|application)s?\s+(?:\w+\s+){0,3}?for\s+"
    r"(?:a\s+)?new\s+trial",
    re.IGNORECASE,
)


def _asked_new_trial(text: str, group: _Group) -> bool:
    """True if a sentence of ``group`` names a request for a new trial ("reversed the
    denial of his motion for a new trial"): the relief, not the remedy a reviewing court
    orders ("reversed the conviction and ordered a new trial", whose relief is the appeal)."""
    return any(
        _NEW_TRIAL_ASKED.search(text, sentence.start, sentence.end) for _, sentence in group.items
    )


#: what a ruling's later publicity is dated by: "made public Thursday", "not released
#: until Friday", "unsealed on Monday"
_DISCLOSED_BEFORE = re.compile(
    r"\b(?:(?:made|became|went)\s+public|unsealed|disclosed|circulated|surfaced"
    r"|released|posted|reported)\s+(?:publicly\s+)?(?:(?:on|until)\s+)?$"
)


#: the start of another clause: "dismissed the suit, and on Wednesday the plaintiffs ...",
#: "blocked the law; on Thursday, the state's high court ..."
_NEXT_CLAUSE = re.compile(r";\s|,\s+(?:and|but|while|whereas)\s")


def _decision_dates(
    text: str, sentence: Sentence, event: Event, mentions: Sequence[DateMention]
) -> Sequence[DateMention]:
    """The date mentions of a sentence that may date the decision ``event`` tells: not
    those of a later clause ("A judge last week dismissed the suit, and on Wednesday the
    plaintiffs appealed"), nor those of its later publicity ("The decision, issued
    Tuesday but made public Thursday, ...") when the sentence gives another."""
    kept = [
        d
        for d in mentions
        if d.start < event.end or not _NEXT_CLAUSE.search(text, event.end, d.start)
    ]
    if len(kept) < 2:
        return kept
    public = [
        d
        for d in kept
        if not _DISCLOSED_BEFORE.search(text, max(sentence.start, d.start - 30), d.start)
    ]
    return public or kept


def _group_relief(text: str, group: _Group, *, strong: bool = True) -> str | None:
    """The request the events of ``group`` name (see :func:`_event_relief`), from its
    strong verbs, or with ``strong`` False from any ("revived the habeas petition")."""
    for event, sentence in group.items:
        if strong and not event.strong:
            continue
        relief = _event_relief(text, event, sentence)
        if relief is not None:
            return relief
    return None


def _event_relief(text: str, event: Event, sentence: Sentence) -> str | None:
    """The request one verb names: implied by the verb ("refused to dismiss"), a relief
    phrase after it ("denied a motion to dismiss"), or before a passive one ("the
    injunction was upheld")."""
    relief = event.relief or relief_in(text, event.end, min(sentence.end, event.end + 110))
    if relief is None and _PASSIVE.search(
        text[max(sentence.start, event.start - 12) : event.start]
    ):
        relief = relief_in(text, sentence.start, event.start)
    return relief


#: The requests a reviewing court's ruling takes from the decision it reviews.
_REVIEWED_RELIEFS = frozenset(
    (
        "preliminary injunction",
        "temporary restraining order",
        "permanent injunction",
        "injunction",
        "motion to dismiss",
        "summary judgment",
        "class certification",
        "motion to suppress",
        "habeas petition",
        "writ of mandamus",
        "writ of mandate",
        "writ of prohibition",
    )
)


def _reviewed_relief(text: str, group: _Group) -> str | None:
    """The request a reviewing court's ruling was about, when its own strong verbs name
    none: one named after a weaker verb of its own ("revived the habeas petition")."""
    relief = _group_relief(text, group, strong=False)
    return relief if relief in _REVIEWED_RELIEFS else None


# "A federal judge on Tuesday", "The 5th Circuit, on Monday,": a court or judge, then its date
_SUBJECT_DATE_GAP = re.compile(r",?\s+(?:(?:ruled|decided)\s+)?(?:on\s+)?,?")
# "The ruling came down Tuesday", "issued its decision ... on Friday", "delivered the
# judgment of the court on March 19": a sentence that dates the court's decision
_DECISION_DATED = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]er|[Hh]is)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:ruling|decision|opinion|judgment|order)\s+(?:came|was\s+(?:issued|released|handed\s+down"
    r"|announced|filed|posted)|arrived)\b"
    r"|\b(?:issued|released|handed\s+down|delivered|announced|filed)\s+(?:its|the|their|her|his)"
    r"\s+(?:[\w-]+\s+){0,4}?(?:ruling|decision|opinion|judgment|order)\b"
)
_DECISION_DATED_STARTS = re.compile("ruling|decision|opinion|judgment|order")


def _dated_elsewhere(
    text: str,
    view: TextView,
    group: _Group,
    found: _Found,
    level: CourtLevel | None,
    anchor: dt.date | None,
    dates: dict[int, list[DateMention]],
) -> PartialDate | None:
    """The date of the main ruling when its own sentences give none: that of a lede whose
    subject is the court ("A Manhattan federal judge on Tuesday trimmed ..."), or of a
    sentence about the decision itself ("The ruling came down Tuesday afternoon.")."""
    first = group.items[0][1].start
    for sentence in view.sentences:
        if not sentence.prose or view.in_quotes(sentence.start):
            continue
        lede = sentence.start <= first
        if not lede and not _DECISION_DATED_STARTS.search(text, sentence.start, sentence.end):
            continue
        mentions = dates.get(sentence.start)
        if mentions is None:
            mentions = dates[sentence.start] = _usable_dates(text, sentence, anchor)
        if not mentions:
            continue
        if _EARLIER_CLAUSE.search(text, sentence.start, mentions[0].start):
            continue
        if lede:
            subject = _lede_subject_date(text, sentence, mentions, found, level)
            if subject is not None:
                return subject.resolve(anchor)
        if _DECISION_DATED.search(text, sentence.start, sentence.end) and _cue_fits(
            found.cue(sentence, sentence.end, sentence.end), level
        ):
            return mentions[0].resolve(anchor)
    return None


_EARLIER_CLAUSE = re.compile(r"\b(?:had|previously|earlier|lower|trial)\b")


def _lede_subject_date(
    text: str,
    sentence: Sentence,
    mentions: Sequence[DateMention],
    found: _Found,
    level: CourtLevel | None,
) -> DateMention | None:
    """The date right after the court or judge a lede sentence opens with ("A federal
    judge on Tuesday", "The Court of Criminal Appeals on Wednesday"), if that court fits
    ``level``."""
    mention = mentions[0]
    if mention.start - sentence.start > 240:
        return None
    named = next(found.courts_back(sentence.start, mention.start), None)
    if named is not None and _SUBJECT_DATE_GAP.fullmatch(text, named.end, mention.start):
        return mention if _level_ok(named.court, level) else None
    cue = found.cue(sentence, mention.start, mention.start)
    if cue is not None and _SUBJECT_DATE_GAP.fullmatch(text, cue.end(), mention.start):
        return mention if _cue_fits(cue, level) else None
    return None


def _cue_fits(cue: re.Match[str] | None, level: CourtLevel | None) -> bool:
    """True when a court cue ("a federal judge", "the justices", "the ruling") may name a
    court of ``level`` (any cue when the level is unknown; no lower court)."""
    if cue is None:
        return True
    kind = cue.lastgroup
    if kind == "low":
        return False
    if level is None or kind == "gen":
        return True
    if kind == "sup":
        return level is L.SUPREME
    if kind == "app":
        return level is L.APPELLATE
    return level in (L.TRIAL, L.BANKRUPTCY)


def _usable_dates(text: str, sentence: Sentence, anchor: dt.date | None) -> list[DateMention]:
    """The date mentions of ``sentence`` that can date a ruling: with a day, a weekday or
    a shift, and a year unless there is an anchor date; not the date of a wire dateline
    ("SAVANNAH, Ga., Oct. 9, 2025 (Wire) — A court has ...")."""
    return [
        d
        for d in find_dates(text, sentence.start, sentence.end)
        if (not (d.relative and anchor is None) or d.year is not None)
        and (d.day is not None or d.weekday is not None or d.shift is not None)
        and not (d.year is not None and dateline_at(text, d.start))
    ]


_PASSIVE = re.compile(r"\b(?:was|were|been|is|are)\s+$")
_PER_CURIAM = re.compile(r"\b(?:per\s+curiam|unsigned)\b", re.IGNORECASE)
_PER_CURIAM_STARTS = re.compile(r"per\s+curiam|unsigned")
_PETITIONS = re.compile(r"\bpetition(?:s|ed)?\s+for\s+review\b|\b[Pp]etitioners\b")
_GOVERNMENT_SIDE = re.compile(
    r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:administration|government|officials|agency|department"
    r"|state|city|county|company|employer|defendants?|prosecutors)\b",
    re.IGNORECASE,
)


def _deciding_event(
    text: str,
    group: _Group,
    strong: Sequence[Event],
    weak: Sequence[Event],
    level: CourtLevel | None,
) -> Event | None:
    """The event whose outcome is the ruling's: the first strong verb, but a disposition
    over a loose "sent back", the request decided over "rejected X's challenge", and what
    a court of review did to the decision under review over what it "blocked"."""
    first = strong[0] if strong else (weak[0] if weak else None)
    if first is None:
        return None
    if first.verb == "sent back":
        return next((e for e in strong if e.outcome in _DISPOSITIONS), first)
    if first.verb in ("rejected", "rejects"):
        # "rejected a trade group's challenge ..., granting summary judgment to the
        # government"
        return next(
            (
                e
                for e, s in group.items
                if e is not first and e.strong and _event_relief(text, e, s) is not None
            ),
            first,
        )
    if (
        level in (L.APPELLATE, L.SUPREME)
        and first.outcome in (Outcome.GRANTED, Outcome.DENIED)
        and all(_event_relief(text, e, s) is None for e, s in group.items if e is first)
    ):
        # "blocked a timber sale ..." and "reversed a district judge who had refused to"
        return next((e for e in strong if e.outcome in _REVIEW_DISPOSITIONS), first)
    return first


_DISPOSITIONS = (Outcome.REVERSED, Outcome.VACATED)
_REVIEW_DISPOSITIONS = (Outcome.REVERSED, Outcome.VACATED, Outcome.AFFIRMED)


def _outcome(text: str, event: Event | None, level: CourtLevel | None) -> Outcome | None:
    if event is None:
        return None
    outcome = event.outcome
    if outcome is Outcome.OTHER:
        verb = event.verb
        if "way" in verb:
            return Outcome.DENIED if level in (None, L.TRIAL) else Outcome.GRANTED
        sides = ("sided", "sides", "siding", "favor", "ruled for", "against")
        if level in (None, L.TRIAL) and any(k in verb for k in sides):
            gov = bool(_GOVERNMENT_SIDE.match(text, event.end))
            if "against" in verb:  # ruling against the government: the challengers win
                gov = not gov
            return Outcome.DENIED if gov else Outcome.GRANTED
        return Outcome.OTHER
    if level in (None, L.TRIAL) and outcome is Outcome.AFFIRMED:
        return Outcome.DENIED
    if (
        outcome is Outcome.GRANTED
        and level is L.APPELLATE
        and event.verb.startswith(("struck", "strik"))
        and _PETITIONS.search(text) is not None
    ):
        return Outcome.VACATED  # an appeals court striking down a rule it was asked to review
    return outcome


_PLACE = re.compile(r"\bin\s+((?:[A-Z][\w.]*,?\s+){0,3}[A-Z][\w.]*(?:,\s+D\.C\.)?)")
_FEDERAL = re.compile(r"\b(?:federal|U\.S\.|US)\s+(?:district\s+)?judge|\bDistrict\s+Judge", re.I)


def _federal(text: str, group: _Group, *, judge_of: _Agent) -> bool:
    """True when the ruling is a federal trial judge's ("a federal judge", "U.S. District
    Judge ...")."""
    if (
        judge_of.judge is not None
        and judge_of.judge.title
        and _FEDERAL.search(judge_of.judge.title)
    ):
        return True
    return any(_FEDERAL.search(text, s.start, e.start) for e, s in group.items)


# A wire dateline opening a line: "BOISE, Idaho (AP) —", "PORTLAND, Ore. —",
# "CHICAGO, Feb. 4, 2025 (Wire) -"
_DATELINE_PLACE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3}(?:,\s+[A-Z][a-z.]+(?:\s[A-Z][a-z.]+)?)?)"
    r"(?=\s*\(|\s+[—–-]|,\s+[A-Z][a-z]{2,8}\.?\s+\d)",
    re.MULTILINE,
)


def _court_by_place(text: str, group: _Group, *, bankruptcy: bool = False) -> Court | None:
    """The federal district (or bankruptcy) court of a place named before the ruling verb
    ("a federal judge in Boston denied"), else of the report's dateline ("BOISE, Idaho
    (AP) — A federal judge ...")."""
    try:
        from casekit.citations.courts import resolve_court
    except ImportError:  # pragma: no cover
        return None
    kind = "bankruptcy judge" if bankruptcy else "federal judge"
    places: list[str] = []
    for event, sentence in group.items:
        for n, m in enumerate(_PLACE.finditer(text, sentence.start, event.start)):
            if n >= 3:
                break
            places.append(m.group(1).rstrip(", "))
    dateline = _DATELINE_PLACE.search(text, 0, 800)
    if dateline is not None:
        head = dateline.group("place").split(",")
        places.append(", ".join([head[0].title(), *head[1:]]))
    for place in places:
        try:
            court = resolve_court(f"{kind} in {place}")
        except Exception:  # UnknownName, or any failure of the resolver
            continue
        if court.level in (None, L.TRIAL, L.BANKRUPTCY):
            return court
    return None


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    end_dot = text.find(". ", pos)
    end_nl = text.find("\n", pos)
    ends = [e for e in (end_dot, end_nl) if e >= 0]
    return start, (min(ends) if ends else len(text))
