"""The build report: counts, then one line per problem file with its reason; and what of it the
console shows."""

from __future__ import annotations

from collections import Counter

from generator.extract.topics import Filing
from generator.model import Problem, Report


def report_text(report: Report) -> str:
    lines = [
        f"inputs: {report.inputs}",
        f"articles: {report.articles}",
        f"pages written: {report.pages_written}, unchanged: {report.pages_unchanged}, removed: {report.pages_removed}",
        f"problems: {len(report.problems)}",
    ]
    lines += [problem_line(p) for p in sorted(report.problems, key=lambda p: (p.rel_path, p.kind))]
    if report.boilerplate:
        lines += ["", "boilerplate dropped (paragraphs repeated under unrelated headlines), by articles carrying it:"]
        lines += [f"{count}: {paragraph}" for paragraph, count in sorted(report.boilerplate.items(), key=lambda i: (-i[1], i[0]))]
    lines += ["", "filing (section: topics with their scores):"]
    lines += [filing_line(path, filing) for path, filing in sorted(report.filings.items())]
    return "\n".join(lines) + "\n"


def filing_line(path: str, filing: Filing) -> str:
    topics = ", ".join(f"{t.name} {t.score:.2f}" for t in filing.topics) or "no topic"
    return f"{path}: {filing.section}: {topics}"


def problem_line(problem: Problem) -> str:
    outcome = "no page" if problem.fatal else "page made"
    return f"{problem.rel_path}: {problem.kind} ({outcome}): {problem.reason}"


def summary_line(report: Report) -> str:
    skipped = sum(p.fatal for p in report.problems)
    boilerplate = f"; {len(report.boilerplate)} boilerplate paragraphs dropped" if report.boilerplate else ""
    return (
        f"newsdocs: {report.articles} article pages from {report.inputs} input files; "
        f"{report.pages_written} pages written, {report.pages_unchanged} unchanged, {report.pages_removed} removed; "
        f"{skipped} files made no page, {len(report.problems) - skipped} warnings{boilerplate}"
    )


def console_lines(report: Report, warnings_shown: int = 20) -> list[str]:
    """Every file that made no page, the first ``warnings_shown`` warnings and a count of the rest
    by kind (the report file lists them all), then the summary."""
    problems = sorted(report.problems, key=lambda p: (not p.fatal, p.rel_path, p.kind))
    fatal = [p for p in problems if p.fatal]
    warnings = [p for p in problems if not p.fatal]
    lines = [problem_line(p) for p in (*fatal, *warnings[:warnings_shown])]
    if len(warnings) > warnings_shown:
        rest = Counter(p.kind for p in warnings[warnings_shown:])
        kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(rest.items()))
        lines.append(f"... and {len(warnings) - warnings_shown} more warnings ({kinds}): see the report")
    return [*lines, summary_line(report)]
