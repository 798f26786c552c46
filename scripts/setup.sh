#!/usr/bin/env bash
# Sets up a checkout: the system libraries Qt needs (Debian/Ubuntu), a virtual environment in
# .venv, and the project installed into it. Safe to run again: it only does what is missing.
#   scripts/setup.sh          for running the app
#   scripts/setup.sh --test   also the test tools
set -euo pipefail
cd "$(dirname "$0")/.."

extras="."
[ "${1:-}" = "--test" ] && extras=".[test,postgresql]"

# Qt's offscreen and xcb platforms need these on a fresh Debian 12 (ARCHITECTURE, Platform facts).
SYSTEM_PACKAGES=(libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0
  libxkbcommon0 fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1
  xvfb xauth)
# The installer test builds the desktop app with PyInstaller, which needs objdump.
[ "${1:-}" = "--test" ] && SYSTEM_PACKAGES+=(binutils)
# The PDF tests read the text back with pdftotext as well as pypdf (poppler-utils).
[ "${1:-}" = "--test" ] && SYSTEM_PACKAGES+=(poppler-utils)
# The delivery-report tests start a throwaway Postfix and Dovecot from the Debian packages.
[ "${1:-}" = "--test" ] && SYSTEM_PACKAGES+=(postfix dovecot-imapd dovecot-lmtpd)
# The shared-ledger tests start a throwaway PostgreSQL server from the Debian package's binaries.
if [ "${1:-}" = "--test" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  SYSTEM_PACKAGES+=(postgresql)
fi

install_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0   # not Debian-like: see README
  local missing=()
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "Please install these system packages, then run this again: ${missing[*]}" >&2
      exit 1
    fi
  fi
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

find_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  echo "LedgerPost needs Python 3.11 or newer; none was found on PATH." >&2
  exit 1
}

# PyInstaller bundles the Python shared library. Debian's own python3.X keeps it in the
# libpython3.X package, which a bare system may lack; other Pythons (pyenv, a venv's own build)
# bring theirs or have none to install.
python_shared_library_package() {
  local python real
  if [ -x .venv/bin/python ]; then
    python="$(.venv/bin/python -c 'import sys; print(sys._base_executable)')"
  else
    python="$(command -v "$(find_python)")"
  fi
  real="$(readlink -f "$python")"
  [[ "$real" =~ ^/usr/bin/python(3\.[0-9]+)$ ]] || return 0
  if ! "$real" -c 'import os, sys, sysconfig
v = sysconfig.get_config_var
sys.exit(not os.path.exists(os.path.join(v("LIBDIR") or "", v("INSTSONAME") or "-")))'; then
    echo "libpython${BASH_REMATCH[1]}"
  fi
  return 0
}
if [ "${1:-}" = "--test" ]; then
  library_package="$(python_shared_library_package)"
  if [ -n "$library_package" ]; then SYSTEM_PACKAGES+=("$library_package"); fi
fi

install_system_packages

if [ ! -x .venv/bin/python ]; then
  "$(find_python)" -m venv .venv
fi
# A stamp per pyproject.toml and extras says what is installed; the test install includes what
# the app needs, so the app command takes either.
version="$(sha256sum pyproject.toml | cut -c1-16)"
stamp=".venv/.ledgerpost-$version-$(echo "$extras" | tr -dc 'a-z')"
ready="$stamp"
[ "$extras" = "." ] && ls .venv/.ledgerpost-"$version"-* >/dev/null 2>&1 && ready=""
if [ -n "$ready" ] && [ ! -f "$stamp" ]; then
  echo "Installing LedgerPost into .venv ($extras)"
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip 2>/dev/null
  .venv/bin/python -m pip install -q --disable-pip-version-check -e "$extras" 2>&1 \
    | grep -v "^WARNING: Location" || true
  .venv/bin/python -c "import ledgerpost" # fails loudly if the install did not work
  find .venv -maxdepth 1 -name ".ledgerpost-*" ! -name ".ledgerpost-$version-*" -delete
  touch "$stamp"
fi

# The window's languages: compile translations/*.ts to .qm (generated, not committed) when a
# catalogue is newer than its compiled file.
.venv/bin/python tools/translations.py compile --if-stale >/dev/null
