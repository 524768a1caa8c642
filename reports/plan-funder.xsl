<?xml version="1.0" encoding="UTF-8"?>
<!--
  FundingPlanner: the funder's version of a plan (report audience "funder"), one self-contained
  HTML page: what a grant application asks for and nothing a network keeps for itself. It shows the
  network and its purpose, the partners with their roles and contributions, the activities and
  milestones with the output indicators (and, for a plan made for a call, the call's indicators
  they answer), the budget per cost category and year, the income per source (requested and
  expected), the co-financing per year (and in the call's structure for a plan made for a call),
  the financial indicators and the added value per funder. It shows no
  readiness findings, no risks, no solver, no simulation and no file digests.

  Imported by plan-funder-nl.xsl / plan-funder-en.xsl after the team report (plan-nl.xsl /
  plan-en.xsl), whose formatting templates (money, percent, funder, label) it reuses; its root
  template takes precedence over the team report's. XSLT 1.0, no extensions.

  The co-financing table is built from rows of the named template "cofinancing-row": a stylesheet
  that knows a call's own co-financing headings can call it with the call's rows instead.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:p="urn:fundingplanner:plan:1"
                exclude-result-prefixes="p">

  <xsl:include href="plan-funder-cofinancing.xsl"/>
  <xsl:include href="plan-funder-outputs.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>

  <xsl:variable name="period" select="concat($plan/p:network/@firstYear, '–', $plan/p:network/@lastYear)"/>
  <xsl:variable name="years" select="$plan/p:years/p:year"/>
  <!-- Funder types whose money is public, private (gifts and sponsors) or the network's own. -->
  <xsl:variable name="public-funders" select="' municipality province flemish-government federal-government european-union '"/>
  <xsl:variable name="private-funders" select="' foundation company individual-donors '"/>
  <xsl:variable name="own-funders" select="' customers members '"/>
  <!-- Funders that read an application: the added value is written for them only. -->
  <xsl:variable name="application-funders" select="concat($public-funders, ' foundation company ')"/>

  <xsl:template match="/">
    <html lang="{$lang}">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$m.funder-doc-title"/> – <xsl:value-of select="$plan/p:network"/></title>
        <style><xsl:call-template name="css"/><xsl:call-template name="funder-css"/></style>
      </head>
      <body class="funder">
        <header class="funder-head">
          <p class="kicker"><xsl:value-of select="$m.funder-doc-title"/>&#160;<xsl:value-of select="$period"/></p>
          <h1><xsl:value-of select="$plan/p:network"/></h1>
          <p class="purpose"><xsl:value-of select="$plan/p:purpose"/></p>
        </header>
        <main>
          <xsl:call-template name="funder-network"/>
          <xsl:call-template name="funder-activities"/>
          <xsl:call-template name="funder-budget"/>
          <xsl:call-template name="funder-income"/>
          <xsl:call-template name="funder-cofinancing"/>
          <xsl:call-template name="call-cofinancing"/>
          <xsl:call-template name="funder-indicators"/>
          <xsl:call-template name="funder-added-value"/>
        </main>
        <footer class="meta"><xsl:value-of select="$m.generated-by"/> (<xsl:value-of select="$plan/@generator"/>)</footer>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="funder-css">
@page {
  size: A4; margin: 20mm 16mm 18mm;
  @top-left { content: "<xsl:value-of select="translate($plan/p:network, '&quot;\', '  ')"/>"; font-size: 8pt; color: #5c6b77; }
  @top-right { content: "<xsl:value-of select="$m.funder-doc-title"/>&#160;<xsl:value-of select="$period"/>"; font-size: 8pt; color: #5c6b77; }
  @bottom-right { content: "<xsl:value-of select="$m.page"/> " counter(page) " <xsl:value-of select="$m.of"/> " counter(pages); font-size: 8pt; color: #5c6b77; }
}
.funder-head { max-width: 56rem; margin: 0 auto; padding: 1rem 1.25rem 0; }
footer { max-width: 56rem; margin: 1rem auto; padding: 0 1.25rem; }
caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
body.funder table.numbers thead th:not(:first-child), th.number { text-align: right; }
body.funder tfoot { display: table-row-group; }
strong.missing { color: #a33; }
tr.requested th, tr.requested td { color: var(--muted); font-style: italic; border-bottom-style: dotted; }
@media print {
  body.funder { font-size: 9.5pt; }
  .funder-head { padding: 0; }
  body.funder section { break-before: auto; }
  body.funder h2 { margin-top: 1.2rem; }
  footer { padding: 0; }
}
  </xsl:template>

  <xsl:template name="funder-network">
    <section id="network">
      <h2><xsl:value-of select="$m.network-purpose"/></h2>
      <p>
        <xsl:value-of select="$m.plan-period"/>: <xsl:value-of select="$period"/>
        <xsl:if test="$plan/p:network/@region"> · <xsl:value-of select="$m.region"/>: <xsl:value-of select="$plan/p:network/@region"/></xsl:if>
      </p>
      <xsl:if test="$plan/p:partners">
        <table class="partners">
          <caption><xsl:value-of select="$m.partner-table"/></caption>
          <thead>
            <tr>
              <th scope="col"><xsl:value-of select="$m.partner"/></th>
              <th scope="col"><xsl:value-of select="$m.partner-type"/></th>
              <th scope="col"><xsl:value-of select="$m.roles"/></th>
              <th scope="col" class="number"><xsl:value-of select="$m.cash"/>&#160;<xsl:value-of select="$period"/></th>
              <th scope="col" class="number"><xsl:value-of select="$m.in-kind"/>&#160;<xsl:value-of select="$period"/></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="$plan/p:partners/p:partner">
              <tr>
                <th scope="row"><xsl:value-of select="p:name"/></th>
                <td><xsl:call-template name="label"><xsl:with-param name="vocabulary" select="'partner-type'"/><xsl:with-param name="value" select="@type"/></xsl:call-template></td>
                <td><xsl:call-template name="roles"><xsl:with-param name="list" select="@roles"/></xsl:call-template></td>
                <td class="number"><xsl:call-template name="money"><xsl:with-param name="value" select="sum(p:year/@cash)"/></xsl:call-template></td>
                <td class="number"><xsl:call-template name="money"><xsl:with-param name="value" select="sum(p:year/@inKind)"/></xsl:call-template></td>
              </tr>
            </xsl:for-each>
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colspan="3"><xsl:value-of select="$m.total"/></th>
              <td class="number"><xsl:call-template name="money"><xsl:with-param name="value" select="sum($plan/p:partners/p:partner/p:year/@cash)"/></xsl:call-template></td>
              <td class="number"><xsl:call-template name="money"><xsl:with-param name="value" select="sum($plan/p:partners/p:partner/p:year/@inKind)"/></xsl:call-template></td>
            </tr>
          </tfoot>
        </table>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template name="funder-activities">
    <section id="activities">
      <h2><xsl:value-of select="$m.activities"/></h2>
      <p><xsl:value-of select="$m.activities-intro"/></p>
      <table>
        <thead><tr><th scope="col"><xsl:value-of select="$m.source"/></th><th scope="col"><xsl:value-of select="$m.funder"/></th><th scope="col"><xsl:value-of select="$m.start"/></th></tr></thead>
        <tbody>
          <xsl:for-each select="$plan/p:sources/p:source">
            <tr>
              <th scope="row"><xsl:value-of select="p:name"/></th>
              <td><xsl:call-template name="funder"><xsl:with-param name="value" select="@funderType"/></xsl:call-template></td>
              <td><xsl:value-of select="@start"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
      <xsl:if test="$plan/p:milestones/p:step[@deadline = 'true']">
        <table>
          <caption><xsl:value-of select="$m.milestones"/></caption>
          <thead><tr><th scope="col"><xsl:value-of select="$m.date"/></th><th scope="col"><xsl:value-of select="$m.source"/></th><th scope="col"><xsl:value-of select="$m.step"/></th></tr></thead>
          <tbody>
            <xsl:for-each select="$plan/p:milestones/p:step[@deadline = 'true']">
              <xsl:variable name="model" select="@model"/>
              <tr>
                <td class="date"><xsl:value-of select="@date"/></td>
                <td><xsl:value-of select="$plan/p:sources/p:source[@model = $model]/p:name"/></td>
                <td><xsl:value-of select="p:title"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:if>
      <xsl:call-template name="output-indicators"/>
    </section>
  </xsl:template>

  <xsl:template name="funder-budget">
    <section id="budget">
      <h2><xsl:value-of select="$m.budget"/></h2>
      <xsl:call-template name="budget-categories"/>
    </section>
  </xsl:template>

  <xsl:template name="funder-income">
    <section id="income">
      <h2><xsl:value-of select="$m.income-sources"/></h2>
      <table class="numbers income">
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="$m.source"/></th>
            <xsl:for-each select="$years"><th scope="col"><xsl:value-of select="@value"/></th></xsl:for-each>
            <th scope="col"><xsl:value-of select="$m.total"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$plan/p:sources/p:source">
            <xsl:if test="p:year/@requested">
              <tr class="requested">
                <th scope="row"><xsl:value-of select="p:name"/> (<xsl:value-of select="$m.requested"/>)</th>
                <xsl:for-each select="p:year"><td><xsl:call-template name="money"><xsl:with-param name="value" select="@requested"/></xsl:call-template></td></xsl:for-each>
                <td><xsl:call-template name="money"><xsl:with-param name="value" select="sum(p:year/@requested)"/></xsl:call-template></td>
              </tr>
            </xsl:if>
            <tr>
              <th scope="row"><xsl:value-of select="p:name"/><xsl:if test="p:year/@requested"> (<xsl:value-of select="$m.expected"/>)</xsl:if></th>
              <xsl:for-each select="p:year"><td><xsl:call-template name="money"><xsl:with-param name="value" select="@income"/></xsl:call-template></td></xsl:for-each>
              <td><xsl:call-template name="money"><xsl:with-param name="value" select="sum(p:year/@income)"/></xsl:call-template></td>
            </tr>
          </xsl:for-each>
          <xsl:for-each select="$plan/p:sources/p:partnerCash">
            <tr>
              <th scope="row"><xsl:value-of select="p:name"/> (<xsl:value-of select="$m.partner-cash"/>)</th>
              <xsl:for-each select="p:year"><td><xsl:call-template name="money"><xsl:with-param name="value" select="@amount"/></xsl:call-template></td></xsl:for-each>
              <td><xsl:call-template name="money"><xsl:with-param name="value" select="sum(p:year/@amount)"/></xsl:call-template></td>
            </tr>
          </xsl:for-each>
        </tbody>
        <tfoot>
          <tr>
            <th scope="row"><xsl:value-of select="$m.income"/> (<xsl:value-of select="$m.expected"/>)</th>
            <xsl:for-each select="$years"><td><xsl:call-template name="money"><xsl:with-param name="value" select="@income"/></xsl:call-template></td></xsl:for-each>
            <td><xsl:call-template name="money"><xsl:with-param name="value" select="sum($years/@income)"/></xsl:call-template></td>
          </tr>
          <tr>
            <th scope="row"><xsl:value-of select="$m.direct-costs"/></th>
            <xsl:for-each select="$years"><td><xsl:call-template name="money"><xsl:with-param name="value" select="@directCosts"/></xsl:call-template></td></xsl:for-each>
            <td><xsl:call-template name="money"><xsl:with-param name="value" select="sum($years/@directCosts)"/></xsl:call-template></td>
          </tr>
          <tr>
            <th scope="row"><xsl:value-of select="$m.costs-total"/></th>
            <xsl:for-each select="$years"><td><xsl:call-template name="money"><xsl:with-param name="value" select="@costs + @acquisitions"/></xsl:call-template></td></xsl:for-each>
            <td><xsl:call-template name="money"><xsl:with-param name="value" select="sum($years/@costs) + sum($years/@acquisitions)"/></xsl:call-template></td>
          </tr>
          <tr>
            <th scope="row"><xsl:value-of select="$m.balance"/></th>
            <xsl:for-each select="$years"><td><xsl:call-template name="money"><xsl:with-param name="value" select="@balance"/></xsl:call-template></td></xsl:for-each>
            <td><xsl:call-template name="money"><xsl:with-param name="value" select="sum($years/@balance)"/></xsl:call-template></td>
          </tr>
        </tfoot>
      </table>
      <p class="note"><xsl:value-of select="$m.income-note"/></p>
    </section>
  </xsl:template>

  <xsl:template name="funder-indicators">
    <section id="indicators">
      <h2><xsl:value-of select="$m.funder-indicators"/></h2>
      <table class="numbers">
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="$m.year"/></th>
            <th scope="col"><xsl:value-of select="$m.own-share"/></th>
            <th scope="col"><xsl:value-of select="$m.earned-share"/></th>
            <th scope="col"><xsl:value-of select="$m.public-share"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$plan/p:indicators/p:year">
            <tr>
              <th scope="row"><xsl:value-of select="@value"/></th>
              <td><xsl:call-template name="percent"><xsl:with-param name="basisPoints" select="@ownShare"/></xsl:call-template></td>
              <td><xsl:call-template name="percent"><xsl:with-param name="basisPoints" select="@earnedShare"/></xsl:call-template></td>
              <td><xsl:call-template name="percent"><xsl:with-param name="basisPoints" select="@publicShare"/></xsl:call-template></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>

  <xsl:template name="funder-added-value">
    <section id="added-value">
      <h2><xsl:value-of select="$m.added-value-funder"/></h2>
      <xsl:for-each select="$plan/p:addedValue/p:funder[contains($application-funders, concat(' ', @type, ' '))]">
        <h3><xsl:call-template name="funder"><xsl:with-param name="value" select="@type"/></xsl:call-template></h3>
        <p><xsl:value-of select="."/></p>
      </xsl:for-each>
    </section>
  </xsl:template>
</xsl:stylesheet>
