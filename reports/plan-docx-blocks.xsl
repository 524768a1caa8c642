<?xml version="1.0" encoding="UTF-8"?>
<!--
  FundingPlanner Word document: the WordprocessingML building blocks plan-docx.xsl uses
  (paragraphs, headings, tables, cells, money cells, year rows, co-financing rows). Included by
  plan-docx.xsl, whose variables ($years, …) and the funder version's formatting templates they use.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:p="urn:fundingplanner:plan:1"
                xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
                exclude-result-prefixes="p">

  <xsl:template name="w-para">
    <xsl:param name="text"/>
    <xsl:param name="style" select="''"/>
    <w:p>
      <xsl:if test="$style != ''"><w:pPr><w:pStyle w:val="{$style}"/></w:pPr></xsl:if>
      <w:r><w:t xml:space="preserve"><xsl:value-of select="$text"/></w:t></w:r>
    </w:p>
  </xsl:template>

  <xsl:template name="w-heading">
    <xsl:param name="text"/>
    <xsl:param name="level" select="1"/>
    <xsl:call-template name="w-para"><xsl:with-param name="style" select="concat('Heading', $level)"/><xsl:with-param name="text" select="$text"/></xsl:call-template>
  </xsl:template>

  <!-- Table properties and a grid of $columns columns over the text width (9638 twips), the
       first (the row labels) twice as wide as the others; or, with $widths, the columns' own
       widths in twips, separated by spaces (they should add up to 9638). -->
  <xsl:template name="w-table-head">
    <xsl:param name="columns"/>
    <xsl:param name="widths" select="''"/>
    <w:tblPr><w:tblStyle w:val="FundingTable"/><w:tblW w:w="5000" w:type="pct"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>
    <w:tblGrid>
      <xsl:choose>
        <xsl:when test="normalize-space($widths) != ''">
          <xsl:call-template name="w-grid-widths"><xsl:with-param name="widths" select="normalize-space($widths)"/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <w:gridCol w:w="{2 * floor(9638 div ($columns + 1))}"/>
          <xsl:call-template name="w-grid"><xsl:with-param name="left" select="$columns - 1"/><xsl:with-param name="width" select="floor(9638 div ($columns + 1))"/></xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </w:tblGrid>
  </xsl:template>

  <xsl:template name="w-grid-widths">
    <xsl:param name="widths"/>
    <xsl:choose>
      <xsl:when test="contains($widths, ' ')">
        <w:gridCol w:w="{substring-before($widths, ' ')}"/>
        <xsl:call-template name="w-grid-widths"><xsl:with-param name="widths" select="substring-after($widths, ' ')"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><w:gridCol w:w="{$widths}"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="w-grid">
    <xsl:param name="left"/>
    <xsl:param name="width"/>
    <xsl:if test="$left &gt; 0">
      <w:gridCol w:w="{$width}"/>
      <xsl:call-template name="w-grid"><xsl:with-param name="left" select="$left - 1"/><xsl:with-param name="width" select="$width"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="w-cell">
    <xsl:param name="text" select="''"/>
    <xsl:param name="bold" select="false()"/>
    <xsl:param name="right" select="false()"/>
    <w:tc>
      <w:p>
        <xsl:if test="$right"><w:pPr><w:jc w:val="right"/></w:pPr></xsl:if>
        <w:r>
          <xsl:if test="$bold"><w:rPr><w:b/></w:rPr></xsl:if>
          <w:t xml:space="preserve"><xsl:value-of select="$text"/></w:t>
        </w:r>
      </w:p>
    </w:tc>
  </xsl:template>

  <xsl:template name="w-money">
    <xsl:param name="value"/>
    <xsl:param name="bold" select="false()"/>
    <xsl:call-template name="w-cell">
      <xsl:with-param name="text"><xsl:call-template name="money"><xsl:with-param name="value" select="$value"/></xsl:call-template></xsl:with-param>
      <xsl:with-param name="bold" select="$bold"/>
      <xsl:with-param name="right" select="true()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="w-year-header">
    <xsl:param name="first"/>
    <w:tr>
      <w:trPr><w:tblHeader/></w:trPr>
      <xsl:call-template name="w-cell"><xsl:with-param name="text" select="$first"/><xsl:with-param name="bold" select="true()"/></xsl:call-template>
      <xsl:for-each select="$years"><xsl:call-template name="w-cell"><xsl:with-param name="text" select="@value"/><xsl:with-param name="bold" select="true()"/><xsl:with-param name="right" select="true()"/></xsl:call-template></xsl:for-each>
      <xsl:call-template name="w-cell"><xsl:with-param name="text" select="$m.total"/><xsl:with-param name="bold" select="true()"/><xsl:with-param name="right" select="true()"/></xsl:call-template>
    </w:tr>
  </xsl:template>

  <!-- A row of one attribute of the year totals, then its sum. -->
  <xsl:template name="w-year-row">
    <xsl:param name="label"/>
    <xsl:param name="attribute"/>
    <xsl:param name="bold" select="false()"/>
    <w:tr>
      <xsl:call-template name="w-cell"><xsl:with-param name="text" select="$label"/><xsl:with-param name="bold" select="$bold"/></xsl:call-template>
      <xsl:for-each select="$years"><xsl:call-template name="w-money"><xsl:with-param name="value" select="@*[local-name() = $attribute]"/><xsl:with-param name="bold" select="$bold"/></xsl:call-template></xsl:for-each>
      <xsl:call-template name="w-money"><xsl:with-param name="value" select="sum($years/@*[local-name() = $attribute])"/><xsl:with-param name="bold" select="$bold"/></xsl:call-template>
    </w:tr>
  </xsl:template>

  <xsl:template name="w-cofinancing-row">
    <xsl:param name="label"/>
    <xsl:param name="amounts"/>
    <w:tr>
      <xsl:call-template name="w-cell"><xsl:with-param name="text" select="$label"/></xsl:call-template>
      <xsl:for-each select="$years">
        <xsl:variable name="year" select="@value"/>
        <xsl:call-template name="w-money"><xsl:with-param name="value" select="sum($amounts[../@year = $year])"/></xsl:call-template>
      </xsl:for-each>
      <xsl:call-template name="w-money"><xsl:with-param name="value" select="sum($amounts)"/></xsl:call-template>
    </w:tr>
  </xsl:template>
</xsl:stylesheet>
