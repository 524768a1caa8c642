"""The workspace's main path by keyboard alone, from an empty workspace to a downloaded plan.

Part of the browser suite (workspace_browser.py).
"""
import subprocess
import time
import traceback

from workspace_support import (BINARY, ActionChains, By, Keys, Select, WebDriverWait, browser, button, check, field,
                               fields, start_server)
from selenium.common.exceptions import StaleElementReferenceException  # noqa: E402 (after the support module)


class Keyboard:
    """The main path by keyboard alone: Tab, Enter, Space and typing, never a click."""

    def __init__(self, driver):
        self.driver = driver
        self.unfocused = []

    def tab(self):
        ActionChains(self.driver).send_keys(Keys.TAB).perform()
        # The live advice beside the form is replaced when an update arrives: an element read a
        # moment ago may be gone. Read the focused element again then (the focus itself stays).
        for attempt in range(30):
            try:
                element = self.driver.switch_to.active_element
                style = self.driver.execute_script(
                    "const s = getComputedStyle(arguments[0]); return [s.outlineStyle, s.outlineWidth, s.boxShadow,"
                    " arguments[0].tagName, arguments[0].id || arguments[0].textContent.trim().slice(0, 30)]",
                    element)
                break
            except StaleElementReferenceException:
                if attempt == 29:
                    raise
                time.sleep(0.1)
        if style[3] != "BODY" and (style[0] == "none" or style[1] == "0px") and style[2] == "none":
            self.unfocused.append(style[4])
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
        # Enter in a text field saves the section (the form's default action), as people expect.
        keys.press(field(driver, "Gemeente of streek"))
        check("saved=1" in driver.current_url, "keyboard: Enter in a text field saves the purpose")
        keys.go("Partners")
        for name, kind in [("De Keukenbrug", "middenveldorganisatie"), ("Stad Gent", "lokaal bestuur")]:
            keys.press(button(driver, "Partner toevoegen").element)
            keys.type(fields(driver, "Naam van de organisatie")[-1], name)
            keys.choose(fields(driver, "Soort organisatie")[-1], kind)
            keys.type(fields(driver, "Doet mee sinds (jaar)")[-1], "2024")
            keys.type(fields(driver, "Waarom doet deze partner mee? (in de woorden van de partner)")[-1],
                      "Wij koken samen met nieuwkomers zodat ze Nederlands leren.")
        keys.reach_all("partners")
        # Enter in the first partner's name saves; it must not press that row's remove button.
        keys.press(fields(driver, "Naam van de organisatie")[0])
        check("saved=1" in driver.current_url and len(fields(driver, "Naam van de organisatie")) == 2,
              "keyboard: Enter in a partner's name saves both partners and removes none")
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
        keys.go("Resultaten en streefwaarden")
        keys.press(button(driver, "Resultaat toevoegen").element)
        keys.type(field(driver, "Wat wordt er geteld?"), "Kooklessen voor nieuwkomers")
        keys.choose(field(driver, "Eenheid"), "sessies")
        keys.type(field(driver, "Streefwaarde 2027 (mag leeg)"), "12")
        keys.reach_all("indicators")
        keys.press(button(driver, "Opslaan en advies bijwerken").element)
        profile = (folder / "profile.xml").read_text()
        check("saved=1" in driver.current_url and 'id="kooklessen-voor-nieuwkomers" unit="sessions"' in profile
              and '<target year="2027" value="12"/>' in profile,
              "keyboard: an output with its target is added and saved in profile.xml")
        keys.go("Start")
        keys.type(field(driver, "Notitie bij deze versie"), "met het toetsenbord")
        keys.press(button(driver, "Versie bewaren").element)
        check("met het toetsenbord" in driver.page_source, "keyboard: a version is saved")
        keys.go("Scenario's")
        keys.type(field(driver, "Naam van een nieuw scenario"), "Meer reserves")
        keys.press(button(driver, "Maak een scenario van het profiel").element)
        keys.reach_all("scenario")
        keys.type(field(driver, "Reserves (euro)"), "9.000")
        keys.choose(fields(driver, "Verdienmodel")[1], "Zaalverhuur")
        keys.type(field(driver, "Hoogstens per jaar (euro)"), "2.000")
        keys.press(button(driver, "Scenario bewaren").element)
        box = driver.find_element(By.CSS_SELECTOR, "input[name=show]")
        if not box.is_selected():
            keys.space(box)
        keys.press(button(driver, "Vergelijk").element)
        marked = [td.text for td in driver.find_elements(By.CSS_SELECTOR, "table.comparison td.differs")]
        check(any("9.000" in text for text in marked), f"keyboard: the scenario is compared, the differences marked {marked[:2]}")
        check(any("Zaalverhuur" in text and "2.000" in text for text in marked),
              f"keyboard: a cap chosen and typed by keyboard is in the comparison, marked {marked[:3]}")
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
        where = ", ".join(f"line {frame.lineno} in {frame.name}" for frame in traceback.extract_tb(error.__traceback__)[-3:])
        message = " ".join(str(error).split())[:300]
        check(False, f"keyboard: the main path by keyboard alone ({type(error).__name__}: {message}; at {where})")
        (work.parent / "fundplan-keyboard-failure.html").write_text(driver.page_source)
    finally:
        driver.quit()
        server.terminate()
        server.wait(timeout=20)
