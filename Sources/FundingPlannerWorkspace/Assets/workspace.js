// FundingPlanner workspace: live advice, autosave and the unsaved-changes guard.
// Everything here is an enhancement: every page works without this script (the "Save" and
// "Update advice" buttons post the form), so nothing depends on it.
// Marks the page as enhanced (the browser tests check that a page without JavaScript never is).
document.documentElement.dataset.enhanced = "true";
const form = document.querySelector("form.section-form");
const summary = document.getElementById("error-summary");
if (summary) summary.focus();

if (form) {
  const section = form.dataset.section;
  const advice = document.getElementById("advice");
  const status = document.getElementById("save-status");
  const revision = form.querySelector("input[name=revision]");
  let dirty = false;
  let stopped = false;
  let adviceTimer = null;
  let saveTimer = null;

  const body = () => new URLSearchParams(new FormData(form));

  async function refreshAdvice() {
    if (!advice) return;
    advice.setAttribute("aria-busy", "true");
    try {
      // First the findings and matches (quick), then the plan sketch (slower).
      for (const query of ["", "?plan=1"]) {
        const response = await fetch(`/section/${section}/preview${query}`, { method: "POST", body: body() });
        if (response.ok) advice.innerHTML = await response.text();
      }
    } finally {
      advice.removeAttribute("aria-busy");
    }
  }

  async function autosave() {
    if (stopped) return;
    const response = await fetch(`/section/${section}/autosave`, { method: "POST", body: body() });
    const answer = await response.json().catch(() => ({}));
    if (response.ok) {
      revision.value = answer.revision;
      dirty = false;
    } else if (response.status === 409) {
      stopped = true;
    }
    if (status && answer.status) status.textContent = answer.status;
  }

  form.addEventListener("input", () => {
    dirty = true;
    clearTimeout(adviceTimer);
    clearTimeout(saveTimer);
    adviceTimer = setTimeout(refreshAdvice, 600);
    saveTimer = setTimeout(autosave, 2000);
  });
  form.addEventListener("submit", () => {
    dirty = false;
  });
  window.addEventListener("beforeunload", (event) => {
    if (dirty && !stopped) event.preventDefault();
  });
}
