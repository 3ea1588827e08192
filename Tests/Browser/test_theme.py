"""The default theme as readers see it, in a real headless Chromium.

Builds the repository's sample help centre (content/, templates/ and static/, copied to a temporary folder)
with sitegen, serves it on 127.0.0.1 and checks, on every page kind in English, Arabic and
Japanese: axe-core reports no violation, no page scrolls sideways at 320 px, no table cell breaks
a word, the first paragraph of every article is on the first desktop screen, and an article page
stays small. Needs Debian's chromium and chromium-driver, selenium, and axe-core's script from the
axe-playwright-python package (installed with --no-deps: only its axe.min.js is used).
"""

import functools
import gzip
import http.server
import importlib.util
import os
import pathlib
import shutil
import subprocess
import tempfile
import threading

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

REPO = pathlib.Path(__file__).resolve().parents[2]
LANGUAGES = ["en", "ar", "ja"]


def axe_source():
    spec = importlib.util.find_spec("axe_playwright_python")
    assert spec is not None, "pip install --no-deps axe-playwright-python==0.1.8 (it ships axe-core's axe.min.js)"
    return (pathlib.Path(spec.origin).parent / "axe.min.js").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def site():
    """The sample site, built into a temporary folder."""
    work = pathlib.Path(tempfile.mkdtemp(prefix="sitegen-browser-"))
    shutil.copytree(REPO / "content", work / "content")
    shutil.copytree(REPO / "templates", work / "templates")
    if (REPO / "static").is_dir():
        shutil.copytree(REPO / "static", work / "static")
    binary = subprocess.run(["swift", "build", "--show-bin-path"], cwd=REPO, capture_output=True, text=True, check=True).stdout.strip()
    sitegen = pathlib.Path(binary) / "sitegen"
    if not sitegen.exists():
        subprocess.run(["swift", "build", "--product", "sitegen"], cwd=REPO, check=True)
    subprocess.run([str(sitegen), "build", "--root", str(work)], check=True, capture_output=True, timeout=300)
    yield work / "public"
    shutil.rmtree(work, ignore_errors=True)


@pytest.fixture(scope="module")
def server(site):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def browser():
    options = Options()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"]:
        options.add_argument(argument)
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def set_width(driver, width, height=900):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 500})


def pages(site, language):
    return sorted(str(p.relative_to(site)) for p in (site / language).rglob("index.html"))


def articles(site, language):
    """Article pages: those with an article body."""
    return [p for p in pages(site, language) if 'class="article-body"' in (site / p).read_text(encoding="utf-8")]


def page_kinds(site, language):
    """One page of each kind: home, section, article with tables, fallback article, availability, 404, root."""
    listed = pages(site, language)
    chosen = {f"{language}/index.html", f"{language}/availability/index.html", f"{language}/404.html", "index.html"}
    sections = [p for p in listed if 'class="section-body"' in (site / p).read_text(encoding="utf-8")]
    chosen.add(sections[0])
    bodies = articles(site, language)
    with_tables = [p for p in bodies if "table-scroll" in (site / p).read_text(encoding="utf-8")]
    chosen.add(with_tables[0])
    fallback = [p for p in bodies if 'class="article-body" lang=' in (site / p).read_text(encoding="utf-8")]
    if fallback:
        chosen.add(fallback[0])
    return sorted(chosen)


@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_finds_no_violation_on_any_page_kind(site, server, browser, language):
    source = axe_source()
    checked = []
    for path in page_kinds(site, language):
        for width in (1280, 390):
            set_width(browser, width)
            browser.get(server + path)
            browser.execute_script(source)
            result = browser.execute_async_script(
                "var done = arguments[arguments.length - 1];"
                "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(r.violations.map(function (v) {"
                " return v.id + ': ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); })); });")
            assert result == [], f"{path} at {width} px: {result}"
            checked.append(path)
    assert len(checked) >= 10


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_page_scrolls_sideways_at_320_px(site, server, browser, language):
    set_width(browser, 320, 640)
    listed = pages(site, language)
    assert len(listed) > 10
    for path in listed:
        browser.get(server + path)
        overflow = browser.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
        assert overflow <= 0, f"{path} scrolls {overflow} px sideways at 320 px"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_table_cell_breaks_a_word(site, server, browser, language):
    broken_words = """
        var broken = [];
        document.querySelectorAll('.article-body td, .article-body th').forEach(function (cell) {
          var walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (var node = walker.nextNode(); node; node = walker.nextNode()) {
            // A line may end after a hyphen or dash ("Service-/level", "1–/30"): typography, not a break.
            var re = /[^\\s\\-\u2010\u2013\u2014]+/g, match;
            while ((match = re.exec(node.data))) {
              var range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              var tops = {};
              Array.prototype.forEach.call(range.getClientRects(), function (r) { if (r.width > 0) tops[Math.round(r.top)] = true; });
              if (Object.keys(tops).length > 1) broken.push(match[0]);
            }
          }
        });
        return broken;"""
    checked = 0
    for path in articles(site, language):
        if "table-scroll" not in (site / path).read_text(encoding="utf-8"):
            continue
        for width in (320, 390):
            set_width(browser, width, 800)
            browser.get(server + path)
            # Japanese wraps between characters by design: only Latin-script words are checked there.
            broken = [w for w in browser.execute_script(broken_words) if language != "ja" or w.isascii()]
            assert broken == [], f"{path} at {width} px breaks {broken[:5]}"
            checked += 1
    assert checked > 0


@pytest.mark.parametrize("language", LANGUAGES)
def test_first_paragraph_is_on_the_first_desktop_screen(site, server, browser, language):
    set_width(browser, 1280, 900)
    listed = articles(site, language)
    assert len(listed) > 5
    for path in listed:
        browser.get(server + path)
        top = browser.execute_script(
            "var p = document.querySelector('.article-body > p');"
            "return p ? p.getBoundingClientRect().top + window.scrollY : 0;")
        assert top < 900, f"{path}: first paragraph starts at {top} px"


def test_article_page_stays_small(site):
    page = site / "en/support/scope-of-support/index.html"
    html = page.read_text(encoding="utf-8")
    total = len(gzip.compress(page.read_bytes()))
    for asset in sorted((site / "assets").iterdir()):
        if asset.name in html:
            total += len(gzip.compress(asset.read_bytes()))
    assert total <= 60 * 1024, f"{total} bytes gzipped"


def test_favicon_and_robots_are_served(site, server, browser):
    assert (site / "favicon.ico").exists()
    robots = (site / "robots.txt").read_text(encoding="utf-8")
    assert "Sitemap: " in robots and "sitemap.xml" in robots


def run_axe(driver, source):
    driver.execute_script(source)
    return driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(r.violations.map(function (v) {"
        " return v.id + ': ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); })); });")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_dark_mode_passes_axe_too(site, server, browser, language):
    source = axe_source()
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    try:
        set_width(browser, 1280)
        for path in page_kinds(site, language):
            browser.get(server + path)
            assert run_axe(browser, source) == [], path
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})


def test_availability_filter_hides_other_products_columns_and_says_so(site, server, browser):
    from selenium.webdriver.support.ui import Select
    set_width(browser, 1280)
    browser.get(server + "en/availability/index.html")
    select = Select(browser.find_element("id", "product-filter"))
    select.select_by_value("desk")
    visible = browser.execute_script(
        "return Array.prototype.filter.call(document.querySelectorAll('thead [data-product]'), function (c) { return c.offsetParent !== null; })"
        ".map(function (c) { return c.getAttribute('data-product'); });")
    assert visible and set(visible) == {"desk"}
    status = browser.find_element("css selector", "[data-filter-status]")
    assert status.get_attribute("aria-live") == "polite" and "Desk" in status.get_attribute("textContent")
    first = browser.find_element("css selector", "tbody th[scope='row']")
    assert first.value_of_css_property("position") == "sticky"


def test_layout_on_desktop_and_phone(site, server, browser):
    path = server + "en/support/scope-of-support/"
    set_width(browser, 1280)
    browser.get(path)
    assert browser.find_element("css selector", "[data-sidebar]").get_attribute("open") is not None
    assert browser.find_element("css selector", ".toc").value_of_css_property("position") == "sticky"
    assert browser.find_element("css selector", ".section-nav [aria-current='page']").text
    # Heading self-links are no tab stops.
    assert all(a.get_attribute("tabindex") == "-1" for a in browser.find_elements("css selector", ".heading-anchor"))
    set_width(browser, 390, 844)
    browser.get(path)
    assert browser.find_element("css selector", "[data-sidebar]").get_attribute("open") is None
    # Code blocks get a copy button (the sample's API keys article has some).
    browser.get(server + "en/account-security/api-keys/")
    blocks = browser.find_elements("css selector", ".article-body pre")
    assert blocks and len(browser.find_elements("css selector", ".article-body .copy-code")) == len(blocks)
