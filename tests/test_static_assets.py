"""The stylesheet parses: one unclosed block would put every later rule inside a media query."""

import re
from pathlib import Path

CSS = Path(__file__).resolve().parents[1] / "static" / "css" / "hrnet.css"


def test_every_css_block_is_closed_where_it_should_be():
    text = re.sub(
        r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), CSS.read_text(), flags=re.S
    )
    depth, in_media = 0, False
    for number, line in enumerate(text.splitlines(), 1):
        if in_media and depth == 1 and line[:1] not in ("", " ", "}"):
            raise AssertionError(f"line {number} is inside an unclosed @media block: {line[:60]}")
        if depth == 0 and line.startswith("@media"):
            in_media = True
        depth += line.count("{") - line.count("}")
        assert depth >= 0, f"line {number} closes a block that was never opened"
        if depth == 0:
            in_media = False
    assert depth == 0, "a block is never closed"
