"""sitegen's search against Pagefind on the same built site and query set, both run by their own
scripts in headless Chromium (Pagefind searches only through its JavaScript and WebAssembly, so a
browser is its node-free API). Called by `sitegen-bench` when `pagefind` is installed; also by
hand:

    python3 Tests/Browser/search_compare.py SITE/public Tests/Browser/search_queries.json [PAGEFIND]

Prints, per engine, hits@5 (queries whose expected article is among the first five results) and
the bytes a reader's browser transfers: for the first query of each language (the search
scripts included) and the largest further query. Sizes are each fetched file gzipped at level 6
as a server would send it (Pagefind's index files are gzipped already). Pagefind's bundle is
the site's `_pagefind/` folder: made (and removed afterwards) unless it is there already. Serves on 127.0.0.1 only.
"""
import functools
import gzip
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from urllib.parse import unquote, urlparse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


REQUESTS = []


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Records each path asked for: Pagefind fetches from a web worker, which the page's
    resource timing does not see, so transfers are counted at the server."""
    def do_GET(self):
        REQUESTS.append(self.path)
        super().do_GET()

    def log_message(self, *args):
        pass


def gzipped_size(public, url, sizes={}):
    path = os.path.join(public, unquote(urlparse(url).path).lstrip("/"))
    if path not in sizes:
        try:
            with open(path, "rb") as f:
                sizes[path] = len(gzip.compress(f.read(), 6))
        except OSError:
            sizes[path] = 0
    return sizes[path]


def fetched(browser):
    """The paths requested since the last call (the browser's cache hits are not)."""
    names = list(REQUESTS)
    del REQUESTS[:len(names)]
    return names


def ours(browser, site, language, query):
    box = browser.find_element(By.CSS_SELECTOR, "form[data-search] input[type=search]")
    box.clear()
    box.send_keys(query)
    WebDriverWait(browser, 10).until(
        lambda b: b.find_element(By.CSS_SELECTOR, ".search-panel").get_attribute("data-query") == query
        and b.find_element(By.ID, "site-search-status").text.strip())
    rows = browser.find_elements(By.CSS_SELECTOR, ".search-results li a")
    return [urlparse(row.get_attribute("href")).path for row in rows[:5]]


PAGEFIND_SEARCH = """
var done = arguments[arguments.length - 1];
(async function () {
  if (!window.pf) window.pf = await import('/_pagefind/pagefind.js');
  var found = await window.pf.search(arguments[0]);
  var data = await Promise.all(found.results.slice(0, 5).map(function (r) { return r.data(); }));
  done(data.map(function (d) { return d.url; }));
}).apply(null, arguments).catch(function (e) { done('error: ' + e); });
"""


def pagefind(browser, site, language, query):
    urls = browser.execute_async_script(PAGEFIND_SEARCH, query)
    if isinstance(urls, str):
        raise RuntimeError(urls)
    return [urlparse(url).path for url in urls]


SCRIPT_MARKS = ("/assets/search", "/_pagefind/pagefind", ".wasm")


def run(engine, browser, site, public, queries):
    """Returns hits, misses, and per language (first query bytes, largest further query bytes).
    A language's first query counts the engine's scripts even when the browser kept them from
    an earlier page (hashed names are cached whatever the cache setting)."""
    hits, misses, transfer = 0, [], {}
    scripts = set()
    for language in sorted({q[0] for q in queries}, key=[q[0] for q in queries].index):
        browser.execute_cdp_cmd("Network.clearBrowserCache", {})
        browser.get(site + language + "/")
        loaded = [name for name in fetched(browser) if any(mark in name for mark in SCRIPT_MARKS)]
        scripts.update(loaded)
        seen = set()
        first, further = None, 0
        for _, query, expected in [q for q in queries if q[0] == language]:
            paths = engine(browser, site, language, query)
            names = [n for n in fetched(browser) if n not in seen]
            seen.update(names)
            scripts.update(n for n in names if any(mark in n for mark in SCRIPT_MARKS))
            size = sum(gzipped_size(public, n) for n in names)
            if first is None:
                first = size + sum(gzipped_size(public, n) for n in scripts if n not in names)
            else:
                further = max(further, size)
            if any(path.rstrip("/").endswith("/%s/%s" % (language, expected)) for path in paths):
                hits += 1
            else:
                misses.append("%s:%s" % (language, query))
        transfer[language] = (first or 0, further)
    return hits, misses, transfer


def main():
    public, query_file = os.path.abspath(sys.argv[1]), sys.argv[2]
    binary = sys.argv[3] if len(sys.argv) > 3 else (shutil.which("pagefind") or shutil.which("pagefind_extended"))
    with open(query_file, encoding="utf-8") as f:
        queries = json.load(f)["queries"]
    bundle = os.path.join(public, "_pagefind")
    made = False
    if binary and not os.path.isdir(bundle):
        subprocess.run([binary, "--site", public, "--output-path", bundle, "--silent"], check=True, timeout=1800)
        made = True
    handler = functools.partial(QuietHandler, directory=public)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    site = "http://127.0.0.1:%d/" % server.server_address[1]
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    profile = tempfile.mkdtemp(prefix="sitegen-compare-")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--user-data-dir=" + profile):
        options.add_argument(argument)
    browser = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    browser.set_page_load_timeout(30)
    browser.set_script_timeout(30)
    # Each language starts cold, as a reader's first visit: its scripts and index are fetched.
    browser.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    try:
        engines = [("sitegen", ours)] + ([("pagefind", pagefind)] if os.path.isdir(bundle) else [])
        print("  query set: %d queries (%s)" % (len(queries), ", ".join(sorted({q[0] for q in queries}))))
        for name, engine in engines:
            hits, misses, transfer = run(engine, browser, site, public, queries)
            per_language = ", ".join("%s %.1f/%.1f" % (lang, a / 1024, b / 1024) for lang, (a, b) in transfer.items())
            print("  %-8s hits@5 %d/%d; KB first/largest further query: %s" % (name, hits, len(queries), per_language))
            if misses:
                print("           missed: " + "; ".join(misses))
    finally:
        browser.quit()
        server.shutdown()
        server.server_close()
        shutil.rmtree(profile, ignore_errors=True)
        if made:
            shutil.rmtree(bundle, ignore_errors=True)


if __name__ == "__main__":
    main()
