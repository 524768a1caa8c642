<?xml version="1.0" encoding="UTF-8"?>
<!--
  FundingPlanner funder's version: the co-financing table per year (own income, partners' cash,
  public funds, private funds, their share of the income, and partners' in kind apart). Included by
  plan-funder.xsl, whose variables ($years, $public-funders, …) it uses. The rows come from the
  named template "cofinancing-row", so a stylesheet that knows a call's own co-financing headings
  can call it with the call's rows instead.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:p="urn:fundingplanner:plan:1"
                exclude-result-prefixes="p">

  <xsl:template name="funder-cofinancing">
    <xsl:variable name="sources" select="$plan/p:sources/p:source"/>
    <xsl:variable name="partners" select="$plan/p:sources/p:partnerCash"/>
    <section id="cofinancing">
      <h2><xsl:value-of select="$m.cofinancing"/></h2>
      <table class="numbers cofinancing">
        <thead>
          <tr>
            <th scope="col"></th>
            <xsl:for-each select="$years"><th scope="col"><xsl:value-of select="@value"/></th></xsl:for-each>
            <th scope="col"><xsl:value-of select="$m.total"/></th>
            <th scope="col"><xsl:value-of select="$m.share"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:call-template name="cofinancing-row">
            <xsl:with-param name="label" select="$m.cofin-own"/>
            <xsl:with-param name="amounts" select="$sources[contains($own-funders, concat(' ', @funderType, ' '))]/p:year/@income"/>
          </xsl:call-template>
          <xsl:call-template name="cofinancing-row">
            <xsl:with-param name="label" select="$m.cofin-partners"/>
            <xsl:with-param name="amounts" select="$sources[not(contains(concat($public-funders, $private-funders, $own-funders), concat(' ', @funderType, ' ')))]/p:year/@income | $partners[@public = 'false']/p:year/@amount"/>
          </xsl:call-template>
          <xsl:call-template name="cofinancing-row">
            <xsl:with-param name="label" select="$m.cofin-public"/>
            <xsl:with-param name="amounts" select="$sources[contains($public-funders, concat(' ', @funderType, ' '))]/p:year/@income | $partners[@public = 'true']/p:year/@amount"/>
          </xsl:call-template>
          <xsl:call-template name="cofinancing-row">
            <xsl:with-param name="label" select="$m.cofin-private"/>
            <xsl:with-param name="amounts" select="$sources[contains($private-funders, concat(' ', @funderType, ' '))]/p:year/@income"/>
          </xsl:call-template>
        </tbody>
        <tfoot>
          <tr>
            <th scope="row"><xsl:value-of select="$m.income"/></th>
            <xsl:for-each select="$years"><td><xsl:call-template name="money"><xsl:with-param name="value" select="@income"/></xsl:call-template></td></xsl:for-each>
            <td><xsl:call-template name="money"><xsl:with-param name="value" select="sum($years/@income)"/></xsl:call-template></td>
            <td>100&#160;%</td>
          </tr>
          <tr class="requested">
            <th scope="row"><xsl:value-of select="$m.cofin-in-kind"/></th>
            <xsl:for-each select="$years"><td><xsl:call-template name="money"><xsl:with-param name="value" select="@inKind"/></xsl:call-template></td></xsl:for-each>
            <td><xsl:call-template name="money"><xsl:with-param name="value" select="sum($years/@inKind)"/></xsl:call-template></td>
            <td></td>
          </tr>
        </tfoot>
      </table>
      <p class="note"><xsl:value-of select="$m.cofinancing-note"/></p>
    </section>
  </xsl:template>

  <!-- One row of the co-financing table: $amounts are attribute nodes with a year in their
       parent's @year; per plan year their sum, then the total and its share of all income,
       rounded once to a tenth of a percent. -->
  <xsl:template name="cofinancing-row">
    <xsl:param name="label"/>
    <xsl:param name="amounts"/>
    <xsl:variable name="all" select="sum($years/@income)"/>
    <tr>
      <th scope="row"><xsl:value-of select="$label"/></th>
      <xsl:for-each select="$years">
        <xsl:variable name="year" select="@value"/>
        <td><xsl:call-template name="money"><xsl:with-param name="value" select="sum($amounts[../@year = $year])"/></xsl:call-template></td>
      </xsl:for-each>
      <td><xsl:call-template name="money"><xsl:with-param name="value" select="sum($amounts)"/></xsl:call-template></td>
      <td>
        <xsl:choose>
          <xsl:when test="$all &gt; 0"><xsl:call-template name="percent"><xsl:with-param name="basisPoints" select="10 * round(1000 * sum($amounts) div $all)"/></xsl:call-template></xsl:when>
          <xsl:otherwise>–</xsl:otherwise>
        </xsl:choose>
      </td>
    </tr>
  </xsl:template>
</xsl:stylesheet>
