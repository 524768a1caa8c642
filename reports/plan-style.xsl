<?xml version="1.0" encoding="UTF-8"?>
<!-- FundingPlanner report: the page's inline CSS (screen, phone and A4 print). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template name="css">
:root { --ink: #1d2b36; --muted: #5c6b77; --line: #d5dde3; --accent: #1d6f8a; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: var(--ink); line-height: 1.45; font-size: 15px; background: #fff; }
main, .title-page { max-width: 56rem; margin: 0 auto; padding: 1rem 1.25rem; }
h1 { font-size: 2rem; margin: 0.3rem 0 1rem; line-height: 1.2; }
h2 { font-size: 1.4rem; margin: 2rem 0 0.75rem; padding-bottom: 0.3rem; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.5rem; }
.title-page { min-height: 60vh; display: flex; flex-direction: column; justify-content: center; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; color: var(--accent); font-weight: bold; margin: 0; }
.purpose { font-size: 1.2rem; font-style: italic; }
.meta, .note { color: var(--muted); font-size: 0.85rem; }
nav ol { columns: 2; padding-left: 1.2rem; }
a { color: var(--accent); }
table { border-collapse: collapse; width: 100%; margin: 0.75rem 0; font-size: 0.9rem; }
th, td { border-bottom: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
table.numbers td, td.number { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tfoot th, tfoot td { font-weight: bold; border-top: 2px solid var(--ink); }
.chart { width: 100%; height: auto; max-width: 640px; display: block; margin: 0.5rem auto; font-family: inherit; }
.chart text { font-size: 12px; fill: var(--ink); }
.chart .small { font-size: 10px; }
.chart .quadrant { font-weight: bold; fill: var(--muted); }
.findings { list-style: none; padding-left: 0; }
.finding { margin: 0.5rem 0; padding: 0.4rem 0.6rem; border-left: 4px solid var(--line); }
.finding.advice { border-color: #e9c46a; } .finding.warning { border-color: #f4a261; } .finding.problem { border-color: #e63946; } .finding.ok { border-color: #2a9d8f; }
.badge { display: inline-block; font-size: 0.75rem; text-transform: uppercase; font-weight: bold; color: var(--muted); }
.action { margin: 0.2rem 0 0; }
.source { border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 0.9rem; margin: 0.75rem 0; }
.facts { color: var(--muted); font-size: 0.9rem; }
tr.deadline td { background: #fff4e6; }
td.date { white-space: nowrap; }
pre { background: #f3f5f7; padding: 0.75rem; overflow-x: auto; font-size: 0.85rem; }
code { font-size: 0.8rem; word-break: break-all; }
@media (max-width: 600px) { body { font-size: 14px; } nav ol { columns: 1; } th, td { padding: 0.3rem; } h1 { font-size: 1.6rem; } }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { font-size: 10.5pt; }
  main, .title-page { max-width: none; padding: 0; }
  .title-page { min-height: 250mm; break-after: page; }
  section { break-before: page; }
  section#summary { break-before: auto; }
  h2, h3 { break-after: avoid; }
  tr, .finding, .source, svg { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
  </xsl:template>
</xsl:stylesheet>
