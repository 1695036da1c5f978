"""News pages in HTML: the article's text and the page's metadata.

Only the standard library's :mod:`html.parser` is used.  The page is parsed into
a small tree, then:

* **the article** is the element marked ``itemprop="articleBody"``, else the
  ``<article>`` element with the most paragraph text (unless it holds under 30%
  of the page's ``<p>`` text: a teaser card), or
  else the deepest element holding 80% of the page's ``<p>`` text (else the
  whole ``<body>``);
* **its text** leaves out scripts, styles, comments, navigation, headers,
  footers, asides, forms, figure captions, hidden elements and elements whose
  class or id marks them as page furniture (``share``, ``related``,
  ``newsletter``, ``ad``, ...); block elements and ``<br>`` break lines,
  whitespace inside a line is collapsed (a no-break space becomes a space),
  and the paragraphs are joined by ``"\\n"``;
* **metadata** comes from the usual places: ``og:title`` / JSON-LD
  ``headline`` / ``<title>`` / ``<h1>``; the canonical link / ``og:url``;
  ``article:published_time``, JSON-LD ``datePublished`` / ``dateCreated``
  (also inside ``@graph`` and lists), the ``date`` / ``pubdate`` /
  ``parsely-pub-date`` / ``sailthru.date`` / ``dc.date`` meta tags, then
  ``<time datetime>``; ``og:site_name`` / JSON-LD ``publisher.name`` for the
  outlet; authors, description and language when given.

>>> from casekit.news.html import parse_html
>>> page = parse_html('''<html><head><title>Judge blocks rule | The Ledger</title>
... <meta property="og:site_name" content="The Ledger">
... <meta property="article:published_time" content="2025-05-13T18:02:00-04:00"></head>
... <body><nav><a href="/">Home</a></nav>
... <article><h1>Judge blocks rule</h1><p>A judge on Monday&nbsp;blocked the rule.</p>
... <p>The agency said it would appeal.<br>More soon.</p></article>
... <footer>&copy; The Ledger</footer></body></html>''')
>>> print(page.text)
Judge blocks rule
A judge on Monday blocked the rule.
The agency said it would appeal.
More soon.
>>> page.title, page.source, page.published
('Judge blocks rule', 'The Ledger', datetime.date(2025, 5, 13))
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser

import attrs

from casekit.errors import LoadError
from casekit.news.dates import parse_date

__all__ = ["HtmlPage", "looks_like_html", "parse_html"]

#: Elements whose content is never article text.
_SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "canvas",
        "iframe",
        "object",
        "embed",
        "head",
        "title",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "textarea",
        "input",
        "label",
        "dialog",
        "menu",
        "figcaption",
    ]
)
#: ARIA roles of page furniture.
_SKIP_ROLES = frozenset(
    ["navigation", "banner", "contentinfo", "complementary", "search", "menu", "dialog"]
)
#: Words in a class or id (split at "-" and "_") that mark page furniture, not the story.
_SKIP_CLASS_WORDS = frozenset(
    [
        "ad",
        "ads",
        "advert",
        "adverts",
        "advertisement",
        "advertising",
        "sponsor",
        "sponsored",
        "promo",
        "promotion",
        "share",
        "sharing",
        "social",
        "related",
        "recirc",
        "recirculation",
        "newsletter",
        "subscribe",
        "subscription",
        "signup",
        "breadcrumb",
        "breadcrumbs",
        "comment",
        "comments",
        "cookie",
        "cookies",
        "consent",
        "sidebar",
        "popup",
        "modal",
        "toolbar",
        "outbrain",
        "taboola",
        "paywall",
        "nav",
        "navbar",
        "navigation",
        "menu",
        "masthead",
        "footer",
        "header",
        "byline",
        "dateline",
        "caption",
    ]
)
#: Whole class names that hide an element from sighted readers.
_SKIP_CLASS_NAMES = frozenset(["sr-only", "visually-hidden", "screen-reader-text", "hidden"])
#: Elements never skipped for their class or id (pages put odd classes on them).
_NEVER_SKIPPED_FOR_CLASS = frozenset(("#root", "html", "body", "main", "article"))
#: Elements that start a new line of text.
_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
        "caption",
    ]
)
#: Cells of a table row are kept on the row's line, separated by a space.
_CELL_TAGS = frozenset(("td", "th"))
_VOID_TAGS = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "keygen",
    ]
)
#: Opening one of these closes an open <p> (as browsers do).
_CLOSES_P = _BLOCK_TAGS - {"body", "html", "center"}
_SPACE = re.compile(r"[ \t\n\r\f\xa0]+")
_SPLIT_WORDS = re.compile(r"[_-]+")
#: An <article> is the story only if it holds at least this share of the page's <p> text.
_ARTICLE_SHARE = 0.3
#: How far up the open elements an end tag or an implied close looks for its match.
_MAX_LOOKUP = 256

#: JSON-LD types that describe an article (their dates and names come first).
_ARTICLE_TYPES = frozenset(
    [
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "BackgroundNewsArticle",
        "OpinionNewsArticle",
        "ReviewNewsArticle",
        "LiveBlogPosting",
        "BlogPosting",
        "ScholarlyArticle",
        "Report",
    ]
)
#: Meta tags naming the publication date, best first.
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date",
    "dc.date.issued",
    "dc.date.created",
    "dcterms.date",
    "dcterms.created",
    "dcterms.issued",
    "citation_publication_date",
    "citation_date",
    "article.published",
    "datecreated",
    "original-publish-date",
)
_AUTHOR_META = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator")


@attrs.frozen(kw_only=True)
class HtmlPage:
    """What :func:`parse_html` reads from a page."""

    text: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    source: str | None = None
    author: str | None = None
    description: str | None = None
    language: str | None = None
    warnings: tuple[str, ...] = ()


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts like an HTML page (a doctype or an ``<html>`` tag,
    after any comments and blank space).

    >>> looks_like_html("<!DOCTYPE html><html><body>Hi</body></html>")
    True
    >>> looks_like_html("Judge rules <b>now</b>")
    False
    """
    head = text[:2048].lstrip("\ufeff \t\r\n").lower()
    while head.startswith("<!--"):
        end = head.find("-->")
        if end < 0:
            return False
        head = head[end + 3 :].lstrip()
    if head.startswith("<?xml"):
        head = head[head.find(">") + 1 :].lstrip()
    return head.startswith(("<!doctype html", "<html", "<head", "<body"))


# --- the tree ---------------------------------------------------------------------------


class _Element:
    __slots__ = ("_skipped", "attributes", "children", "parent", "tag")

    def __init__(self, tag: str, attributes: dict[str, str], parent: _Element | None) -> None:
        self.tag = tag
        self.attributes = attributes
        self.parent = parent
        self.children: list[_Element | str] = []
        self._skipped: bool | None = None

    def get(self, name: str) -> str:
        return self.attributes.get(name, "")

    def walk(self) -> Iterator[_Element]:
        """This element and every element under it, in document order."""
        stack: list[_Element] = [self]
        while stack:
            element = stack.pop()
            yield element
            stack.extend(c for c in reversed(element.children) if isinstance(c, _Element))

    def skipped(self) -> bool:
        """Is this element page furniture (never article text)?"""
        if self._skipped is None:
            self._skipped = self._furniture()
        return self._skipped

    def _furniture(self) -> bool:
        if self.tag in _SKIP_TAGS or "hidden" in self.attributes:
            return True
        if self.get("aria-hidden").lower() == "true" or self.get("role") in _SKIP_ROLES:
            return True
        style = self.get("style").replace(" ", "").lower()
        if "display:none" in style or "visibility:hidden" in style:
            return True
        if self.tag in _NEVER_SKIPPED_FOR_CLASS:
            return False
        names = f"{self.get('class')} {self.get('id')}".lower().split()
        if _SKIP_CLASS_NAMES.intersection(names):
            return True
        return any(_SKIP_CLASS_WORDS.intersection(_SPLIT_WORDS.split(n)) for n in names)


class _TreeBuilder(HTMLParser):
    """Builds a forgiving element tree: unclosed tags are closed where browsers would."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Element("#root", {}, None)
        self.current = self.root
        #: the elements of each tag, in document order
        self.by_tag: dict[str, list[_Element]] = {}

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        if tag in _CLOSES_P:
            self._close_implied(tag)
        element = _Element(tag, {k: v or "" for k, v in attributes}, self.current)
        self.current.children.append(element)
        self.by_tag.setdefault(tag, []).append(element)
        if tag not in _VOID_TAGS:
            self.current = element

    def handle_startendtag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attributes)
        if tag not in _VOID_TAGS and self.current.tag == tag:
            self.current = self.current.parent or self.root

    def handle_endtag(self, tag: str) -> None:
        element: _Element | None = self.current
        steps = 0
        while element is not None and element.tag != tag and steps < _MAX_LOOKUP:
            element = element.parent
            steps += 1
        if element is not None and element.tag == tag and element.parent is not None:
            self.current = element.parent
        elif tag == "p":  # a stray </p> is an empty paragraph: a line break
            self.current.children.append(_Element("br", {}, self.current))

    def handle_data(self, data: str) -> None:
        self.current.children.append(data)

    def _close_implied(self, tag: str) -> None:
        """A block start closes an open <p>; <li> closes an open <li>, and so on."""
        closes = {"p"}
        if tag == "li":
            closes = {"p", "li"}
        elif tag in ("dt", "dd"):
            closes = {"p", "dt", "dd"}
        elif tag == "tr":
            closes = {"p", "tr", "td", "th"}
        element: _Element | None = self.current
        for _ in range(_MAX_LOOKUP):
            if element is None or element.tag in ("#root", "body"):
                return
            if element.tag in closes:
                self.current = element.parent or self.root
                return
            if element.tag in _BLOCK_TAGS and element.tag not in ("p", "li", "dt", "dd", "tr"):
                return  # do not close across a block boundary (a list inside a <div>)
            element = element.parent


# --- text ------------------------------------------------------------------------------------

_FLUSH, _SPACE_MARK, _NODE = 0, 1, 2


def _render(root: _Element) -> str:
    """The element's visible text: blocks on their own lines, blank lines dropped."""
    lines: list[str] = []
    line: list[str] = []

    def flush() -> None:
        joined = _SPACE.sub(" ", "".join(line)).strip()
        if joined:
            lines.append(joined)
        line.clear()

    # an explicit stack, not recursion: pages can nest elements thousands deep
    work: list[tuple[int, _Element | str, bool]] = [
        (_NODE, c, root.tag == "pre") for c in reversed(root.children)
    ]
    while work:
        action, node, pre = work.pop()
        if action == _FLUSH:
            flush()
        elif action == _SPACE_MARK:
            line.append(" ")
        elif isinstance(node, str):
            if pre and "\n" in node:
                first, *rest = node.split("\n")
                line.append(first)
                for part in rest:
                    flush()
                    line.append(part)
            else:
                line.append(node)
        elif node.skipped() or node.tag in ("img", "hr", "wbr"):
            continue
        elif node.tag == "br":
            flush()
        else:
            inner = pre or node.tag == "pre"
            if node.tag in _BLOCK_TAGS:
                flush()
                work.append((_FLUSH, node, pre))
            elif node.tag in _CELL_TAGS:
                line.append(" ")
                work.append((_SPACE_MARK, node, pre))
            work.extend((_NODE, c, inner) for c in reversed(node.children))
    flush()
    return "\n".join(lines)


def _text_of(element: _Element) -> str:
    """An element's text on one line, furniture left out."""
    parts: list[str] = []
    work: list[_Element | str] = list(reversed(element.children))
    while work:
        node = work.pop()
        if isinstance(node, str):
            parts.append(node)
        elif not node.skipped():
            work.extend(reversed(node.children))
    return _SPACE.sub(" ", "".join(parts)).strip()


@attrs.define
class _Layout:
    """Per element: its text length, its <p> text length, and whether it is furniture
    (skipped itself or inside a skipped element), in document order."""

    order: list[_Element]
    text: dict[int, int]
    paragraphs: dict[int, int]
    furniture: set[int]


def _layout(root: _Element) -> _Layout:
    order: list[_Element] = []
    furniture: set[int] = set()
    work: list[tuple[_Element, bool]] = [(root, False)]
    while work:
        element, inside = work.pop()
        order.append(element)
        hidden = inside or element.skipped()
        if hidden:
            furniture.add(id(element))
        work.extend((c, hidden) for c in reversed(element.children) if isinstance(c, _Element))
    text: dict[int, int] = {}
    paragraphs: dict[int, int] = {}
    for element in reversed(order):  # children before parents
        if id(element) in furniture:
            text[id(element)] = paragraphs[id(element)] = 0
            continue
        length = paragraph = 0
        for child in element.children:
            if isinstance(child, str):
                length += len(_SPACE.sub(" ", child).strip())
            else:
                length += text[id(child)]
                paragraph += text[id(child)] if child.tag == "p" else paragraphs[id(child)]
        text[id(element)] = length
        paragraphs[id(element)] = paragraph
    return _Layout(order, text, paragraphs, furniture)


def _content_root(root: _Element) -> _Element:
    """The element holding the story: see the module docstring."""
    layout = _layout(root)
    visible = [e for e in layout.order if id(e) not in layout.furniture]
    body = next((e for e in visible if e.tag == "body"), root)
    total = layout.paragraphs[id(body)]
    marked = [e for e in visible if e.get("itemprop") == "articleBody"]
    articles = [e for e in visible if e.tag == "article"]
    for group, share in ((marked, 0.0), (articles, _ARTICLE_SHARE)):
        if group:
            best = max(group, key=lambda e: (layout.paragraphs[id(e)], layout.text[id(e)]))
            # an <article> holding a small part of the page's paragraphs is a teaser card
            if layout.text[id(best)] and layout.paragraphs[id(best)] >= share * total:
                return best
    if total == 0:
        return body
    # the deepest element that still holds most of the paragraph text: the elements that
    # hold over half of it form a chain of ancestors, and document order lists the
    # deepest of them last
    chosen = body
    for element in visible:
        if layout.paragraphs[id(element)] >= 0.8 * total and _within(element, body):
            chosen = element
    return chosen


# --- metadata -----------------------------------------------------------------------------


def _meta(elements: list[_Element]) -> dict[str, str]:
    """``<meta>`` contents by lower-cased name / property / itemprop (first wins)."""
    found: dict[str, str] = {}
    for element in elements:
        content = element.get("content").strip()
        if not content:
            continue
        for key in ("property", "name", "itemprop", "http-equiv"):
            name = element.get(key).strip().lower()
            if name:
                found.setdefault(name, content)
    return found


def _json_ld(scripts: list[_Element], warnings: list[str]) -> list[dict[str, object]]:
    """Every JSON-LD object on the page, ``@graph`` and lists flattened."""
    objects: list[dict[str, object]] = []

    def collect(value: object) -> None:
        work = [value]
        while work:
            item = work.pop()
            if isinstance(item, list):
                work.extend(reversed(item))
            elif isinstance(item, dict):
                objects.append(item)
                if "@graph" in item:
                    work.append(item["@graph"])

    for element in scripts:
        if "ld+json" not in element.get("type").lower():
            continue
        source = "".join(c for c in element.children if isinstance(c, str)).strip()
        source = source.removeprefix("<!--").removesuffix("-->").strip()
        if not source:
            continue
        try:
            collect(json.loads(source, strict=False))
        except (ValueError, RecursionError):
            warnings.append("ignored a JSON-LD block that is not valid JSON")
    return objects


def _types(obj: dict[str, object]) -> set[str]:
    kind = obj.get("@type")
    names = kind if isinstance(kind, list) else [kind]
    return {n.rsplit("/", 1)[-1] for n in names if isinstance(n, str)}


#: JSON-LD types whose dates and names are not the article's.
_NOT_ARTICLE_TYPES = frozenset(
    ("WebSite", "Organization", "NewsMediaOrganization", "Person", "ImageObject", "VideoObject")
)


def _ld_values(objects: list[dict[str, object]], *keys: str) -> Iterator[object]:
    """The values of ``keys`` in article objects, then in other objects (except sites,
    organizations, people and media), best first."""
    articles = [o for o in objects if _types(o) & _ARTICLE_TYPES]
    others = [o for o in objects if not _types(o) & (_ARTICLE_TYPES | _NOT_ARTICLE_TYPES)]
    for group in (articles, others):
        for key in keys:
            for obj in group:
                value = obj.get(key)
                if value not in (None, "", [], {}):
                    yield value


def _ld_value(objects: list[dict[str, object]], *keys: str) -> object:
    """The first of :func:`_ld_values`, or None."""
    return next(_ld_values(objects, *keys), None)


def _name(value: object, ids: dict[object, dict[str, object]], depth: int = 0) -> str | None:
    """A name from a JSON-LD value: a string, an object's ``name`` (following an
    ``@id`` reference to an object elsewhere on the page), or a list of those."""
    if isinstance(value, str):
        return _clean(value)
    if depth > 3:
        return None
    if isinstance(value, dict):
        if "name" not in value and value.get("@id") in ids:
            value = ids[value["@id"]]
        return _name(value.get("name"), ids, depth + 1)
    if isinstance(value, list):
        names = [n for n in (_name(v, ids, depth + 1) for v in value) if n]
        return "; ".join(dict.fromkeys(names)) or None
    return None


def _url(value: object) -> str | None:
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    cleaned = _SPACE.sub(" ", value).strip()
    return cleaned or None


def _first_text(elements: list[_Element]) -> str | None:
    for element in elements:
        text = _text_of(element)
        if text:
            return text
    return None


def _strip_site(title: str, site: str | None) -> str:
    """ "Judge blocks rule | The Ledger" -> "Judge blocks rule" when the site is The Ledger."""
    if site:
        for separator in (" | ", " - ", " – ", " — ", " :: ", " · "):
            if title.endswith(separator + site):
                return title[: -len(separator + site)].strip() or title
    return title


def _published(
    meta: dict[str, str],
    objects: list[dict[str, object]],
    time_elements: list[_Element],
    content: _Element,
) -> dt.date | None:
    for key in _DATE_META[:2]:
        date = parse_date(meta.get(key))
        if date is not None:
            return date
    for value in _ld_values(objects, "datePublished", "dateCreated"):
        date = parse_date(value)
        if date is not None:
            return date
    for key in _DATE_META[2:]:
        date = parse_date(meta.get(key))
        if date is not None:
            return date
    times = [e for e in time_elements if e.get("datetime")]
    marked = [e for e in times if "pubdate" in e.attributes or e.get("itemprop") == "datePublished"]
    inside = [e for e in times if _within(e, content)]
    for group in (marked, inside):
        for element in group:
            date = parse_date(element.get("datetime"))
            if date is not None:
                return date
    distinct = {parse_date(e.get("datetime")) for e in times} - {None}
    return distinct.pop() if len(distinct) == 1 else None


def _within(element: _Element, ancestor: _Element) -> bool:
    current: _Element | None = element
    while current is not None:
        if current is ancestor:
            return True
        current = current.parent
    return False


def parse_html(html: str, *, where: str | None = None) -> HtmlPage:
    """Read an HTML page's article text and metadata (see the module docstring).

    The text may be empty (a page with no visible text); the caller decides
    whether that is an error.  Raises :class:`~casekit.LoadError` (naming
    ``where``) only if the parser itself gives up.
    """
    builder = _TreeBuilder()
    try:
        builder.feed(html)
        builder.close()
    except Exception as e:  # html.parser asserts on some malformed markup
        raise LoadError(f"cannot parse HTML: {e}", input=html[:80], where=where) from None
    root, by_tag = builder.root, builder.by_tag
    warnings: list[str] = []
    meta = _meta(by_tag.get("meta", []))
    objects = _json_ld(by_tag.get("script", []), warnings)
    articles = [o for o in objects if _types(o) & _ARTICLE_TYPES]
    ids = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str) and len(o) > 1}

    content = _content_root(root)
    text = _render(content)

    source = _clean(meta.get("og:site_name")) or _name(_ld_value(objects, "publisher"), ids)
    title = (
        _clean(meta.get("og:title"))
        or _clean(meta.get("twitter:title"))
        or _name(_ld_value(objects, "headline"), ids)
        or _first_text(by_tag.get("title", []))
        or _first_text([e for e in by_tag.get("h1", []) if _within(e, content)])
        or _first_text(by_tag.get("h1", []))
    )
    if title is not None:
        title = _strip_site(title, source)

    canonical = next(
        (
            e.get("href").strip()
            for e in by_tag.get("link", [])
            if "canonical" in e.get("rel").lower().split() and e.get("href").strip()
        ),
        None,
    )
    url = (
        canonical
        or _clean(meta.get("og:url"))
        or _url(_ld_value(articles, "url"))
        or _url(_ld_value(articles, "mainEntityOfPage"))
    )
    author = _name(_ld_value(objects, "author"), ids)
    if author is None:
        author = next((_clean(meta[k]) for k in _AUTHOR_META if k in meta), None)
    if author is not None and author.startswith(("http://", "https://")):
        author = None  # article:author is often a profile URL, not a name
    description = (
        _clean(meta.get("og:description"))
        or _clean(meta.get("description"))
        or _name(_ld_value(objects, "description"), ids)
    )
    html_elements = by_tag.get("html", [])
    language = _clean(html_elements[0].get("lang")) if html_elements else None

    return HtmlPage(
        text=text,
        title=title,
        url=url,
        published=_published(meta, objects, by_tag.get("time", []), content),
        source=source,
        author=author,
        description=description,
        language=language or _clean(meta.get("og:locale")),
        warnings=tuple(warnings),
    )
