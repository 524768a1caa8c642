<?xml version="1.0" encoding="UTF-8"?>
<!--
  FundingPlanner: amounts and shares for people, shared by the plan's and the review's pages (and
  the Word document): € 1.037,51 and 25,5 % in Dutch, €1,037.51 and 25.5 % in English, a dash
  for a value that is not there. Uses $lang, which plan-nl.xsl / review-en.xsl and their twins set.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:decimal-format name="nl" decimal-separator="," grouping-separator="."/>

  <xsl:template name="money">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="string($value) = ''">–</xsl:when>
      <xsl:when test="$lang = 'nl'">€&#160;<xsl:value-of select="format-number($value, '#.##0,00', 'nl')"/></xsl:when>
      <!-- English puts the minus before the euro sign (-€1,037.51), Dutch after it (€ -1.037,51). -->
      <xsl:otherwise><xsl:if test="$value &lt; 0">-</xsl:if>€<xsl:value-of select="format-number($value, '#,##0.00;#,##0.00')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="percent">
    <xsl:param name="basisPoints"/>
    <xsl:choose>
      <xsl:when test="string($basisPoints) = ''">–</xsl:when>
      <xsl:when test="$lang = 'nl'"><xsl:value-of select="format-number($basisPoints div 100, '0,#', 'nl')"/>&#160;%</xsl:when>
      <xsl:otherwise><xsl:value-of select="format-number($basisPoints div 100, '0.#')"/>&#160;%</xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
