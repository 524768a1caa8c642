"""What the workspace's browser checks share: the server, the browser, finding controls by label, axe-core.

Imported by workspace_browser.py (run by WorkspaceBrowserTests with the built binary as argv[1]).
"""
import importlib.util
import json
import os
import re
import subprocess
import shutil
import sys
import time
from pathlib import Path

os.environ["SE_OFFLINE"] = "true"
from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

BINARY = sys.argv[1]
FAILURES = []
AXE = Path(importlib.util.find_spec("axe_playwright_python").submodule_search_locations[0]) / "axe.min.js"


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what, flush=True)
    if not condition:
        FAILURES.append(what)


def start_server(folder):
    process = subprocess.Popen([BINARY, "serve", str(folder), "--port", "0"], stdout=subprocess.PIPE, text=True)
    line = ""
    deadline = time.time() + 30
    while "token=" not in line and time.time() < deadline:
        line = process.stdout.readline()
    match = re.search(r"(http://127\.0\.0\.1:(\d+))/\?token=[0-9a-f]{64}", line)
    if not match:
        process.kill()
        sys.exit("the server printed no address")
    return process, match.group(0), match.group(1)


def browser(downloads, javascript=True):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "--window-size=1200,1000"]:
        options.add_argument(argument)
    prefs = {"download.default_directory": str(downloads), "download.prompt_for_download": False}
    if not javascript:
        prefs["profile.managed_default_content_settings.javascript"] = 2
    options.add_experimental_option("prefs", prefs)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=shutil.which("chromedriver")), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    return driver


def field(driver, label):
    """The control whose label reads `label` (found by label, not by id)."""
    for element in driver.find_elements(By.TAG_NAME, "label"):
        if element.text.strip() == label:
            return driver.find_element(By.ID, element.get_attribute("for"))
    raise AssertionError(f"no field labelled {label!r} on {driver.current_url}")


def fields(driver, label):
    result = []
    for element in driver.find_elements(By.TAG_NAME, "label"):
        if element.text.strip() == label:
            result.append(driver.find_element(By.ID, element.get_attribute("for")))
    return result


def fill(element, value):
    element.clear()
    element.send_keys(value)


class Button:
    """A button whose click waits for the next page (a form post and its answer)."""

    def __init__(self, driver, element):
        self.driver, self.element = driver, element

    def click(self):
        marker = self.driver.execute_script("return window.fundplanPage = Math.random()")
        self.element.click()

        def next_page(driver):
            try:
                return (driver.execute_script("return window.fundplanPage") != marker
                        and driver.execute_script("return document.readyState") == "complete")
            except Exception:
                return False

        WebDriverWait(self.driver, 90).until(next_page)


def button(driver, text):
    for element in driver.find_elements(By.TAG_NAME, "button"):
        if element.text.strip() == text:
            return Button(driver, element)
    raise AssertionError(f"no button {text!r} on {driver.current_url}")


def axe(driver, page):
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    result = driver.execute_async_script(
        "const done = arguments[0];"
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
        ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length}))));")
    serious = [v for v in result if v["impact"] in ("serious", "critical")]
    check(not serious, f"axe-core: no serious violation on {page} {serious if serious else ''}")


def requests_outside(driver, base):
    outside = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            url = message["params"]["request"]["url"]
            if not (url.startswith(base) or url.startswith("data:") or url.startswith("about:")):
                outside.append(url)
    return outside


