<?xml version="1.0" encoding="UTF-8"?>
<!-- FundingPlanner: a plan (plan-1) as one self-contained HTML page, in Dutch. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:include href="messages-nl.xsl"/>
  <xsl:include href="plan-common.xsl"/>
  <xsl:include href="plan-charts.xsl"/>
  <xsl:include href="plan-sections.xsl"/>
  <xsl:include href="plan-style.xsl"/>
  <xsl:include href="labels.xsl"/>
  <xsl:variable name="lang" select="'nl'"/>
</xsl:stylesheet>
