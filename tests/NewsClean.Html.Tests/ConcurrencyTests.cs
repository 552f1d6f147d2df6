using System.Linq;
using System.Threading.Tasks;
using NewsClean.Core;
using Xunit;

namespace NewsClean.Html.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public void OneExtractorServesManyThreads()
    {
        var extractor = new HtmlArticleExtractor();
        var pages = HtmlFixture.All().Select(row => ((HtmlFixture)row[0]).Bytes).ToArray();
        var sequential = pages.Select(p => extractor.CleanHtml(p, null, CleanerOptions.Default).Article!.Body).ToArray();
        var parallel = new string[pages.Length * 8];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            parallel[i] = extractor.CleanHtml(pages[i % pages.Length], null, CleanerOptions.Default).Article!.Body;
        });

        for (var i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(sequential[i % pages.Length], parallel[i]);
        }
    }
}
