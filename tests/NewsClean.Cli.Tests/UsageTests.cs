using System.Linq;
using System.Text.Json;
using Xunit;

namespace NewsClean.Cli.Tests;

public sealed class UsageTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("clean", "--help")]
    [InlineData("help")]
    public void HelpGoesToStdoutWithExitCode0(params string[] args)
    {
        var result = CliProcess.Run(null, args);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Usage: newsclean clean", result.Stdout, System.StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Theory]
    [InlineData("UnknownCommand")]
    [InlineData("UnknownCommand", "scrub")]
    [InlineData("UnknownOption", "clean", "--fast")]
    [InlineData("UnknownOption", "clean", "-x", "a.txt")]
    [InlineData("MissingValue", "clean", "--threads")]
    [InlineData("MissingValue", "clean", "-o")]
    [InlineData("InvalidValue", "clean", "--threads", "0")]
    [InlineData("InvalidValue", "clean", "--threads=many")]
    [InlineData("InvalidValue", "clean", "--format", "xml")]
    [InlineData("InvalidValue", "clean", "--format", "1")]
    [InlineData("InvalidValue", "clean", "--input", "csv")]
    [InlineData("InvalidValue", "clean", "--validate=yes")]
    [InlineData("InvalidValue", "clean", "-o", "no-such-folder/out.jsonl", "a.txt")]
    [InlineData("UnknownRule", "clean", "--exclude-rule", "NC9999")]
    [InlineData("UnknownRule", "clean", "--exclude-rule=NC1001,bogus")]
    public void ABadCommandLineExitsWith2AndAJsonErrorThenTheUsage(string errorId, params string[] args)
    {
        var result = CliProcess.Run(System.Array.Empty<byte>(), args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        var error = JsonDocument.Parse(result.ErrorLines.Single()).RootElement;
        Assert.Equal(errorId, error.GetProperty("error").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        Assert.Contains("Usage: newsclean clean", result.Stderr, System.StringComparison.Ordinal);
    }
}
