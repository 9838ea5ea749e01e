#!/usr/bin/env python3
"""Opens newsgraph's SVG diagrams and HTML briefs in headless Chromium, as a reader would.

    python3 scripts/checks/check_browser.py DIR [--screenshots OUT]
    python3 scripts/checks/check_browser.py --self-test [--screenshots OUT]

For every DIR/*.svg and DIR/*.html:
  - the file itself: no <script>, no on* event attribute, no <iframe>/<object>/<embed>/<img>/<link>,
    no href/src that is not a same-page fragment (#...), no url(...) or @import in CSS: nothing
    a browser would run or fetch;
  - Chromium (Debian's `chromium`) renders it at 1100 px wide and takes a screenshot,
    OUT/<file name>.png; the page fails if the browser reports an error (any console message, or an
    XML parse error in the DOM it built), if the page itself asked for anything but file: or
    data: URLs (read from Chromium's network log), or if the screenshot shows nothing: a page
    that is all one colour, or nearly so.
Chromium runs with its background services off, DNS answering nothing and a proxy on a closed
loopback port, so nothing leaves the machine whatever the page asks for.
--self-test checks that the checker catches a blank page, a script, an event handler, an
external image and a malformed SVG.
Prints one line per problem, then a summary; exits 1 if there was a problem.
"""
import argparse
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

WIDTH, HEIGHT = 1100, 2000
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", f"--window-size={WIDTH},{HEIGHT}",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    "--no-default-browser-check", "--disable-default-apps", "--disable-extensions", "--disable-domain-reliability",
    "--disable-client-side-phishing-detection", "--no-pings", "--metrics-recording-only",
    "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication,SpellcheckService",
    "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9",
    "--enable-logging=stderr", "--v=0", "--virtual-time-budget=3000",
]
FETCHING_TAGS = {"script", "iframe", "object", "embed", "img", "link", "image", "use", "foreignobject", "audio", "video",
                 "source", "frame", "meta-refresh"}
ALLOWED_NAMESPACES = {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"}


class Tags(html.parser.HTMLParser):
    """Start tags and attributes, for both HTML and SVG (names lowercased)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag.lower(), [(k.lower(), v or "") for k, v in attrs]))

    handle_startendtag = handle_starttag


def static_problems(path):
    """What in the file's text could run or fetch something."""
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    problems = []
    if re.search(r"<\s*script", text, re.IGNORECASE):
        problems.append("contains <script")
    if re.search(r"@import|url\s*\(", text, re.IGNORECASE):
        problems.append("CSS refers to a URL (url(...) or @import)")
    parser = Tags()
    parser.feed(text)
    for tag, attrs in parser.tags:
        if tag in FETCHING_TAGS:
            problems.append(f"has a <{tag}> element")
        for name, value in attrs:
            local = name.rsplit(":", 1)[-1]
            if local.startswith("on"):
                problems.append(f"<{tag}> has an event attribute {name}")
            elif local in ("href", "src", "srcset", "action", "formaction", "data", "poster", "background") \
                    and not value.startswith("#"):
                problems.append(f"<{tag}> refers to {value[:60]!r} ({name})")
            elif name.startswith("xmlns") and value not in ALLOWED_NAMESPACES:
                problems.append(f"<{tag}> declares an unexpected namespace {value[:60]!r}")
            elif tag == "meta" and name == "http-equiv" and value.lower() == "refresh":
                problems.append("<meta http-equiv=refresh>")
    return problems


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    return None


def run_chromium(binary, url, extra, profile):
    try:
        return subprocess.run([binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *extra, url],
                              capture_output=True, text=True, timeout=90)
    except subprocess.TimeoutExpired as e:  # a page that hangs the browser fails; the run goes on
        return subprocess.CompletedProcess(e.cmd, -1, "", "Chromium did not finish within 90 s")


def page_requests(netlog_path):
    """URLs the page itself asked for (browser-internal requests have no origin)."""
    try:
        with open(netlog_path, encoding="utf-8") as f:
            log = json.load(f)
    except (OSError, ValueError):
        # Chromium may leave the log unterminated when it exits; close it and try again.
        with open(netlog_path, encoding="utf-8") as f:
            text = f.read().rstrip().rstrip(",")
        log = json.loads(text + "]}")
    types = {v: k for k, v in log["constants"]["logEventTypes"].items()}
    urls = []
    for event in log.get("events", []):
        params = event.get("params", {})
        if types.get(event.get("type")) == "URL_REQUEST_START_JOB" and params.get("url") \
                and params.get("initiator", "not an origin") != "not an origin":
            urls.append(params["url"])
    return urls


def screenshot_problems(png):
    from PIL import Image, ImageStat  # imported here so --help works without Pillow
    image = Image.open(png).convert("L")
    histogram = image.histogram()
    total = sum(histogram)
    background = max(histogram)
    stddev = ImageStat.Stat(image).stddev[0]
    inked = 1 - background / total
    if inked < 0.001 or stddev < 1:
        return [f"the screenshot shows nothing ({inked:.2%} of pixels differ from the background, stddev {stddev:.1f})"], inked
    return [], inked


def check_in_browser(binary, path, out_dir):
    """Problems Chromium shows, and what the screenshot holds."""
    problems = []
    url = "file://" + os.path.abspath(path)
    png = os.path.join(out_dir, os.path.basename(path) + ".png")
    with tempfile.TemporaryDirectory() as work:
        netlog = os.path.join(work, "net.json")
        shot = run_chromium(binary, url, [f"--screenshot={png}", f"--log-net-log={netlog}"], os.path.join(work, "p1"))
        dom = run_chromium(binary, url, ["--dump-dom"], os.path.join(work, "p2"))
        if shot.returncode != 0 or not os.path.exists(png):
            return [f"Chromium failed to take a screenshot (exit {shot.returncode}): {shot.stderr.strip()[-300:]}"], png, 0
        for line in (shot.stderr + dom.stderr).splitlines():
            # Our pages run no script, so any console message is the browser reporting a problem
            # (a refused load, a parse error).
            if ":CONSOLE" in line:
                problems.append(f"browser console: {line.strip()[:200]}")
        if "parsererror" in dom.stdout or "This page contains the following errors" in dom.stdout:
            problems.append("the browser could not parse it (parsererror)")
        if dom.returncode != 0 or not dom.stdout.strip():
            problems.append(f"the browser built no document (exit {dom.returncode})")
        for requested in page_requests(netlog):
            if not requested.startswith(("file:", "data:")):
                problems.append(f"the page asked the network for {requested[:80]}")
    shown, inked = screenshot_problems(png)
    return problems + shown, png, inked


def check_folder(folder, out_dir, binary):
    names = sorted(n for n in os.listdir(folder) if n.endswith((".svg", ".html")))
    problems, checked = [], {"svg": 0, "html": 0}
    os.makedirs(out_dir, exist_ok=True)
    for name in names:
        path = os.path.join(folder, name)
        found = [f"{name}: {p}" for p in static_problems(path)]
        browser, png, inked = check_in_browser(binary, path, out_dir)
        found += [f"{name}: {p}" for p in browser]
        problems += found
        checked[name.rsplit(".", 1)[-1]] += 1
        print(f"  {'FAIL' if found else 'ok  '} {name} -> {os.path.relpath(png)} ({inked:.1%} inked)")
    return problems, checked


SELF_TEST = {
    "blank.svg": ('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" '
                  'fill="white"/></svg>', "shows nothing"),
    "script.html": ("<!DOCTYPE html><html><body><h1>Hello</h1><p>text</p><script>console.error('x')</script>"
                    "</body></html>", "browser console"),
    "handler.svg": ('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" onclick="go()">'
                    '<text x="10" y="50" font-size="40">Hello</text></svg>', "event attribute"),
    "external.html": ('<!DOCTYPE html><html><body><h1>Hello world</h1><img src="http://example.invalid/x.png">'
                      "</body></html>", "asked the network for http://example.invalid"),
    "broken.svg": ('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><text x="10" y="50">a & b'
                   "</text></svg>", "parse"),
}


def self_test(out_dir, binary):
    """The checker must catch each kind of bad page, and pass a good one."""
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        for name, (content, expected) in SELF_TEST.items():
            with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
                f.write(content)
        with open(os.path.join(folder, "good.html"), "w", encoding="utf-8") as f:
            f.write("<!DOCTYPE html><html><body><h1>A good page</h1>" + "<p>Some text to read.</p>" * 20 + "</body></html>")
        problems, _ = check_folder(folder, out_dir, binary)
    for name, (_, expected) in SELF_TEST.items():
        if not any(p.startswith(name + ":") and expected in p for p in problems):
            failures.append(f"self-test: {name} was not flagged for '{expected}'")
    failures += [f"self-test: a good page was flagged: {p}" for p in problems if p.startswith("good.html:")]
    return failures


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir", nargs="?")
    ap.add_argument("--screenshots", default=".build/screenshots")
    ap.add_argument("--self-test", action="store_true")
    a = ap.parse_args()
    binary = chromium()
    if binary is None:
        sys.exit("chromium is not installed (scripts/install-deps.sh test installs it)")
    os.makedirs(a.screenshots, exist_ok=True)
    if a.self_test:
        failures = self_test(os.path.join(a.screenshots, "self-test"), binary)
        for f in failures:
            print(f)
        print(f"check_browser self-test: {len(SELF_TEST)} bad pages and 1 good page: {len(failures)} problems")
        sys.exit(1 if failures else 0)
    if not a.dir or not os.path.isdir(a.dir):
        sys.exit(f"{a.dir}: not a folder")
    problems, checked = check_folder(a.dir, a.screenshots, binary)
    if not checked["svg"] or not checked["html"]:
        problems.append(f"{a.dir}: expected SVG diagrams and an HTML brief, found {checked['svg']} SVG and "
                        f"{checked['html']} HTML (run 'make graphs')")
    for p in problems:
        print(p)
    print(f"check_browser: {checked['svg']} SVG and {checked['html']} HTML opened in Chromium, screenshots in "
          f"{a.screenshots}: {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
