#!/usr/bin/env python3
"""The workspace in a real Chromium: `fundplan serve` driven through Selenium.

Started by WorkspaceBrowserTests (swift test) with the built binary:
    workspace_browser.py FUNDPLAN_BINARY
Uses Debian's chromium and chromedriver (no driver download: the Service gets the path, SE_OFFLINE
is set), selenium 4.51.0 from PyPI, and axe-core from the axe-playwright-python wheel (its
axe.min.js is injected; nothing of Playwright is imported). Exits 1 with the failed checks listed.
"""
import base64
import csv
import importlib.util
import zipfile
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
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


def pdf_text(path):
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout


def print_check(driver, url, page, present, hidden):
    """Prints `url` to PDF as Chromium prints (print media): the text is there, navigation and buttons are not."""
    driver.get(url)
    data = driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": False})
    target = Path(tempfile.mkdtemp(prefix="fundplan-print-")) / "page.pdf"
    target.write_bytes(base64.b64decode(data["data"]))
    text = " ".join(pdf_text(target).split())
    missing = [words for words in present if words not in text]
    shown = [words for words in hidden if words in text]
    check(not missing and not shown, f"printing the {page} keeps the text and hides navigation and buttons "
          f"(missing {missing}, shown {shown})")
    shutil.rmtree(target.parent, ignore_errors=True)


def check_documents(downloads, folder):
    """PDF, Word and dossier: read with pdftotext, python-docx and fundplan verify; the CLI's bytes."""
    plan = folder / "outputs/plan.xml"
    csv_digits = (downloads / "budget.csv").read_text(encoding="utf-8-sig").replace(".", "")
    network = re.search(r'<name xml:lang="nl">([^<]+)</name>', (downloads / "profile.xml").read_text()).group(1)
    for name in ["plan.pdf", "plan-funder.pdf"]:
        text = " ".join(pdf_text(downloads / name).split())
        figures = [figure.replace(".", "") for figure in re.findall(r"€ ?(\d{1,3}(?:\.\d{3})+)", text)]
        check(network in text and len(figures) > 5 and any(figure in csv_digits for figure in figures),
              f"pdftotext reads the network and its figures in {name} ({len(figures)} amounts)")
    import docx
    document = docx.Document(str(downloads / "plan-funder.docx"))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    check(len(headings) >= 3 and len(document.tables) >= 2,
          f"python-docx reads the Word document: {headings[:3]}, {len(document.tables)} tables")
    cli = downloads.parent / "cli-files"
    cli.mkdir(exist_ok=True)
    subprocess.run([BINARY, "report", str(plan), "-o", str(cli / "plan.docx"), "--docx", "--lang", "nl"],
                   capture_output=True, check=True)
    check((cli / "plan.docx").read_bytes() == (downloads / "plan-funder.docx").read_bytes(),
          "the Word download is fundplan report --docx's file, byte for byte")
    subprocess.run([BINARY, "dossier", str(plan), "-o", str(cli / "dossier.zip")], capture_output=True, check=True)
    check((cli / "dossier.zip").read_bytes() == (downloads / "dossier.zip").read_bytes(),
          "the dossier download is fundplan dossier's file, byte for byte")
    verify = subprocess.run([BINARY, "verify", str(downloads / "dossier.zip")], capture_output=True, text=True)
    check(verify.returncode == 0, "fundplan verify accepts the downloaded dossier " + verify.stderr[-300:])


def upload_with_field_errors(driver, base, folder, downloads):
    """A profile with two wrong values opens as the draft, each problem at its field; a hostile one is refused."""
    before = (folder / "profile.xml").read_bytes()
    text = (downloads / "profile.xml").read_text(encoding="utf-8")
    text = re.sub(r'(<contribution [^>]*?amount=")[^"]*"', r'\g<1>zeventig"', text, count=1)
    text = re.sub(r'(<cost year=")[^"]*"', r'\g<1>20x7"', text, count=1)
    wrong = downloads.parent / "two-errors.xml"
    wrong.write_text(text, encoding="utf-8")
    driver.get(base + "/downloads")
    field(driver, "Profielbestand (XML)").send_keys(str(wrong))
    button(driver, "Openen").click()
    targets = [(link.text, link.get_attribute("href")) for link in driver.find_elements(By.CSS_SELECTOR, "#error-summary a")]
    check(len(targets) == 2 and "/section/contributions?check=1#contribution-" in targets[0][1]
          and "/section/budget?check=1#cost-" in targets[1][1], f"two problems, each linked to its field: {targets}")
    check((folder / "profile.xml").read_bytes() == before, "an upload with errors leaves profile.xml as it was")
    axe(driver, "upload with errors")
    for index, expected in enumerate(["zeventig", "20x7"]):
        driver.get(base + "/downloads")  # upload once more, then follow the next link of the summary
        field(driver, "Profielbestand (XML)").send_keys(str(wrong))
        button(driver, "Openen").click()
        driver.find_elements(By.CSS_SELECTOR, "#error-summary a")[index].click()
        target = driver.current_url.split("#")[1]
        control = driver.find_element(By.ID, target)
        message = driver.find_element(By.ID, target + "-error")
        check(message.is_displayed() and control.get_attribute("value") == expected
              and control.get_attribute("aria-invalid") == "true",
              f"the field {target} shows '{expected}' with its message: {message.text[:70]}")
    draft = (folder / "draft.json").read_bytes()
    xxe = downloads.parent / "xxe.xml"
    xxe.write_text('<?xml version="1.0"?><!DOCTYPE network [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                   '<network xmlns="urn:fundingplanner:network:1" id="x" version="1"><name xml:lang="nl">&x;</name></network>')
    driver.get(base + "/downloads")
    field(driver, "Profielbestand (XML)").send_keys(str(xxe))
    button(driver, "Openen").click()
    check("kan niet geopend worden" in driver.page_source and "DOCTYPE" in driver.page_source
          and "root:" not in driver.page_source and (folder / "draft.json").read_bytes() == draft
          and (folder / "profile.xml").read_bytes() == before,
          "an external entity (XXE) is refused with the reason, and nothing is written")


class Keyboard:
    """The main path by keyboard alone: Tab, Enter, Space and typing, never a click."""

    def __init__(self, driver):
        self.driver = driver
        self.unfocused = []

    def tab(self):
        ActionChains(self.driver).send_keys(Keys.TAB).perform()
        element = self.driver.switch_to.active_element
        style = self.driver.execute_script(
            "const s = getComputedStyle(arguments[0]); return [s.outlineStyle, s.outlineWidth, s.boxShadow]", element)
        if element.tag_name != "body" and (style[0] == "none" or style[1] == "0px") and style[2] == "none":
            self.unfocused.append(element.get_attribute("id") or element.text[:30])
        return element

    def reach(self, target, limit=500):
        if self.driver.switch_to.active_element == target:
            return
        for _ in range(limit):
            if self.tab() == target:
                return
        raise AssertionError(f"Tab never reached {target.get_attribute('id') or target.text!r} on {self.driver.current_url}")

    def type(self, target, text):
        self.reach(target)
        ActionChains(self.driver).key_down(Keys.CONTROL).send_keys("a").key_up(Keys.CONTROL).send_keys(text).perform()

    def choose(self, target, label):
        """Type-ahead on a closed list: the first word of the option's label."""
        self.reach(target)
        ActionChains(self.driver).send_keys(label.split()[0]).perform()
        chosen = Select(target).first_selected_option.text.strip()
        if chosen != label:
            raise AssertionError(f"typing on the list chose {chosen!r}, not {label!r}")

    def space(self, target):
        self.reach(target)
        ActionChains(self.driver).send_keys(Keys.SPACE).perform()

    def press(self, target):
        """Enter on a button or link that opens the next page; waits for it."""
        self.reach(target)
        marker = self.driver.execute_script("return window.fundplanPage = Math.random()")
        ActionChains(self.driver).send_keys(Keys.ENTER).perform()
        WebDriverWait(self.driver, 90).until(
            lambda d: d.execute_script("return window.fundplanPage") != marker
            and d.execute_script("return document.readyState") == "complete")

    def go(self, label):
        self.press(self.driver.find_element(By.CSS_SELECTOR, "header nav").find_element(By.LINK_TEXT, label))

    def reach_all(self, page):
        """Tab from the top of the page reaches every control."""
        controls = self.driver.execute_script(
            "return Array.from(document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea'))"
            ".filter(e => !(e.type === 'radio' && !e.checked) && getComputedStyle(e).display !== 'none')")
        wanted = {control.id for control in controls}
        seen = set()
        for _ in range(2 * len(controls) + 10):
            seen.add(self.tab().id)
            if wanted <= seen:
                break
        missed = [c.get_attribute("id") or c.text[:30] for c in controls if c.id not in seen]
        check(not missed, f"keyboard: Tab reaches every control of the {page} page ({len(controls)}) {missed[:5]}")


def keyboard_main_path(work):
    """From an empty workspace to a downloaded plan by keyboard alone, on a server of its own."""
    folder, downloads = work / "keyboard", work / "keyboard-downloads"
    downloads.mkdir()
    server, launch, base = start_server(folder)
    driver = browser(downloads)
    keys = Keyboard(driver)
    try:
        driver.get(launch)
        keys.reach_all("home")
        keys.go("Doel en kenmerken")
        keys.reach_all("purpose")
        keys.type(field(driver, "Naam van het netwerk"), "Buurtkeuken Ledeberg")
        keys.type(field(driver, "Doel in één zin"),
                  "Samen koken we met nieuwkomers in Ledeberg zodat ze Nederlands leren in een echte keuken.")
        keys.space(field(driver, "Taal en inburgering"))
        keys.space(field(driver, "nieuwkomers"))
        keys.type(field(driver, "Gemeente of streek"), "Gent")
        keys.type(field(driver, "Opgericht op"), "01/09/2024")
        keys.choose(field(driver, "Rechtsvorm"), "vzw")
        keys.press(button(driver, "Opslaan en advies bijwerken").element)
        check("saved=1" in driver.current_url, "keyboard: the purpose is saved")
        keys.go("Partners")
        for name, kind in [("De Keukenbrug", "middenveldorganisatie"), ("Stad Gent", "lokaal bestuur")]:
            keys.press(button(driver, "Partner toevoegen").element)
            keys.type(fields(driver, "Naam van de organisatie")[-1], name)
            keys.choose(fields(driver, "Soort organisatie")[-1], kind)
            keys.type(fields(driver, "Doet mee sinds (jaar)")[-1], "2024")
            keys.type(fields(driver, "Waarom doet deze partner mee? (in de woorden van de partner)")[-1],
                      "Wij koken samen met nieuwkomers zodat ze Nederlands leren.")
        keys.reach_all("partners")
        keys.press(button(driver, "Opslaan en advies bijwerken").element)
        keys.go("Bijdragen en stemmen")
        for partner, amount in [("De Keukenbrug", "12.000"), ("Stad Gent", "8.000")]:
            keys.press(button(driver, "Bijdrage toevoegen").element)
            keys.choose(fields(driver, "Partner")[-1], partner)
            keys.type(fields(driver, "Jaar")[-1], "2027")
            keys.type(fields(driver, "Bedrag of waarde (euro)")[-1], amount)
        keys.reach_all("contributions")
        keys.press(button(driver, "Opslaan en advies bijwerken").element)
        keys.go("Begroting per jaar en categorie")
        keys.type(field(driver, "Eerste jaar van het plan"), "2027")
        keys.type(field(driver, "Aantal jaren (1 tot 6)"), "2")
        keys.type(field(driver, "Reserves (euro)"), "3.000")
        keys.press(button(driver, "Kostenlijn toevoegen").element)
        keys.type(fields(driver, "Jaar")[-1], "2027")
        keys.type(fields(driver, "Bedrag (euro)")[-1], "30.000")
        keys.press(button(driver, "Laatste jaar kopiëren naar volgend jaar").element)
        keys.reach_all("budget")
        keys.press(button(driver, "Opslaan en advies bijwerken").element)
        check("saved=1" in driver.current_url and (folder / "profile.xml").exists(),
              "keyboard: the budget is saved and the profile is complete")
        keys.go("Start")
        keys.type(field(driver, "Notitie bij deze versie"), "met het toetsenbord")
        keys.press(button(driver, "Versie bewaren").element)
        check("met het toetsenbord" in driver.page_source, "keyboard: a version is saved")
        keys.go("Scenario's")
        keys.type(field(driver, "Naam van een nieuw scenario"), "Meer reserves")
        keys.press(button(driver, "Maak een scenario van het profiel").element)
        keys.reach_all("scenario")
        keys.type(field(driver, "Reserves (euro)"), "9.000")
        keys.press(button(driver, "Scenario bewaren").element)
        box = driver.find_element(By.CSS_SELECTOR, "input[name=show]")
        if not box.is_selected():
            keys.space(box)
        keys.press(button(driver, "Vergelijk").element)
        marked = [td.text for td in driver.find_elements(By.CSS_SELECTOR, "table.comparison td.differs")]
        check(any("9.000" in text for text in marked), f"keyboard: the scenario is compared, the differences marked {marked[:2]}")
        keys.reach_all("comparison")
        keys.go("Downloads")
        keys.press(button(driver, "Maak het financieringsplan").element)
        keys.reach_all("downloads")
        keys.reach(driver.find_element(By.LINK_TEXT, "plan.xml"))
        ActionChains(driver).send_keys(Keys.ENTER).perform()
        deadline = time.time() + 30
        while time.time() < deadline and not (downloads / "plan.xml").exists():
            time.sleep(0.2)
        result = subprocess.run([BINARY, "validate", str(downloads / "plan.xml")], capture_output=True, text=True)
        check(result.returncode == 0, "keyboard: the plan is made and downloaded, and fundplan validate accepts it")
        check(not keys.unfocused, f"keyboard: every focused control shows its focus {keys.unfocused[:5]}")
    except Exception as error:
        check(False, f"keyboard: the main path by keyboard alone ({str(error)[:300]})")
        (work.parent / "fundplan-keyboard-failure.html").write_text(driver.page_source)
    finally:
        driver.quit()
        server.terminate()
        server.wait(timeout=20)


def main():
    work = Path(tempfile.mkdtemp(prefix="fundplan-browser-"))
    folder, downloads = work / "workspace", work / "downloads"
    downloads.mkdir()
    server, launch, base = start_server(folder)
    driver = browser(downloads)
    try:
        try:
            run(driver, launch, base, folder, downloads)
        except Exception:
            (work.parent / "fundplan-browser-failure.html").write_text(driver.page_source)
            print("page at the failure: " + driver.current_url + " " + driver.title, flush=True)
            raise
        other = browser(downloads, javascript=False)
        try:
            without_javascript(other, driver, base, folder)
        finally:
            other.quit()
        keyboard_main_path(work)
    finally:
        driver.quit()
        server.terminate()
        check(server.wait(timeout=20) == 0, "SIGTERM stops the server with exit code 0")
        shutil.rmtree(work, ignore_errors=True)
    if FAILURES:
        print(f"{len(FAILURES)} check(s) failed", flush=True)
        sys.exit(1)


def run(driver, launch, base, folder, downloads):
    wait = WebDriverWait(driver, 45)  # generous: CI shares two cores with the rest of the suite
    driver.get(launch)
    check(driver.current_url == base + "/", "the launch link sets the cookie and leads home")
    check(driver.execute_script("return document.documentElement.dataset.enhanced") == "true",
          "with JavaScript the page's own script runs")
    check("FundingPlanner" in driver.title, "the home page opens")
    axe(driver, "home (empty)")

    # Purpose, with one mistake first: the error summary, focused, linked to the field.
    driver.get(base + "/section/purpose")
    fill(field(driver, "Naam van het netwerk"), "Samen Koken")
    fill(field(driver, "Doel in één zin"),
         "Samen koken we met nieuwkomers in Gent zodat ze Nederlands leren in een echte keuken.")
    driver.find_element(By.XPATH, "//label[normalize-space()='Taal en inburgering']").click()
    driver.find_element(By.XPATH, "//label[normalize-space()='nieuwkomers']").click()
    fill(field(driver, "Gemeente of streek"), "Gent")
    fill(field(driver, "Opgericht op"), "31/02/2024")
    Select(field(driver, "Rechtsvorm")).select_by_visible_text("vzw")
    button(driver, "Opslaan en advies bijwerken").click()
    check(driver.title.startswith("Fout:"), "an error puts 'Fout:' in the page title")
    summary = driver.find_element(By.ID, "error-summary")
    check(driver.switch_to.active_element == summary, "the error summary has the focus")
    link = summary.find_element(By.TAG_NAME, "a")
    check("Opgericht op" in link.text, "the summary names the field: " + link.text)
    link.click()
    check(driver.find_element(By.ID, "founded-error").is_displayed(), "the message also stands at the field")
    check(field(driver, "Naam van het netwerk").get_attribute("value") == "Samen Koken", "nothing typed is lost")
    axe(driver, "purpose with errors")
    fill(field(driver, "Opgericht op"), "01/09/2024")
    button(driver, "Opslaan en advies bijwerken").click()
    check("saved=1" in driver.current_url and not driver.find_elements(By.ID, "error-summary"), "purpose saved")

    # Partners: add three, remove one.
    driver.get(base + "/section/partners")
    for name, kind in [("De Keukenbrug", "middenveldorganisatie"), ("Stad Gent", "lokaal bestuur"), ("Te veel", "bedrijf")]:
        button(driver, "Partner toevoegen").click()
        fill(fields(driver, "Naam van de organisatie")[-1], name)
        Select(fields(driver, "Soort organisatie")[-1]).select_by_visible_text(kind)
        fill(fields(driver, "Doet mee sinds (jaar)")[-1], "2024")
        fill(fields(driver, "Waarom doet deze partner mee? (in de woorden van de partner)")[-1],
             "Wij koken samen met nieuwkomers zodat ze Nederlands leren.")
    button(driver, "Opslaan en advies bijwerken").click()
    check(len(fields(driver, "Naam van de organisatie")) == 3, "three partners added")
    button(driver, "Partner verwijderen: Te veel").click()
    names = [e.get_attribute("value") for e in fields(driver, "Naam van de organisatie")]
    check(names == ["De Keukenbrug", "Stad Gent"], f"one partner removed: {names}")
    axe(driver, "partners")

    # Contributions and votes: the city pays most and holds most votes -> the finding appears.
    driver.get(base + "/section/contributions")
    for partner, amount in [("De Keukenbrug", "70.000"), ("Stad Gent", "5.000")]:
        button(driver, "Bijdrage toevoegen").click()
        Select(fields(driver, "Partner")[-1]).select_by_visible_text(partner)
        fill(fields(driver, "Jaar")[-1], "2027")
        fill(fields(driver, "Bedrag of waarde (euro)")[-1], amount)
    fill(field(driver, "De Keukenbrug: stemmen"), "5")
    # Budget before the finding can show: the profile must be complete.
    button(driver, "Opslaan en advies bijwerken").click()
    driver.get(base + "/section/budget")
    fill(field(driver, "Eerste jaar van het plan"), "2027")
    fill(field(driver, "Aantal jaren (1 tot 6)"), "3")
    fill(field(driver, "Reserves (euro)"), "5.000")
    button(driver, "Kostenlijn toevoegen").click()
    fill(fields(driver, "Jaar")[-1], "2027")
    fill(fields(driver, "Bedrag (euro)")[-1], "40.000")
    button(driver, "Laatste jaar kopiëren naar volgend jaar").click()
    button(driver, "Laatste jaar kopiëren naar volgend jaar").click()
    years = [e.get_attribute("value") for e in fields(driver, "Jaar")]
    check(years == ["2027", "2028", "2029"], f"copy last year adds the next year's lines: {years}")
    button(driver, "Opslaan en advies bijwerken").click()
    check("saved=1" in driver.current_url, "budget saved, the profile is complete")
    axe(driver, "budget")
    check((folder / "profile.xml").exists(), "profile.xml is written once the profile is complete")
    validate = subprocess.run([BINARY, "validate", str(folder / "profile.xml")], capture_output=True, text=True)
    check(validate.returncode == 0, "fundplan validate accepts the workspace's profile.xml " + validate.stderr)

    driver.get(base + "/section/contributions")
    advice = driver.find_element(By.ID, "advice")
    check("Invloed volgt geld bij De Keukenbrug" in advice.text, "the money-and-power finding appears")
    finding = advice.find_element(By.PARTIAL_LINK_TEXT, "Invloed volgt geld")
    finding.click()
    check(driver.switch_to.active_element.get_attribute("id") == field(driver, "De Keukenbrug: stemmen").get_attribute("id")
          or driver.current_url.endswith("-votes"), "the finding links to the field that causes it")
    # Live (JavaScript): change the votes and the finding goes without pressing Save.
    votes = field(driver, "De Keukenbrug: stemmen")
    votes.send_keys(Keys.END, Keys.BACKSPACE, "1")
    try:
        wait.until(lambda d: "Invloed volgt geld" not in d.find_element(By.ID, "advice").text)
        check(True, "the finding disappears live, without a save")
    except Exception:
        check(False, "the finding disappears live, without a save")
    try:
        wait.until(lambda d: "bewaard om" in d.find_element(By.ID, "save-status").text)
        check(True, "autosave writes the draft and says so")
    except Exception:
        check(False, "autosave writes the draft and says so")
    axe(driver, "contributions")

    # Versions: save, change, save, compare, restore.
    driver.get(base + "/")
    fill(field(driver, "Notitie bij deze versie"), "eerste versie")
    button(driver, "Versie bewaren").click()
    driver.get(base + "/section/budget")
    fill(fields(driver, "Bedrag (euro)")[1], "46.500")
    button(driver, "Opslaan en advies bijwerken").click()
    driver.get(base + "/")
    fill(field(driver, "Notitie bij deze versie"), "meer kosten in 2028")
    button(driver, "Versie bewaren").click()
    check("/history" in driver.current_url and "meer kosten in 2028" in driver.page_source, "two versions listed")
    axe(driver, "history")
    button(driver, "Vergelijk").click()
    changes = driver.find_element(By.CLASS_NAME, "changes").text
    check("2028" in changes and "40.000" in changes and "46.500" in changes, "field-level diff: " + changes)
    driver.get(base + "/history")
    driver.find_elements(By.PARTIAL_LINK_TEXT, "Terugzetten")[1].click()
    button(driver, "Deze versie terugzetten").click()
    xml = (folder / "profile.xml").read_text(encoding="utf-8")
    check('amount="40000"' in xml and "46500" not in xml, "restore puts the first version back in profile.xml")

    # Two tabs: the second one's save is a conflict, never merged.
    driver.get(base + "/section/purpose")
    first = driver.current_window_handle
    driver.switch_to.new_window("tab")
    driver.get(base + "/section/purpose")
    fill(field(driver, "Gemeente of streek"), "Gent-Centrum")
    button(driver, "Opslaan en advies bijwerken").click()
    driver.close()
    driver.switch_to.window(first)
    driver.execute_script("window.onbeforeunload = null")
    fill(field(driver, "Gemeente of streek"), "Merelbeke")
    button(driver, "Opslaan en advies bijwerken").click()
    check("gewijzigd" in driver.page_source and "Merelbeke" not in (folder / "draft.json").read_text(),
          "a stale tab gets the conflict page and writes nothing")

    # Scenarios: a variant with other caps, compared side by side, then promoted.
    driver.get(base + "/scenarios")
    fill(field(driver, "Naam van een nieuw scenario"), "Meer publiek geld")
    button(driver, "Maak een scenario van het profiel").click()
    fill(field(driver, "Grootste aandeel publiek geld (%)"), "90")
    fill(field(driver, "Reserves (euro)"), "15.000")
    fill(field(driver, "De Keukenbrug: hoogste vraag per jaar (euro)"), "2.500")
    button(driver, "Scenario bewaren").click()
    table = driver.find_element(By.CLASS_NAME, "comparison")
    headings = [th.text for th in table.find_elements(By.CSS_SELECTOR, "thead th")]
    check(headings[1:] == ["Profiel nu", "Meer publiek geld"], f"profile and scenario side by side: {headings}")
    marked = [td.text for td in table.find_elements(By.CSS_SELECTOR, "td.differs")]
    check(any("90" in text for text in marked) and any("15.000" in text for text in marked),
          f"the differences are marked: {marked}")
    asks = [row for row in table.find_elements(By.CSS_SELECTOR, "tbody tr")
            if row.find_element(By.TAG_NAME, "th").text.startswith("De Keukenbrug: hoogste vraag")]
    cells = [td.text for td in asks[0].find_elements(By.TAG_NAME, "td")] if asks else []
    check(len(cells) == 2 and "2.500" in cells[1] and "2.500" not in cells[0]
          and "differs" in asks[0].find_elements(By.TAG_NAME, "td")[1].get_attribute("class"),
          f"a partner's ask ceiling changed in the scenario shows in the comparison: {cells}")
    axe(driver, "scenarios")
    comparison = driver.current_url
    print_check(driver, base + "/", "home", ["Wat je invult", "Doel en kenmerken"],
                ["Versie bewaren", "Naar de inhoud", "Beoordelen", "English"])
    print_check(driver, base + "/section/budget", "budget section", ["Begroting per jaar en categorie", "Eerste jaar van het plan"],
                ["Opslaan en advies bijwerken", "Kostenlijn toevoegen", "Beoordelen", "Naar de inhoud"])
    print_check(driver, comparison, "comparison", ["Profiel nu", "Meer publiek geld", "Kans dat alle jaren gedekt zijn"],
                ["Maak dit het profiel", "Maak een scenario van het profiel", "Beoordelen"])
    driver.get(comparison)
    button(driver, "Maak dit het profiel: Meer publiek geld").click()
    check('maxPublicShare="9000"' in (folder / "profile.xml").read_text(), "promoting a scenario makes it the profile")

    # Downloads: the plan is made with the CLI's code; each file checked with the project's tools.
    driver.get(base + "/downloads")
    button(driver, "Maak het financieringsplan").click()
    button(driver, "Maak de PDF's van beide rapporten").click()
    names = ["profile.xml", "plan.xml", "plan.html", "plan-funder.html", "plan.pdf", "plan-funder.pdf",
             "plan-funder.docx", "dossier.zip", "budget.csv", "milestones.ics"]
    for name in names:
        driver.find_element(By.LINK_TEXT, name).click()
    deadline = time.time() + 90
    while time.time() < deadline and len([p for p in downloads.iterdir() if not p.name.endswith(".crdownload")]) < len(names):
        time.sleep(0.2)
    got = sorted(p.name for p in downloads.iterdir())
    check(got == sorted(names), f"every file the CLI writes is a download: {got}")
    check_documents(downloads, folder)
    check((downloads / "profile.xml").read_bytes() == (folder / "profile.xml").read_bytes(),
          "the downloaded profile is the workspace's profile.xml, byte for byte")
    for name in ["profile.xml", "plan.xml"]:
        result = subprocess.run([BINARY, "validate", str(downloads / name)], capture_output=True, text=True)
        check(result.returncode == 0, f"fundplan validate {name}")
    with open(downloads / "budget.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    check(len(rows) > 2 and len({len(r) for r in rows}) == 1, "budget.csv reads as a ';' table")
    import icalendar
    calendar = icalendar.Calendar.from_ical((downloads / "milestones.ics").read_bytes())
    milestones = (downloads / "plan.xml").read_text(encoding="utf-8").count("<milestone ")
    events = len(calendar.walk("VEVENT"))
    check(events == milestones, f"milestones.ics parses with one event per milestone of plan.xml ({events})")
    axe(driver, "downloads")

    # A hostile upload is refused and changes nothing.
    before = (folder / "profile.xml").read_bytes()
    hostile = downloads.parent / "laughs.xml"
    hostile.write_text('<?xml version="1.0"?><!DOCTYPE n [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
                       '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><network>&c;</network>')
    driver.get(base + "/downloads")
    field(driver, "Profielbestand (XML)").send_keys(str(hostile))
    button(driver, "Openen").click()
    check("kan niet geopend worden" in driver.page_source and (folder / "profile.xml").read_bytes() == before,
          "a hostile upload is refused and nothing is written")
    upload_with_field_errors(driver, base, folder, downloads)
    # The downloaded profile opens again unchanged.
    driver.get(base + "/downloads")
    field(driver, "Profielbestand (XML)").send_keys(str(downloads / "profile.xml"))
    button(driver, "Openen").click()
    check((folder / "profile.xml").read_bytes() == before, "a downloaded profile opens again unchanged")

    # The reviewer's desk: plans uploaded, reviewed as `fundplan review` does, the same ranking.
    plans = sorted((Path(BINARY).resolve().parents[2] / "Tests/FundingPlannerTests/Fixtures/golden/plans").glob("*.xml"))
    if not plans:
        plans = sorted(Path(__file__).resolve().parents[1].joinpath("Fixtures/golden/plans").glob("*.xml"))
    driver.get(base + "/review")
    archive = downloads.parent / "plans.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
        for plan in plans[1:]:
            bundle.write(plan, "inzendingen/" + plan.name)
    field(driver, "Plannen (XML, meerdere tegelijk)").send_keys(str(plans[0]))
    field(driver, "Of een ZIP-bestand met plannen").send_keys(str(archive))
    button(driver, "Openen").click()
    call = "example-esf-network-formation.xml"
    Select(field(driver, "Oproep (de voorwaarden als poortcriteria)")).select_by_visible_text(call)
    Select(field(driver, "Beoordelingsschema")).select_by_visible_text("default-rubric.xml")
    button(driver, "Beoordeel de plannen").click()
    rows = driver.find_elements(By.CSS_SELECTOR, "table.ranking tbody tr")
    cli = downloads.parent / "cli-review"
    calls = Path(__file__).resolve().parents[3] / "catalogues/calls"
    subprocess.run([BINARY, "review", *map(str, plans), "--call", str(calls / call), "-o", str(cli)],
                   capture_output=True, check=True)
    with open(cli / "review.csv", encoding="utf-8-sig", newline="") as handle:
        expected = [row["name"] for row in csv.DictReader(handle)]
    shown = [row.find_elements(By.TAG_NAME, "td")[1].text for row in rows]
    check(len(plans) > 1 and shown == expected,
          f"the ranking (one plan and a ZIP, with a call) equals fundplan review's ({len(shown)} plans)")
    failed = [row.find_elements(By.TAG_NAME, "td")[4].text for row in rows]
    check(any("call-" in text for text in failed), f"the call's rules are gates: {failed[:3]}")
    axe(driver, "review")
    for box in driver.find_elements(By.CSS_SELECTOR, "input[name=plan]")[:2]:
        box.click()
    button(driver, "Twee plannen naast elkaar").click()
    heads = [th.text for th in driver.find_elements(By.CSS_SELECTOR, "table.comparison thead th")]
    check(len(heads) == 3 and "Bronnen en cijfers" in driver.page_source
          and driver.find_elements(By.CSS_SELECTOR, "td.differs"), f"two plans side by side, the differences marked: {heads}")
    labels = [th.text for th in driver.find_elements(By.CSS_SELECTOR, "table.comparison tbody th")]
    evidence = [td.text for td in driver.find_elements(By.CSS_SELECTOR, "table.comparison tbody td")]
    check(any(label.startswith("Poortcriterium call-") for label in labels)
          and any(re.search(r"\d/5 · ", text) for text in evidence)
          and any(text.startswith(("gehaald: ", "niet gehaald: ")) for text in evidence),
          "side by side: each criterion's score with its evidence, each gate (the call's too) with its reason")
    axe(driver, "two plans side by side")
    driver.get(base + "/review")
    driver.find_element(By.LINK_TEXT, "review.csv").click()
    deadline = time.time() + 30
    while time.time() < deadline and not (downloads / "review.csv").exists():
        time.sleep(0.2)
    check((downloads / "review.csv").read_bytes().startswith(b"\xef\xbb\xbf")
          and (downloads / "review.csv").read_bytes() == (folder / "outputs/review/review.csv").read_bytes(),
          "review.csv downloads with its byte-order mark, as fundplan review writes it")
    before = sorted(p.name for p in (folder / "review").iterdir())
    evil = downloads.parent / "evil.zip"
    with zipfile.ZipFile(evil, "w") as bundle:
        bundle.writestr("../../evil.xml", "<plan/>")
    field(driver, "Of een ZIP-bestand met plannen").send_keys(str(evil))
    button(driver, "Openen").click()
    check("geweigerd" in driver.page_source and "leaves the archive" in driver.page_source
          and sorted(p.name for p in (folder / "review").iterdir()) == before
          and not (folder.parent / "evil.xml").exists(), "a ZIP with a path out of the archive is refused, nothing written")

    # Keyboard only: add a partner and save with Tab, typing and Enter.
    driver.get(base + "/section/partners")
    driver.find_element(By.TAG_NAME, "h1").click()
    actions = ActionChains(driver)
    for _ in range(60):
        actions.send_keys(Keys.TAB).perform()
        if driver.switch_to.active_element.text.strip() == "Partner toevoegen":
            break
    focused = driver.switch_to.active_element
    check(focused.text.strip() == "Partner toevoegen", "Tab reaches 'Partner toevoegen'")
    outline = driver.execute_script("return getComputedStyle(arguments[0]).outlineStyle", focused)
    check(outline not in ("none", ""), f"the focus is visible ({outline})")
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    new = driver.switch_to.active_element
    check(new.get_attribute("id").endswith("-name"), "after 'add', the new partner's name field has the focus")
    ActionChains(driver).send_keys("Bibliotheek De Krook", Keys.TAB).perform()
    ActionChains(driver).send_keys(Keys.TAB, "b").perform()  # the id field, then the type list ("bibliotheek")
    for _ in range(40):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        if driver.switch_to.active_element.text.strip() == "Opslaan en advies bijwerken":
            break
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    draft = json.loads((folder / "draft.json").read_text())
    check(any(p["name"] == "Bibliotheek De Krook" for p in draft["partners"]), "a partner added by keyboard alone is saved")

    # English on request.
    driver.get(base + "/")
    driver.find_element(By.LINK_TEXT, "English").click()
    check(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en" and "Your network" in driver.title,
          "English on request")
    axe(driver, "home (English)")
    driver.find_element(By.LINK_TEXT, "Nederlands").click()

    outside = requests_outside(driver, base)
    check(not outside, f"no request left 127.0.0.1 {outside[:3]}")
    # The 409 (stale tab) and 422 (hostile upload) answers were asked for; anything else is an error.
    console = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"
               and not re.search(r"status of (409|422)", e["message"])]
    check(not console, f"no console errors (CSP violations included) {console[:2]}")


def without_javascript(driver, other, base, folder):
    """The same server in a browser with JavaScript off: pages still save and advise."""
    other.get(base + "/")  # the first browser holds the session; copy its cookie
    cookie = other.get_cookie("fundplan_session")
    driver.get(base + "/nothing")
    driver.add_cookie({"name": cookie["name"], "value": cookie["value"], "path": "/", "sameSite": "Strict"})
    driver.get(base + "/section/preferences")
    fill(field(driver, "Vrijwilligersuren per maand"), "40")
    button(driver, "Opslaan en advies bijwerken").click()
    check("saved=1" in driver.current_url, "without JavaScript a section saves")
    button(driver, "Advies bijwerken").click()
    check("Bevindingen" in driver.find_element(By.ID, "advice").text, "without JavaScript 'Update advice' shows the findings")
    check('volunteerHoursPerMonth="40"' in (folder / "profile.xml").read_text(), "the change is in profile.xml")
    # With JavaScript off, the page's own script never runs (the marker it sets stays absent).
    pages = ["/", "/section/purpose", "/section/partners", "/section/contributions", "/section/assets",
             "/section/budget", "/section/preferences", "/scenarios", "/history", "/downloads", "/review"]
    for path in pages:
        driver.get(base + path)
        enhanced = driver.execute_script("return document.documentElement.dataset.enhanced || ''")
        check(enhanced == "", f"without JavaScript the page's script does not run on {path}")
    # axe-core needs timers, which a page with JavaScript off does not run; so the same pages are
    # checked in a session where the page's only script (CSP allows no other) is blocked by the
    # browser before it loads: the DOM is the no-JavaScript page's, axe runs from the driver.
    blocked = browser(Path(tempfile.mkdtemp(prefix="fundplan-blocked-")))
    try:
        blocked.execute_cdp_cmd("Network.enable", {})
        blocked.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["*/assets/workspace.js*"]})
        blocked.get(base + "/nothing")
        blocked.add_cookie({"name": cookie["name"], "value": cookie["value"], "path": "/", "sameSite": "Strict"})
        for path in pages:
            blocked.get(base + path)
            same = blocked.execute_script("return document.documentElement.dataset.enhanced || ''") == ""
            check(same, f"the page's script is blocked on {path}")
            axe(blocked, path + " without its script")
    finally:
        blocked.quit()


if __name__ == "__main__":
    main()
