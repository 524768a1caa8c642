<?xml version="1.0" encoding="UTF-8"?>
<!-- FundingPlanner report: the three inline SVG charts (funding mix, Matrix Map, coverage). -->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:p="urn:fundingplanner:plan:1"
                exclude-result-prefixes="p">

  <!-- Funding mix: one stacked bar per year, a segment per source, coloured by resource type. -->
  <xsl:template name="mix">
    <xsl:variable name="years" select="$plan/p:years/p:year"/>
    <xsl:variable name="max">
      <xsl:for-each select="$years"><xsl:sort select="@income" data-type="number" order="descending"/><xsl:if test="position() = 1"><xsl:value-of select="@income"/></xsl:if></xsl:for-each>
    </xsl:variable>
    <xsl:variable name="count" select="count($years)"/>
    <section id="mix">
      <h2><xsl:value-of select="$m.mix"/></h2>
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 270" role="img" aria-label="{$m.mix}" class="chart">
        <line x1="70" y1="230" x2="620" y2="230" stroke="#333"/>
        <xsl:for-each select="$years">
          <xsl:variable name="year" select="@value"/>
          <xsl:variable name="x" select="80 + (position() - 1) * (530 div $count)"/>
          <xsl:variable name="width" select="530 div $count - 20"/>
          <xsl:for-each select="$plan/p:sources/p:source[p:year[@year = $year]/@income &gt; 0] | $plan/p:sources/p:partnerCash[p:year[@year = $year]/@amount &gt; 0]">
            <xsl:variable name="value" select="p:year[@year = $year]/@income | p:year[@year = $year]/@amount"/>
            <xsl:variable name="below" select="sum(preceding-sibling::p:source/p:year[@year = $year]/@income | preceding-sibling::p:partnerCash/p:year[@year = $year]/@amount)"/>
            <xsl:if test="$max &gt; 0">
              <rect x="{format-number($x, '0.0')}" width="{format-number($width, '0.0')}"
                    y="{format-number(230 - 200 * ($below + $value) div $max, '0.0')}" height="{format-number(200 * $value div $max, '0.0')}">
                <xsl:attribute name="fill"><xsl:call-template name="colour"><xsl:with-param name="type" select="@resourceType"/></xsl:call-template></xsl:attribute>
                <title><xsl:value-of select="p:name"/>: <xsl:call-template name="money"><xsl:with-param name="value" select="$value"/></xsl:call-template></title>
              </rect>
            </xsl:if>
          </xsl:for-each>
          <text x="{format-number($x + $width div 2, '0.0')}" y="248" text-anchor="middle"><xsl:value-of select="$year"/></text>
          <text x="{format-number($x + $width div 2, '0.0')}" y="{format-number(224 - 200 * (@income div ($max + number($max = 0))), '0.0')}" text-anchor="middle" class="small">
            <xsl:call-template name="money"><xsl:with-param name="value" select="@income"/></xsl:call-template>
          </text>
        </xsl:for-each>
        <g class="small">
          <rect x="70" y="256" width="10" height="10" fill="#2a9d8f"/><text x="84" y="265"><xsl:value-of select="$m.market"/></text>
          <rect x="190" y="256" width="10" height="10" fill="#457b9d"/><text x="204" y="265"><xsl:value-of select="$m.public"/></text>
          <rect x="310" y="256" width="10" height="10" fill="#e9a23b"/><text x="324" y="265"><xsl:value-of select="$m.reciprocity"/></text>
          <rect x="450" y="256" width="10" height="10" fill="#8d99ae"/><text x="464" y="265"><xsl:value-of select="$m.partners"/></text>
        </g>
      </svg>
      <xsl:call-template name="mix-table"/>
      <xsl:call-template name="budget-categories"/>
    </section>
  </xsl:template>

  <!-- Matrix Map: alignment (x) against net contribution (y) of the best matches; circle size = expected income. -->
  <xsl:template name="matrix">
    <xsl:variable name="models" select="$plan/p:matches/p:model"/>
    <xsl:variable name="high">
      <xsl:for-each select="$models/p:money"><xsl:sort select="@netContribution" data-type="number" order="descending"/><xsl:if test="position() = 1"><xsl:value-of select="@netContribution"/></xsl:if></xsl:for-each>
    </xsl:variable>
    <xsl:variable name="low">
      <xsl:for-each select="$models/p:money"><xsl:sort select="@netContribution" data-type="number" order="ascending"/><xsl:if test="position() = 1"><xsl:value-of select="@netContribution"/></xsl:if></xsl:for-each>
    </xsl:variable>
    <xsl:variable name="largest">
      <xsl:for-each select="$models/p:money"><xsl:sort select="@expectedIncome" data-type="number" order="descending"/><xsl:if test="position() = 1"><xsl:value-of select="@expectedIncome"/></xsl:if></xsl:for-each>
    </xsl:variable>
    <xsl:variable name="top" select="($high &gt; 0) * $high + 1"/>
    <xsl:variable name="bottom" select="($low &lt; 0) * $low - 1"/>
    <xsl:variable name="zero" select="20 + 260 * $top div ($top - $bottom)"/>
    <section id="matrix">
      <h2><xsl:value-of select="$m.matrix"/></h2>
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 330" role="img" aria-label="{$m.matrix}" class="chart">
        <rect x="70" y="20" width="530" height="260" fill="#fafafa" stroke="#999"/>
        <line x1="335" y1="20" x2="335" y2="280" stroke="#999" stroke-dasharray="4 3"/>
        <line x1="70" y1="{format-number($zero, '0.0')}" x2="600" y2="{format-number($zero, '0.0')}" stroke="#999" stroke-dasharray="4 3"/>
        <text x="595" y="36" text-anchor="end" class="small quadrant"><xsl:value-of select="$m.star"/></text>
        <text x="595" y="272" text-anchor="end" class="small quadrant"><xsl:value-of select="$m.heart"/></text>
        <text x="76" y="36" class="small quadrant"><xsl:value-of select="$m.money-tree"/></text>
        <text x="76" y="272" class="small quadrant"><xsl:value-of select="$m.stop-sign"/></text>
        <xsl:for-each select="$models">
          <xsl:variable name="cx" select="70 + 530 * @alignment div 100"/>
          <xsl:variable name="cy" select="20 + 260 * ($top - p:money/@netContribution) div ($top - $bottom)"/>
          <circle cx="{format-number($cx, '0.0')}" cy="{format-number($cy, '0.0')}" r="{format-number(5 + 15 * p:money/@expectedIncome div ($largest + number($largest = 0)), '0.0')}" fill-opacity="0.55">
            <xsl:attribute name="fill"><xsl:choose><xsl:when test="@quadrant = 'star'">#2a9d8f</xsl:when><xsl:when test="@quadrant = 'heart'">#e76f51</xsl:when><xsl:when test="@quadrant = 'money-tree'">#e9a23b</xsl:when><xsl:otherwise>#8d99ae</xsl:otherwise></xsl:choose></xsl:attribute>
            <title><xsl:value-of select="p:name"/></title>
          </circle>
          <text x="{format-number($cx, '0.0')}" y="{format-number($cy + 4, '0.0')}" text-anchor="middle" class="small"><xsl:value-of select="@rank"/></text>
        </xsl:for-each>
        <text x="335" y="302" text-anchor="middle" class="small"><xsl:value-of select="$m.matrix-x"/></text>
        <text x="20" y="150" text-anchor="middle" class="small" transform="rotate(-90 20 150)"><xsl:value-of select="$m.matrix-y"/></text>
        <text x="335" y="322" text-anchor="middle" class="small"><xsl:value-of select="$m.circle-size"/></text>
      </svg>
      <table>
        <thead><tr><th scope="col"><xsl:value-of select="$m.rank"/></th><th scope="col"><xsl:value-of select="$m.model"/></th><th scope="col"><xsl:value-of select="$m.alignment"/></th><th scope="col"><xsl:value-of select="$m.matrix-y"/></th><th scope="col"><xsl:value-of select="$m.quadrant"/></th></tr></thead>
        <tbody>
          <xsl:for-each select="$models">
            <tr>
              <td><xsl:value-of select="@rank"/></td>
              <td><xsl:value-of select="p:name"/></td>
              <td><xsl:value-of select="@alignment"/></td>
              <td class="number"><xsl:call-template name="money"><xsl:with-param name="value" select="p:money/@netContribution"/></xsl:call-template></td>
              <td><xsl:call-template name="quadrant"><xsl:with-param name="value" select="@quadrant"/></xsl:call-template></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>

  <!-- Coverage: the P10–P90 band of income, the median, and the cost line, per year. -->
  <xsl:template name="coverage">
    <xsl:variable name="years" select="$plan/p:simulation/p:year"/>
    <xsl:variable name="count" select="count($years)"/>
    <xsl:variable name="maxIncome">
      <xsl:for-each select="$years"><xsl:sort select="@p90" data-type="number" order="descending"/><xsl:if test="position() = 1"><xsl:value-of select="@p90"/></xsl:if></xsl:for-each>
    </xsl:variable>
    <xsl:variable name="maxCost">
      <xsl:for-each select="$plan/p:years/p:year"><xsl:sort select="@costs + @acquisitions" data-type="number" order="descending"/><xsl:if test="position() = 1"><xsl:value-of select="@costs + @acquisitions"/></xsl:if></xsl:for-each>
    </xsl:variable>
    <xsl:variable name="max" select="($maxIncome &gt;= $maxCost) * $maxIncome + ($maxIncome &lt; $maxCost) * $maxCost + 1"/>
    <xsl:variable name="step" select="500 div ($count - 1 + number($count = 1))"/>
    <section id="coverage">
      <h2><xsl:value-of select="$m.coverage"/></h2>
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 280" role="img" aria-label="{$m.coverage}" class="chart">
        <line x1="70" y1="230" x2="620" y2="230" stroke="#333"/>
        <polygon fill="#a8dadc" fill-opacity="0.7">
          <xsl:attribute name="points">
            <xsl:for-each select="$years"><xsl:value-of select="format-number(90 + (position() - 1) * $step, '0.0')"/>,<xsl:value-of select="format-number(230 - 210 * @p90 div $max, '0.0')"/><xsl:text> </xsl:text></xsl:for-each>
            <xsl:for-each select="$years"><xsl:sort select="position()" data-type="number" order="descending"/><xsl:value-of select="format-number(90 + ($count - position()) * $step, '0.0')"/>,<xsl:value-of select="format-number(230 - 210 * @p10 div $max, '0.0')"/><xsl:text> </xsl:text></xsl:for-each>
          </xsl:attribute>
        </polygon>
        <polyline fill="none" stroke="#1d3557" stroke-width="2">
          <xsl:attribute name="points"><xsl:for-each select="$years"><xsl:value-of select="format-number(90 + (position() - 1) * $step, '0.0')"/>,<xsl:value-of select="format-number(230 - 210 * @p50 div $max, '0.0')"/><xsl:text> </xsl:text></xsl:for-each></xsl:attribute>
        </polyline>
        <polyline fill="none" stroke="#e63946" stroke-width="2" stroke-dasharray="6 4">
          <xsl:attribute name="points"><xsl:for-each select="$plan/p:years/p:year"><xsl:value-of select="format-number(90 + (position() - 1) * $step, '0.0')"/>,<xsl:value-of select="format-number(230 - 210 * (@costs + @acquisitions) div $max, '0.0')"/><xsl:text> </xsl:text></xsl:for-each></xsl:attribute>
        </polyline>
        <xsl:for-each select="$years">
          <text x="{format-number(90 + (position() - 1) * $step, '0.0')}" y="248" text-anchor="middle"><xsl:value-of select="@value"/></text>
        </xsl:for-each>
        <g class="small">
          <rect x="70" y="258" width="14" height="10" fill="#a8dadc"/><text x="88" y="267"><xsl:value-of select="$m.band"/></text>
          <line x1="250" y1="263" x2="264" y2="263" stroke="#1d3557" stroke-width="2"/><text x="268" y="267"><xsl:value-of select="$m.median"/></text>
          <line x1="410" y1="263" x2="424" y2="263" stroke="#e63946" stroke-width="2" stroke-dasharray="6 4"/><text x="428" y="267"><xsl:value-of select="$m.cost-line"/></text>
        </g>
      </svg>
      <table class="numbers">
        <thead><tr><th scope="col"><xsl:value-of select="$m.year"/></th><th scope="col">P10</th><th scope="col">P50</th><th scope="col">P90</th><th scope="col"><xsl:value-of select="$m.expected-shortfall"/></th><th scope="col"><xsl:value-of select="$m.chance-covered"/></th></tr></thead>
        <tbody>
          <xsl:for-each select="$years">
            <tr>
              <th scope="row"><xsl:value-of select="@value"/></th>
              <td><xsl:call-template name="money"><xsl:with-param name="value" select="@p10"/></xsl:call-template></td>
              <td><xsl:call-template name="money"><xsl:with-param name="value" select="@p50"/></xsl:call-template></td>
              <td><xsl:call-template name="money"><xsl:with-param name="value" select="@p90"/></xsl:call-template></td>
              <td><xsl:call-template name="money"><xsl:with-param name="value" select="@expectedShortfall"/></xsl:call-template></td>
              <td><xsl:call-template name="percent"><xsl:with-param name="basisPoints" select="@coverageProbability"/></xsl:call-template></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
      <p><xsl:value-of select="$m.runway"/>:
        <xsl:choose>
          <xsl:when test="$plan/p:simulation/@runwayMonths"><xsl:value-of select="$plan/p:simulation/@runwayMonths"/>&#160;<xsl:value-of select="$m.months"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$m.no-gap"/></xsl:otherwise>
        </xsl:choose>
      </p>
    </section>
  </xsl:template>
</xsl:stylesheet>
