<?xml version="1.0" encoding="UTF-8"?>
<!-- FundingPlanner: the funder's version of a plan (plan-1) as one self-contained HTML page, in English. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="plan-en.xsl"/>
  <xsl:include href="plan-funder.xsl"/>
</xsl:stylesheet>
