#!/usr/bin/env bash
# Installs what the browser tests need from Debian: Chromium (driven by playwright-core, which
# cannot download its own browser here), poppler-utils (pdftotext/pdftoppm for PDF checks), and
# WebKitGTK's WebDriver with its MiniBrowser plus a virtual display (webkit2gtk-driver, xvfb) for the
# WebKit project, the engine of every iPad browser.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v WebKitWebDriver >/dev/null 2>&1 || missing+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing ${missing[*]}; run as root or: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi
