"""The feedback form in real headless Chromium against a running sitegen-feedback collector.

Self-contained: builds a small site with the repository's theme (baseURL and feedback endpoint on
127.0.0.1), serves it with Python's http.server, runs the collector on a SQLite file, and reads
the votes back from that file. Checks one vote per page view, the comment on the same vote, the
honest failure state, and the reader's way back without JavaScript.
"""
import functools
import http.server
import os
import shutil
import socket
import sqlite3
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = "billing/refunds"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def binary(product):
    package = ROOT / "Feedback" if product == "sitegen-feedback" else ROOT
    path = package / ".build" / "debug" / product
    if not path.exists():
        subprocess.run(["swift", "build", "--package-path", str(package), "--product", product], check=True)
    return str(path)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site():
    work = Path(tempfile.mkdtemp(prefix="sitegen-feedback-browser-"))
    site_port, collector_port = free_port(), free_port()
    base = f"http://127.0.0.1:{site_port}/"
    files = {
        "content/site.yml": f"""title: Example Help
baseURL: {base}
defaultLanguage: en
languages:
  - {{code: en, name: English}}
  - {{code: fr, name: Français}}
feedback:
  endpoint: http://127.0.0.1:{collector_port}/votes
support:
  url: https://example.test/support
""",
        "content/en/_index.md": "---\ntitle: Help\n---\nWelcome.\n",
        "content/en/billing/_index.md": "---\ntitle: Billing\n---\n",
        "content/en/billing/refunds.md": "---\ntitle: Refunds\nupdated: 2026-01-02\n---\nAsk for a refund.\n",
        "content/fr/_index.md": "---\ntitle: Aide\n---\nBienvenue.\n",
        "content/fr/billing/refunds.md": "---\ntitle: Remboursements\nupdated: 2026-01-02\n---\nDemandez un remboursement.\n",
    }
    for name, text in files.items():
        path = work / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    shutil.copytree(ROOT / "templates", work / "templates")
    subprocess.run([binary("sitegen"), "build", "--root", str(work)], check=True, capture_output=True)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", site_port), functools.partial(QuietHandler, directory=str(work / "public")))
    threading.Thread(target=server.serve_forever, daemon=True).start()

    database = work / "votes.sqlite"
    collector = subprocess.Popen(
        [binary("sitegen-feedback"), "serve", "--site", str(work), "--database", str(database),
         "--host", "127.0.0.1", "--port", str(collector_port), "--rate-limit", "0", "--log-level", "warning"],
        stdout=subprocess.PIPE, text=True)
    assert "listening" in collector.stdout.readline()
    try:
        yield {"base": base, "database": database, "collector_port": collector_port}
    finally:
        collector.terminate()
        collector.wait(timeout=10)
        server.shutdown()
        shutil.rmtree(work, ignore_errors=True)


def make_browser(javascript):
    options = webdriver.ChromeOptions()
    options.add_argument("--headless=new")
    options.add_argument("--no-sandbox")
    options.add_argument("--disable-dev-shm-usage")
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    service = webdriver.ChromeService(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    browser = webdriver.Chrome(options=options, service=service)
    browser.set_page_load_timeout(20)
    return browser


@pytest.fixture
def browser():
    driver = make_browser(javascript=True)
    yield driver
    driver.quit()


@pytest.fixture
def browser_without_js():
    driver = make_browser(javascript=False)
    yield driver
    driver.quit()


def votes(site, vote_id=None):
    with sqlite3.connect(site["database"]) as db:
        if vote_id is None:
            return db.execute("SELECT id, helpful, reasons, comment FROM votes ORDER BY created_at, id").fetchall()
        return db.execute("SELECT id, helpful, reasons, comment FROM votes WHERE id = ?", (vote_id,)).fetchall()


def open_article(browser, site, language="fr"):
    browser.get(site["base"] + f"{language}/{ARTICLE}/")
    form = browser.find_element(By.CSS_SELECTOR, "form[data-feedback]")
    vote_id = form.find_element(By.NAME, "vote").get_attribute("value")
    assert vote_id, "the page view has no vote id"
    return form, vote_id


def wait_status(browser, state):
    WebDriverWait(browser, 15).until(
        lambda b: b.find_element(By.CSS_SELECTOR, "[data-feedback-status]").get_attribute("data-state") == state)


def test_no_with_reasons_and_comment_is_one_vote(browser, site):
    form, vote_id = open_article(browser, site)
    assert not form.find_element(By.CSS_SELECTOR, "[data-feedback-details]").is_displayed()
    form.find_element(By.CSS_SELECTOR, 'button[name="helpful"][value="no"]').click()
    details = WebDriverWait(browser, 15).until(EC.visibility_of_element_located((By.CSS_SELECTOR, "[data-feedback-details]")))
    assert votes(site, vote_id) == [(vote_id, 0, "", "")]
    details.find_element(By.CSS_SELECTOR, 'input[value="inaccurate"]').click()
    details.find_element(By.TAG_NAME, "textarea").send_keys("Étape 3 est fausse <b>")
    details.find_element(By.CSS_SELECTOR, "button[data-comment]").click()
    wait_status(browser, "thanks")
    assert "Merci" in browser.find_element(By.CSS_SELECTOR, "[data-feedback-status]").text
    assert votes(site, vote_id) == [(vote_id, 0, "inaccurate", "Étape 3 est fausse <b>")]
    logs = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE" and "favicon.ico" not in entry["message"]]
    assert logs == [], logs


def test_each_page_view_gets_its_own_vote(browser, site):
    _, first = open_article(browser, site, "en")
    browser.find_element(By.CSS_SELECTOR, 'button[name="helpful"][value="yes"]').click()
    wait_status(browser, "thanks")
    _, second = open_article(browser, site, "en")
    assert second != first
    browser.find_element(By.CSS_SELECTOR, 'button[name="helpful"][value="yes"]').click()
    wait_status(browser, "thanks")
    assert votes(site, first) == [(first, 1, "", "")]
    assert votes(site, second) == [(second, 1, "", "")]


def test_a_failed_send_says_so_and_keeps_the_comment(browser, site):
    form, vote_id = open_article(browser, site)
    form.find_element(By.CSS_SELECTOR, 'button[name="helpful"][value="no"]').click()
    details = WebDriverWait(browser, 15).until(EC.visibility_of_element_located((By.CSS_SELECTOR, "[data-feedback-details]")))
    # The collector becomes unreachable before the comment is sent.
    action = form.get_attribute("action")
    browser.execute_script("arguments[0].action = arguments[1]", form, f"http://127.0.0.1:{free_port()}/votes")
    details.find_element(By.TAG_NAME, "textarea").send_keys("Kept after failure")
    details.find_element(By.CSS_SELECTOR, "button[data-comment]").click()
    wait_status(browser, "failed")
    retry = browser.find_element(By.CSS_SELECTOR, "[data-feedback-retry]")
    assert retry.is_displayed()
    assert details.find_element(By.TAG_NAME, "textarea").get_attribute("value") == "Kept after failure"
    assert votes(site, vote_id) == [(vote_id, 0, "", "")]
    browser.execute_script("arguments[0].action = arguments[1]", form, action)
    retry.click()
    wait_status(browser, "thanks")
    assert votes(site, vote_id) == [(vote_id, 0, "", "Kept after failure")]


def test_without_javascript_the_reader_comes_back_to_the_article(browser_without_js, site):
    browser = browser_without_js
    before = len(votes(site))
    url = site["base"] + f"fr/{ARTICLE}/"
    browser.get(url)
    form = browser.find_element(By.CSS_SELECTOR, "form[data-feedback]")
    form.find_element(By.CSS_SELECTOR, 'input[value="missing-information"]').click()
    form.find_element(By.TAG_NAME, "textarea").send_keys("Sans JavaScript")
    form.find_element(By.CSS_SELECTOR, 'button[name="helpful"][value="no"]').click()
    WebDriverWait(browser, 15).until(lambda b: b.current_url.startswith(url) and "#feedback-thanks" in b.current_url)
    assert browser.current_url == url + "#feedback-thanks"
    thanks = browser.find_element(By.ID, "feedback-thanks")
    assert thanks.is_displayed()
    assert "Merci" in thanks.text
    rows = votes(site)
    assert len(rows) == before + 1
    assert [row[1:] for row in rows if row[3] == "Sans JavaScript"] == [(0, "missing-information", "Sans JavaScript")]


def test_a_vote_survives_leaving_the_page_at_once(browser, site):
    _, vote_id = open_article(browser, site, "en")
    # Leave as soon as "Yes" is clicked: keepalive lets the request finish without the page.
    browser.execute_script(
        "var b = document.querySelector('button[name=\"helpful\"][value=\"yes\"]'); b.click(); location.href = arguments[0];",
        site["base"] + "fr/")
    deadline = time.time() + 10
    while time.time() < deadline and not votes(site, vote_id):
        time.sleep(0.1)
    assert votes(site, vote_id) == [(vote_id, 1, "", "")]


def test_reasons_are_localized_and_support_is_a_link(browser, site):
    form, _ = open_article(browser, site, "fr")
    labels = [label.get_attribute("textContent").strip() for label in form.find_elements(By.CSS_SELECTOR, ".feedback-reasons label")]
    assert len(labels) == 5 and "Informations inexactes" in labels
    assert not set(labels) & {"Missing information", "Inaccurate", "Hard to understand", "Broken link or image", "Other"}
    link = browser.find_element(By.CSS_SELECTOR, ".feedback-note a")
    assert link.get_attribute("href") == "https://example.test/support"
    assert "assistance" in link.get_attribute("textContent")
