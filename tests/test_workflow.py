"""The GitHub Pages workflow builds the site as the README says and deploys it with the official actions."""

from __future__ import annotations

import re

import yaml
from projects import ROOT

WORKFLOW = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
STEPS = [step for job in WORKFLOW["jobs"].values() for step in job["steps"]]


def test_workflow_uses_the_official_pages_actions() -> None:
    actions = {step["uses"].split("@")[0]: step for step in STEPS if "uses" in step}
    assert actions.keys() == {"actions/checkout", "actions/setup-python", "actions/configure-pages",
                              "actions/upload-pages-artifact", "actions/deploy-pages"}
    assert actions["actions/setup-python"]["with"]["python-version"] == "3.11"
    assert actions["actions/configure-pages"]["id"] == "pages"
    assert actions["actions/upload-pages-artifact"]["with"]["path"] == "site"
    assert WORKFLOW["permissions"]["pages"] == "write" and WORKFLOW["permissions"]["id-token"] == "write"
    assert WORKFLOW["concurrency"]["group"]


def test_workflow_builds_as_the_readme_says_for_the_pages_url() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    build = re.search(r"Build the site.*?```sh\n(.+?)\n```", readme, re.S).group(1)
    [step] = [step for step in STEPS if "mkdocs build" in step.get("run", "")]
    assert step["run"].strip() == build
    assert step["env"]["SITE_URL"] == "${{ steps.pages.outputs.base_url }}"
