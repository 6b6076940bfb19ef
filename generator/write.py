"""Write stage: the only code that touches the docs folder.

Pages are written atomically and only when their bytes change; generated pages whose input is
gone are removed. A manifest in the docs folder (a dot file, which MkDocs ignores) records what
newsdocs generated, so that hand-written files beside them are never touched.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.model import Page

MANIFEST = ".newsdocs-manifest.json"


@dataclass(frozen=True)
class WriteResult:
    written: tuple[str, ...]
    unchanged: tuple[str, ...]
    removed: tuple[str, ...]


def write_pages(pages: Sequence[Page], docs_dir: Path) -> WriteResult:
    docs_dir.mkdir(parents=True, exist_ok=True)
    written, unchanged = [], []
    for page in pages:
        data = page.text.encode("utf-8")
        target = docs_dir / page.path
        if _read_bytes(target) == data:
            unchanged.append(page.path)
        else:
            write_atomically(target, data)
            written.append(page.path)
    current = {p.path for p in pages}
    removed = sorted(path for path in _previous_paths(docs_dir) if path not in current)
    for path in removed:
        (docs_dir / path).unlink(missing_ok=True)
        _remove_empty_parents(docs_dir / path, docs_dir)
    manifest = json.dumps(sorted(current), indent=0).encode("utf-8")
    if _read_bytes(docs_dir / MANIFEST) != manifest:
        write_atomically(docs_dir / MANIFEST, manifest)
    return WriteResult(tuple(written), tuple(unchanged), tuple(removed))


def pages_digest(pages: Sequence[Page]) -> str:
    """A digest of the generated pages, as ``written_digest`` reads them back from the docs folder."""
    digest = hashlib.sha256()
    for page in sorted(pages, key=lambda p: p.path):
        digest.update(page.path.encode("utf-8") + b"\0" + page.text.encode("utf-8") + b"\0")
    return digest.hexdigest()


def written_digest(docs_dir: Path) -> str | None:
    """The digest of the pages the last build wrote, as they are now; ``None`` if one is gone."""
    digest = hashlib.sha256()
    for path in sorted(_previous_paths(docs_dir)):
        data = _read_bytes(docs_dir / path)
        if data is None:
            return None
        digest.update(path.encode("utf-8") + b"\0" + data + b"\0")
    return digest.hexdigest()


def write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _previous_paths(docs_dir: Path) -> list[str]:
    try:
        paths = json.loads((docs_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    root = docs_dir.resolve()
    return [p for p in paths if isinstance(p, str) and (root / p).resolve().is_relative_to(root)]


def _read_bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _remove_empty_parents(path: Path, docs_dir: Path) -> None:
    for parent in path.parents:
        if parent == docs_dir or not parent.is_relative_to(docs_dir):
            return
        try:
            parent.rmdir()
        except OSError:
            return
