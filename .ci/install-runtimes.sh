#!/usr/bin/env bash
# Installs what the test suite compares against (design.md, "Reference
# runtimes"): Mono 6.8 from Debian (mono, mcs, peverify) and CoreCLR 3.1
# from PyPI's dotnetcore2 in a venv. Idempotent; needs root for apt-get.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
VENV=${CORECLR_VENV:-/opt/coreclr-venv}

need=()
# ilasm (below) needs PEAPI, its assembly writer, in the GAC.
for p in mono-runtime mono-mcs mono-utils libmono-peapi4.0a-cil python3-venv; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
# CoreCLR 3.1 needs some ICU for globalization (it probes by version).
ls /usr/lib/x86_64-linux-gnu/libicuuc.so.* /usr/lib/aarch64-linux-gnu/libicuuc.so.* >/dev/null 2>&1 || need+=(libicu72)
if [ ${#need[@]} -gt 0 ]; then
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# ilasm (to check that `sharp dis` output assembles again) ships only in
# mono-devel, which pulls in ~140 packages: take ilasm.exe out of its .deb.
if ! command -v ilasm >/dev/null 2>&1; then
  extra=/opt/sharp-mono-extra
  mkdir -p "$extra"
  tmp=$(mktemp -d); chmod 755 "$tmp"
  ver=$(dpkg-query -W -f='${Version}' mono-runtime)
  (cd "$tmp" && apt-get download -qq "mono-devel=$ver" 2>/dev/null) \
    || { apt-get -o DPkg::Lock::Timeout=600 update -qq; (cd "$tmp" && apt-get download -qq "mono-devel=$ver"); }
  dpkg-deb --fsys-tarfile "$tmp"/mono-devel_*.deb | tar -x -C "$tmp" ./usr/lib/mono/4.5/ilasm.exe
  cp "$tmp"/usr/lib/mono/4.5/ilasm.exe "$extra/"
  printf '#!/bin/sh\nexec /usr/bin/mono %s "$@"\n' "$extra/ilasm.exe" > /usr/local/bin/ilasm
  chmod 755 /usr/local/bin/ilasm
  rm -rf "$tmp"
fi

if ! ls "$VENV"/lib/python3*/site-packages/dotnetcore2/bin/dotnet >/dev/null 2>&1; then
  python3 -m venv "$VENV"
  # Only the package: its Python module would download things at import
  # time, so the tests call the bundled `dotnet` host directly.
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check dotnetcore2==3.1.23
fi
echo "mono: $(mono --version | head -n1)"
echo "ilasm: $(command -v ilasm)"
echo "dotnet: $(ls "$VENV"/lib/python3*/site-packages/dotnetcore2/bin/dotnet)"
