using System.Linq;
using NewsClean.Core.Model;
using NewsClean.Fuzz;
using Xunit;

namespace NewsClean.Fuzz.Tests;

/// <summary>
/// KnownCrashes.tsv lets the fuzz run go on past engine exceptions that belong to code rewritten elsewhere; these tests
/// keep it honest: every entry must still throw as written (so a fixed one fails here until it is removed).
/// </summary>
public sealed class KnownCrashTests
{
    [Fact]
    public void EveryKnownReproducer_StillThrowsTheListedException()
    {
        var known = KnownCrashes.LoadDefault();

        var stale = known.Entries
            .Where(e => InProcessEngine.InternalError(new DocumentInput(e.Reproducer), e.IsHtml) is not { } message || !e.Matches(message))
            .Select(e => e.ToString())
            .ToList();

        Assert.True(stale.Count == 0, "fixed: remove from KnownCrashes.tsv: " + string.Join("; ", stale));
    }

    [Fact]
    public void AKnownCrash_MatchesItsExceptionFromItsMethodOnly()
    {
        var crash = new KnownCrash { ExceptionType = "ArgumentOutOfRangeException", Method = "DocumentState.ClaimBlock", Area = "Core", Reproducer = "x" };

        Assert.True(crash.Matches("The engine failed on this document: ArgumentOutOfRangeException: Index was out of range. (in DocumentState.ClaimBlock)"));
        Assert.False(crash.Matches("The engine failed on this document: NullReferenceException: x (in DocumentState.ClaimBlock)"));
        Assert.False(crash.Matches("The engine failed on this document: ArgumentOutOfRangeException: x (in ReadAlsoRule.Detect)"));
    }

    [Fact]
    public void Reproducers_RoundTripThroughTheirEscapedForm()
    {
        const string Text = "\u0625\u0642\u0631\u0623\n\\u0041\ud800\u0000 a";

        Assert.Equal(Text, KnownCrashes.Unescape(KnownCrashes.Escape(Text)));
    }

    [Fact]
    public void AKnownCrash_MayNameSeveralMethods_AndTheLocationCanBeLeftOut()
    {
        var crash = new KnownCrash { ExceptionType = "ArgumentOutOfRangeException", Method = "DocumentState.ClaimBlock|ReadAlsoBlockRule.SplitEmbedded", Area = "Core", Reproducer = "x" };

        Assert.True(crash.Matches("The engine failed on this document: ArgumentOutOfRangeException: x (in ReadAlsoBlockRule.SplitEmbedded)"));
        Assert.Equal("E: x", KnownCrash.WithoutLocation("E: x (in ReadAlsoBlockRule.SplitEmbedded)"));
        Assert.Equal("{\"message\":\"E: x\"}", KnownCrash.WithoutLocation("{\"message\":\"E: x (in DocumentState.ClaimBlock)\"}"));
    }
}
