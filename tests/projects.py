"""Throw-away newsdocs projects for end-to-end tests: the repository's configuration, given seeds."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from generator import corpora

ROOT = corpora.PROJECT_ROOT

HOSTILE_TITLE = 'Talks: "Peace" & <b>War</b> --- {{ x }} [link](javascript:alert(1)) # key: [a, b]'
HOSTILE_BODY = [
    "Officials met on Tuesday to discuss the ceasefire, <script>alert('body')</script> a spokesman said.",
    'The talks ended without a deal, <img src=x onerror="alert(2)"> according to two people present.',
    "---",
    "Negotiators will meet again next week in the capital {{ config.site_name }} and {% raw %} afterwards.",
]


def new_project(tmp_path: Path) -> Path:
    """An empty project: the repository's ``mkdocs.yml`` and hand-written docs, no seeds."""
    root = tmp_path / "project"
    root.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "site_src" / "assets", root / "site_src" / "assets")
    (root / "seeds").mkdir()
    return root


def write_seed(project: Path, name: str, content: str | bytes) -> Path:
    path = project / "seeds" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def hostile_page() -> str:
    """A saved web page whose scripts, handlers and escaped markup must stay inert text."""
    body = "".join(f"<p>{line.replace('<', '&lt;').replace('>', '&gt;')}</p>" for line in HOSTILE_BODY)
    return (
        '<html><head><title>Saved Page</title><script>alert("head")</script></head>'
        '<body onload="alert(3)"><h1>Envoy Talks Resume In The Capital</h1>'
        '<p>By Ann Lee</p>'
        f'{body}<p><a href="javascript:alert(4)">Negotiators said the next round would follow soon.</a></p>'
        "<script>alert('saved-page-script')</script></body></html>"
    )


def hostile_article() -> str:
    return HOSTILE_TITLE + "\n\n" + "\n\n".join(HOSTILE_BODY) + "\n"


def sample_project(tmp_path: Path, basil: Path) -> Path:
    """A project with the first six articles of the basil corpus (folder ``basil``) and the hostile one."""
    project = new_project(tmp_path)
    for path in sorted((basil / "text").glob("*/*.txt"))[:6]:
        write_seed(project, f"{path.parent.name[:8]}/{path.name}", path.read_text(encoding="utf-8"))
    write_seed(project, "hostile.txt", hostile_article())
    return project


def run(project: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """A command of the installed project (``mkdocs``, ``newsdocs``) run in ``project``, ``env`` added to the environment."""
    program = [sys.executable, "-m", "mkdocs"] if args[0] == "mkdocs" else [sys.executable, "-m", "generator.cli"]
    return subprocess.run([*program, *args[1:]], cwd=project, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})})


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
