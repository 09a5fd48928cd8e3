#!/usr/bin/env bash
# Workbooks and Word files are checked the way people open them: LibreOffice headless to PDF,
# poppler to PNG, with Carlito for Calibri's metrics. Install whichever of these Debian packages
# is missing; quiet when all are there.
set -euo pipefail
PAKET=(libreoffice-calc libreoffice-writer poppler-utils fonts-crosextra-carlito)
if ! command -v dpkg-query >/dev/null; then exit 0; fi
KURANG=()
for p in "${PAKET[@]}"; do
  if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]; then KURANG+=("$p"); fi
done
if [ ${#KURANG[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "Belum terpasang: ${KURANG[*]}. Uji yang memakainya memerlukan 'sudo apt-get install ${KURANG[*]}'." >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${KURANG[@]}" >/dev/null
