<?xml version="1.0" encoding="UTF-8"?>
<!--
  FundingPlanner review page: its own CSS and one small first-party script. The script sorts the
  ranking by a column (buttons in the column headers), filters it (passing or failing plans, a
  search), and builds a side-by-side comparison of the two or three plans ticked in the ranking
  from their detail tables. Every control is a native button, select, search field or checkbox,
  so the keyboard reaches and works them; without the script the controls stay hidden and the page
  shows every plan in rank order and the best three side by side.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template name="review-css">
main { max-width: 76rem; }
.controls { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; margin: 0.5rem 0; }
.controls[hidden], [hidden] { display: none; }
.js-only { display: none; }
.js .js-only { display: table-cell; }
th button { font: inherit; font-weight: bold; background: none; border: 0; padding: 0; color: var(--accent); cursor: pointer; text-align: left; }
th button:focus-visible, input:focus-visible, select:focus-visible, a:focus-visible { outline: 3px solid #f4a261; outline-offset: 2px; }
th[aria-sort="ascending"] button::after { content: " ▲"; }
th[aria-sort="descending"] button::after { content: " ▼"; }
.fail { color: #b00020; }
ul.reasons { margin: 0.2rem 0 0; padding-left: 1rem; font-size: 0.85rem; }
ul.gates li.fail { font-weight: bold; }
.reviewers { margin-top: 0.3rem; }
.reviewers ul { margin: 0.2rem 0; padding-left: 1.1rem; }
.reviewers.disagree { background: #fff4e6; border-left: 4px solid #e63946; padding: 0.2rem 0.4rem; }
.back-link { margin: 0.2rem 0; font-size: 0.85rem; }
@media print { .controls, .js-only, #chosen, .back-link { display: none !important; } }
  </xsl:template>

  <xsl:template name="review-script"><xsl:text disable-output-escaping="yes"><![CDATA[
(function () {
  "use strict";
  var table = document.getElementById("ranking-table");
  if (!table || !table.tBodies.length) { return; }
  document.documentElement.className += " js";
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var controls = document.getElementById("ranking-controls");
  var gates = document.getElementById("filter-gates");
  var search = document.getElementById("filter-text");
  var status = document.getElementById("ranking-status");
  controls.hidden = false;
  function filter() {
    var want = gates.value, text = search.value.toLowerCase(), shown = 0;
    rows.forEach(function (row) {
      var visible = (want === "all" || row.getAttribute("data-gates") === want) &&
        row.textContent.toLowerCase().indexOf(text) !== -1;
      row.hidden = !visible;
      if (visible) { shown += 1; }
    });
    status.textContent = shown + " / " + rows.length;
  }
  gates.addEventListener("change", filter);
  search.addEventListener("input", filter);
  var heads = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (head, column) {
    if (!head.hasAttribute("data-sort")) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = head.textContent;
    head.textContent = "";
    head.appendChild(button);
    button.addEventListener("click", function () {
      var ascending = head.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(heads, function (other) { other.removeAttribute("aria-sort"); });
      head.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      rows.sort(function (a, b) {
        var x = a.cells[column].getAttribute("data-value") || "", y = b.cells[column].getAttribute("data-value") || "";
        var nx = parseFloat(x), ny = parseFloat(y);
        var order = isNaN(nx) || isNaN(ny) ? x.localeCompare(y) : nx - ny;
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
  var chosen = document.getElementById("chosen");
  var holder = document.getElementById("chosen-table");
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input.compare"));
  chosen.hidden = false;
  function compare() {
    var picked = boxes.filter(function (box) { return box.checked; });
    boxes.forEach(function (box) { box.disabled = !box.checked && picked.length >= 3; });
    holder.textContent = "";
    if (picked.length < 2) { return; }
    var articles = picked.map(function (box) { return document.getElementById(box.value); });
    var result = document.createElement("table");
    var head = result.createTHead().insertRow();
    head.appendChild(document.createElement("th"));
    articles.forEach(function (article) {
      var cell = document.createElement("th");
      cell.scope = "col";
      cell.textContent = article.querySelector("h3").textContent;
      head.appendChild(cell);
    });
    var tbody = result.createTBody();
    var amountHeads = articles[0].querySelectorAll("table.amounts thead th");
    Array.prototype.forEach.call(amountHeads, function (th, index) {
      var row = tbody.insertRow();
      var label = document.createElement("th");
      label.scope = "row";
      label.textContent = th.textContent;
      row.appendChild(label);
      articles.forEach(function (article) {
        row.insertCell().textContent = article.querySelectorAll("table.amounts tbody td")[index].textContent;
      });
    });
    Array.prototype.forEach.call(articles[0].querySelectorAll("tr[data-criterion]"), function (line) {
      var id = line.getAttribute("data-criterion");
      var row = tbody.insertRow();
      var label = document.createElement("th");
      label.scope = "row";
      label.textContent = line.cells[0].textContent;
      row.appendChild(label);
      articles.forEach(function (article) {
        var other = article.querySelector("tr[data-criterion='" + id + "']");
        var cell = row.insertCell();
        if (other) {
          var score = document.createElement("strong");
          score.textContent = other.cells[2].textContent;
          cell.appendChild(score);
          cell.appendChild(document.createElement("br"));
          cell.appendChild(document.createTextNode(other.cells[3].textContent));
        }
      });
    });
    holder.appendChild(result);
  }
  boxes.forEach(function (box) { box.addEventListener("change", compare); });
  filter();
}());
]]></xsl:text></xsl:template>
</xsl:stylesheet>
