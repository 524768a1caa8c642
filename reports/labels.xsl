<?xml version="1.0" encoding="UTF-8"?>
<!-- FundingPlanner report: the words for the network vocabularies a report shows (cost categories,
     partner types, partner roles, indicator units, contribution kinds), in $lang. The same words as
     the label(_:) of CostCategory, PartnerType, PartnerRole, IndicatorUnit and ContributionKind in Swift; ReportTests checks that they agree. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <!-- The label of $value in vocabulary $vocabulary (cost, partner-type, role, unit, kind); the token itself if unknown. -->
  <xsl:template name="label">
    <xsl:param name="vocabulary"/>
    <xsl:param name="value"/>
    <xsl:variable name="key" select="concat($vocabulary, ':', $value)"/>
    <xsl:choose>
      <xsl:when test="$key = 'cost:coordination' and $lang = 'nl'">coördinatie</xsl:when>
      <xsl:when test="$key = 'cost:coordination'">coordination</xsl:when>
      <xsl:when test="$key = 'cost:space' and $lang = 'nl'">ruimte</xsl:when>
      <xsl:when test="$key = 'cost:space'">space</xsl:when>
      <xsl:when test="$key = 'cost:activities' and $lang = 'nl'">activiteiten</xsl:when>
      <xsl:when test="$key = 'cost:activities'">activities</xsl:when>
      <xsl:when test="$key = 'cost:communication' and $lang = 'nl'">communicatie</xsl:when>
      <xsl:when test="$key = 'cost:communication'">communication</xsl:when>
      <xsl:when test="$key = 'cost:training' and $lang = 'nl'">opleiding</xsl:when>
      <xsl:when test="$key = 'cost:training'">training</xsl:when>
      <xsl:when test="$key = 'cost:equipment' and $lang = 'nl'">materiaal</xsl:when>
      <xsl:when test="$key = 'cost:equipment'">equipment</xsl:when>
      <xsl:when test="$key = 'cost:evaluation' and $lang = 'nl'">evaluatie</xsl:when>
      <xsl:when test="$key = 'cost:evaluation'">evaluation</xsl:when>
      <xsl:when test="$key = 'cost:other' and $lang = 'nl'">andere</xsl:when>
      <xsl:when test="$key = 'cost:other'">other</xsl:when>
      <xsl:when test="$key = 'partner-type:school' and $lang = 'nl'">school</xsl:when>
      <xsl:when test="$key = 'partner-type:school'">school</xsl:when>
      <xsl:when test="$key = 'partner-type:training-centre' and $lang = 'nl'">opleidingscentrum</xsl:when>
      <xsl:when test="$key = 'partner-type:training-centre'">training centre</xsl:when>
      <xsl:when test="$key = 'partner-type:company' and $lang = 'nl'">bedrijf</xsl:when>
      <xsl:when test="$key = 'partner-type:company'">company</xsl:when>
      <xsl:when test="$key = 'partner-type:local-government' and $lang = 'nl'">lokaal bestuur</xsl:when>
      <xsl:when test="$key = 'partner-type:local-government'">local government</xsl:when>
      <xsl:when test="$key = 'partner-type:ngo' and $lang = 'nl'">middenveldorganisatie</xsl:when>
      <xsl:when test="$key = 'partner-type:ngo'">NGO</xsl:when>
      <xsl:when test="$key = 'partner-type:citizens-group' and $lang = 'nl'">burgerinitiatief</xsl:when>
      <xsl:when test="$key = 'partner-type:citizens-group'">citizens' group</xsl:when>
      <xsl:when test="$key = 'partner-type:library' and $lang = 'nl'">bibliotheek</xsl:when>
      <xsl:when test="$key = 'partner-type:library'">library</xsl:when>
      <xsl:when test="$key = 'partner-type:employment-service' and $lang = 'nl'">arbeidsbemiddeling</xsl:when>
      <xsl:when test="$key = 'partner-type:employment-service'">employment service</xsl:when>
      <xsl:when test="$key = 'partner-type:university' and $lang = 'nl'">hogeschool of universiteit</xsl:when>
      <xsl:when test="$key = 'partner-type:university'">university or college</xsl:when>
      <xsl:when test="$key = 'partner-type:foundation' and $lang = 'nl'">stichting of fonds</xsl:when>
      <xsl:when test="$key = 'partner-type:foundation'">foundation or fund</xsl:when>
      <xsl:when test="$key = 'role:puller' and $lang = 'nl'">trekker (vuurtoren)</xsl:when>
      <xsl:when test="$key = 'role:puller'">puller (lighthouse)</xsl:when>
      <xsl:when test="$key = 'role:backbone' and $lang = 'nl'">coördinatie</xsl:when>
      <xsl:when test="$key = 'role:backbone'">backbone</xsl:when>
      <xsl:when test="$key = 'role:host' and $lang = 'nl'">gastheer</xsl:when>
      <xsl:when test="$key = 'role:host'">host</xsl:when>
      <xsl:when test="$key = 'role:expert' and $lang = 'nl'">expert</xsl:when>
      <xsl:when test="$key = 'role:expert'">expert</xsl:when>
      <xsl:when test="$key = 'role:provider' and $lang = 'nl'">aanbieder</xsl:when>
      <xsl:when test="$key = 'role:provider'">provider</xsl:when>
      <xsl:when test="$key = 'role:connector' and $lang = 'nl'">verbinder</xsl:when>
      <xsl:when test="$key = 'role:connector'">connector</xsl:when>
      <xsl:when test="$key = 'role:funder' and $lang = 'nl'">financier</xsl:when>
      <xsl:when test="$key = 'role:funder'">funder</xsl:when>
      <xsl:when test="$key = 'unit:participants' and $lang = 'nl'">deelnemers</xsl:when>
      <xsl:when test="$key = 'unit:participants'">participants</xsl:when>
      <xsl:when test="$key = 'unit:sessions' and $lang = 'nl'">sessies</xsl:when>
      <xsl:when test="$key = 'unit:sessions'">sessions</xsl:when>
      <xsl:when test="$key = 'unit:hours' and $lang = 'nl'">uren</xsl:when>
      <xsl:when test="$key = 'unit:hours'">hours</xsl:when>
      <xsl:when test="$key = 'unit:certificates' and $lang = 'nl'">getuigschriften</xsl:when>
      <xsl:when test="$key = 'unit:certificates'">certificates</xsl:when>
      <xsl:when test="$key = 'unit:placements' and $lang = 'nl'">plaatsingen</xsl:when>
      <xsl:when test="$key = 'unit:placements'">placements</xsl:when>
      <xsl:when test="$key = 'unit:partners' and $lang = 'nl'">partners</xsl:when>
      <xsl:when test="$key = 'unit:partners'">partners</xsl:when>
      <xsl:when test="$key = 'unit:places' and $lang = 'nl'">leerplekken</xsl:when>
      <xsl:when test="$key = 'unit:places'">places of learning</xsl:when>
      <xsl:when test="$key = 'kind:cash' and $lang = 'nl'">geld</xsl:when>
      <xsl:when test="$key = 'kind:cash'">cash</xsl:when>
      <xsl:when test="$key = 'kind:in-kind' and $lang = 'nl'">in natura</xsl:when>
      <xsl:when test="$key = 'kind:in-kind'">in kind</xsl:when>
      <xsl:when test="$key = 'kind:staff' and $lang = 'nl'">personeelsinzet</xsl:when>
      <xsl:when test="$key = 'kind:staff'">staff time</xsl:when>
      <xsl:when test="$key = 'kind:volunteers' and $lang = 'nl'">vrijwilligersuren</xsl:when>
      <xsl:when test="$key = 'kind:volunteers'">volunteer hours</xsl:when>
      <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The labels of a space-separated list of roles, joined by commas. -->
  <xsl:template name="roles">
    <xsl:param name="list"/>
    <xsl:variable name="rest" select="normalize-space($list)"/>
    <xsl:if test="$rest != ''">
      <xsl:variable name="first"><xsl:choose><xsl:when test="contains($rest, ' ')"><xsl:value-of select="substring-before($rest, ' ')"/></xsl:when><xsl:otherwise><xsl:value-of select="$rest"/></xsl:otherwise></xsl:choose></xsl:variable>
      <xsl:call-template name="label"><xsl:with-param name="vocabulary" select="'role'"/><xsl:with-param name="value" select="$first"/></xsl:call-template>
      <xsl:if test="contains($rest, ' ')">
        <xsl:text>, </xsl:text>
        <xsl:call-template name="roles"><xsl:with-param name="list" select="substring-after($rest, ' ')"/></xsl:call-template>
      </xsl:if>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
