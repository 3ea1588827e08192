"""`sitegen serve` as a writer sees it, in a real headless Chromium.

Starts `sitegen serve` on a free 127.0.0.1 port on a small site written to a temporary folder
(the repository's theme, two languages, one long article), then, in one browser: scrolls an
article, edits its file and sees the page reload at the same scroll position; breaks its front
matter and sees the error overlay naming path:line:col, fixes it and sees the overlay go; edits
the stylesheet and sees it applied without a reload; searches for a word no article has and
sees the search reported in serve's terminal instead of to the site's collector. Needs Debian's chromium and
chromium-driver, and selenium.
"""

import os
import pathlib
import re
import shutil
import subprocess
import tempfile
import time

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

REPO = pathlib.Path(__file__).resolve().parents[2]
ARTICLE = "content/en/guide/long.md"
PARAGRAPHS = "\n\n".join(f"Paragraph {n} of a long article, long enough to scroll far down the page." for n in range(1, 160))
LONG = f"---\ntitle: A long article\nupdated: 2025-03-01\n---\n{PARAGRAPHS}\n"

SITE = {
    "content/site.yml": (
        "title:\n  en: Preview Help\n  fr: Aide aperçu\n"
        "baseURL: https://help.preview.test/\n"
        "defaultLanguage: en\n"
        "languages:\n  - {code: en, name: English}\n  - {code: fr, name: Français}\n"
        "feedback:\n  endpoint: https://feedback.preview.test/votes\n"
    ),
    "content/en/_index.md": "---\ntitle: Preview Help\n---\nWelcome.\n",
    "content/fr/_index.md": "---\ntitle: Aide aperçu\n---\nBienvenue.\n",
    "content/en/guide/_index.md": "---\ntitle: Guide\n---\n",
    "content/en/guide/short.md": "---\ntitle: A short article\nupdated: 2025-03-02\n---\nShort.\n",
    ARTICLE: LONG,
}


def sitegen_binary():
    binary = subprocess.run(["swift", "build", "--show-bin-path"], cwd=REPO, capture_output=True, text=True, check=True).stdout.strip()
    sitegen = pathlib.Path(binary) / "sitegen"
    if not sitegen.exists():
        subprocess.run(["swift", "build", "--product", "sitegen"], cwd=REPO, check=True)
    return sitegen


@pytest.fixture(scope="module")
def site():
    work = pathlib.Path(tempfile.mkdtemp(prefix="sitegen-serve-"))
    shutil.copytree(REPO / "templates", work / "templates")
    for path, text in SITE.items():
        (work / path).parent.mkdir(parents=True, exist_ok=True)
        (work / path).write_text(text, encoding="utf-8")
    yield work
    shutil.rmtree(work, ignore_errors=True)


@pytest.fixture(scope="module")
def server(site):
    """`sitegen serve --port 0`; the port is read from the line it prints when listening."""
    log = site / "serve.log"
    with open(log, "wb") as err:
        process = subprocess.Popen([str(sitegen_binary()), "serve", "--root", str(site), "--port", "0"], stdout=subprocess.DEVNULL, stderr=err)
    try:
        deadline = time.monotonic() + 120
        port = None
        while port is None and time.monotonic() < deadline:
            assert process.poll() is None, log.read_text(errors="replace")
            match = re.search(r"serving http://127\.0\.0\.1:(\d+)/", log.read_text(errors="replace"))
            port = match and int(match.group(1))
            time.sleep(0.1)
        assert port, "serve did not start listening: " + log.read_text(errors="replace")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    options = Options()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1000,700"]:
        options.add_argument(argument)
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def write(site, path, text):
    (site / path).write_text(text, encoding="utf-8")


def open_live(browser, url):
    """Opens `url` and waits until its event stream is connected, marking the page so a reload shows."""
    browser.get(url)
    wait(browser, lambda d: d.execute_script("return document.documentElement.dataset.sitegenLive") == "connected")
    browser.execute_script("window.notReloaded = true")


def wait(browser, condition, seconds=30):
    return WebDriverWait(browser, seconds, poll_frequency=0.1).until(condition)


def reloaded(browser):
    return browser.execute_script("return window.notReloaded === undefined && document.readyState === 'complete'")


def test_edit_reloads_the_page_at_its_scroll_position(site, server, browser):
    open_live(browser, server + "/en/guide/long/")
    browser.execute_script("window.scrollTo(0, 1500)")
    wait(browser, lambda d: d.execute_script("return window.scrollY") >= 1400)
    write(site, ARTICLE, LONG + "\nA sentence added while previewing.\n")
    wait(browser, lambda d: reloaded(d) and "A sentence added while previewing." in d.find_element(By.TAG_NAME, "body").text)
    # Restored after load: give it the moment the load event takes.
    wait(browser, lambda d: abs(d.execute_script("return window.scrollY") - 1500) < 50, seconds=10)


def test_broken_front_matter_shows_the_overlay_until_fixed(site, server, browser):
    open_live(browser, server + "/en/guide/long/")
    good = (site / ARTICLE).read_text(encoding="utf-8")
    write(site, ARTICLE, "---\ntitle: [A long article\nupdated: 2025-03-01\n---\nText.\n")
    overlay = wait(browser, lambda d: d.find_elements(By.ID, "sitegen-error-overlay"))[0]
    assert re.search(r"content/en/guide/long\.md:\d+:\d+: ", overlay.text), overlay.text
    assert "title: [A long article" in overlay.text
    write(site, ARTICLE, good)
    wait(browser, lambda d: not d.find_elements(By.ID, "sitegen-error-overlay"))
    assert browser.execute_script("return window.notReloaded") is True


def test_a_stylesheet_edit_applies_without_a_reload(site, server, browser):
    open_live(browser, server + "/en/guide/short/")
    assert browser.execute_script("return getComputedStyle(document.body).borderTopWidth") != "7px"
    css = site / "templates/assets/site.css"
    css.write_text(css.read_text(encoding="utf-8") + "\nbody { border-top: 7px solid rgb(1, 2, 3) !important; }\n", encoding="utf-8")
    wait(browser, lambda d: d.execute_script("return getComputedStyle(document.body).borderTopWidth") == "7px")
    assert browser.execute_script("return window.notReloaded") is True


def test_an_edit_reloads_only_the_pages_it_affects(site, server, browser):
    open_live(browser, server + "/en/guide/short/")
    other = (site / ARTICLE).read_text(encoding="utf-8")
    write(site, ARTICLE, other + "\nAnother sentence, on the long article only.\n")
    # The long article's own reload would come well within this; the short one must not reload.
    time.sleep(3)
    assert browser.execute_script("return window.notReloaded") is True
    browser.get(server + "/en/guide/long/")
    assert "Another sentence, on the long article only." in browser.find_element(By.TAG_NAME, "body").text


def test_a_search_without_results_is_reported_to_serve(site, server, browser):
    open_live(browser, server + "/en/guide/short/")
    box = browser.find_element(By.CSS_SELECTOR, "form[data-search] input[type=search]")
    box.send_keys("zzyzxquux")
    log = site / "serve.log"
    # The box reports once the reader has stopped typing (1.5 s), to serve rather than the collector.
    wait(browser, lambda d: "search without results:" in log.read_text(errors="replace"))
    line = next(l for l in log.read_text(errors="replace").splitlines() if "search without results:" in l)
    assert "query=zzyzxquux" in line and "language=en" in line, line
