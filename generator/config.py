"""Typed build configuration, shared by the ``newsdocs`` command and the MkDocs plugin."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DEFAULT_SEEDS_DIR = "seeds"
DEFAULT_DOCS_DIR = "site_src"
DEFAULT_REPORT_FILE = "newsdocs-report.txt"


@dataclass(frozen=True)
class BuildConfig:
    project_root: Path
    """Input paths in the report and in ``source_file`` are relative to it."""
    seeds_dir: Path
    docs_dir: Path
    report_file: Path
    site_name: str = "newsdocs"

    @classmethod
    def at(cls, project_root: Path, seeds_dir: str = DEFAULT_SEEDS_DIR, docs_dir: str = DEFAULT_DOCS_DIR,
           report_file: str = DEFAULT_REPORT_FILE, site_name: str = "newsdocs") -> BuildConfig:
        """A configuration whose relative paths are taken from ``project_root``."""
        root = project_root.resolve()
        return cls(root, root / seeds_dir, root / docs_dir, root / report_file, site_name)
