#!/usr/bin/env python3
"""The workspace in a real Chromium: `fundplan serve` driven through Selenium.

Started by WorkspaceBrowserTests (swift test) with the built binary:
    workspace_browser.py FUNDPLAN_BINARY
Uses Debian's chromium and chromedriver (no driver download: the Service gets the path, SE_OFFLINE
is set), selenium 4.51.0 from PyPI, and axe-core from the axe-playwright-python wheel (its
axe.min.js is injected; nothing of Playwright is imported). Exits 1 with the failed checks listed.
"""
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.dont_write_bytecode = True  # the sibling modules below leave no __pycache__ in the source tree
import workspace_support  # noqa: E402
from workspace_files import downloads_and_review, print_check  # noqa: E402
from workspace_keyboard import keyboard_main_path  # noqa: E402
from workspace_scenarios import scenario_overrides  # noqa: E402
from workspace_support import (  # noqa: E402
    BINARY, By, Keys, Select, WebDriverWait, axe, browser, button, check, field, fields, fill, start_server)


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
        scenario_overrides(work)
    finally:
        driver.quit()
        server.terminate()
        check(server.wait(timeout=20) == 0, "SIGTERM stops the server with exit code 0")
        shutil.rmtree(work, ignore_errors=True)
    if workspace_support.FAILURES:
        print(f"{len(workspace_support.FAILURES)} check(s) failed", flush=True)
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
    downloads_and_review(driver, base, folder, downloads)


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
    # Outputs: add one, give a wrong target (kept and shown at its field), correct it, remove it.
    driver.get(base + "/section/indicators")
    button(driver, "Resultaat toevoegen").click()
    fill(fields(driver, "Wat wordt er geteld?")[-1], "Ouders op een infoavond")
    target = [e for e in driver.find_elements(By.CSS_SELECTOR, "input[name^=indicator][name$='[target2027]']")][-1]
    fill(target, "veel")
    button(driver, "Opslaan en advies bijwerken").click()
    wrong = driver.find_elements(By.CSS_SELECTOR, ".error-message")
    check(any("streefwaarde 2027: 'veel'" in e.text for e in wrong), "without JavaScript a wrong target is shown at its field")
    target = driver.find_elements(By.CSS_SELECTOR, "input[name^=indicator][name$='[target2027]']")[-1]
    check(target.get_attribute("value") == "veel", "without JavaScript the wrong target is kept as typed")
    fill(target, "25")
    button(driver, "Opslaan en advies bijwerken").click()
    check('<target year="2027" value="25"/>' in (folder / "profile.xml").read_text(),
          "without JavaScript an output is added and saved in profile.xml")
    button(driver, "Resultaat verwijderen: Ouders op een infoavond").click()
    button(driver, "Opslaan en advies bijwerken").click()
    check("ouders-op-een-infoavond" not in (folder / "profile.xml").read_text(),
          "without JavaScript an output is removed")
    # With JavaScript off, the page's own script never runs (the marker it sets stays absent).
    pages = ["/", "/section/purpose", "/section/partners", "/section/contributions", "/section/assets",
             "/section/budget", "/section/indicators", "/section/preferences", "/scenarios", "/history", "/downloads",
             "/review"]
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
