#!/usr/bin/env bash
# Installs what `make graphs` and `make test` need and this machine lacks; does nothing when all is there.
# Usage: scripts/install-deps.sh [build|test]
set -euo pipefail
need_apt=()
pkg-config --exists libgvc 2>/dev/null || need_apt+=(libgraphviz-dev)
dpkg -s libmimalloc-dev >/dev/null 2>&1 || need_apt+=(libmimalloc-dev)
if [ "${1:-build}" = test ]; then
  command -v xmllint >/dev/null || need_apt+=(libxml2-utils)
  command -v valgrind >/dev/null || need_apt+=(valgrind)
  command -v chromium >/dev/null || need_apt+=(chromium)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "installing ${need_apt[*]} (apt)" >&2
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
if [ "${1:-build}" = test ]; then
  missing=$(python3 - <<'PY'
import importlib.util
mods = {"networkx": "networkx", "igraph": "igraph", "jsonschema": "jsonschema", "PIL": "pillow"}
print(" ".join(pkg for mod, pkg in mods.items() if importlib.util.find_spec(mod) is None))
PY
)
  if [ -n "$missing" ]; then
    echo "installing $missing (pip)" >&2
    python3 -m pip install -q $missing
  fi
fi
