<?xml version="1.0" encoding="UTF-8"?>
<!--
  FundingPlanner: the templates that turn a plan (urn:fundingplanner:plan:1) into one
  self-contained HTML page: inline CSS and SVG, no script, no external request. Labels come from
  messages-nl.xsl or messages-en.xsl (included by plan-nl.xsl / plan-en.xsl with $lang).
  XSLT 1.0, no extensions: it runs the same under libxslt and xsltproc.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:p="urn:fundingplanner:plan:1"
                exclude-result-prefixes="p">

  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:include href="numbers.xsl"/>

  <xsl:variable name="plan" select="/p:plan"/>

  <!-- ===== Formatting ===== -->

  <!-- A decimal from the XML (machine form, decimal point) for people: 92,382 in Dutch. -->
  <xsl:template name="decimal">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="$lang = 'nl'"><xsl:value-of select="format-number($value, '#.##0,###', 'nl')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>



  <xsl:template name="severity">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="$value = 'ok'"><xsl:value-of select="$m.severity-ok"/></xsl:when>
      <xsl:when test="$value = 'advice'"><xsl:value-of select="$m.severity-advice"/></xsl:when>
      <xsl:when test="$value = 'warning'"><xsl:value-of select="$m.severity-warning"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$m.severity-problem"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="solver-status">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="$value = 'optimal'"><xsl:value-of select="$m.status-optimal"/></xsl:when>
      <xsl:when test="$value = 'stopped'"><xsl:value-of select="$m.status-stopped"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="stage">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="$value = 'forming'"><xsl:value-of select="$m.stage-forming"/></xsl:when>
      <xsl:when test="$value = 'growing'"><xsl:value-of select="$m.stage-growing"/></xsl:when>
      <xsl:when test="$value = 'mature'"><xsl:value-of select="$m.stage-mature"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="quadrant">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="$value = 'star'"><xsl:value-of select="$m.star"/></xsl:when>
      <xsl:when test="$value = 'heart'"><xsl:value-of select="$m.heart"/></xsl:when>
      <xsl:when test="$value = 'money-tree'"><xsl:value-of select="$m.money-tree"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$m.stop-sign"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="funder">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="$value = 'municipality'"><xsl:value-of select="$m.funder-municipality"/></xsl:when>
      <xsl:when test="$value = 'province'"><xsl:value-of select="$m.funder-province"/></xsl:when>
      <xsl:when test="$value = 'flemish-government'"><xsl:value-of select="$m.funder-flemish-government"/></xsl:when>
      <xsl:when test="$value = 'federal-government'"><xsl:value-of select="$m.funder-federal-government"/></xsl:when>
      <xsl:when test="$value = 'european-union'"><xsl:value-of select="$m.funder-european-union"/></xsl:when>
      <xsl:when test="$value = 'foundation'"><xsl:value-of select="$m.funder-foundation"/></xsl:when>
      <xsl:when test="$value = 'company'"><xsl:value-of select="$m.funder-company"/></xsl:when>
      <xsl:when test="$value = 'individual-donors'"><xsl:value-of select="$m.funder-individual-donors"/></xsl:when>
      <xsl:when test="$value = 'customers'"><xsl:value-of select="$m.funder-customers"/></xsl:when>
      <xsl:when test="$value = 'members'"><xsl:value-of select="$m.funder-members"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$m.funder-partners"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="colour">
    <xsl:param name="type"/>
    <xsl:choose>
      <xsl:when test="$type = 'market'">#2a9d8f</xsl:when>
      <xsl:when test="$type = 'public'">#457b9d</xsl:when>
      <xsl:when test="$type = 'reciprocity'">#e9a23b</xsl:when>
      <xsl:otherwise>#8d99ae</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== Page ===== -->

  <xsl:template match="/">
    <html lang="{$lang}">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="{$plan/@generator}"/>
        <title><xsl:value-of select="$m.doc-title"/> – <xsl:value-of select="$plan/p:network"/></title>
        <style><xsl:call-template name="css"/></style>
      </head>
      <body>
        <xsl:call-template name="title-page"/>
        <main>
          <xsl:call-template name="summary"/>
          <xsl:call-template name="mix"/>
          <xsl:call-template name="matrix"/>
          <xsl:call-template name="coverage"/>
          <xsl:call-template name="readiness"/>
          <xsl:call-template name="sources"/>
          <xsl:call-template name="timeline"/>
          <xsl:call-template name="added-value"/>
          <xsl:call-template name="assumptions"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="title-page">
    <header class="title-page">
      <p class="kicker"><xsl:value-of select="$m.doc-title"/>&#160;<xsl:value-of select="$plan/p:network/@firstYear"/>–<xsl:value-of select="$plan/p:network/@lastYear"/></p>
      <h1><xsl:value-of select="$plan/p:network"/></h1>
      <p class="purpose"><xsl:value-of select="$plan/p:purpose"/></p>
      <xsl:if test="$plan/p:options/p:scenario">
        <p class="scenario"><strong><xsl:value-of select="$m.scenario"/>:</strong>&#160;<xsl:value-of select="$plan/p:options/p:scenario"/> (<xsl:value-of select="$plan/p:options/p:scenario/@id"/>)</p>
      </xsl:if>
      <nav aria-label="{$m.contents}">
        <h2><xsl:value-of select="$m.contents"/></h2>
        <ol>
          <li><a href="#summary"><xsl:value-of select="$m.summary"/></a></li>
          <li><a href="#mix"><xsl:value-of select="$m.mix"/></a></li>
          <li><a href="#matrix"><xsl:value-of select="$m.matrix"/></a></li>
          <li><a href="#coverage"><xsl:value-of select="$m.coverage"/></a></li>
          <li><a href="#readiness"><xsl:value-of select="$m.readiness"/></a></li>
          <li><a href="#sources"><xsl:value-of select="$m.sources"/></a></li>
          <li><a href="#timeline"><xsl:value-of select="$m.timeline"/></a></li>
          <li><a href="#added-value"><xsl:value-of select="$m.added-value"/></a></li>
          <li><a href="#assumptions"><xsl:value-of select="$m.assumptions"/></a></li>
        </ol>
      </nav>
      <p class="meta"><xsl:value-of select="$m.generated-by"/> (<xsl:value-of select="$plan/@generator"/>) · <xsl:value-of select="$m.solver"/>: <xsl:value-of select="$plan/p:solver/@name"/>&#160;<xsl:value-of select="$plan/p:solver/@version"/>, <xsl:call-template name="solver-status"><xsl:with-param name="value" select="$plan/p:solver/@status"/></xsl:call-template></p>
    </header>
  </xsl:template>

  <xsl:template name="summary">
    <section id="summary">
      <h2><xsl:value-of select="$m.summary"/></h2>
      <p><strong><xsl:value-of select="$m.purpose"/>:</strong>&#160;<xsl:value-of select="$plan/p:purpose"/></p>
      <table class="numbers">
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="$m.year"/></th>
            <th scope="col"><xsl:value-of select="$m.costs"/></th>
            <th scope="col"><xsl:value-of select="$m.net-income"/></th>
            <th scope="col"><xsl:value-of select="$m.shortfall"/></th>
            <th scope="col"><xsl:value-of select="$m.chance-covered"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$plan/p:years/p:year">
            <xsl:variable name="year" select="@value"/>
            <tr>
              <th scope="row"><xsl:value-of select="$year"/></th>
              <td><xsl:call-template name="money"><xsl:with-param name="value" select="@costs + @acquisitions"/></xsl:call-template></td>
              <td><xsl:call-template name="money"><xsl:with-param name="value" select="@netIncome"/></xsl:call-template></td>
              <td><xsl:call-template name="money"><xsl:with-param name="value" select="@shortfall"/></xsl:call-template></td>
              <td><xsl:call-template name="percent"><xsl:with-param name="basisPoints" select="$plan/p:simulation/p:year[@value = $year]/@coverageProbability"/></xsl:call-template></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
      <p><xsl:value-of select="$m.all-years-covered"/>: <strong><xsl:call-template name="percent"><xsl:with-param name="basisPoints" select="$plan/p:simulation/@allYearsCovered"/></xsl:call-template></strong></p>
      <xsl:call-template name="indicators"/>
      <h3><xsl:value-of select="$m.risks"/></h3>
      <ul class="risks">
        <xsl:for-each select="$plan/p:simulation/p:sensitivity">
          <xsl:variable name="model" select="@model"/>
          <li><xsl:value-of select="$m.risk-sensitive-1"/>&#160;<xsl:value-of select="$plan/p:sources/p:source[@model = $model]/p:name"/>&#160;<xsl:value-of select="$m.risk-sensitive-2"/>&#160;<xsl:call-template name="percent"><xsl:with-param name="basisPoints" select="@coverageWithout"/></xsl:call-template>.</li>
        </xsl:for-each>
        <xsl:for-each select="$plan/p:indicators/p:cliff">
          <xsl:variable name="model" select="@model"/>
          <li><xsl:value-of select="$m.cliffs"/>: <xsl:value-of select="$plan/p:sources/p:source[@model = $model]/p:name"/>&#160;<xsl:value-of select="$m.cliff-text"/>&#160;<xsl:call-template name="percent"><xsl:with-param name="basisPoints" select="@share"/></xsl:call-template> (<xsl:value-of select="@year"/>).</li>
        </xsl:for-each>
        <li><xsl:value-of select="$plan/p:indicators/p:concentration"/></li>
        <xsl:for-each select="$plan/p:readiness/p:finding[@severity = 'problem']">
          <li><xsl:value-of select="$m.risk-readiness"/>&#160;<xsl:value-of select="p:message"/>.</li>
        </xsl:for-each>
        <xsl:for-each select="$plan/p:explanation">
          <li><xsl:value-of select="."/></li>
        </xsl:for-each>
      </ul>
    </section>
  </xsl:template>

  <xsl:template name="indicators">
    <table class="numbers">
      <thead>
        <tr>
          <th scope="col"><xsl:value-of select="$m.year"/></th>
          <th scope="col"><xsl:value-of select="$m.own-share"/></th>
          <th scope="col"><xsl:value-of select="$m.earned-share"/></th>
          <th scope="col"><xsl:value-of select="$m.public-share"/></th>
          <th scope="col"><xsl:value-of select="$m.hhi"/></th>
          <th scope="col"><xsl:value-of select="$m.top-source"/></th>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="$plan/p:indicators/p:year">
          <xsl:variable name="top" select="@topSource"/>
          <tr>
            <th scope="row"><xsl:value-of select="@value"/></th>
            <td><xsl:call-template name="percent"><xsl:with-param name="basisPoints" select="@ownShare"/></xsl:call-template></td>
            <td><xsl:call-template name="percent"><xsl:with-param name="basisPoints" select="@earnedShare"/></xsl:call-template></td>
            <td><xsl:call-template name="percent"><xsl:with-param name="basisPoints" select="@publicShare"/></xsl:call-template></td>
            <td><xsl:value-of select="@hhi"/></td>
            <td>
              <xsl:choose>
                <xsl:when test="$plan/p:sources/p:source[@model = $top]"><xsl:value-of select="$plan/p:sources/p:source[@model = $top]/p:name"/></xsl:when>
                <xsl:when test="starts-with($top, 'partner:')"><xsl:value-of select="$plan/p:sources/p:partnerCash[@partner = substring-after($top, 'partner:')]/p:name"/></xsl:when>
                <xsl:otherwise>–</xsl:otherwise>
              </xsl:choose>
              (<xsl:call-template name="percent"><xsl:with-param name="basisPoints" select="@topShare"/></xsl:call-template>)
            </td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
    <p>
      <xsl:value-of select="$m.trend"/>:
      <xsl:choose>
        <xsl:when test="$plan/p:indicators/p:ownShareTrend = 'rising'"><xsl:value-of select="$m.trend-rising"/></xsl:when>
        <xsl:when test="$plan/p:indicators/p:ownShareTrend = 'falling'"><xsl:value-of select="$m.trend-falling"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$m.trend-flat"/></xsl:otherwise>
      </xsl:choose>
      · <xsl:value-of select="$m.break-even"/>:
      <xsl:choose>
        <xsl:when test="$plan/p:indicators/p:breakEven"><xsl:value-of select="$plan/p:indicators/p:breakEven/@year"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$m.none"/></xsl:otherwise>
      </xsl:choose>
      · <xsl:value-of select="$m.quick-wins"/>:
      <xsl:choose>
        <xsl:when test="$plan/p:indicators/p:quickWin">
          <xsl:for-each select="$plan/p:indicators/p:quickWin">
            <xsl:variable name="model" select="@ref"/>
            <xsl:if test="position() &gt; 1">, </xsl:if>
            <xsl:value-of select="$plan/p:sources/p:source[@model = $model]/p:name"/>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="$m.none"/></xsl:otherwise>
      </xsl:choose>
    </p>
  </xsl:template>
</xsl:stylesheet>
