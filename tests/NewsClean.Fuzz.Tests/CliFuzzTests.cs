using System;
using System.IO;
using NewsClean.Fuzz;
using Xunit;
using Xunit.Abstractions;

namespace NewsClean.Fuzz.Tests;

/// <summary>
/// Issue 11, "the generator in CI": over 20,000 generated hostile documents through the CLI (JSON Lines, array and
/// gzip dumps, files, standard input; a few processes). The counts are in the test output
/// (dotnet test --logger "console;verbosity=detailed").
/// </summary>
public sealed class CliFuzzTests : IDisposable
{
    private const int MinimumDocuments = 20_000;

    private readonly ITestOutputHelper _output;
    private readonly string _folder = Directory.CreateTempSubdirectory("newsclean-fuzz-").FullName;

    public CliFuzzTests(ITestOutputHelper output)
    {
        _output = output;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void EveryGeneratedInput_GetsOneAnswerInOrder_TheSameOnOneAndTwoThreads_AndNoInternalError()
    {
        var session = CliFuzzSession.Run(_folder, Program.DefaultSeed, FuzzScale.Ci, CorpusPlan.Ci, KnownCrashes.LoadDefault());
        _output.WriteLine(session.Report);

        Assert.True(session.Documents >= MinimumDocuments, $"only {session.Documents} documents generated");
        Assert.True(session.Problems.Count == 0, string.Join(Environment.NewLine, session.Problems));
    }
}
