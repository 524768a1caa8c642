<?xml version="1.0" encoding="UTF-8"?>
<!--
  FundingPlanner funder's version: what a funder reads beside the money, from plan.xml's
  <outputIndicators> and <cofinancing>. Included by plan-funder.xsl, whose variables ($plan,
  $lang, the m.* labels) and formatting templates (money, percent, label) it uses.

  "output-indicators": the network's indicators with their targets per plan year; for a plan made
  for a call, the call's indicators with the network's indicators that answer them (one without
  an answer is shown as missing).
  "call-cofinancing": for a plan made for a call, the co-financing in the call's structure: per
  project year the eligible costs, the grant requested, the contributions of each accepted kind,
  their sum against the required minimum and the share reached; kinds the call does not accept
  are shown apart and not counted. Every total is the sum of the years shown.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:p="urn:fundingplanner:plan:1"
                exclude-result-prefixes="p">

  <!-- The name in $lang, else the first one. -->
  <xsl:template name="localized-name">
    <xsl:param name="names"/>
    <xsl:choose>
      <xsl:when test="$names[starts-with(@xml:lang, $lang)]"><xsl:value-of select="$names[starts-with(@xml:lang, $lang)][1]"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$names[1]"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A whole number with the language's thousands separator. -->
  <xsl:template name="count">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="$lang = 'nl'"><xsl:value-of select="format-number($value, '#.##0', 'nl')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="format-number($value, '#,##0')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="output-indicators">
    <xsl:variable name="outputs" select="$plan/p:outputIndicators"/>
    <xsl:if test="$outputs/p:indicator">
      <table class="numbers indicators">
        <caption><xsl:value-of select="$m.output-indicators"/></caption>
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="$m.indicator"/></th>
            <th scope="col"><xsl:value-of select="$m.unit"/></th>
            <xsl:for-each select="$years"><th scope="col"><xsl:value-of select="@value"/></th></xsl:for-each>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$outputs/p:indicator">
            <xsl:variable name="indicator" select="."/>
            <tr>
              <th scope="row"><xsl:call-template name="localized-name"><xsl:with-param name="names" select="p:name"/></xsl:call-template></th>
              <td><xsl:call-template name="label"><xsl:with-param name="vocabulary" select="'unit'"/><xsl:with-param name="value" select="@unit"/></xsl:call-template></td>
              <xsl:for-each select="$years">
                <xsl:variable name="year" select="@value"/>
                <td>
                  <xsl:choose>
                    <xsl:when test="$indicator/p:target[@year = $year]"><xsl:call-template name="count"><xsl:with-param name="value" select="$indicator/p:target[@year = $year]/@value"/></xsl:call-template></xsl:when>
                    <xsl:otherwise>–</xsl:otherwise>
                  </xsl:choose>
                </td>
              </xsl:for-each>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </xsl:if>
    <xsl:if test="$outputs/p:callIndicator">
      <table class="call-indicators">
        <caption><xsl:value-of select="$m.call-indicators"/></caption>
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="$m.call-indicator"/></th>
            <th scope="col"><xsl:value-of select="$m.answered-by"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$outputs/p:callIndicator">
            <xsl:variable name="id" select="@id"/>
            <tr>
              <th scope="row"><xsl:call-template name="localized-name"><xsl:with-param name="names" select="p:name"/></xsl:call-template></th>
              <td>
                <xsl:choose>
                  <xsl:when test="$outputs/p:indicator[@callIndicator = $id]">
                    <xsl:for-each select="$outputs/p:indicator[@callIndicator = $id]">
                      <xsl:if test="position() &gt; 1">; </xsl:if>
                      <xsl:call-template name="localized-name"><xsl:with-param name="names" select="p:name"/></xsl:call-template>
                    </xsl:for-each>
                  </xsl:when>
                  <xsl:otherwise><strong class="missing"><xsl:value-of select="$m.indicator-missing"/></strong></xsl:otherwise>
                </xsl:choose>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </xsl:if>
  </xsl:template>

  <xsl:template name="call-cofinancing">
    <xsl:variable name="table" select="$plan/p:cofinancing"/>
    <xsl:if test="$table">
      <section id="call-cofinancing">
        <h2><xsl:value-of select="$m.call-cofinancing"/></h2>
        <table class="numbers call-cofinancing">
          <thead>
            <tr>
              <th scope="col"></th>
              <xsl:for-each select="$table/p:year"><th scope="col"><xsl:value-of select="@value"/></th></xsl:for-each>
              <th scope="col"><xsl:value-of select="$m.total"/></th>
            </tr>
          </thead>
          <tbody>
            <xsl:call-template name="call-cofinancing-row">
              <xsl:with-param name="label" select="$m.eligible-costs"/>
              <xsl:with-param name="attribute" select="'eligibleCosts'"/>
            </xsl:call-template>
            <xsl:call-template name="call-cofinancing-row">
              <xsl:with-param name="label" select="$m.grant-requested"/>
              <xsl:with-param name="attribute" select="'requested'"/>
            </xsl:call-template>
            <xsl:for-each select="$table/p:kind[@accepted = 'true']">
              <tr>
                <th scope="row"><xsl:call-template name="call-cofinancing-label"/></th>
                <xsl:for-each select="p:year"><td><xsl:call-template name="money"><xsl:with-param name="value" select="@amount"/></xsl:call-template></td></xsl:for-each>
                <td><xsl:call-template name="money"><xsl:with-param name="value" select="sum(p:year/@amount)"/></xsl:call-template></td>
              </tr>
            </xsl:for-each>
            <xsl:for-each select="$table/p:ownIncome | $table/p:newPartnerMoney">
              <tr>
                <th scope="row"><xsl:call-template name="call-cofinancing-label"/></th>
                <xsl:for-each select="p:year"><td><xsl:call-template name="money"><xsl:with-param name="value" select="@amount"/></xsl:call-template></td></xsl:for-each>
                <td><xsl:call-template name="money"><xsl:with-param name="value" select="sum(p:year/@amount)"/></xsl:call-template></td>
              </tr>
            </xsl:for-each>
            <xsl:if test="$table/p:total/@available">
              <xsl:call-template name="call-cofinancing-row">
                <xsl:with-param name="label" select="$m.cofin-available"/>
                <xsl:with-param name="attribute" select="'available'"/>
              </xsl:call-template>
            </xsl:if>
          </tbody>
          <tfoot>
            <xsl:call-template name="call-cofinancing-row">
              <xsl:with-param name="label" select="$m.cofin-counted"/>
              <xsl:with-param name="attribute" select="'counted'"/>
            </xsl:call-template>
            <xsl:call-template name="call-cofinancing-row">
              <xsl:with-param name="label">
                <xsl:value-of select="$m.cofin-required"/>&#160;<xsl:call-template name="percent"><xsl:with-param name="basisPoints" select="$table/@minimumShare"/></xsl:call-template>
              </xsl:with-param>
              <xsl:with-param name="attribute" select="'required'"/>
            </xsl:call-template>
            <tr>
              <th scope="row"><xsl:value-of select="$m.cofin-share"/></th>
              <xsl:for-each select="$table/p:year">
                <td><xsl:choose><xsl:when test="@share"><xsl:call-template name="percent"><xsl:with-param name="basisPoints" select="@share"/></xsl:call-template></xsl:when><xsl:otherwise>–</xsl:otherwise></xsl:choose></td>
              </xsl:for-each>
              <td><xsl:choose><xsl:when test="$table/@share"><xsl:call-template name="percent"><xsl:with-param name="basisPoints" select="$table/@share"/></xsl:call-template></xsl:when><xsl:otherwise>–</xsl:otherwise></xsl:choose></td>
            </tr>
            <xsl:for-each select="$table/p:kind[@accepted = 'false']">
              <tr class="requested">
                <th scope="row"><xsl:call-template name="call-cofinancing-label"/></th>
                <xsl:for-each select="p:year"><td><xsl:call-template name="money"><xsl:with-param name="value" select="@amount"/></xsl:call-template></td></xsl:for-each>
                <td><xsl:call-template name="money"><xsl:with-param name="value" select="sum(p:year/@amount)"/></xsl:call-template></td>
              </tr>
            </xsl:for-each>
          </tfoot>
        </table>
        <p class="note">
          <strong>
            <xsl:choose>
              <xsl:when test="$table/@met = 'true'"><xsl:value-of select="$m.cofin-met"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$m.cofin-not-met"/></xsl:otherwise>
            </xsl:choose>
          </strong>
          <xsl:text> </xsl:text><xsl:value-of select="$m.call-cofinancing-note"/>
        </p>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- One money row of the call's co-financing table: the attribute $attribute of each project
       year, then their sum. -->
  <!-- The label of a row of what is available, for the context node: a partner contribution
       kind the call counts or not (p:kind), the plan's own income or its new partner money.
       Used by the HTML page and the Word document. -->
  <xsl:template name="call-cofinancing-label">
    <xsl:choose>
      <xsl:when test="self::p:ownIncome"><xsl:value-of select="$m.cofin-own-income"/></xsl:when>
      <xsl:when test="self::p:newPartnerMoney"><xsl:value-of select="$m.cofin-new-partner-money"/></xsl:when>
      <xsl:when test="@accepted = 'true'"><xsl:value-of select="$m.cofin-kind"/>: <xsl:call-template name="label"><xsl:with-param name="vocabulary" select="'kind'"/><xsl:with-param name="value" select="@kind"/></xsl:call-template></xsl:when>
      <xsl:otherwise><xsl:call-template name="label"><xsl:with-param name="vocabulary" select="'kind'"/><xsl:with-param name="value" select="@kind"/></xsl:call-template> (<xsl:value-of select="$m.cofin-not-counted"/>)</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="call-cofinancing-row">
    <xsl:param name="label"/>
    <xsl:param name="attribute"/>
    <xsl:variable name="values" select="$plan/p:cofinancing/p:year/@*[local-name() = $attribute]"/>
    <tr>
      <th scope="row"><xsl:copy-of select="$label"/></th>
      <xsl:for-each select="$values"><td><xsl:call-template name="money"><xsl:with-param name="value" select="."/></xsl:call-template></td></xsl:for-each>
      <td><xsl:call-template name="money"><xsl:with-param name="value" select="sum($values)"/></xsl:call-template></td>
    </tr>
  </xsl:template>
</xsl:stylesheet>
