<?xml version="1.0" encoding="UTF-8"?>
<!--
  FundingPlanner: a review of many plans as one HTML page: the ranking with each plan's amounts
  (budget, requested, co-financing, own-income share) and why a plan fails a gate, the best plans
  side by side, and per plan the score of every criterion with its evidence, the gates and the
  reviewers' scores and comments with their spread (disagreement highlighted). No external
  request. One small inline script (review-script.xsl) adds sorting, filtering and choosing the
  plans to compare; without it the page shows everything, in rank order.
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:w="urn:fundingplanner:review:1"
                exclude-result-prefixes="w">

  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
  <xsl:include href="numbers.xsl"/>
  <xsl:variable name="review" select="/w:review"/>

  <xsl:template name="score">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="$value = 'not-applicable'"><xsl:value-of select="$m.not-applicable"/></xsl:when>
      <xsl:when test="$lang = 'nl'"><xsl:value-of select="translate($value, '.', ',')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>



  <!-- The plan's four amounts as table cells, each with its machine value for sorting. -->
  <xsl:template name="amount-cells">
    <td class="number" data-value="{@budget}"><xsl:call-template name="money"><xsl:with-param name="value" select="@budget"/></xsl:call-template></td>
    <td class="number" data-value="{@requested}"><xsl:call-template name="money"><xsl:with-param name="value" select="@requested"/></xsl:call-template></td>
    <td class="number" data-value="{@cofinancing}"><xsl:call-template name="money"><xsl:with-param name="value" select="@cofinancing"/></xsl:call-template></td>
    <td class="number" data-value="{@ownShare}"><xsl:call-template name="percent"><xsl:with-param name="basisPoints" select="@ownShare"/></xsl:call-template></td>
  </xsl:template>

  <xsl:template match="/">
    <html lang="{$lang}">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="{$review/@generator}"/>
        <title><xsl:value-of select="$m.review-title"/> – <xsl:value-of select="$review/w:rubric"/></title>
        <style><xsl:call-template name="css"/><xsl:call-template name="review-css"/></style>
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
        <script><xsl:call-template name="review-script"/></script>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="ranking">
    <section id="ranking">
      <h2><xsl:value-of select="$m.ranking"/></h2>
      <div class="controls" id="ranking-controls" hidden="">
        <label><xsl:value-of select="$m.show"/>&#160;<select id="filter-gates"><option value="all"><xsl:value-of select="$m.show-all"/></option><option value="passes"><xsl:value-of select="$m.show-passes"/></option><option value="fails"><xsl:value-of select="$m.show-fails"/></option></select></label>
        <label><xsl:value-of select="$m.search"/>&#160;<input type="search" id="filter-text"/></label>
        <span id="ranking-status" role="status"></span>
      </div>
      <table id="ranking-table">
        <thead>
          <tr>
            <th scope="col" data-sort=""><xsl:value-of select="$m.rank"/></th>
            <th scope="col" data-sort=""><xsl:value-of select="$m.network"/></th>
            <th scope="col" data-sort=""><xsl:value-of select="$m.score"/></th>
            <th scope="col" data-sort=""><xsl:value-of select="$m.review-budget"/></th>
            <th scope="col" data-sort=""><xsl:value-of select="$m.review-requested"/></th>
            <th scope="col" data-sort=""><xsl:value-of select="$m.review-cofinancing"/></th>
            <th scope="col" data-sort=""><xsl:value-of select="$m.review-own-share"/></th>
            <th scope="col"><xsl:value-of select="$m.gates"/></th>
            <th scope="col" class="js-only"><xsl:value-of select="$m.compare"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$review/w:plan">
            <tr>
              <xsl:attribute name="data-gates"><xsl:choose><xsl:when test="@passesGates = 'true'">passes</xsl:when><xsl:otherwise>fails</xsl:otherwise></xsl:choose></xsl:attribute>
              <td data-value="{@rank}"><xsl:value-of select="@rank"/></td>
              <td data-value="{w:name}">
                <!-- A link only to details the page holds (the first plans; review.xml has them all). -->
                <xsl:choose>
                  <xsl:when test="w:criterion"><a href="#plan-{@rank}"><xsl:value-of select="w:name"/></a></xsl:when>
                  <xsl:otherwise><xsl:value-of select="w:name"/></xsl:otherwise>
                </xsl:choose>
              </td>
              <td class="number" data-value="{@score}"><xsl:call-template name="score"><xsl:with-param name="value" select="@score"/></xsl:call-template></td>
              <xsl:call-template name="amount-cells"/>
              <td>
                <xsl:choose>
                  <xsl:when test="@passesGates = 'true'"><xsl:value-of select="$m.passes"/></xsl:when>
                  <xsl:otherwise>
                    <strong class="fail"><xsl:value-of select="$m.fails"/></strong>
                    <xsl:if test="w:gate[@passed = 'false']">
                      <ul class="reasons"><xsl:for-each select="w:gate[@passed = 'false']"><li><xsl:value-of select="."/></li></xsl:for-each></ul>
                    </xsl:if>
                  </xsl:otherwise>
                </xsl:choose>
              </td>
              <td class="js-only"><xsl:if test="w:criterion"><input type="checkbox" class="compare" value="plan-{@rank}" aria-label="{$m.compare}: {w:name}"/></xsl:if></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
      <p class="note"><xsl:value-of select="$m.amounts-note"/></p>
      <section id="chosen" class="js-only-block" hidden="">
        <h2><xsl:value-of select="$m.chosen-comparison"/></h2>
        <p class="note"><xsl:value-of select="$m.compare-hint"/></p>
        <div id="chosen-table"></div>
      </section>
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
            <xsl:for-each select="$top">
              <xsl:if test="position() = 1">
                <tr><th scope="row"><xsl:value-of select="$m.review-budget"/></th><xsl:for-each select="$top"><td><xsl:call-template name="money"><xsl:with-param name="value" select="@budget"/></xsl:call-template></td></xsl:for-each></tr>
                <tr><th scope="row"><xsl:value-of select="$m.review-requested"/></th><xsl:for-each select="$top"><td><xsl:call-template name="money"><xsl:with-param name="value" select="@requested"/></xsl:call-template></td></xsl:for-each></tr>
                <tr><th scope="row"><xsl:value-of select="$m.review-cofinancing"/></th><xsl:for-each select="$top"><td><xsl:call-template name="money"><xsl:with-param name="value" select="@cofinancing"/></xsl:call-template></td></xsl:for-each></tr>
                <tr><th scope="row"><xsl:value-of select="$m.review-own-share"/></th><xsl:for-each select="$top"><td><xsl:call-template name="percent"><xsl:with-param name="basisPoints" select="@ownShare"/></xsl:call-template></td></xsl:for-each></tr>
              </xsl:if>
            </xsl:for-each>
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
          <table class="numbers amounts">
            <thead><tr><th scope="col"><xsl:value-of select="$m.review-budget"/></th><th scope="col"><xsl:value-of select="$m.review-requested"/></th><th scope="col"><xsl:value-of select="$m.review-cofinancing"/></th><th scope="col"><xsl:value-of select="$m.review-own-share"/></th></tr></thead>
            <tbody><tr><xsl:call-template name="amount-cells"/></tr></tbody>
          </table>
          <ul class="gates">
            <xsl:for-each select="w:gate">
              <li>
                <xsl:choose><xsl:when test="@passed = 'true'"><xsl:value-of select="$m.passes"/></xsl:when><xsl:otherwise><xsl:attribute name="class">fail</xsl:attribute><strong><xsl:value-of select="$m.fails"/></strong></xsl:otherwise></xsl:choose>:
                <xsl:value-of select="."/>
              </li>
            </xsl:for-each>
          </ul>
          <p class="back-link"><a class="back" href="#ranking"><xsl:value-of select="$m.back-to-ranking"/></a></p>
          <table>
            <thead><tr><th scope="col"><xsl:value-of select="$m.criterion"/></th><th scope="col"><xsl:value-of select="$m.measure"/></th><th scope="col"><xsl:value-of select="$m.score"/></th><th scope="col"><xsl:value-of select="$m.evidence"/></th></tr></thead>
            <tbody>
              <xsl:for-each select="w:criterion">
                <xsl:variable name="id" select="@id"/>
                <tr data-criterion="{$id}">
                  <th scope="row"><xsl:value-of select="$review/w:criterion[@id = $id]"/></th>
                  <td><xsl:value-of select="@value"/></td>
                  <td><xsl:call-template name="score"><xsl:with-param name="value" select="@score"/></xsl:call-template></td>
                  <td>
                    <xsl:for-each select="w:evidence"><xsl:value-of select="."/><br/></xsl:for-each>
                    <xsl:for-each select="w:reviewers">
                      <div>
                        <xsl:attribute name="class">reviewers<xsl:if test="@disagreement = 'true'"> disagree</xsl:if></xsl:attribute>
                        <xsl:value-of select="$m.reviewers"/>:
                        <xsl:if test="@mean"><xsl:value-of select="$m.mean"/>&#160;<xsl:call-template name="score"><xsl:with-param name="value" select="@mean"/></xsl:call-template></xsl:if>
                        <xsl:if test="@spread">, <xsl:value-of select="$m.spread"/>&#160;<xsl:value-of select="@spread"/></xsl:if>
                        <xsl:if test="@disagreement = 'true'"> – <strong><xsl:value-of select="$m.disagreement"/></strong></xsl:if>
                        <xsl:if test="@differsFromAutomatic = 'true'"> – <strong><xsl:value-of select="$m.differs"/></strong></xsl:if>
                        <ul>
                          <xsl:for-each select="w:reviewer">
                            <li><xsl:value-of select="@id"/>&#160;<strong><xsl:call-template name="score"><xsl:with-param name="value" select="@score"/></xsl:call-template></strong><xsl:if test="normalize-space(.) != ''">: <q><xsl:value-of select="."/></q></xsl:if></li>
                          </xsl:for-each>
                        </ul>
                      </div>
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
