<?xml version="1.0" encoding="UTF-8"?>
<!--
  FundingPlanner: the funder's version of a plan as the body of a Word document
  (WordprocessingML, word/document.xml). The same content as plan-funder.xsl: network and purpose,
  partners, activities and milestones, budget per cost category and year, income per source
  (requested and expected), co-financing per year (and in the call's structure for a plan made for
  a call), output and financial indicators, added value. Headings use the
  styles Title, Heading1 and Heading2 of docx/styles.xml, so that Word's navigation pane and
  table of contents see them; every amount is text in a table cell, never an image.

  Imported by plan-docx-nl.xsl / plan-docx-en.xsl after plan-funder-nl.xsl / plan-funder-en.xsl,
  whose formatting templates and variables it reuses. WordDocument zips the result with the static
  parts in docx/. XSLT 1.0, no extensions.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:p="urn:fundingplanner:plan:1"
                xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
                exclude-result-prefixes="p">

  <xsl:include href="plan-docx-blocks.xsl"/>
  <xsl:include href="plan-docx-outputs.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no" standalone="yes"/>

  <xsl:template match="/">
    <w:document>
      <w:body>
        <xsl:call-template name="w-para"><xsl:with-param name="style" select="'Subtitle'"/><xsl:with-param name="text" select="concat($m.funder-doc-title, ' ', $period)"/></xsl:call-template>
        <xsl:call-template name="w-para"><xsl:with-param name="style" select="'Title'"/><xsl:with-param name="text" select="$plan/p:network"/></xsl:call-template>
        <xsl:call-template name="w-para"><xsl:with-param name="style" select="'Quote'"/><xsl:with-param name="text" select="$plan/p:purpose"/></xsl:call-template>

        <xsl:call-template name="w-heading"><xsl:with-param name="text" select="$m.network-purpose"/></xsl:call-template>
        <xsl:call-template name="w-para"><xsl:with-param name="text" select="concat($m.plan-period, ': ', $period)"/></xsl:call-template>
        <xsl:if test="$plan/p:network/@region"><xsl:call-template name="w-para"><xsl:with-param name="text" select="concat($m.region, ': ', $plan/p:network/@region)"/></xsl:call-template></xsl:if>
        <xsl:if test="$plan/p:partners">
          <xsl:call-template name="w-heading"><xsl:with-param name="level" select="2"/><xsl:with-param name="text" select="$m.partner-table"/></xsl:call-template>
          <w:tbl>
            <!-- The kind of organisation gets room for its longest word (middenveldorganisatie),
                 the amounts for € 999.999,99, so that Word breaks neither. -->
            <xsl:call-template name="w-table-head"><xsl:with-param name="columns" select="5"/><xsl:with-param name="widths" select="'2300 2400 1638 1650 1650'"/></xsl:call-template>
            <w:tr>
              <xsl:call-template name="w-cell"><xsl:with-param name="text" select="$m.partner"/><xsl:with-param name="bold" select="true()"/></xsl:call-template>
              <xsl:call-template name="w-cell"><xsl:with-param name="text" select="$m.partner-type"/><xsl:with-param name="bold" select="true()"/></xsl:call-template>
              <xsl:call-template name="w-cell"><xsl:with-param name="text" select="$m.roles"/><xsl:with-param name="bold" select="true()"/></xsl:call-template>
              <xsl:call-template name="w-cell"><xsl:with-param name="text" select="concat($m.cash, ' ', $period)"/><xsl:with-param name="bold" select="true()"/><xsl:with-param name="right" select="true()"/></xsl:call-template>
              <xsl:call-template name="w-cell"><xsl:with-param name="text" select="concat($m.in-kind, ' ', $period)"/><xsl:with-param name="bold" select="true()"/><xsl:with-param name="right" select="true()"/></xsl:call-template>
            </w:tr>
            <xsl:for-each select="$plan/p:partners/p:partner">
              <w:tr>
                <xsl:call-template name="w-cell"><xsl:with-param name="text" select="p:name"/></xsl:call-template>
                <xsl:call-template name="w-cell"><xsl:with-param name="text"><xsl:call-template name="label"><xsl:with-param name="vocabulary" select="'partner-type'"/><xsl:with-param name="value" select="@type"/></xsl:call-template></xsl:with-param></xsl:call-template>
                <xsl:call-template name="w-cell"><xsl:with-param name="text"><xsl:call-template name="roles"><xsl:with-param name="list" select="@roles"/></xsl:call-template></xsl:with-param></xsl:call-template>
                <xsl:call-template name="w-money"><xsl:with-param name="value" select="sum(p:year/@cash)"/></xsl:call-template>
                <xsl:call-template name="w-money"><xsl:with-param name="value" select="sum(p:year/@inKind)"/></xsl:call-template>
              </w:tr>
            </xsl:for-each>
            <w:tr>
              <xsl:call-template name="w-cell"><xsl:with-param name="text" select="$m.total"/><xsl:with-param name="bold" select="true()"/></xsl:call-template>
              <xsl:call-template name="w-cell"/>
              <xsl:call-template name="w-cell"/>
              <xsl:call-template name="w-money"><xsl:with-param name="value" select="sum($plan/p:partners/p:partner/p:year/@cash)"/><xsl:with-param name="bold" select="true()"/></xsl:call-template>
              <xsl:call-template name="w-money"><xsl:with-param name="value" select="sum($plan/p:partners/p:partner/p:year/@inKind)"/><xsl:with-param name="bold" select="true()"/></xsl:call-template>
            </w:tr>
          </w:tbl>
        </xsl:if>

        <xsl:call-template name="w-heading"><xsl:with-param name="text" select="$m.activities"/></xsl:call-template>
        <xsl:call-template name="w-para"><xsl:with-param name="text" select="$m.activities-intro"/></xsl:call-template>
        <w:tbl>
          <xsl:call-template name="w-table-head"><xsl:with-param name="columns" select="3"/></xsl:call-template>
          <w:tr>
            <xsl:call-template name="w-cell"><xsl:with-param name="text" select="$m.source"/><xsl:with-param name="bold" select="true()"/></xsl:call-template>
            <xsl:call-template name="w-cell"><xsl:with-param name="text" select="$m.funder"/><xsl:with-param name="bold" select="true()"/></xsl:call-template>
            <xsl:call-template name="w-cell"><xsl:with-param name="text" select="$m.start"/><xsl:with-param name="bold" select="true()"/></xsl:call-template>
          </w:tr>
          <xsl:for-each select="$plan/p:sources/p:source">
            <w:tr>
              <xsl:call-template name="w-cell"><xsl:with-param name="text" select="p:name"/></xsl:call-template>
              <xsl:call-template name="w-cell"><xsl:with-param name="text"><xsl:call-template name="funder"><xsl:with-param name="value" select="@funderType"/></xsl:call-template></xsl:with-param></xsl:call-template>
              <xsl:call-template name="w-cell"><xsl:with-param name="text" select="@start"/></xsl:call-template>
            </w:tr>
          </xsl:for-each>
        </w:tbl>
        <xsl:if test="$plan/p:milestones/p:step[@deadline = 'true']">
          <xsl:call-template name="w-heading"><xsl:with-param name="level" select="2"/><xsl:with-param name="text" select="$m.milestones"/></xsl:call-template>
          <w:tbl>
            <xsl:call-template name="w-table-head"><xsl:with-param name="columns" select="3"/></xsl:call-template>
            <w:tr>
              <xsl:call-template name="w-cell"><xsl:with-param name="text" select="$m.date"/><xsl:with-param name="bold" select="true()"/></xsl:call-template>
              <xsl:call-template name="w-cell"><xsl:with-param name="text" select="$m.source"/><xsl:with-param name="bold" select="true()"/></xsl:call-template>
              <xsl:call-template name="w-cell"><xsl:with-param name="text" select="$m.step"/><xsl:with-param name="bold" select="true()"/></xsl:call-template>
            </w:tr>
            <xsl:for-each select="$plan/p:milestones/p:step[@deadline = 'true']">
              <xsl:variable name="model" select="@model"/>
              <w:tr>
                <xsl:call-template name="w-cell"><xsl:with-param name="text" select="@date"/></xsl:call-template>
                <xsl:call-template name="w-cell"><xsl:with-param name="text" select="$plan/p:sources/p:source[@model = $model]/p:name"/></xsl:call-template>
                <xsl:call-template name="w-cell"><xsl:with-param name="text" select="p:title"/></xsl:call-template>
              </w:tr>
            </xsl:for-each>
          </w:tbl>
        </xsl:if>
        <xsl:call-template name="w-output-indicators"/>

        <xsl:call-template name="w-heading"><xsl:with-param name="text" select="$m.budget"/></xsl:call-template>
        <w:tbl>
          <xsl:call-template name="w-table-head"><xsl:with-param name="columns" select="count($years) + 2"/></xsl:call-template>
          <xsl:call-template name="w-year-header"><xsl:with-param name="first" select="$m.category"/></xsl:call-template>
          <xsl:for-each select="$years/p:cost[not(@category = preceding::p:cost/@category)]">
            <xsl:variable name="category" select="@category"/>
            <w:tr>
              <xsl:call-template name="w-cell"><xsl:with-param name="text"><xsl:call-template name="label"><xsl:with-param name="vocabulary" select="'cost'"/><xsl:with-param name="value" select="$category"/></xsl:call-template></xsl:with-param></xsl:call-template>
              <xsl:for-each select="$years"><xsl:call-template name="w-money"><xsl:with-param name="value" select="sum(p:cost[@category = $category]/@amount)"/></xsl:call-template></xsl:for-each>
              <xsl:call-template name="w-money"><xsl:with-param name="value" select="sum($years/p:cost[@category = $category]/@amount)"/></xsl:call-template>
            </w:tr>
          </xsl:for-each>
          <xsl:if test="$years[not(p:cost) and @costs &gt; 0]">
            <w:tr>
              <xsl:call-template name="w-cell"><xsl:with-param name="text" select="$m.uncategorised"/></xsl:call-template>
              <xsl:for-each select="$years"><xsl:call-template name="w-money"><xsl:with-param name="value" select="@costs - sum(p:cost/@amount)"/></xsl:call-template></xsl:for-each>
              <xsl:call-template name="w-money"><xsl:with-param name="value" select="sum($years[not(p:cost)]/@costs)"/></xsl:call-template>
            </w:tr>
          </xsl:if>
          <xsl:if test="$years[@acquisitions &gt; 0]">
            <w:tr>
              <xsl:call-template name="w-cell"><xsl:with-param name="text" select="$m.acquisitions"/></xsl:call-template>
              <xsl:for-each select="$years"><xsl:call-template name="w-money"><xsl:with-param name="value" select="@acquisitions"/></xsl:call-template></xsl:for-each>
              <xsl:call-template name="w-money"><xsl:with-param name="value" select="sum($years/@acquisitions)"/></xsl:call-template>
            </w:tr>
          </xsl:if>
          <w:tr>
            <xsl:call-template name="w-cell"><xsl:with-param name="text" select="$m.total"/><xsl:with-param name="bold" select="true()"/></xsl:call-template>
            <xsl:for-each select="$years"><xsl:call-template name="w-money"><xsl:with-param name="value" select="@costs + @acquisitions"/><xsl:with-param name="bold" select="true()"/></xsl:call-template></xsl:for-each>
            <xsl:call-template name="w-money"><xsl:with-param name="value" select="sum($years/@costs) + sum($years/@acquisitions)"/><xsl:with-param name="bold" select="true()"/></xsl:call-template>
          </w:tr>
        </w:tbl>

        <xsl:call-template name="w-heading"><xsl:with-param name="text" select="$m.income-sources"/></xsl:call-template>
        <w:tbl>
          <xsl:call-template name="w-table-head"><xsl:with-param name="columns" select="count($years) + 2"/></xsl:call-template>
          <xsl:call-template name="w-year-header"><xsl:with-param name="first" select="$m.source"/></xsl:call-template>
          <xsl:for-each select="$plan/p:sources/p:source">
            <xsl:if test="p:year/@requested">
              <w:tr>
                <xsl:call-template name="w-cell"><xsl:with-param name="text" select="concat(p:name, ' (', $m.requested, ')')"/></xsl:call-template>
                <xsl:for-each select="p:year"><xsl:call-template name="w-money"><xsl:with-param name="value" select="@requested"/></xsl:call-template></xsl:for-each>
                <xsl:call-template name="w-money"><xsl:with-param name="value" select="sum(p:year/@requested)"/></xsl:call-template>
              </w:tr>
            </xsl:if>
            <w:tr>
              <xsl:call-template name="w-cell"><xsl:with-param name="text"><xsl:value-of select="p:name"/><xsl:if test="p:year/@requested"> (<xsl:value-of select="$m.expected"/>)</xsl:if></xsl:with-param></xsl:call-template>
              <xsl:for-each select="p:year"><xsl:call-template name="w-money"><xsl:with-param name="value" select="@income"/></xsl:call-template></xsl:for-each>
              <xsl:call-template name="w-money"><xsl:with-param name="value" select="sum(p:year/@income)"/></xsl:call-template>
            </w:tr>
          </xsl:for-each>
          <xsl:for-each select="$plan/p:sources/p:partnerCash">
            <w:tr>
              <xsl:call-template name="w-cell"><xsl:with-param name="text" select="concat(p:name, ' (', $m.partner-cash, ')')"/></xsl:call-template>
              <xsl:for-each select="p:year"><xsl:call-template name="w-money"><xsl:with-param name="value" select="@amount"/></xsl:call-template></xsl:for-each>
              <xsl:call-template name="w-money"><xsl:with-param name="value" select="sum(p:year/@amount)"/></xsl:call-template>
            </w:tr>
          </xsl:for-each>
          <xsl:call-template name="w-year-row"><xsl:with-param name="label" select="concat($m.income, ' (', $m.expected, ')')"/><xsl:with-param name="attribute" select="'income'"/></xsl:call-template>
          <xsl:call-template name="w-year-row"><xsl:with-param name="label" select="$m.direct-costs"/><xsl:with-param name="attribute" select="'directCosts'"/></xsl:call-template>
          <w:tr>
            <xsl:call-template name="w-cell"><xsl:with-param name="text" select="$m.costs-total"/><xsl:with-param name="bold" select="true()"/></xsl:call-template>
            <xsl:for-each select="$years"><xsl:call-template name="w-money"><xsl:with-param name="value" select="@costs + @acquisitions"/><xsl:with-param name="bold" select="true()"/></xsl:call-template></xsl:for-each>
            <xsl:call-template name="w-money"><xsl:with-param name="value" select="sum($years/@costs) + sum($years/@acquisitions)"/><xsl:with-param name="bold" select="true()"/></xsl:call-template>
          </w:tr>
          <xsl:call-template name="w-year-row"><xsl:with-param name="label" select="$m.balance"/><xsl:with-param name="attribute" select="'balance'"/></xsl:call-template>
        </w:tbl>
        <xsl:call-template name="w-para"><xsl:with-param name="style" select="'Note'"/><xsl:with-param name="text" select="$m.income-note"/></xsl:call-template>

        <xsl:call-template name="w-heading"><xsl:with-param name="text" select="$m.cofinancing"/></xsl:call-template>
        <xsl:variable name="sources" select="$plan/p:sources/p:source"/>
        <xsl:variable name="partners" select="$plan/p:sources/p:partnerCash"/>
        <w:tbl>
          <xsl:call-template name="w-table-head"><xsl:with-param name="columns" select="count($years) + 2"/></xsl:call-template>
          <xsl:call-template name="w-year-header"><xsl:with-param name="first" select="''"/></xsl:call-template>
          <xsl:call-template name="w-cofinancing-row"><xsl:with-param name="label" select="$m.cofin-own"/><xsl:with-param name="amounts" select="$sources[contains($own-funders, concat(' ', @funderType, ' '))]/p:year/@income"/></xsl:call-template>
          <xsl:call-template name="w-cofinancing-row"><xsl:with-param name="label" select="$m.cofin-partners"/><xsl:with-param name="amounts" select="$sources[not(contains(concat($public-funders, $private-funders, $own-funders), concat(' ', @funderType, ' ')))]/p:year/@income | $partners[@public = 'false']/p:year/@amount"/></xsl:call-template>
          <xsl:call-template name="w-cofinancing-row"><xsl:with-param name="label" select="$m.cofin-public"/><xsl:with-param name="amounts" select="$sources[contains($public-funders, concat(' ', @funderType, ' '))]/p:year/@income | $partners[@public = 'true']/p:year/@amount"/></xsl:call-template>
          <xsl:call-template name="w-cofinancing-row"><xsl:with-param name="label" select="$m.cofin-private"/><xsl:with-param name="amounts" select="$sources[contains($private-funders, concat(' ', @funderType, ' '))]/p:year/@income"/></xsl:call-template>
          <xsl:call-template name="w-year-row"><xsl:with-param name="label" select="$m.income"/><xsl:with-param name="attribute" select="'income'"/><xsl:with-param name="bold" select="true()"/></xsl:call-template>
          <xsl:call-template name="w-year-row"><xsl:with-param name="label" select="$m.cofin-in-kind"/><xsl:with-param name="attribute" select="'inKind'"/></xsl:call-template>
        </w:tbl>
        <xsl:call-template name="w-para"><xsl:with-param name="style" select="'Note'"/><xsl:with-param name="text" select="$m.cofinancing-note"/></xsl:call-template>
        <xsl:call-template name="w-call-cofinancing"/>

        <xsl:call-template name="w-heading"><xsl:with-param name="text" select="$m.funder-indicators"/></xsl:call-template>
        <w:tbl>
          <xsl:call-template name="w-table-head"><xsl:with-param name="columns" select="4"/></xsl:call-template>
          <w:tr>
            <xsl:call-template name="w-cell"><xsl:with-param name="text" select="$m.year"/><xsl:with-param name="bold" select="true()"/></xsl:call-template>
            <xsl:call-template name="w-cell"><xsl:with-param name="text" select="$m.own-share"/><xsl:with-param name="bold" select="true()"/><xsl:with-param name="right" select="true()"/></xsl:call-template>
            <xsl:call-template name="w-cell"><xsl:with-param name="text" select="$m.earned-share"/><xsl:with-param name="bold" select="true()"/><xsl:with-param name="right" select="true()"/></xsl:call-template>
            <xsl:call-template name="w-cell"><xsl:with-param name="text" select="$m.public-share"/><xsl:with-param name="bold" select="true()"/><xsl:with-param name="right" select="true()"/></xsl:call-template>
          </w:tr>
          <xsl:for-each select="$plan/p:indicators/p:year">
            <w:tr>
              <xsl:call-template name="w-cell"><xsl:with-param name="text" select="@value"/></xsl:call-template>
              <xsl:call-template name="w-cell"><xsl:with-param name="right" select="true()"/><xsl:with-param name="text"><xsl:call-template name="percent"><xsl:with-param name="basisPoints" select="@ownShare"/></xsl:call-template></xsl:with-param></xsl:call-template>
              <xsl:call-template name="w-cell"><xsl:with-param name="right" select="true()"/><xsl:with-param name="text"><xsl:call-template name="percent"><xsl:with-param name="basisPoints" select="@earnedShare"/></xsl:call-template></xsl:with-param></xsl:call-template>
              <xsl:call-template name="w-cell"><xsl:with-param name="right" select="true()"/><xsl:with-param name="text"><xsl:call-template name="percent"><xsl:with-param name="basisPoints" select="@publicShare"/></xsl:call-template></xsl:with-param></xsl:call-template>
            </w:tr>
          </xsl:for-each>
        </w:tbl>

        <xsl:call-template name="w-heading"><xsl:with-param name="text" select="$m.added-value-funder"/></xsl:call-template>
        <xsl:for-each select="$plan/p:addedValue/p:funder[contains($application-funders, concat(' ', @type, ' '))]">
          <xsl:call-template name="w-heading"><xsl:with-param name="level" select="2"/><xsl:with-param name="text"><xsl:call-template name="funder"><xsl:with-param name="value" select="@type"/></xsl:call-template></xsl:with-param></xsl:call-template>
          <xsl:call-template name="w-para"><xsl:with-param name="text" select="."/></xsl:call-template>
        </xsl:for-each>
        <xsl:call-template name="w-para"><xsl:with-param name="style" select="'Note'"/><xsl:with-param name="text" select="concat($m.generated-by, ' (', $plan/@generator, ')')"/></xsl:call-template>

        <w:sectPr>
          <w:headerReference w:type="default" r:id="rIdHeader"/>
          <w:footerReference w:type="default" r:id="rIdFooter"/>
          <w:pgSz w:w="11906" w:h="16838"/>
          <w:pgMar w:top="1247" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>
        </w:sectPr>
      </w:body>
    </w:document>
  </xsl:template>
</xsl:stylesheet>
