#!/usr/bin/env bash
# The panel is tested in Debian's Chromium; install it when the machine does not have it yet.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "Chromium belum terpasang: jalankan 'sudo apt-get install chromium' lalu ulangi." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium >/dev/null
