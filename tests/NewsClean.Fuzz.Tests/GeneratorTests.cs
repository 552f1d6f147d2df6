using System.Collections.Generic;
using System.Linq;
using System.Text;
using NewsClean.Fuzz;
using Xunit;

namespace NewsClean.Fuzz.Tests;

/// <summary>The generator is deterministic (a failure found in CI reproduces from its seed) and covers every kind.</summary>
public sealed class GeneratorTests
{
    private static readonly SeedDocuments Seeds = SeedDocuments.Load(CliRun.RepositoryRoot(), maxSharedPerSet: 5, largePages: false);

    private static List<byte[]> Generate(int seed, int count)
    {
        var generator = new HostileGenerator(seed, Seeds, FuzzScale.Ci);
        var lines = new RecordLines(generator);
        return Enumerable.Range(0, count).Select(i => i % 2 == 0 ? generator.Next().Bytes : lines.Good("r" + i, generator.Next())).ToList();
    }

    [Fact]
    public void TheSameSeed_GivesTheSameBytes_AnotherSeedOthers()
    {
        var first = Generate(7, 300);
        var again = Generate(7, 300);
        var other = Generate(8, 300);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void EveryKind_CanBeMade()
    {
        var generator = new HostileGenerator(1, Seeds, FuzzScale.Ci);

        Assert.All(HostileGenerator.Kinds, kind => Assert.Equal(kind, generator.Make(kind).Kind));
    }

    [Fact]
    public void RecordLines_NeverHoldALineFeed_AndStartWithTheirId()
    {
        var generator = new HostileGenerator(3, Seeds, FuzzScale.Ci);
        var lines = new RecordLines(generator);

        for (var i = 0; i < 400; i++)
        {
            var id = "r" + i;
            var good = lines.Good(id, generator.Next());
            var bad = lines.Malformed(id, generator.Next(), out _, out var expectation);

            Assert.DoesNotContain((byte)'\n', good);
            Assert.DoesNotContain((byte)'\n', bad);
            Assert.StartsWith("{\"id\":\"" + id + "\"", Encoding.UTF8.GetString(good));
            Assert.True(expectation == LineExpectation.Error || bad.Length > 0);
        }
    }
}
