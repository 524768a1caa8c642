<?xml version="1.0" encoding="UTF-8"?>
<!--
  FundingPlanner: the running header of the funder's Word document (word/header1.xml): the
  network's name and the document's title with the plan period. Imported by
  plan-docx-header-nl.xsl / plan-docx-header-en.xsl after plan-funder-nl.xsl / -en.xsl.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:p="urn:fundingplanner:plan:1"
                xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
                exclude-result-prefixes="p">
  <xsl:output method="xml" encoding="UTF-8" indent="no" standalone="yes"/>
  <xsl:template match="/">
    <w:hdr>
      <w:p>
        <w:pPr><w:pStyle w:val="Header"/></w:pPr>
        <w:r><w:t xml:space="preserve"><xsl:value-of select="$plan/p:network"/> · <xsl:value-of select="$m.funder-doc-title"/>&#160;<xsl:value-of select="$period"/></w:t></w:r>
      </w:p>
    </w:hdr>
  </xsl:template>
</xsl:stylesheet>
