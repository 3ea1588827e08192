"""Search in real headless Chromium: the sample site is built with sitegen into a temporary
folder (plus one article of its own, to check escaping), served on 127.0.0.1, and queries are
typed into the header's search box in English, Japanese and Arabic.

Run from the repository root after `swift build`: python3 -m pytest -q Tests/Browser
"""
import functools
import json
import http.server
import os
import shutil
import subprocess
import tempfile
import threading

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

ESCAPING_ARTICLE = """---
title: Zebrafish <b>markup</b> test
updated: 2025-01-01
---
Type `<img src=x onerror="window.injected=1">` to see zebrafish & friends.
"""


@pytest.fixture(scope="module")
def site():
    root = tempfile.mkdtemp(prefix="sitegen-search-")
    shutil.copytree(os.path.join(REPO, "content"), os.path.join(root, "content"))
    shutil.copytree(os.path.join(REPO, "templates"), os.path.join(root, "templates"))
    with open(os.path.join(root, "content/en/support/zebrafish.md"), "w", encoding="utf-8") as f:
        f.write(ESCAPING_ARTICLE)
    subprocess.run(["swift", "run", "-q", "sitegen", "build", "--root", root], cwd=REPO, check=True, timeout=900)
    handler = functools.partial(QuietHandler, directory=os.path.join(root, "public"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield "http://127.0.0.1:%d/" % server.server_address[1]
    server.shutdown()
    server.server_close()
    shutil.rmtree(root, ignore_errors=True)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def search(browser, site, language, query):
    """Types `query` into the search box of `language`'s home page; returns the result rows."""
    browser.get(site + language + "/")
    box = browser.find_element(By.CSS_SELECTOR, "form[data-search] input[type=search]")
    box.send_keys(query)
    # The panel names the query its results are for: earlier, half-typed queries do not count.
    WebDriverWait(browser, 10).until(
        lambda b: b.find_element(By.CSS_SELECTOR, ".search-panel").get_attribute("data-query") == query
        and b.find_element(By.ID, "site-search-status").text.strip())
    return browser.find_elements(By.CSS_SELECTOR, ".search-results li")


def titles(rows):
    return [row.find_element(By.CSS_SELECTOR, ".search-title").text for row in rows]


def test_english_query_with_a_typo_finds_the_article(browser, site):
    rows = search(browser, site, "en", "refnds")
    assert titles(rows)[0] == "Request a refund"
    link = rows[0].find_element(By.TAG_NAME, "a").get_attribute("href")
    assert link.endswith("/en/billing/refunds/")
    assert "result" in browser.find_element(By.ID, "site-search-status").text


def test_english_prefix_and_highlighted_snippet(browser, site):
    rows = search(browser, site, "en", "two-step verif")
    assert titles(rows)[0] == "Turn on two-step verification"
    marks = rows[0].find_elements(By.CSS_SELECTOR, ".search-snippet mark")
    assert marks and all(m.text.lower().startswith(("two", "step", "verif")) for m in marks)


def test_keyboard_moves_into_the_results(browser, site):
    search(browser, site, "en", "invoice")
    box = browser.find_element(By.ID, "site-search-input")
    box.send_keys(Keys.ARROW_DOWN)
    focused = browser.switch_to.active_element
    assert focused.tag_name == "a" and "invoice" in focused.get_attribute("href")
    focused.send_keys(Keys.ESCAPE)
    assert browser.switch_to.active_element.get_attribute("id") == "site-search-input"


def test_japanese_query_finds_japanese_articles(browser, site):
    rows = search(browser, site, "ja", "支払い方法")
    assert titles(rows)[0] == "支払い方法を更新する"
    assert rows[0].find_elements(By.CSS_SELECTOR, ".search-language") == []


def test_japanese_search_labels_english_fallback_results(browser, site):
    # "Request a refund" has no Japanese translation: found in the English index, labelled.
    rows = search(browser, site, "ja", "refund")
    assert titles(rows)[0] == "Request a refund"
    assert rows[0].find_element(By.CSS_SELECTOR, ".search-language").text == "English"
    assert rows[0].find_element(By.TAG_NAME, "a").get_attribute("href").endswith("/ja/billing/refunds/")


def test_arabic_query_is_normalized_and_right_to_left(browser, site):
    # Typed with a different alef form and taa marbuta than the title ("استرداد", "مبلغ").
    rows = search(browser, site, "ar", "طلب استرداد")
    assert titles(rows)[0] == "طلب استرداد مبلغ"
    panel = browser.find_element(By.CSS_SELECTOR, ".search-panel")
    assert browser.execute_script("return getComputedStyle(arguments[0]).direction", panel) == "rtl"


def test_snippets_and_titles_are_escaped(browser, site):
    rows = search(browser, site, "en", "zebrafish")
    assert titles(rows)[0] == "Zebrafish <b>markup</b> test"
    assert browser.find_elements(By.CSS_SELECTOR, ".search-panel img, .search-panel b") == []
    assert "<img" in rows[0].find_element(By.CSS_SELECTOR, ".search-snippet").text
    assert browser.execute_script("return window.injected") is None


def test_no_results_are_announced(browser, site):
    search(browser, site, "fr", "xylophonique")
    status = browser.find_element(By.ID, "site-search-status").text
    assert "xylophonique" in status and "Aucun" in status


def test_facet_filters_narrow_results(browser, site):
    from selenium.webdriver.support.ui import Select
    rows = search(browser, site, "en", "brightloom")
    before = titles(rows)
    section = Select(browser.find_element(By.CSS_SELECTOR, "select[data-facet=section]"))
    section.select_by_value("billing")
    WebDriverWait(browser, 10).until(lambda b: titles(b.find_elements(By.CSS_SELECTOR, ".search-results li")) != before)
    after = titles(browser.find_elements(By.CSS_SELECTOR, ".search-results li"))
    assert after and set(after) <= {"Request a refund", "Read your Brightloom invoice", "Update your payment method", "Change or cancel your subscription"}


def test_tokenizer_matches_the_index_side(browser, site):
    # The same expectations as SearchTokenizerTests.swift: both sides must split and fold alike.
    browser.get(site + "en/")
    cases = {
        "Résumé, CAFÉ crème!": ["resume", "cafe", "creme"],
        "ΛΟΓΑΡΙΑΣΜΟΣ λογαριασμός": ["λογαριασμοσ", "λογαριασμοσ"],
        "請求書を確認": ["請求", "求書", "書を", "を確", "確認"],
        "Brightloomメール、月": ["brightloom", "メー", "ール", "月"],
        "إلغاء أو آخر": ["الغاء", "او", "اخر"],
        "كلمـــة المرور": ["كلمه", "المرور"],
        "Ｗｉｆｉ ٢٠٢٥": ["wifi", "2025"],
        "Straße Ёлка": ["strasse", "елка"],
    }
    for text, expected in cases.items():
        assert browser.execute_script("return window.sitegenSearchTokens(arguments[0])", text) == expected, text


def test_search_page_lists_every_article_without_javascript(browser, site):
    browser.get(site + "en/search/")
    english_count = len(browser.find_elements(By.CSS_SELECTOR, ".search-page-list a"))
    browser.get(site + "ja/search/")
    links = browser.find_elements(By.CSS_SELECTOR, ".search-page-list a")
    # Every article has a Japanese page (translated or fallback), so the lists are as long.
    assert len(links) == english_count >= 16
    assert any(a.text == "支払い方法を更新する" for a in links)
    english = [a for a in links if a.get_attribute("hreflang") == "en"]
    assert english, "fallback articles are listed with their language"


with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "search_queries.json"), encoding="utf-8") as _file:
    QUERIES = json.load(_file)["queries"]


@pytest.mark.parametrize("language,query,expected", QUERIES, ids=["%s:%s" % (q[0], q[1]) for q in QUERIES])
def test_query_set_finds_the_expected_article_in_the_top_five(browser, site, language, query, expected):
    rows = search(browser, site, language, query)
    links = [row.find_element(By.TAG_NAME, "a").get_attribute("href") for row in rows[:5]]
    assert any(link.endswith("/%s/%s/" % (language, expected)) for link in links), links
