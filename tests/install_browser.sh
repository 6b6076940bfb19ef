#!/usr/bin/env bash
# Installs Debian's Chromium, which tests/test_browser.py drives, when /usr/bin/chromium is missing.
# Needs root and apt-get; without them it fails in CI ($CI set) and elsewhere warns (the browser tests then skip).
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    echo "install_browser.sh: /usr/bin/chromium is missing and installing Debian's 'chromium' needs root and apt-get" >&2
    [ -z "${CI:-}" ] && echo "install_browser.sh: the browser tests will be skipped" >&2 && exit 0
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium >/dev/null
[ -x /usr/bin/chromium ] || { echo "install_browser.sh: /usr/bin/chromium is missing after installing chromium" >&2; exit 1; }
