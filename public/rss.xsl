<?xml version="1.0" encoding="UTF-8"?>
<!-- Renders our RSS feeds as a readable page when opened in a browser, with how to subscribe. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" encoding="UTF-8" indent="yes"/>
  <xsl:template match="/">
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="/rss/channel/title"/> · RSS</title>
        <link rel="stylesheet" href="/rss.css"/>
      </head>
      <body>
        <h1><xsl:value-of select="/rss/channel/title"/></h1>
        <p><xsl:value-of select="/rss/channel/description"/></p>
        <p class="subscribe">这是一个 RSS 订阅源。如何订阅:复制本页地址,粘贴到 RSS 阅读器(如 Feedly、Inoreader、NetNewsWire、Reeder)的“添加订阅”中,新内容发布后会自动送达。</p>
        <p><a><xsl:attribute name="href"><xsl:value-of select="/rss/channel/link"/></xsl:attribute>← 回到网站</a></p>
        <h2>最近的内容</h2>
        <ol>
          <xsl:for-each select="/rss/channel/item">
            <li>
              <a><xsl:attribute name="href"><xsl:value-of select="link"/></xsl:attribute><xsl:value-of select="title"/></a>
              <div class="meta"><xsl:value-of select="substring(pubDate, 6, 11)"/></div>
              <!-- description is HTML whose every piece of text is escaped (src/lib/feeds/feed-items.ts), as readers expect. -->
              <div class="description"><xsl:value-of select="description" disable-output-escaping="yes"/></div>
            </li>
          </xsl:for-each>
        </ol>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
