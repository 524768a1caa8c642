<?xml version="1.0" encoding="UTF-8"?>
<!-- FundingPlanner: the running header of the funder's Word document (word/header1.xml), in English. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="plan-funder-en.xsl"/>
  <xsl:include href="plan-docx-header.xsl"/>
</xsl:stylesheet>
