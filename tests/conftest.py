"""Shared fixtures: the project root and a skip for absent shared corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import corpora


@pytest.fixture
def project_root() -> Path:
    return corpora.PROJECT_ROOT


def require_corpus(name: str) -> Path:
    """The corpus folder, or skip the test when ``../shared/corpora/<name>`` is absent."""
    path = corpora.corpus_dir(name)
    if path is None:
        pytest.skip(f"shared corpus {name!r} not found under {corpora.corpora_root()}")
    return path
