<?xml version="1.0" encoding="UTF-8"?>
<!-- FundingPlanner report: tables and text sections (mix table, readiness, sources, timeline,
     added value, assumptions). -->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:p="urn:fundingplanner:plan:1"
                exclude-result-prefixes="p">

  <xsl:template name="mix-table">
    <xsl:variable name="years" select="$plan/p:years/p:year"/>
    <table class="numbers">
      <thead>
        <tr>
          <th scope="col"><xsl:value-of select="$m.source"/></th>
          <xsl:for-each select="$years"><th scope="col"><xsl:value-of select="@value"/></th></xsl:for-each>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="$plan/p:sources/p:source">
          <tr>
            <th scope="row"><xsl:value-of select="p:name"/></th>
            <xsl:for-each select="p:year"><td><xsl:call-template name="money"><xsl:with-param name="value" select="@income"/></xsl:call-template></td></xsl:for-each>
          </tr>
        </xsl:for-each>
        <xsl:for-each select="$plan/p:sources/p:partnerCash">
          <tr>
            <th scope="row"><xsl:value-of select="p:name"/> (<xsl:value-of select="$m.partner-cash"/>)</th>
            <xsl:for-each select="p:year"><td><xsl:call-template name="money"><xsl:with-param name="value" select="@amount"/></xsl:call-template></td></xsl:for-each>
          </tr>
        </xsl:for-each>
      </tbody>
      <tfoot>
        <tr>
          <th scope="row"><xsl:value-of select="$m.income"/></th>
          <xsl:for-each select="$years"><td><xsl:call-template name="money"><xsl:with-param name="value" select="@income"/></xsl:call-template></td></xsl:for-each>
        </tr>
        <tr>
          <th scope="row"><xsl:value-of select="$m.direct-costs"/></th>
          <xsl:for-each select="$years"><td><xsl:call-template name="money"><xsl:with-param name="value" select="@directCosts"/></xsl:call-template></td></xsl:for-each>
        </tr>
        <tr>
          <th scope="row"><xsl:value-of select="$m.net-income"/></th>
          <xsl:for-each select="$years"><td><xsl:call-template name="money"><xsl:with-param name="value" select="@netIncome"/></xsl:call-template></td></xsl:for-each>
        </tr>
        <tr>
          <th scope="row"><xsl:value-of select="$m.costs"/></th>
          <xsl:for-each select="$years"><td><xsl:call-template name="money"><xsl:with-param name="value" select="@costs"/></xsl:call-template></td></xsl:for-each>
        </tr>
        <tr>
          <th scope="row"><xsl:value-of select="$m.acquisitions"/></th>
          <xsl:for-each select="$years"><td><xsl:call-template name="money"><xsl:with-param name="value" select="@acquisitions"/></xsl:call-template></td></xsl:for-each>
        </tr>
        <tr>
          <th scope="row"><xsl:value-of select="$m.balance"/></th>
          <xsl:for-each select="$years"><td><xsl:call-template name="money"><xsl:with-param name="value" select="@balance"/></xsl:call-template></td></xsl:for-each>
        </tr>
        <tr>
          <th scope="row"><xsl:value-of select="$m.in-kind"/></th>
          <xsl:for-each select="$years"><td><xsl:call-template name="money"><xsl:with-param name="value" select="@inKind"/></xsl:call-template></td></xsl:for-each>
        </tr>
      </tfoot>
    </table>
    <p class="note"><xsl:value-of select="$m.in-kind-note"/></p>
  </xsl:template>

  <!-- The costs per budget category (rows) and year (columns), with the totals of each; the
       plan's year totals are the sum of their categories, to the cent. -->
  <xsl:template name="budget-categories">
    <xsl:variable name="years" select="$plan/p:years/p:year"/>
    <table class="numbers budget">
      <caption><xsl:value-of select="$m.budget-categories"/></caption>
      <thead>
        <tr>
          <th scope="col"><xsl:value-of select="$m.category"/></th>
          <xsl:for-each select="$years"><th scope="col"><xsl:value-of select="@value"/></th></xsl:for-each>
          <th scope="col"><xsl:value-of select="$m.total"/></th>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="$years/p:cost[not(@category = preceding::p:cost/@category)]">
          <xsl:variable name="category" select="@category"/>
          <tr>
            <th scope="row"><xsl:call-template name="label"><xsl:with-param name="vocabulary" select="'cost'"/><xsl:with-param name="value" select="$category"/></xsl:call-template></th>
            <xsl:for-each select="$years"><td><xsl:call-template name="money"><xsl:with-param name="value" select="sum(p:cost[@category = $category]/@amount)"/></xsl:call-template></td></xsl:for-each>
            <td><xsl:call-template name="money"><xsl:with-param name="value" select="sum($years/p:cost[@category = $category]/@amount)"/></xsl:call-template></td>
          </tr>
        </xsl:for-each>
        <xsl:if test="$years[not(p:cost) and @costs &gt; 0]">
          <tr>
            <th scope="row"><xsl:value-of select="$m.uncategorised"/></th>
            <xsl:for-each select="$years"><td><xsl:call-template name="money"><xsl:with-param name="value" select="@costs - sum(p:cost/@amount)"/></xsl:call-template></td></xsl:for-each>
            <td><xsl:call-template name="money"><xsl:with-param name="value" select="sum($years[not(p:cost)]/@costs)"/></xsl:call-template></td>
          </tr>
        </xsl:if>
        <xsl:if test="$years[@acquisitions &gt; 0]">
          <tr>
            <th scope="row"><xsl:value-of select="$m.acquisitions"/></th>
            <xsl:for-each select="$years"><td><xsl:call-template name="money"><xsl:with-param name="value" select="@acquisitions"/></xsl:call-template></td></xsl:for-each>
            <td><xsl:call-template name="money"><xsl:with-param name="value" select="sum($years/@acquisitions)"/></xsl:call-template></td>
          </tr>
        </xsl:if>
      </tbody>
      <tfoot>
        <tr>
          <th scope="row"><xsl:value-of select="$m.total"/></th>
          <xsl:for-each select="$years"><td><xsl:call-template name="money"><xsl:with-param name="value" select="@costs + @acquisitions"/></xsl:call-template></td></xsl:for-each>
          <td><xsl:call-template name="money"><xsl:with-param name="value" select="sum($years/@costs) + sum($years/@acquisitions)"/></xsl:call-template></td>
        </tr>
      </tfoot>
    </table>
  </xsl:template>

  <xsl:template name="readiness">
    <xsl:variable name="readiness" select="$plan/p:readiness"/>
    <section id="readiness">
      <h2><xsl:value-of select="$m.readiness"/></h2>
      <p><xsl:value-of select="$m.maturity"/>: <strong><xsl:call-template name="stage"><xsl:with-param name="value" select="$readiness/p:maturity/@stage"/></xsl:call-template></strong>
        <xsl:if test="$readiness/p:consensus/@score"> · <xsl:value-of select="$m.consensus"/>: <strong><xsl:value-of select="$readiness/p:consensus/@score"/>/100</strong></xsl:if>
      </p>
      <xsl:for-each select="$readiness/p:finding">
        <xsl:variable name="check" select="@check"/>
        <xsl:if test="not(preceding-sibling::p:finding[@check = $check])">
          <h3>
            <xsl:choose>
              <xsl:when test="$check = 'purpose-clarity'"><xsl:value-of select="$m.check-purpose-clarity"/></xsl:when>
              <xsl:when test="$check = 'purpose-consensus'"><xsl:value-of select="$m.check-purpose-consensus"/></xsl:when>
              <xsl:when test="$check = 'composition'"><xsl:value-of select="$m.check-composition"/></xsl:when>
              <xsl:when test="$check = 'money-and-power'"><xsl:value-of select="$m.check-money-and-power"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$m.check-maturity"/></xsl:otherwise>
            </xsl:choose>
          </h3>
          <ul class="findings">
            <xsl:for-each select="$readiness/p:finding[@check = $check]">
              <li class="finding {@severity}">
                <span class="badge"><xsl:call-template name="severity"><xsl:with-param name="value" select="@severity"/></xsl:call-template></span>
                <xsl:text> </xsl:text><xsl:value-of select="p:message"/>
                <xsl:if test="p:evidence"><ul><xsl:for-each select="p:evidence"><li><xsl:value-of select="."/></li></xsl:for-each></ul></xsl:if>
                <xsl:if test="p:action"><p class="action">→ <xsl:value-of select="p:action"/></p></xsl:if>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:if>
      </xsl:for-each>
    </section>
  </xsl:template>

  <xsl:template name="sources">
    <section id="sources">
      <h2><xsl:value-of select="$m.sources"/></h2>
      <xsl:if test="not($plan/p:sources/p:source)"><p><xsl:value-of select="$m.no-sources"/></p></xsl:if>
      <xsl:for-each select="$plan/p:sources/p:source">
        <xsl:variable name="model" select="@model"/>
        <xsl:variable name="match" select="$plan/p:matches/p:model[@id = $model]"/>
        <article class="source">
          <h3><xsl:value-of select="p:name"/></h3>
          <p class="facts">
            <xsl:value-of select="$m.start"/>: <xsl:value-of select="@start"/> ·
            <xsl:value-of select="$m.alignment"/>: <xsl:value-of select="@alignment"/>/100 ·
            <xsl:value-of select="$m.quadrant"/>: <xsl:call-template name="quadrant"><xsl:with-param name="value" select="@quadrant"/></xsl:call-template> ·
            <xsl:value-of select="$m.odds"/>: <xsl:call-template name="percent"><xsl:with-param name="basisPoints" select="@probability"/></xsl:call-template> ·
            <xsl:value-of select="$m.funder"/>: <xsl:call-template name="funder"><xsl:with-param name="value" select="@funderType"/></xsl:call-template>
            <xsl:if test="@partnerMoney = 'new-to-be-agreed'"> · <strong><xsl:value-of select="$m.new-to-be-agreed"/></strong></xsl:if>
          </p>
          <xsl:if test="p:ask">
            <ul>
              <xsl:for-each select="p:ask">
                <xsl:variable name="partner" select="@partner"/>
                <li><xsl:value-of select="$m.asked-of"/>&#160;<xsl:value-of select="$plan/p:sources/p:partnerCash[@partner = $partner]/p:name | $partner[not($plan/p:sources/p:partnerCash[@partner = $partner])]"/>, <xsl:value-of select="@year"/>: <xsl:call-template name="money"><xsl:with-param name="value" select="@amount"/></xsl:call-template></li>
              </xsl:for-each>
            </ul>
          </xsl:if>
          <xsl:if test="$match">
            <p><strong><xsl:value-of select="$m.rationale"/>:</strong>&#160;<xsl:value-of select="$match/p:rationale"/></p>
            <xsl:if test="$match/p:prerequisite">
              <p><strong><xsl:value-of select="$m.prerequisites"/>:</strong></p>
              <ul>
                <xsl:for-each select="$match/p:prerequisite">
                  <li>
                    <xsl:value-of select="."/> –
                    <xsl:choose>
                      <xsl:when test="@met = 'true'"><xsl:value-of select="$m.met"/></xsl:when>
                      <xsl:otherwise><xsl:value-of select="$m.to-do"/>: <xsl:value-of select="@action"/></xsl:otherwise>
                    </xsl:choose>
                  </li>
                </xsl:for-each>
              </ul>
            </xsl:if>
          </xsl:if>
        </article>
      </xsl:for-each>
    </section>
  </xsl:template>

  <xsl:template name="timeline">
    <section id="timeline">
      <h2><xsl:value-of select="$m.timeline"/></h2>
      <table>
        <thead><tr><th scope="col"><xsl:value-of select="$m.date"/></th><th scope="col"><xsl:value-of select="$m.source"/></th><th scope="col"><xsl:value-of select="$m.step"/></th></tr></thead>
        <tbody>
          <xsl:for-each select="$plan/p:milestones/p:step">
            <xsl:variable name="model" select="@model"/>
            <tr>
              <xsl:if test="@deadline = 'true'"><xsl:attribute name="class">deadline</xsl:attribute></xsl:if>
              <td class="date"><xsl:value-of select="@date"/></td>
              <td><xsl:value-of select="$plan/p:sources/p:source[@model = $model]/p:name"/></td>
              <td>
                <strong><xsl:value-of select="p:title"/></strong>
                <xsl:if test="@deadline = 'true'"> (<xsl:value-of select="$m.deadline"/>)</xsl:if>
                <br/><xsl:value-of select="p:detail"/>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>

  <xsl:template name="added-value">
    <section id="added-value">
      <h2><xsl:value-of select="$m.added-value"/></h2>
      <xsl:for-each select="$plan/p:addedValue/p:funder">
        <h3><xsl:call-template name="funder"><xsl:with-param name="value" select="@type"/></xsl:call-template></h3>
        <p><xsl:value-of select="."/></p>
      </xsl:for-each>
    </section>
  </xsl:template>

  <xsl:template name="assumptions">
    <section id="assumptions">
      <h2><xsl:value-of select="$m.assumptions"/></h2>
      <p><xsl:value-of select="$m.figures-note"/></p>
      <h3><xsl:value-of select="$m.in-kind"/></h3>
      <ul>
        <xsl:for-each select="$plan/p:inKind/p:item">
          <li><xsl:value-of select="p:name"/> (<xsl:choose><xsl:when test="@kind = 'partner-contribution'"><xsl:value-of select="$m.in-kind-partner"/></xsl:when><xsl:otherwise><xsl:value-of select="$m.in-kind-suggested"/></xsl:otherwise></xsl:choose>):
            <xsl:call-template name="money"><xsl:with-param name="value" select="sum(p:year/@amount)"/></xsl:call-template></li>
        </xsl:for-each>
      </ul>
      <h3><xsl:value-of select="$m.limits"/></h3>
      <ul>
        <li><xsl:value-of select="$m.max-one-source"/>: <xsl:call-template name="percent"><xsl:with-param name="basisPoints" select="$plan/p:limits/@maxShareOfOneSource"/></xsl:call-template></li>
        <li><xsl:value-of select="$m.max-public"/>: <xsl:call-template name="percent"><xsl:with-param name="basisPoints" select="$plan/p:limits/@maxPublicShare"/></xsl:call-template></li>
        <li><xsl:value-of select="$m.max-new"/>: <xsl:value-of select="$plan/p:limits/@maxNewModelsPerYear"/></li>
        <li><xsl:value-of select="$m.effort-hours"/>: <xsl:value-of select="$plan/p:limits/@effortHoursPerYear"/></li>
        <li><xsl:value-of select="$m.hourly-rate"/>: <xsl:call-template name="money"><xsl:with-param name="value" select="$plan/p:limits/@hourlyRate"/></xsl:call-template></li>
        <li><xsl:value-of select="$m.objective"/>: <xsl:call-template name="decimal"><xsl:with-param name="value" select="$plan/p:solver/@objective"/></xsl:call-template> (<xsl:call-template name="solver-status"><xsl:with-param name="value" select="$plan/p:solver/@status"/></xsl:call-template>)</li>
        <li><xsl:value-of select="$m.simulation"/>: <xsl:value-of select="$plan/p:simulation/@runs"/>&#160;<xsl:value-of select="$m.runs"/>&#160;<xsl:value-of select="$plan/p:simulation/@seed"/></li>
      </ul>
      <xsl:if test="$plan/p:blocked">
        <h3><xsl:value-of select="$m.blocked"/></h3>
        <ul><xsl:for-each select="$plan/p:blocked"><li><xsl:value-of select="@model"/>: <xsl:value-of select="."/></li></xsl:for-each></ul>
      </xsl:if>
      <h3><xsl:value-of select="$m.inputs"/></h3>
      <ul class="inputs"><xsl:for-each select="$plan/p:inputs/p:input"><li><xsl:value-of select="@file"/>: <code><xsl:value-of select="@sha256"/></code></li></xsl:for-each></ul>
      <h3><xsl:value-of select="$m.resolve"/></h3>
      <p><xsl:value-of select="$m.resolve-text"/></p>
      <pre>fundplan plan <xsl:value-of select="$plan/p:inputs/p:input[@role = 'network']/@file"/> --seed <xsl:value-of select="$plan/p:simulation/@seed"/> --export-model model.lp
highs model.lp
cbc model.lp solve</pre>
    </section>
  </xsl:template>
</xsl:stylesheet>
