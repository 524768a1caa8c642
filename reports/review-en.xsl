<?xml version="1.0" encoding="UTF-8"?>
<!-- FundingPlanner: a review (review-1) as one self-contained HTML page, in English. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:include href="messages-en.xsl"/>
  <xsl:include href="review-common.xsl"/>
  <xsl:include href="review-script.xsl"/>
  <xsl:include href="plan-style.xsl"/>
  <xsl:variable name="lang" select="'en'"/>
</xsl:stylesheet>
