<?xml version="1.0" encoding="UTF-8"?>
<!--
  FundingPlanner: a review of many plans as one HTML page: the ranking, the best plans side by
  side, and per plan the score of every criterion with its evidence, the gates and the
  reviewers' scores. No script, no external request.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:w="urn:fundingplanner:review:1"
                exclude-result-prefixes="w">

  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:variable name="review" select="/w:review"/>

  <xsl:template name="score">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="$value = 'not-applicable'"><xsl:value-of select="$m.not-applicable"/></xsl:when>
      <xsl:when test="$lang = 'nl'"><xsl:value-of select="translate($value, '.', ',')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="/">
    <html lang="{$lang}">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="{$review/@generator}"/>
        <title><xsl:value-of select="$m.review-title"/> – <xsl:value-of select="$review/w:rubric"/></title>
        <style><xsl:call-template name="css"/></style>
      </head>
      <body>
        <main>
          <h1><xsl:value-of select="$m.review-title"/></h1>
          <p class="meta">
            <xsl:value-of select="$review/@plans"/>&#160;<xsl:value-of select="$m.plans-reviewed"/> ·
            <xsl:value-of select="$m.rubric"/>: <xsl:value-of select="$review/w:rubric"/>
            <xsl:if test="$review/w:call"> · <xsl:value-of select="$m.call"/>: <xsl:value-of select="$review/w:call"/></xsl:if>
          </p>
          <xsl:call-template name="ranking"/>
          <xsl:call-template name="comparison"/>
          <xsl:call-template name="details"/>
          <xsl:if test="$review/w:rejected">
            <section id="rejected">
              <h2><xsl:value-of select="$m.rejected"/></h2>
              <ul><xsl:for-each select="$review/w:rejected"><li><code><xsl:value-of select="@file"/></code><ul><xsl:for-each select="w:error"><li><xsl:value-of select="."/></li></xsl:for-each></ul></li></xsl:for-each></ul>
            </section>
          </xsl:if>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="ranking">
    <section id="ranking">
      <h2><xsl:value-of select="$m.ranking"/></h2>
      <table>
        <thead><tr><th scope="col"><xsl:value-of select="$m.rank"/></th><th scope="col"><xsl:value-of select="$m.network"/></th><th scope="col"><xsl:value-of select="$m.score"/></th><th scope="col"><xsl:value-of select="$m.gates"/></th></tr></thead>
        <tbody>
          <xsl:for-each select="$review/w:plan">
            <tr>
              <td><xsl:value-of select="@rank"/></td>
              <td><a href="#plan-{@rank}"><xsl:value-of select="w:name"/></a></td>
              <td class="number"><xsl:call-template name="score"><xsl:with-param name="value" select="@score"/></xsl:call-template></td>
              <td>
                <xsl:choose>
                  <xsl:when test="@passesGates = 'true'"><xsl:value-of select="$m.passes"/></xsl:when>
                  <xsl:otherwise><strong><xsl:value-of select="$m.fails"/></strong></xsl:otherwise>
                </xsl:choose>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>

  <!-- The three best plans side by side, criterion by criterion. -->
  <xsl:template name="comparison">
    <xsl:variable name="top" select="$review/w:plan[position() &lt;= 3][w:criterion]"/>
    <xsl:if test="$top">
      <section id="comparison">
        <h2><xsl:value-of select="$m.comparison"/></h2>
        <table>
          <thead>
            <tr>
              <th scope="col"><xsl:value-of select="$m.criterion"/></th>
              <xsl:for-each select="$top"><th scope="col"><xsl:value-of select="w:name"/></th></xsl:for-each>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="$review/w:criterion">
              <xsl:variable name="id" select="@id"/>
              <tr>
                <th scope="row"><xsl:value-of select="."/> (<xsl:value-of select="@weight"/>)</th>
                <xsl:for-each select="$top">
                  <td>
                    <strong><xsl:call-template name="score"><xsl:with-param name="value" select="w:criterion[@id = $id]/@score"/></xsl:call-template></strong>
                    <xsl:for-each select="w:criterion[@id = $id]/w:evidence"><br/><span class="note"><xsl:value-of select="."/></span></xsl:for-each>
                  </td>
                </xsl:for-each>
              </tr>
            </xsl:for-each>
            <tr>
              <th scope="row"><xsl:value-of select="$m.score"/></th>
              <xsl:for-each select="$top"><td><strong><xsl:call-template name="score"><xsl:with-param name="value" select="@score"/></xsl:call-template></strong></td></xsl:for-each>
            </tr>
          </tbody>
        </table>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="details">
    <section id="details">
      <h2><xsl:value-of select="$m.details"/></h2>
      <p class="note"><xsl:value-of select="$m.detail-limit"/></p>
      <xsl:for-each select="$review/w:plan[w:criterion]">
        <article class="source" id="plan-{@rank}">
          <h3><xsl:value-of select="@rank"/>. <xsl:value-of select="w:name"/> – <xsl:call-template name="score"><xsl:with-param name="value" select="@score"/></xsl:call-template></h3>
          <p class="facts"><code><xsl:value-of select="@file"/></code></p>
          <ul>
            <xsl:for-each select="w:gate">
              <li>
                <xsl:choose><xsl:when test="@passed = 'true'"><xsl:value-of select="$m.passes"/></xsl:when><xsl:otherwise><strong><xsl:value-of select="$m.fails"/></strong></xsl:otherwise></xsl:choose>:
                <xsl:value-of select="."/>
              </li>
            </xsl:for-each>
          </ul>
          <table>
            <thead><tr><th scope="col"><xsl:value-of select="$m.criterion"/></th><th scope="col"><xsl:value-of select="$m.measure"/></th><th scope="col"><xsl:value-of select="$m.score"/></th><th scope="col"><xsl:value-of select="$m.evidence"/></th></tr></thead>
            <tbody>
              <xsl:for-each select="w:criterion">
                <xsl:variable name="id" select="@id"/>
                <tr>
                  <th scope="row"><xsl:value-of select="$review/w:criterion[@id = $id]"/></th>
                  <td><xsl:value-of select="@value"/></td>
                  <td><xsl:call-template name="score"><xsl:with-param name="value" select="@score"/></xsl:call-template></td>
                  <td>
                    <xsl:for-each select="w:evidence"><xsl:value-of select="."/><br/></xsl:for-each>
                    <xsl:for-each select="w:reviewers">
                      <xsl:value-of select="$m.reviewers"/>:
                      <xsl:for-each select="w:reviewer"><xsl:if test="position() &gt; 1">, </xsl:if><xsl:value-of select="@id"/>&#160;<xsl:call-template name="score"><xsl:with-param name="value" select="@score"/></xsl:call-template></xsl:for-each>
                      <xsl:if test="@mean"> (<xsl:value-of select="$m.mean"/>&#160;<xsl:call-template name="score"><xsl:with-param name="value" select="@mean"/></xsl:call-template>)</xsl:if>
                      <xsl:if test="@disagreement = 'true'"> – <strong><xsl:value-of select="$m.disagreement"/></strong></xsl:if>
                      <xsl:if test="@differsFromAutomatic = 'true'"> – <strong><xsl:value-of select="$m.differs"/></strong></xsl:if>
                    </xsl:for-each>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </article>
      </xsl:for-each>
    </section>
  </xsl:template>
</xsl:stylesheet>
