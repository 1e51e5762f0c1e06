"""The tables of `docs/policy-extensions.md`, rendered from `runtime.vocabulary`.

The page's prose is hand-written; each table sits between `<!-- vocabulary: NAME -->` and
`<!-- /vocabulary -->` and is replaced wholesale, so the page cannot say what the runtime does
not accept. `python -m clientgen vocabulary --write` renders it, `check` fails when it drifts.
"""

from __future__ import annotations

import re
from pathlib import Path

from .errors import PipelineError
from .runtime.vocabulary import EXTENSIONS, Extension, extension

__all__ = ["DOC_PATH", "VocabularyDocError", "render", "stale"]

DOC_PATH = Path("docs") / "policy-extensions.md"
OPERATIONS = "operations"  # the block listing every operation-level extension
_BLOCK = re.compile(
    r"(?P<open><!-- vocabulary: (?P<name>[a-z-]+) -->\n)(?P<body>.*?)"
    r"(?P<close><!-- /vocabulary -->)",
    re.DOTALL,
)


class VocabularyDocError(PipelineError, ValueError):
    """The page names a block the vocabulary does not have, or misses one it has."""


def _cell(text: str) -> str:
    """A table cell: a bare `|` escaped (the vocabulary's own `\\|` left as written)."""
    return re.sub(r"(?<!\\)\|", r"\\|", text)


def _keys_table(ext: Extension) -> str:
    rows = ["| key | type | required | meaning |", "|---|---|---|---|"]
    for key in ext.keys:
        required = "yes" if key.required else "no"
        rows.append(f"| `{key.name}` | {_cell(key.type)} | {required} | {_cell(key.meaning)} |")
    return "\n".join(rows) + "\n"


def _operations_table() -> str:
    rows = ["| extension | type | meaning |", "|---|---|---|"]
    for ext in EXTENSIONS:
        if ext.where == "operation":
            rows.append(f"| `{ext.name}` | {_cell(ext.type)} | {_cell(ext.meaning)} |")
    return "\n".join(rows) + "\n"


def _block(name: str) -> str:
    if name == OPERATIONS:
        return _operations_table()
    try:
        ext = extension(name)
    except KeyError as exc:
        raise VocabularyDocError(f"{DOC_PATH}: block {name!r}: {exc.args[0]}") from None
    if not ext.keys:
        raise VocabularyDocError(f"{DOC_PATH}: block {name!r}: {name} has no keys to tabulate")
    return f"{ext.meaning[0].upper()}{ext.meaning[1:]}.\n\n{_keys_table(ext)}"


def render(text: str) -> str:
    """`text` with every vocabulary block re-rendered; every extension with keys, and the
    operations list, must have a block."""
    seen: set[str] = set()

    def replace(match: re.Match[str]) -> str:
        seen.add(match["name"])
        return f"{match['open']}{_block(match['name'])}{match['close']}"

    rendered = _BLOCK.sub(replace, text)
    wanted = {e.name for e in EXTENSIONS if e.keys} | {OPERATIONS}
    missing = sorted(wanted - seen)
    if missing:
        raise VocabularyDocError(
            f"{DOC_PATH}: no block for {', '.join(missing)} "
            "(add `<!-- vocabulary: NAME -->` ... `<!-- /vocabulary -->`)"
        )
    return rendered


def stale(root: Path) -> bool:
    """True when the page at `root / DOC_PATH` differs from its rendering."""
    text = (root / DOC_PATH).read_text(encoding="utf-8")
    return render(text) != text
