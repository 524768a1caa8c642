"""A scenario variant's yields and caps in the browser, on a workspace holding the social-restaurant
example (a network whose plan chooses sources, so a yield and a cap change it): a bad amount
refused at its field, a yield changed and a cap set with "add another", the comparison marking what
they change, and the variant's plan the very bytes of the command the page shows."""

import shlex
import shutil
import subprocess
import tempfile
from pathlib import Path

from workspace_support import BINARY, By, Select, axe, browser, button, check, field, fields, fill, start_server

EXAMPLE = Path(__file__).resolve().parents[3] / "catalogues/examples/social-restaurant.xml"


def marked_rows(driver):
    """The comparison's rows: label → (cells, whether a cell is marked as differing)."""
    table = driver.find_element(By.CLASS_NAME, "comparison")
    rows = {}
    for row in table.find_elements(By.CSS_SELECTOR, "tbody tr"):
        cells = row.find_elements(By.TAG_NAME, "td")
        rows[row.find_element(By.TAG_NAME, "th").text] = (
            [cell.text for cell in cells], any("differs" in (cell.get_attribute("class") or "") for cell in cells))
    return rows


def scenario_overrides(work):
    folder = work / "restaurant"
    folder.mkdir()
    shutil.copyfile(EXAMPLE, folder / "profile.xml")
    server, launch, base = start_server(folder)
    driver = browser(work / "downloads")
    try:
        driver.get(launch)
        variant(driver, base, folder)
    finally:
        driver.quit()
        server.terminate()
        server.wait(timeout=20)


def variant(driver, base, folder):
    yielding, capped = "Zaalverhuur", "Catering voor evenementen"
    driver.get(base + "/scenarios")
    fill(field(driver, "Naam van een nieuw scenario"), "Minder zaalverhuur")
    button(driver, "Maak een scenario van het profiel").click()
    check(len(fields(driver, "Verdienmodel")) == 2, "one empty yield row and one empty cap row")
    labels = [option.get_attribute("textContent").strip() for option in Select(fields(driver, "Verdienmodel")[0]).options]
    check(yielding in labels and capped in labels and len(labels) > 40,
          f"the catalogue's models by their Dutch labels: {labels[:3]}…")
    Select(fields(driver, "Verdienmodel")[0]).select_by_visible_text(yielding)
    fill(field(driver, "Typische opbrengst per jaar (euro)"), "1.2345")
    button(driver, "Scenario bewaren").click()
    error = driver.find_elements(By.ID, "yield-y1-typical-error")
    links = driver.find_elements(By.CSS_SELECTOR, "a[href='#yield-y1-typical']")
    check(error and "geen bedrag" in error[0].text and links and
          field(driver, "Typische opbrengst per jaar (euro)").get_attribute("value") == "1.2345",
          "an ambiguous yield is refused at its field and in the summary, as typed")
    fill(field(driver, "Typische opbrengst per jaar (euro)"), "3.000")
    fill(field(driver, "Laagste opbrengst per jaar (euro)"), "0")
    fill(field(driver, "Hoogste opbrengst per jaar (euro)"), "9.000")
    button(driver, "Nog een plafond zetten").click()
    models = fields(driver, "Verdienmodel")
    check(len(models) == 3 and Select(models[0]).first_selected_option.get_attribute("textContent").strip() == yielding
          and driver.switch_to.active_element.get_attribute("id") == "cap-c2-model",
          "'add another' adds a cap row, keeps what was typed and moves the focus to the new row")
    Select(models[2]).select_by_visible_text(capped)
    fill(fields(driver, "Hoogstens per jaar (euro)")[1], "8.000")
    button(driver, "Scenario bewaren").click()
    written = (folder / "scenarios.xml").read_text(encoding="utf-8")
    check('typical="3000.00" minimum="0.00" maximum="9000.00"' in written and 'perYear="8000.00"' in written,
          "the yield and the cap are in the workspace's scenarios.xml")
    validate = subprocess.run([BINARY, "validate", str(folder / "scenarios.xml")], capture_output=True, text=True)
    check(validate.returncode == 0, "fundplan validate accepts scenarios.xml " + validate.stderr[-300:])
    rows = marked_rows(driver)
    changes = rows.get("Andere opbrengsten en plafonds", ([], False))
    check(changes[1] and "3.000" in changes[0][1] and "8.000" in changes[0][1],
          f"the comparison names the variant's yield and cap, marked: {changes}")
    years = len([label for label in rows if "P10 / P50 / P90" in label])
    amounts = [label for label, (_, differs) in rows.items() if label.endswith("bedrag over alle jaren") and differs]
    check(amounts, f"the comparison marks the amounts the overrides change: {amounts}")
    catering = rows.get(capped + ": bedrag over alle jaren", (["", "?"], False))[0][1].split("\n")[-1]
    held = catering == "—" or float(catering.replace("€", "").replace(".", "").replace(",", ".").strip()) <= 8_000 * years
    check(held, f"the capped source stays within € 8.000 in each of {years} years: {catering}")
    check(any(differs for label, (_, differs) in rows.items() if "P10 / P50 / P90" in label),
          "the comparison marks a changed P10/P50/P90")
    axe(driver, "scenario comparison with yields and caps")
    driver.get(base + "/scenarios/s1")
    check("Het plan van dit scenario" in driver.page_source, "the variant's page shows its plan preview")
    axe(driver, "scenario with yields and caps")
    command = shlex.split(driver.find_element(By.CSS_SELECTOR, ".hint code").text)
    downloaded = driver.execute_async_script(
        "const done = arguments[0];"
        "fetch('/scenarios/s1/plan.xml').then(r => r.text()).then(done, e => done('failed: ' + e));")
    output = Path(tempfile.mkdtemp(prefix="fundplan-scenario-cli-")) / "plan-s1"
    command[command.index("-o") + 1] = str(output)
    run = subprocess.run([BINARY] + command[1:], capture_output=True, text=True)
    check(run.returncode == 0 and (output / "plan.xml").read_text(encoding="utf-8") == downloaded,
          "the variant's plan.xml is, byte for byte, what the command on its page writes " + run.stderr[-300:])
    shutil.rmtree(output.parent, ignore_errors=True)
