#!/usr/bin/env bash
# Installs what the test suite compares against (design.md, "Reference
# runtimes"): Mono 6.8 from Debian (mono, mcs, peverify) and CoreCLR 3.1
# from PyPI's dotnetcore2 in a venv. Idempotent; needs root for apt-get.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
VENV=${CORECLR_VENV:-/opt/coreclr-venv}

need=()
for p in mono-runtime mono-mcs mono-utils python3-venv; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
# CoreCLR 3.1 needs some ICU for globalization (it probes by version).
ls /usr/lib/x86_64-linux-gnu/libicuuc.so.* /usr/lib/aarch64-linux-gnu/libicuuc.so.* >/dev/null 2>&1 || need+=(libicu72)
if [ ${#need[@]} -gt 0 ]; then
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if ! ls "$VENV"/lib/python3*/site-packages/dotnetcore2/bin/dotnet >/dev/null 2>&1; then
  python3 -m venv "$VENV"
  # Only the package: its Python module would download things at import
  # time, so the tests call the bundled `dotnet` host directly.
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check dotnetcore2==3.1.23
fi
echo "mono: $(mono --version | head -n1)"
echo "dotnet: $(ls "$VENV"/lib/python3*/site-packages/dotnetcore2/bin/dotnet)"
