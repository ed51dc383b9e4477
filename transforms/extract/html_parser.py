"""Article pages parsed to lxml trees, with a parser of the calling thread's own.

With ``workers=1`` a run extracts in-process, one thread per outlet at once
(flows/run.py). One module-level parser shared by those threads crashed the process
(glibc "double free or corruption", "free(): invalid pointer", segfaults in
``document_fromstring``) in about one cold start in 50 (9 of 459 stress runs), by what it
carries from thread to thread:

- its string dictionary. lxml keeps one libxml2 dictionary per thread for the names in
  its trees, but a thread whose first parse is with a parser another thread used adopts
  that parser's dictionary as its own (lxml's ``_getThreadDict``), so all the extracting
  threads shared one. libxml2 dictionaries have no lock: one thread's parse added names to
  it (outside the GIL) while another freed a tree, asking it which strings it owns
  (``xmlFreeNode``: a wrong answer frees a string the dictionary owns). Valgrind's helgrind
  reports exactly these races with a shared parser and none with one parser per thread.
- its error log, the last parse's whichever thread ran it: a page's resource limit
  (``resource_limit``) was read from another thread's page now and then.

A parser made in, and only used by, one thread has neither problem; it costs one parser
per thread.
"""

from __future__ import annotations

import threading

from lxml import etree
from lxml import html as lxml_html

# lxml.html's element classes by tag, looked up in C: lxml.html's own lookup is a Python call
# for every element Python touches (~900 a page here and in Trafilatura, ~0.3 ms). The classes
# are the same (tests/transforms/extract/test_page_speedups.py).
HTML_CLASSES = {"form": lxml_html.FormElement, "input": lxml_html.InputElement,
                "select": lxml_html.SelectElement, "textarea": lxml_html.TextareaElement,
                "label": lxml_html.LabelElement}
_LOOKUP = etree.ElementNamespaceClassLookup(etree.ElementDefaultClassLookup(
    element=lxml_html.HtmlElement, comment=lxml_html.HtmlComment,
    pi=lxml_html.HtmlProcessingInstruction, entity=lxml_html.HtmlEntity))
_LOOKUP.get_namespace(None).update(HTML_CLASSES)

_THREAD = threading.local()


def html_parser() -> lxml_html.HTMLParser:
    """The calling thread's parser of article pages, made on its first call in the thread.

    Comments are dropped at parse time: text after "<!-- e:pic -->" is otherwise the
    comment's tail, which Trafilatura's cleaning loses (a body's first paragraph went
    missing that way)."""
    parser = getattr(_THREAD, "parser", None)
    if parser is None:
        parser = lxml_html.HTMLParser(remove_comments=True)
        parser.set_element_class_lookup(_LOOKUP)
        _THREAD.parser = parser
    return parser


def resource_limit(parser: lxml_html.HTMLParser) -> str | None:
    """The parser's resource limit its last document hit, or None. libxml2 stops building
    the tree at 256 nested elements and drops everything after that point: a page of
    thousands of nested <div>s left only the menu before them, taken for the article."""
    for error in parser.error_log:
        if error.type_name == "ERR_RESOURCE_LIMIT":
            return error.message.split(",")[0].strip()  # "Excessive depth in document: 256"
    return None


def parse_page(html: str) -> tuple[lxml_html.HtmlElement, str | None]:
    """The page's tree, and the resource limit its parse hit (None when it hit none).
    Raises what ``lxml.html.document_fromstring`` raises (ParserError, ValueError)."""
    parser = html_parser()
    tree = lxml_html.document_fromstring(html, parser=parser)
    return tree, resource_limit(parser)
