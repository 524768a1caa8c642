<?xml version="1.0" encoding="UTF-8"?>
<!-- FundingPlanner: the funder's version of a plan as a Word document body (word/document.xml), in Dutch. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="plan-funder-nl.xsl"/>
  <xsl:include href="plan-docx.xsl"/>
</xsl:stylesheet>
