using System;
using System.Linq;
using System.Text;
using NewsClean.Core;
using NewsClean.Core.Rules;
using NewsClean.Html.Content;
using NewsClean.Html.Dom;
using Xunit;

namespace NewsClean.Html.Tests;

/// <summary>
/// The two content strategies and their arbitration, on small pages written for the purpose: invariants (furniture
/// added around a story never changes its Body), the failure classes the arbitration exists for (a story whose
/// container holds only part of it), and what it must never do (take another text of the page).
/// </summary>
public sealed class ContentStrategyTests
{
    private static readonly string[] Story =
    {
        "The town council voted on Tuesday to rebuild the old stone bridge over the river, which has been closed to traffic since the spring floods damaged two of its arches and washed away part of the road on the eastern bank.",
        "Engineers told the council that the repairs would take about eighteen months, and that the bridge would reopen to cars and buses once the new foundations had been tested by the regional authority and found safe.",
        "Several residents who spoke at the meeting said that the closure had added more than half an hour to their daily journeys, and that the shops on the far bank had lost many of their customers over the summer.",
        "The mayor said the town would ask the regional government for help with the cost, which the engineers put at a little over four million, and that the work could begin before the end of the year if the money came.",
        "A smaller footbridge downstream will stay open while the work goes on, and the council has promised to run an extra bus between the two halves of the town on market days and during the school holidays.",
        "Opponents of the plan argued that a new bridge would be cheaper than a repair, but the council decided by nine votes to four that the old bridge was part of the history of the town and that it should be kept.",
    };

    private static readonly string[] Teasers =
    {
        "A local bakery has won a national prize for its rye bread, and its owners say that they will use the money to open a second shop in the city centre next summer.",
        "The football club has signed two young players from the academy of a neighbouring town, who will join the first team when the new season starts in August.",
        "Police have asked drivers to take care on the coast road after a series of accidents in the fog, and they have put up new warning signs at the worst bends.",
        "The library will stay open late on Thursdays from next month, after a survey showed that many readers could not visit it during the working day.",
    };

    private readonly HtmlArticleExtractor _extractor = new HtmlArticleExtractor();

    [Fact]
    public void PlainStoryIsReadWholeByTheContainerScorer()
    {
        var result = Clean(Page(Article(Story)));
        Assert.Equal(string.Join("\n\n", Story), result.Body);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == RuleIds.ContentStrategy);
    }

    [Theory]
    [InlineData("wrapped")]
    [InlineData("script")]
    [InlineData("related")]
    [InlineData("ad-box")]
    [InlineData("skip-link")]
    public void FurnitureAroundTheStoryDoesNotChangeItsBody(string variant)
    {
        var plain = Clean(Page(Article(Story))).Body;
        string html;
        switch (variant)
        {
            case "wrapped":
                html = Page("<div><div class=\"wrap\"><div><section><div class=\"inner\">" + Article(Story) + "</div></section></div></div></div>");
                break;
            case "script":
                html = Page(Article(Story).Replace("<div class=\"entry\">", "<div class=\"entry\"><script>" + BigScript() + "</script>"));
                break;
            case "related":
                html = Page(Article(Story) + RelatedBox());
                break;
            case "ad-box":
                html = Page(Article(Story).Replace("<div class=\"entry\">", "<div class=\"entry\">" + AdBox()));
                break;
            default:
                html = Page("<a class=\"skip-link\" href=\"#content\">Skip to content</a><a href=\"#nav\">Zum Inhalt springen</a>" + Article(Story));
                break;
        }

        Assert.Equal(plain, Clean(html).Body);
    }

    [Fact]
    public void LeadParagraphsInTheArticleHeaderAreReadAndTheWinnerIsRecorded()
    {
        // The lead sits in the article's header box with the headline; the container scorer drops header boxes as
        // furniture, and the paragraph classifier finds the lead next to the story.
        var lead = string.Concat(Story.Take(3).Select(p => "<p>" + p + "</p>"));
        var rest = string.Concat(Story.Skip(3).Select(p => "<p>" + p + "</p>"));
        var html = Page("<div class=\"x1\"><div class=\"top-header\"><h1>Council votes to rebuild the bridge</h1>" + lead + "</div>"
            + "<div class=\"entry\">" + rest + "</div></div>");
        var result = Clean(html);
        Assert.Equal(string.Join("\n\n", Story), result.Body);
        var finding = Assert.Single(result.Findings, f => f.RuleId == RuleIds.ContentStrategy);
        Assert.Contains("classifier", finding.Value?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void LeadAboveTheStoryIsKeptWhenItIsThePageDescriptionAndNotALink(bool linked)
    {
        const string lead = "Repairs to the old stone bridge will take eighteen months and cost a little over four million, the council heard.";
        var leadHtml = linked ? "<a href=\"/bridge\">" + lead + "</a>" : lead;
        var html = Page(Article(Story)).Replace("</head>", "<meta property=\"og:description\" content=\"" + lead + "\"></head>")
            .Replace("<article>", "<div class=\"x4\"><p>" + leadHtml + "</p></div><article>");
        var body = Clean(html).Body;
        Assert.Equal(linked ? string.Join("\n\n", Story) : lead + "\n\n" + string.Join("\n\n", Story), body);
    }

    [Fact]
    public void TeasersOfOtherStoriesAreNeverAddedToTheStory()
    {
        var teasers = string.Join(string.Empty, Teasers.Select((t, i) => "<h3><a href=\"/story/" + i + "\">Other story number " + i + " of the day</a></h3><p>" + t + "</p>"));
        var html = Page(Article(Story) + "<div class=\"x2\"><h2><a href=\"/more\">More from the town</a></h2>" + teasers + "</div>");
        var body = Clean(html).Body;
        Assert.Equal(string.Join("\n\n", Story), body);
        foreach (var teaser in Teasers)
        {
            Assert.DoesNotContain(teaser, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ClassifierKeepsProseAndItsSubheadingAndDropsLinksAndLabels()
    {
        var html = Page(
            "<div><a href=\"/a\">Home</a> <a href=\"/b\">News</a> <a href=\"/c\">Sport</a> <a href=\"/d\">Weather</a></div>"
            + "<div><h3>Why the bridge matters</h3><div>" + Story[0] + "</div><div>" + Story[1] + "</div></div>"
            + "<div>Share this page</div><div><a href=\"/e\">Contact</a> | <a href=\"/f\">Imprint</a> | <a href=\"/g\">Privacy</a></div>");
        var tree = Tree(html);
        var blocks = ParagraphClassifier.PageBlocks(tree, null);
        var profiler = new BlockProfiler(tree, "en");
        profiler.GuessLanguage(blocks);
        var kept = ParagraphClassifier.Extract(blocks, profiler).Select(b => b.Text).ToArray();
        Assert.Equal(new[] { "Why the bridge matters", Story[0], Story[1] }, kept);
    }

    [Fact]
    public void LanguageIsReadFromTheTextNotFromTheTemplate()
    {
        var german = "Der Gemeinderat hat am Dienstag beschlossen, die alte Steinbrücke über den Fluss wieder aufzubauen, die seit dem Hochwasser im Frühjahr für den Verkehr gesperrt ist.";
        var tree = Tree(Page("<div>" + german + "</div>"));
        var blocks = ParagraphClassifier.PageBlocks(tree, null);
        var profiler = new BlockProfiler(tree, "en-US");
        profiler.GuessLanguage(blocks);
        Assert.Same(StopWords.For("de"), profiler.Words);
    }

    [Fact]
    public void SoftHyphensAndWordJoinersLeaveTheWordWhole()
    {
        var html = Page(Article(new[] { Story[0].Replace("council", "coun&shy;cil").Replace("bridge", "bri\u00ADdge").Replace("river", "ri\u2060ver"), Story[1] }));
        var body = Clean(html).Body;
        Assert.Contains(Story[0], body, StringComparison.Ordinal);
    }

    [Fact]
    public void TagFooterWithGluedLinksGoesToKeywordsAndAStrayNumberIsDropped()
    {
        var path = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "content", "tag-footer.html");
        var result = _extractor.CleanHtml(System.IO.File.ReadAllBytes(path), path, CleanerOptions.Default);
        var article = result.Article!;
        Assert.Equal(3, article.Paragraphs.Count);
        Assert.Contains(article.Findings, f => f.RuleId == RuleIds.KeywordFooter);

        // Three links of one, two and one words: glued together they would read as two words.
        var words = string.Join(" ", article.Keywords).Split(new[] { ' ', '\u060C', ',' }, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, words.Length);
    }

    [Fact]
    public void BlocksOfInPageLinksAndBareNumbersAreNotArticleText()
    {
        var toc = "<ul><li><a href=\"#one\">The vote</a></li><li><a href=\"#two\">The cost</a></li></ul>";
        var html = Page("<article><h1>Council votes to rebuild the bridge</h1><div class=\"entry\">" + toc + "<div class=\"count\">1.204</div>"
            + string.Concat(Story.Select(p => "<p>" + p + "</p>")) + "<p><a href=\"#top\">Back to top</a></p></div></article>");
        Assert.Equal(string.Join("\n\n", Story), Clean(html).Body);
    }

    [Fact]
    public void LinksWrittenOneAfterTheOtherStaySeparateWords()
    {
        var html = Page(Article(Story) + "<div><a href=\"/a\">Bridge</a><a href=\"/b\">River</a></div>");
        var tree = Tree(html);
        var texts = ParagraphClassifier.PageBlocks(tree, null).Select(b => b.Text).ToArray();
        Assert.Contains("Bridge River", texts);
    }

    [Fact]
    public void ReadMoreLinesInsideTheStoryGoToRelatedTitles()
    {
        var paragraphs = Story.Take(3).Concat(new[] { "Read more: Town votes on the new school" }).Concat(Story.Skip(3)).ToArray();
        var article = Clean(Page(Article(paragraphs) + RelatedBox().Replace("<ul>", "</div><div><ul>").Replace("related-posts", "x3")));
        Assert.Equal(string.Join("\n\n", Story), article.Body);
        Assert.Contains("Town votes on the new school", article.RelatedTitles);
    }

    [Fact]
    public void PageWithMetadataButNoTextKeepsItsRecord()
    {
        const string html = "<html><head><title>Bridge to reopen</title><meta property=\"article:published_time\" content=\"2021-05-04T10:00:00Z\"></head>"
            + "<body><script>var a = 1;</script><img src=\"a.jpg\"></body></html>";
        var result = _extractor.CleanHtml(html, "bridge.html", CleanerOptions.Default);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(string.Empty, result.Article!.Body);
        Assert.Equal("Bridge to reopen", result.Article.Title);
        Assert.Equal(new DateTime(2021, 5, 4), result.Article.PublishedAt!.Value.Date);
    }

    [Fact]
    public void PageOfScriptsAloneIsARecordWithoutBodyOrTitle()
    {
        var result = _extractor.CleanHtml("<html><head><script>var a = 1;</script></head><body><div> </div></body></html>", "blank.html", CleanerOptions.Default);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(string.Empty, result.Article!.Body);
        Assert.Null(result.Article.Title);
        Assert.Equal("blank.html", result.Article.SourcePath);
    }

    /// <summary>Ruby annotations (furigana, pinyin) are readings, not text: the body reads as the page without them.</summary>
    [Fact]
    public void RubyAnnotationsAreNotReadIntoTheText()
    {
        var plain = Clean(Page(Article(Story))).Body;
        var annotated = Story.Select(p => p.Replace("bridge", "<ruby>bridge<rp>(</rp><rt>brij</rt><rp>)</rp></ruby>")).ToArray();
        var result = Clean(Page(Article(annotated)));
        Assert.Equal(plain, result.Body);
        Assert.DoesNotContain("brij", result.Body);
    }

    /// <summary>A page that renders its story with script holds it only in its JSON-LD articleBody: that is the Body.</summary>
    [Fact]
    public void StoryOnlyInStructuredDataIsReadFromItsArticleBody()
    {
        var result = Clean(Page("<article><h1>Council votes to rebuild the bridge</h1><figure><figcaption>The old stone bridge seen from the eastern bank in the spring.</figcaption></figure><div id=\"app\"></div></article>")
            .Replace("</head>", StructuredData(Story) + "</head>"));
        Assert.Equal(string.Join("\n\n", Story), result.Body);
        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.ContentStrategy && f.Value!.ToString()!.StartsWith("structured data", StringComparison.Ordinal));
    }

    /// <summary>Where the page's elements hold the story, its structured data changes nothing (even a shorter or a different one).</summary>
    [Theory]
    [InlineData(6)]
    [InlineData(2)]
    public void StructuredDataNeverReplacesAStoryThePageShows(int paragraphs)
    {
        var plain = Clean(Page(Article(Story)));
        var result = Clean(Page(Article(Story)).Replace("</head>", StructuredData(Story.Take(paragraphs).Concat(Teasers).ToArray()) + "</head>"));
        Assert.Equal(plain.Body, result.Body);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == RuleIds.ContentStrategy);
    }

    /// <summary>An article body deferred in a script template inside the itemprop="articleBody" element is read as the body; other templates stay scripts.</summary>
    [Fact]
    public void ArticleBodyInAScriptTemplateIsRead()
    {
        var plain = Clean(Page(Article(Story)));
        var deferred = "<article><h1>Council votes to rebuild the bridge</h1><div class=\"entry\" itemprop=\"articleBody\"><script type='text/template'>"
            + string.Concat(Story.Select(p => "<p>" + p + "</p>")) + "</script></div>"
            + "<script type=\"text/template\"><p>Sign up for our newsletter and never miss a story from the town again, every morning.</p></script></article>";
        var result = Clean(Page(deferred));
        Assert.Equal(plain.Body, result.Body);
    }

    private static string StructuredData(string[] paragraphs) =>
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Council votes to rebuild the bridge\",\"articleBody\":\""
        + string.Join("\\n", paragraphs.Select(p => "<p>" + p + "</p>")) + "\"}</script>";

    private Core.Model.CleanArticle Clean(string html)
    {
        var result = _extractor.CleanHtml(html, "page.html", CleanerOptions.Default);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Article!;
    }

    private static PageTree Tree(string html)
    {
        var document = new HtmlAgilityPack.HtmlDocument();
        document.LoadHtml(html);
        var tree = PageTree.Build(document, html);
        PageTree.Measure(tree.Root, tree.NothingRemoved);
        return tree;
    }

    private static string Page(string main) =>
        "<html lang=\"en\"><head><title>Council votes to rebuild the bridge</title></head><body>"
        + "<header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav></header>"
        + main
        + "<footer><p>Copyright 2021 The Town Paper. All rights reserved.</p><a href=\"/privacy\">Privacy</a></footer></body></html>";

    private static string Article(string[] paragraphs) =>
        "<article><h1>Council votes to rebuild the bridge</h1><div class=\"entry\">" + string.Concat(paragraphs.Select(p => "<p>" + p + "</p>")) + "</div></article>";

    private static string RelatedBox() =>
        "<div class=\"related-posts\"><h3>You may also like</h3><ul>"
        + string.Concat(Enumerable.Range(1, 5).Select(i => "<li><a href=\"/story/" + i + "\">Another headline from the town, number " + i + "</a></li>"))
        + "</ul></div>";

    private static string AdBox() =>
        "<div class=\"ad-container\"><span>Advertisement</span><script>" + BigScript() + "</script><iframe src=\"https://ads.example/slot\"></iframe></div>";

    private static string BigScript()
    {
        var script = new StringBuilder();
        for (var i = 0; i < 400; i++)
        {
            script.Append("window.adSlots.push({ id: 'slot-").Append(i).Append("', sizes: [[300, 250], [728, 90]], text: 'Buy now, limited offer' });\n");
        }

        return script.ToString();
    }
}
