"""``newsdocs build``: the generation alone, without MkDocs' own build."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.utils.yaml import yaml_load

from generator.config import BuildConfig, ConfigurationError
from generator.pipeline import build
from generator.plugin import NewsdocsPlugin, build_config_for
from generator.report import console_lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newsdocs", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    build_command = commands.add_parser("build", help="generate the docs folder from the seeds")
    build_command.add_argument("-f", "--config-file", default="mkdocs.yml",
                               help="the MkDocs configuration to read folders from (default: mkdocs.yml)")
    build_command.add_argument("-q", "--quiet", action="store_true", help="print the summary line only")
    args = parser.parse_args(argv)

    try:
        config = config_from(Path(args.config_file))
        report = build(config, progress=not args.quiet and sys.stderr.isatty())
    except ConfigurationError as error:
        print(f"newsdocs: {error}", file=sys.stderr)
        return 2
    *problems, summary = console_lines(report)
    try:
        if not args.quiet:
            print("\n".join(problems), end="\n" if problems else "")
        print(f"{summary}; report in {config.report_file}", flush=True)
    except BrokenPipeError:  # read by `| head`, which has had enough: the build is done all the same
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def config_from(config_file: Path) -> BuildConfig:
    """The folders of ``config_file``'s newsdocs plugin, or the defaults beside it without one."""
    if not config_file.exists():
        return BuildConfig.at(config_file.parent)
    with config_file.open("rb") as handle:
        docs_dir = (yaml_load(handle) or {}).get("docs_dir", "docs")
    (config_file.parent / docs_dir).mkdir(parents=True, exist_ok=True)  # MkDocs wants it to exist
    mkdocs_config = load_config(str(config_file))
    plugin = next((p for p in mkdocs_config.plugins.values() if isinstance(p, NewsdocsPlugin)), None)
    if plugin is None:
        return BuildConfig.at(config_file.parent, docs_dir=mkdocs_config.docs_dir)
    return build_config_for(mkdocs_config, plugin.config)


if __name__ == "__main__":
    raise SystemExit(main())
