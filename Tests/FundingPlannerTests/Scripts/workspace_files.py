"""The workspace's files and uploads in Chromium: every download checked, printing, uploads with errors.

Part of the browser suite (workspace_browser.py).
"""
import base64
import csv
import json
import re
import shutil
import subprocess
import tempfile
import time
import zipfile
from pathlib import Path

from workspace_support import BINARY, ActionChains, By, Keys, Select, axe, button, check, field, requests_outside


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


def downloads_and_review(driver, base, folder, downloads):
    """The plan's files, uploads, the reviewer's desk, a partner by keyboard, English, the network log."""
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
    check("geweigerd" in driver.page_source and "buiten de map van het archief" in driver.page_source
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
