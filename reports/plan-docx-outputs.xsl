<?xml version="1.0" encoding="UTF-8"?>
<!--
  FundingPlanner Word document: the output indicators (with the call's indicators they answer)
  and the co-financing in the call's structure, as WordprocessingML tables. The same content as
  plan-funder-outputs.xsl, whose templates localized-name and count it reuses, with the cells of
  plan-docx-blocks.xsl. Included by plan-docx.xsl.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:p="urn:fundingplanner:plan:1"
                xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
                exclude-result-prefixes="p">

  <xsl:template name="w-output-indicators">
    <xsl:variable name="outputs" select="$plan/p:outputIndicators"/>
    <xsl:if test="$outputs/p:indicator">
      <xsl:call-template name="w-heading"><xsl:with-param name="level" select="2"/><xsl:with-param name="text" select="$m.output-indicators"/></xsl:call-template>
      <w:tbl>
        <xsl:call-template name="w-table-head"><xsl:with-param name="columns" select="count($years) + 2"/></xsl:call-template>
        <w:tr>
          <w:trPr><w:tblHeader/></w:trPr>
          <xsl:call-template name="w-cell"><xsl:with-param name="text" select="$m.indicator"/><xsl:with-param name="bold" select="true()"/></xsl:call-template>
          <xsl:call-template name="w-cell"><xsl:with-param name="text" select="$m.unit"/><xsl:with-param name="bold" select="true()"/></xsl:call-template>
          <xsl:for-each select="$years"><xsl:call-template name="w-cell"><xsl:with-param name="text" select="@value"/><xsl:with-param name="bold" select="true()"/><xsl:with-param name="right" select="true()"/></xsl:call-template></xsl:for-each>
        </w:tr>
        <xsl:for-each select="$outputs/p:indicator">
          <xsl:variable name="indicator" select="."/>
          <w:tr>
            <xsl:call-template name="w-cell"><xsl:with-param name="text"><xsl:call-template name="localized-name"><xsl:with-param name="names" select="p:name"/></xsl:call-template></xsl:with-param></xsl:call-template>
            <xsl:call-template name="w-cell"><xsl:with-param name="text"><xsl:call-template name="label"><xsl:with-param name="vocabulary" select="'unit'"/><xsl:with-param name="value" select="@unit"/></xsl:call-template></xsl:with-param></xsl:call-template>
            <xsl:for-each select="$years">
              <xsl:variable name="year" select="@value"/>
              <xsl:call-template name="w-cell">
                <xsl:with-param name="right" select="true()"/>
                <xsl:with-param name="text">
                  <xsl:choose>
                    <xsl:when test="$indicator/p:target[@year = $year]"><xsl:call-template name="count"><xsl:with-param name="value" select="$indicator/p:target[@year = $year]/@value"/></xsl:call-template></xsl:when>
                    <xsl:otherwise>–</xsl:otherwise>
                  </xsl:choose>
                </xsl:with-param>
              </xsl:call-template>
            </xsl:for-each>
          </w:tr>
        </xsl:for-each>
      </w:tbl>
    </xsl:if>
    <xsl:if test="$outputs/p:callIndicator">
      <xsl:call-template name="w-heading"><xsl:with-param name="level" select="2"/><xsl:with-param name="text" select="$m.call-indicators"/></xsl:call-template>
      <w:tbl>
        <xsl:call-template name="w-table-head"><xsl:with-param name="columns" select="2"/></xsl:call-template>
        <w:tr>
          <w:trPr><w:tblHeader/></w:trPr>
          <xsl:call-template name="w-cell"><xsl:with-param name="text" select="$m.call-indicator"/><xsl:with-param name="bold" select="true()"/></xsl:call-template>
          <xsl:call-template name="w-cell"><xsl:with-param name="text" select="$m.answered-by"/><xsl:with-param name="bold" select="true()"/></xsl:call-template>
        </w:tr>
        <xsl:for-each select="$outputs/p:callIndicator">
          <xsl:variable name="id" select="@id"/>
          <w:tr>
            <xsl:call-template name="w-cell"><xsl:with-param name="text"><xsl:call-template name="localized-name"><xsl:with-param name="names" select="p:name"/></xsl:call-template></xsl:with-param></xsl:call-template>
            <xsl:choose>
              <xsl:when test="$outputs/p:indicator[@callIndicator = $id]">
                <xsl:call-template name="w-cell">
                  <xsl:with-param name="text">
                    <xsl:for-each select="$outputs/p:indicator[@callIndicator = $id]">
                      <xsl:if test="position() &gt; 1">; </xsl:if>
                      <xsl:call-template name="localized-name"><xsl:with-param name="names" select="p:name"/></xsl:call-template>
                    </xsl:for-each>
                  </xsl:with-param>
                </xsl:call-template>
              </xsl:when>
              <xsl:otherwise><xsl:call-template name="w-cell"><xsl:with-param name="text" select="$m.indicator-missing"/><xsl:with-param name="bold" select="true()"/></xsl:call-template></xsl:otherwise>
            </xsl:choose>
          </w:tr>
        </xsl:for-each>
      </w:tbl>
    </xsl:if>
  </xsl:template>

  <xsl:template name="w-call-cofinancing">
    <xsl:variable name="table" select="$plan/p:cofinancing"/>
    <xsl:if test="$table">
      <xsl:call-template name="w-heading"><xsl:with-param name="text" select="$m.call-cofinancing"/></xsl:call-template>
      <w:tbl>
        <xsl:call-template name="w-table-head"><xsl:with-param name="columns" select="count($table/p:year) + 2"/></xsl:call-template>
        <w:tr>
          <w:trPr><w:tblHeader/></w:trPr>
          <xsl:call-template name="w-cell"/>
          <xsl:for-each select="$table/p:year"><xsl:call-template name="w-cell"><xsl:with-param name="text" select="@value"/><xsl:with-param name="bold" select="true()"/><xsl:with-param name="right" select="true()"/></xsl:call-template></xsl:for-each>
          <xsl:call-template name="w-cell"><xsl:with-param name="text" select="$m.total"/><xsl:with-param name="bold" select="true()"/><xsl:with-param name="right" select="true()"/></xsl:call-template>
        </w:tr>
        <xsl:call-template name="w-call-row"><xsl:with-param name="label" select="$m.eligible-costs"/><xsl:with-param name="values" select="$table/p:year/@eligibleCosts"/></xsl:call-template>
        <xsl:call-template name="w-call-row"><xsl:with-param name="label" select="$m.grant-requested"/><xsl:with-param name="values" select="$table/p:year/@requested"/></xsl:call-template>
        <xsl:for-each select="$table/p:kind[@accepted = 'true']">
          <xsl:call-template name="w-call-row">
            <xsl:with-param name="label"><xsl:call-template name="call-cofinancing-label"/></xsl:with-param>
            <xsl:with-param name="values" select="p:year/@amount"/>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:for-each select="$table/p:ownIncome | $table/p:newPartnerMoney">
          <xsl:call-template name="w-call-row">
            <xsl:with-param name="label"><xsl:call-template name="call-cofinancing-label"/></xsl:with-param>
            <xsl:with-param name="values" select="p:year/@amount"/>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:if test="$table/p:total/@available">
          <xsl:call-template name="w-call-row"><xsl:with-param name="label" select="$m.cofin-available"/><xsl:with-param name="values" select="$table/p:year/@available"/></xsl:call-template>
        </xsl:if>
        <xsl:call-template name="w-call-row"><xsl:with-param name="label" select="$m.cofin-counted"/><xsl:with-param name="values" select="$table/p:year/@counted"/><xsl:with-param name="bold" select="true()"/></xsl:call-template>
        <xsl:call-template name="w-call-row">
          <xsl:with-param name="label"><xsl:value-of select="$m.cofin-required"/>&#160;<xsl:call-template name="percent"><xsl:with-param name="basisPoints" select="$table/@minimumShare"/></xsl:call-template></xsl:with-param>
          <xsl:with-param name="values" select="$table/p:year/@required"/>
        </xsl:call-template>
        <w:tr>
          <xsl:call-template name="w-cell"><xsl:with-param name="text" select="$m.cofin-share"/></xsl:call-template>
          <xsl:for-each select="$table/p:year">
            <xsl:call-template name="w-cell"><xsl:with-param name="right" select="true()"/><xsl:with-param name="text"><xsl:choose><xsl:when test="@share"><xsl:call-template name="percent"><xsl:with-param name="basisPoints" select="@share"/></xsl:call-template></xsl:when><xsl:otherwise>–</xsl:otherwise></xsl:choose></xsl:with-param></xsl:call-template>
          </xsl:for-each>
          <xsl:call-template name="w-cell"><xsl:with-param name="right" select="true()"/><xsl:with-param name="text"><xsl:choose><xsl:when test="$table/@share"><xsl:call-template name="percent"><xsl:with-param name="basisPoints" select="$table/@share"/></xsl:call-template></xsl:when><xsl:otherwise>–</xsl:otherwise></xsl:choose></xsl:with-param></xsl:call-template>
        </w:tr>
        <xsl:for-each select="$table/p:kind[@accepted = 'false']">
          <xsl:call-template name="w-call-row">
            <xsl:with-param name="label"><xsl:call-template name="call-cofinancing-label"/></xsl:with-param>
            <xsl:with-param name="values" select="p:year/@amount"/>
          </xsl:call-template>
        </xsl:for-each>
      </w:tbl>
      <xsl:call-template name="w-para">
        <xsl:with-param name="style" select="'Note'"/>
        <xsl:with-param name="text">
          <xsl:choose>
            <xsl:when test="$table/@met = 'true'"><xsl:value-of select="$m.cofin-met"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$m.cofin-not-met"/></xsl:otherwise>
          </xsl:choose>
          <xsl:text> </xsl:text><xsl:value-of select="$m.call-cofinancing-note"/>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- A row of amounts per project year, then their sum. -->
  <xsl:template name="w-call-row">
    <xsl:param name="label"/>
    <xsl:param name="values"/>
    <xsl:param name="bold" select="false()"/>
    <w:tr>
      <xsl:call-template name="w-cell"><xsl:with-param name="text" select="$label"/><xsl:with-param name="bold" select="$bold"/></xsl:call-template>
      <xsl:for-each select="$values"><xsl:call-template name="w-money"><xsl:with-param name="value" select="."/><xsl:with-param name="bold" select="$bold"/></xsl:call-template></xsl:for-each>
      <xsl:call-template name="w-money"><xsl:with-param name="value" select="sum($values)"/><xsl:with-param name="bold" select="$bold"/></xsl:call-template>
    </w:tr>
  </xsl:template>
</xsl:stylesheet>
