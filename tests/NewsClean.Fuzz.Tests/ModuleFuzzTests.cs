using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Text;
using NewsClean.Core.Model;
using NewsClean.Dumps;
using NewsClean.Fuzz;
using Xunit;
using Xunit.Abstractions;
using Pwsh = System.Management.Automation.PowerShell;

namespace NewsClean.Fuzz.Tests;

/// <summary>
/// Issue 11, "the generator in CI", module side: over 5,000 generated documents (records with text or html, strings
/// with lone surrogates, files) through Get-CleanArticle in one pipeline, errors merged into the output (2>&amp;1) so
/// the order can be checked: one article or one error per input, in input order, no InternalError beyond the known
/// ones, no terminating error, and the same answers with -ThrottleLimit 1 and 2.
/// </summary>
public sealed class ModuleFuzzTests : IDisposable
{
    private const int Records = 5_000;
    private const int Files = 300;

    private readonly ITestOutputHelper _output;
    private readonly string _folder = Directory.CreateTempSubdirectory("newsclean-module-fuzz-").FullName;
    private readonly Runspace _runspace;

    public ModuleFuzzTests(ITestOutputHelper output)
    {
        _output = output;
        var state = InitialSessionState.CreateDefault2();
        if (OperatingSystem.IsWindows())
        {
            state.ExecutionPolicy = Microsoft.PowerShell.ExecutionPolicy.Bypass;
        }

        state.ThrowOnRunspaceOpenError = true;
        state.ImportPSModule(Path.Combine(AppContext.BaseDirectory, "NewsClean.psd1"));
        _runspace = RunspaceFactory.CreateRunspace(state);
        _runspace.Open();
    }

    public void Dispose()
    {
        _runspace.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The pipeline input, and what answers each: an article's SourceId (records) or SourcePath (files).</summary>
    private List<(PSObject Input, string? Id, string? Path, string Kind)> Inputs()
    {
        var seeds = SeedDocuments.Load(CliRun.RepositoryRoot(), maxSharedPerSet: 60, largePages: false);
        var generator = new HostileGenerator(Program.DefaultSeed + 1, seeds, FuzzScale.Ci);
        var inputs = new List<(PSObject, string?, string?, string)>();
        var fileEvery = Records / Files;
        for (var i = 0; i < Records + Files; i++)
        {
            var document = generator.Next();
            var item = new PSObject();
            if (i % (fileEvery + 1) == fileEvery)
            {
                var path = Path.Combine(_folder, $"{i:D6}-{document.Kind}{(document.IsHtml ? ".html" : ".txt")}");
                File.WriteAllBytes(path, document.Bytes);
                item.Properties.Add(new PSNoteProperty("LiteralPath", path));
                inputs.Add((item, null, path, document.Kind));
                continue;
            }

            var id = "m" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            var text = Encoding.UTF8.GetString(document.Bytes);
            if (generator.Random.Next(10) == 0)
            {
                text = generator.InsertLoneSurrogates(text);
            }

            item.Properties.Add(new PSNoteProperty("Id", id));
            item.Properties.Add(new PSNoteProperty(document.IsHtml && generator.Random.Next(3) > 0 ? "Html" : "Text", text));
            if (generator.Random.Next(3) == 0)
            {
                item.Properties.Add(new PSNoteProperty("Title", generator.FieldValue()));
            }

            if (generator.Random.Next(4) == 0)
            {
                item.Properties.Add(new PSNoteProperty("Date", generator.FieldValue()));
            }

            inputs.Add((item, id, null, document.Kind));
        }

        return inputs;
    }

    private List<object> Run(IReadOnlyList<PSObject> inputs, int throttle)
    {
        using var shell = Pwsh.Create();
        shell.Runspace = _runspace;
        shell.AddScript("$args[0] | Get-CleanArticle -ThrottleLimit $args[1] -ErrorAction Continue 2>&1");
        shell.AddArgument(inputs.ToArray());
        shell.AddArgument(throttle);
        var output = shell.Invoke();
        return output.Select(o => o.BaseObject).ToList();
    }

    private static string ErrorId(ErrorRecord error) => error.FullyQualifiedErrorId.Split(',')[0];

    [Fact]
    public void EveryGeneratedDocument_GetsOneAnswerInOrder_TheSameWithThrottleLimitOneAndTwo_AndNoInternalError()
    {
        var inputs = Inputs();
        var known = KnownCrashes.LoadDefault();
        var hashes = Directory.GetFiles(_folder).ToDictionary(f => f, File.ReadAllBytes);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var one = Run(inputs.Select(i => i.Input).ToList(), 1);
        var oneSeconds = watch.Elapsed.TotalSeconds;
        var two = Run(inputs.Select(i => i.Input).ToList(), 2);

        var problems = new List<string>();
        var errors = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var knownCrashes = new List<string>();
        if (one.Count != inputs.Count)
        {
            problems.Add($"{one.Count} answers for {inputs.Count} inputs");
        }

        for (var i = 0; i < Math.Min(one.Count, inputs.Count) && problems.Count < 30; i++)
        {
            var (_, id, path, kind) = inputs[i];
            switch (one[i])
            {
                case CleanArticle article when id is not null ? article.SourceId == id : article.SourcePath == path:
                    break;
                case ErrorRecord error:
                    var errorId = ErrorId(error);
                    errors[errorId] = errors.TryGetValue(errorId, out var n) ? n + 1 : 1;
                    if (errorId == "InternalError")
                    {
                        var entry = known.Match(error.Exception.Message);
                        if (entry is null)
                        {
                            problems.Add($"input {i} ({id ?? path}, {kind}): InternalError {error.Exception.Message}");
                        }
                        else
                        {
                            knownCrashes.Add($"input {i} ({kind}): {entry}");
                        }
                    }

                    break;
                default:
                    problems.Add($"input {i} ({id ?? path}, {kind}) answered by {one[i]} out of order");
                    break;
            }
        }

        // An InternalError's "(in Type.Method)" names the innermost frame JIT inlining left, which can differ between
        // runs (issue 11 finding): compared without it. Everything else must be identical.
        string Text(object o) => o is CleanArticle a ? ArticleJsonWriter.Serialize(a) : o is ErrorRecord e ? ErrorId(e) + ": " + KnownCrash.WithoutLocation(e.Exception.Message) : "?" + o;
        var oneTexts = one.Select(Text).ToList();
        var twoTexts = two.Select(Text).ToList();
        var differ = Enumerable.Range(0, Math.Min(oneTexts.Count, twoTexts.Count)).Where(i => oneTexts[i] != twoTexts[i]).ToList();
        if (oneTexts.Count != twoTexts.Count || differ.Count > 0)
        {
            var first = differ.Count > 0 ? differ[0] : Math.Min(oneTexts.Count, twoTexts.Count);
            string Cut(IReadOnlyList<string> texts) => first < texts.Count ? texts[first].Substring(0, Math.Min(600, texts[first].Length)) : "(none)";
            problems.Add($"-ThrottleLimit 2 answered {differ.Count} of {inputs.Count} inputs differently from -ThrottleLimit 1 ({twoTexts.Count} vs {oneTexts.Count} answers); "
                + $"first input {first} ({inputs.ElementAtOrDefault(first).Kind}):\n  1: {Cut(oneTexts)}\n  2: {Cut(twoTexts)}");
        }

        problems.AddRange(hashes.Where(h => !File.ReadAllBytes(h.Key).AsSpan().SequenceEqual(h.Value)).Select(h => "input changed: " + h.Key));

        _output.WriteLine($"module: {inputs.Count:N0} documents ({Files} files) in {oneSeconds:N1} s (-ThrottleLimit 1); articles {one.OfType<CleanArticle>().Count():N0}; errors "
            + string.Join(", ", errors.Select(e => $"{e.Key} {e.Value:N0}")) + $"; InternalError not known: {problems.Count(p => p.StartsWith("input ", StringComparison.Ordinal) && p.Contains("): InternalError ", StringComparison.Ordinal))}");
        foreach (var crash in knownCrashes)
        {
            _output.WriteLine("  known crash: " + crash);
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
