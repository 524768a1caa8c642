#!/usr/bin/env python3
"""The review page in a real Chromium, used with the keyboard alone, then with JavaScript off.

Started by ReviewBrowserTests (swift test) with a review.html that `fundplan review` wrote:
    review_browser.py REVIEW_HTML LANG
Uses Debian's chromium and chromedriver (no driver download: the Service gets the path, SE_OFFLINE
is set) and selenium from PyPI, as workspace_browser.py does. Only key presses reach the page
(Tab, Shift+Tab, Enter, Space, arrow keys and typed text sent to the focused element); nothing is
clicked. Prints one line per check ("ok ..." or "FAIL ...") and exits 1 when a check failed.
"""
import os
import shutil
import sys
from pathlib import Path

os.environ["SE_OFFLINE"] = "true"
from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402

PAGE = Path(sys.argv[1]).resolve().as_uri()
LANG = sys.argv[2] if len(sys.argv) > 2 else "en"
BUDGET = {"nl": "Begroting", "en": "Budget"}[LANG]
FAILURES = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what, flush=True)
    if not condition:
        FAILURES.append(what)


def browser(javascript=True):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--host-resolver-rules=MAP * ~NOTFOUND", "--window-size=1200,900"]:
        options.add_argument(argument)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    return webdriver.Chrome(service=Service(executable_path=shutil.which("chromedriver")), options=options)


def press(driver, *keys):
    ActionChains(driver).send_keys(*keys).perform()


FOCUS = """
var e = document.activeElement, s = getComputedStyle(e);
return {tag: e.tagName.toLowerCase(), id: e.id, text: (e.textContent || e.value || '').trim().slice(0, 60),
        cls: e.className, visible: e.matches(':focus-visible') &&
          ((s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none')};
"""
UNSEEN_FOCUS = []


def focused(driver):
    state = driver.execute_script(FOCUS)
    if state["tag"] != "body" and not state["visible"]:
        UNSEEN_FOCUS.append(f"{state['tag']} {state['text']!r}")
    return state


def tab_to(driver, test, what, backwards=False, limit=150):
    """Presses Tab (or Shift+Tab) until the focused element passes `test` (a JS expression on `e`)."""
    for _ in range(limit):
        if backwards:
            press(driver, Keys.SHIFT, Keys.TAB, Keys.SHIFT)
        else:
            press(driver, Keys.TAB)
        focused(driver)
        if driver.execute_script("var e = document.activeElement; return !!(" + test + ");"):
            return True
    check(False, f"the keyboard reaches {what}")
    return False


def visible_rows(driver):
    return driver.execute_script("""
        return Array.prototype.filter.call(document.querySelectorAll('#ranking-table tbody tr'),
            function (row) { return !row.hidden && row.offsetParent !== null; })
          .map(function (row) { return {gates: row.getAttribute('data-gates'), text: row.textContent,
                                         budget: parseFloat(row.cells[3].getAttribute('data-value'))}; });""")


def keyboard_only():
    driver = browser()
    try:
        driver.get(PAGE)
        total = len(visible_rows(driver))
        check(total >= 3, f"the ranking lists the plans ({total})")
        gates = driver.execute_script(
            "return Array.prototype.map.call(document.querySelectorAll('#ranking-table tbody tr'),"
            " function (r) { return r.getAttribute('data-gates'); });")
        check("fails" in gates and "passes" in gates, "the batch has passing and failing plans")

        # Sort by budget: Tab to the column's button, Enter sorts up, Space sorts down.
        head = f"e.tagName === 'BUTTON' && e.closest('th') && e.textContent.trim() === {BUDGET!r}"
        if tab_to(driver, head, "the budget column's sort button"):
            press(driver, Keys.ENTER)
            sort = driver.execute_script("return document.activeElement.closest('th').getAttribute('aria-sort')")
            budgets = [row["budget"] for row in visible_rows(driver)]
            check(sort == "ascending" and budgets == sorted(budgets), f"Enter sorts the ranking by budget, up: {budgets}")
            press(driver, Keys.SPACE)
            sort = driver.execute_script("return document.activeElement.closest('th').getAttribute('aria-sort')")
            budgets = [row["budget"] for row in visible_rows(driver)]
            check(sort == "descending" and budgets == sorted(budgets, reverse=True),
                  f"Space sorts it down: {budgets}")

        # Filter: Shift+Tab back to the gate filter, arrow keys pick passing, then failing plans.
        if tab_to(driver, "e.id === 'filter-gates'", "the gate filter (Shift+Tab)", backwards=True):
            press(driver, Keys.ARROW_DOWN)
            rows = visible_rows(driver)
            check(rows and all(row["gates"] == "passes" for row in rows)
                  and len(rows) == gates.count("passes"), f"the filter shows the passing plans ({len(rows)})")
            press(driver, Keys.ARROW_DOWN)
            rows = visible_rows(driver)
            check(rows and all(row["gates"] == "fails" for row in rows)
                  and len(rows) == gates.count("fails"), f"then the failing plans ({len(rows)})")
            status = driver.find_element(By.ID, "ranking-status").text
            check(status == f"{len(rows)} / {total}", f"the status says how many are shown: {status!r}")
            press(driver, Keys.ARROW_UP, Keys.ARROW_UP)
            check(len(visible_rows(driver)) == total, "and all plans again")
        # Search: type part of a network's name.
        if tab_to(driver, "e.id === 'filter-text'", "the search field"):
            first = visible_rows(driver)[0]["text"]
            name = driver.execute_script(
                "return document.querySelector('#ranking-table tbody tr:not([hidden]) a').textContent")
            word = max(name.split(), key=len)
            press(driver, word)
            rows = visible_rows(driver)
            check(rows and all(word.lower() in row["text"].lower() for row in rows),
                  f"typing {word!r} keeps the plans that mention it ({len(rows)})")
            press(driver, *([Keys.BACKSPACE] * len(word)))
            check(len(visible_rows(driver)) == total and first, "clearing the search shows every plan")

        # A failing plan's gate reasons: Tab to its name in the ranking, Enter opens its details.
        link = "e.tagName === 'A' && e.closest('tr') && e.closest('tr').getAttribute('data-gates') === 'fails'"
        if tab_to(driver, link, "a failing plan's name"):
            target = driver.execute_script("return document.activeElement.getAttribute('href')")
            press(driver, Keys.ENTER)
            check(driver.execute_script("return location.hash") == target, f"Enter follows the link to {target}")
            shown = driver.execute_script("""
                var article = document.getElementById(location.hash.slice(1));
                if (!article) { return null; }
                var reasons = article.querySelectorAll('ul.gates li.fail');
                var box = (reasons[0] || article).getBoundingClientRect();
                return {reasons: Array.prototype.map.call(reasons, function (r) { return r.textContent.trim(); }),
                        inView: box.top >= 0 && box.top < window.innerHeight};""")
            check(shown is not None, f"the plan's details exist ({target})")
            if shown:
                check(len(shown["reasons"]) > 0 and all(len(r) > 10 for r in shown["reasons"]),
                      f"its failed gates are listed with their reasons: {shown['reasons'][:2]}")
                check(shown["inView"], "and are on screen")
            # Back to the ranking from the details, by keyboard.
            if tab_to(driver, "e.classList.contains('back')", "the way back to the ranking"):
                press(driver, Keys.ENTER)
                check(driver.execute_script("return location.hash") == "#ranking", "Enter returns to the ranking")

        # Compare two plans side by side: Space ticks two checkboxes.
        driver.get(PAGE)
        names = []
        for number in range(2):
            if tab_to(driver, "e.type === 'checkbox' && e.classList.contains('compare') && !e.checked",
                      f"compare checkbox {number + 1}"):
                press(driver, Keys.SPACE)
                names.append(driver.execute_script(
                    "return document.activeElement.closest('tr').querySelector('a').textContent"))
                check(driver.execute_script("return document.activeElement.checked"), f"Space ticks {names[-1]!r}")
        table = driver.execute_script("""
            var t = document.querySelector('#chosen-table table');
            if (!t || document.getElementById('chosen').hidden) { return null; }
            return {heads: Array.prototype.map.call(t.tHead.rows[0].cells, function (c) { return c.textContent; }),
                    rows: t.tBodies[0].rows.length};""")
        check(table is not None and len(table["heads"]) == 3 and table["rows"] >= 5
              and all(any(name in head for head in table["heads"]) for name in names),
              f"the two ticked plans are compared side by side: {table}")
        if tab_to(driver, "e.type === 'checkbox' && e.classList.contains('compare') && !e.checked", "a third box"):
            press(driver, Keys.SPACE)
            left = driver.execute_script(
                "return document.querySelectorAll('input.compare:not(:checked):not(:disabled)').length")
            check(left == 0, "after three, the other boxes are disabled (at most three side by side)")
        check(not UNSEEN_FOCUS, f"every focused control shows its focus: {UNSEEN_FOCUS[:5]}")
        logs = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
        check(not logs, f"no errors in the console: {logs[:2]}")
    finally:
        driver.quit()


def without_javascript():
    driver = browser(javascript=False)
    try:
        driver.get(PAGE)
        check(not driver.find_element(By.ID, "ranking-controls").is_displayed(), "without a script: no dead controls")
        check(not any(box.is_displayed() for box in driver.find_elements(By.CSS_SELECTOR, "input.compare")),
              "no compare boxes that would do nothing")
        check(not driver.find_element(By.ID, "chosen").is_displayed(), "no empty comparison of chosen plans")
        rows = driver.find_elements(By.CSS_SELECTOR, "#ranking-table tbody tr")
        check(len(rows) >= 3 and all(row.is_displayed() for row in rows), "every plan is listed")
        for row in rows:
            cells = row.find_elements(By.TAG_NAME, "td")
            amounts = [cell.text for cell in cells[3:7]]
            check(all(text.strip() not in ("", "–") for text in amounts[:3]), f"amounts shown: {amounts}")
            if row.get_attribute("data-gates") == "fails":
                reasons = row.find_elements(By.CSS_SELECTOR, "ul.reasons li")
                check(reasons and all(reason.is_displayed() and reason.text for reason in reasons),
                      "a failing plan's reasons are in the ranking")
        check(driver.find_element(By.ID, "comparison").is_displayed(), "the best plans are side by side")
        gates = driver.find_elements(By.CSS_SELECTOR, "article ul.gates li")
        check(gates and all(gate.is_displayed() for gate in gates), "every plan's gates are readable")
        if tab_to(driver, "e.tagName === 'A' && e.closest('#ranking-table')", "a plan's name without a script"):
            target = driver.execute_script("return document.activeElement.getAttribute('href')")
            press(driver, Keys.ENTER)
            check(driver.execute_script("return location.hash") == target, "Enter opens its details")
        check(not UNSEEN_FOCUS, f"focus stays visible without a script: {UNSEEN_FOCUS[:5]}")
    finally:
        driver.quit()


keyboard_only()
UNSEEN_FOCUS.clear()
without_javascript()
print(f"{len(FAILURES)} failed", flush=True)
sys.exit(1 if FAILURES else 0)
