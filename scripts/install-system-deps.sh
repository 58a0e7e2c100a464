#!/usr/bin/env bash
# Installs the Debian packages the test suite drives: chromium (end-to-end tests), CJK fonts
# (charts and documents), LibreOffice 25.x from bookworm-backports (stock 7.4 misdraws the 公文
# grid) and poppler-utils (pdftoppm / pdftotext for render checks). Idempotent: skips what exists.
set -u
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list :lang=zh 2>/dev/null | grep -qi 'noto' || need+=(fonts-noto-cjk)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v unzip >/dev/null 2>&1 || need+=(unzip)
lo_ok=0
if command -v soffice >/dev/null 2>&1; then
  v=$(soffice --version 2>/dev/null | grep -o -E '[0-9]+\.[0-9]+' | head -1)
  case "$v" in 7.*|6.*|'') lo_ok=0 ;; *) lo_ok=1 ;; esac
fi
if [ ${#need[@]} -eq 0 ] && [ $lo_ok -eq 1 ]; then echo "system packages: all present"; exit 0; fi
if [ "$(id -u)" != 0 ]; then echo "system packages missing (${need[*]} libreoffice): not root, cannot install" >&2; exit 0; fi
export DEBIAN_FRONTEND=noninteractive
src=/etc/apt/sources.list.d/debian.sources
if [ -f "$src" ] && ! grep -q 'bookworm-backports' "$src"; then
  sed -i '0,/^Suites: bookworm bookworm-updates$/s//Suites: bookworm bookworm-updates bookworm-backports/' "$src"
fi
apt-get update -qq >/dev/null 2>&1 || apt-get update
if [ ${#need[@]} -gt 0 ]; then apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null || apt-get install -y --no-install-recommends "${need[@]}"; fi
if [ $lo_ok -eq 0 ]; then
  apt-get install -y -qq --no-install-recommends -t bookworm-backports libreoffice-writer-nogui libreoffice-calc-nogui >/dev/null \
    || apt-get install -y --no-install-recommends -t bookworm-backports libreoffice-writer-nogui libreoffice-calc-nogui \
    || apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui
fi
echo "system packages: installed ${need[*]} $([ $lo_ok -eq 0 ] && echo libreoffice)"
