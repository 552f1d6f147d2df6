using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Threading;
using System.Threading.Tasks;
using Xunit;
using Pwsh = System.Management.Automation.PowerShell;

namespace NewsClean.PowerShell.Tests;

/// <summary>
/// Ctrl+C on a long run: <c>Stop()</c> after the first article ends Get-CleanArticle between documents, in the
/// Stopped state, long before it has cleaned them all. No timing is asserted; 60 s only guards against a hang.
/// </summary>
public sealed class GetCleanArticleCancellationTests : IDisposable
{
    private const int DocumentCount = 3000;
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private readonly ArticleFixture _market = ArticleFixture.Load("article-market");
    private readonly string _folder = Directory.CreateTempSubdirectory("newsclean-stop-").FullName;
    private readonly Runspace _runspace = OpenModuleRunspace();

    public void Dispose()
    {
        _runspace.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Stop_DuringAWildcardOverManyFiles_EndsThePipelineEarly()
    {
        for (var i = 0; i < DocumentCount; i++)
        {
            File.WriteAllText(Path.Combine(_folder, $"doc-{i:D4}.txt"), _market.Text);
        }

        AssertStopsEarly("Get-CleanArticle -Path (Join-Path $args[0] '*.txt')", _folder);
    }

    [Fact]
    public void Stop_DuringManyPipedStrings_EndsThePipelineEarly()
    {
        AssertStopsEarly("$args[0] | Get-CleanArticle", (object)Enumerable.Repeat(_market.Text, DocumentCount).ToArray());
    }

    private static Runspace OpenModuleRunspace()
    {
        var state = InitialSessionState.CreateDefault2();
        if (OperatingSystem.IsWindows())
        {
            state.ExecutionPolicy = Microsoft.PowerShell.ExecutionPolicy.Bypass;
        }

        state.ThrowOnRunspaceOpenError = true;
        state.ImportPSModule(Path.Combine(AppContext.BaseDirectory, "NewsClean.psd1"));
        var runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();
        return runspace;
    }

    private void AssertStopsEarly(string script, params object[] arguments)
    {
        using var shell = Pwsh.Create();
        shell.Runspace = _runspace;
        shell.AddScript(script);
        foreach (var argument in arguments)
        {
            shell.AddArgument(argument);
        }

        using var firstArticle = new ManualResetEventSlim();
        using var stopRequested = new ManualResetEventSlim();
        using var output = new PSDataCollection<PSObject>();
        output.DataAdded += (_, _) =>
        {
            // Raised on the pipeline thread: calling Stop() here would wait for this very thread. Hold the pipeline
            // until the test thread is about to stop it, so a slow test thread cannot let the run finish first.
            firstArticle.Set();
            stopRequested.Wait(HangGuard);
        };

        var invocation = shell.BeginInvoke<PSObject, PSObject>(input: null, output);
        Assert.True(firstArticle.Wait(HangGuard), "Get-CleanArticle wrote no article within 60 s.");
        stopRequested.Set();
        var stop = Task.Run(shell.Stop);

        Assert.True(stop.Wait(HangGuard), "Stop() did not return within 60 s.");
        Assert.True(invocation.AsyncWaitHandle.WaitOne(HangGuard), "The pipeline did not end within 60 s of Stop().");
        Assert.Equal(PSInvocationState.Stopped, shell.InvocationStateInfo.State);
        Assert.Throws<PipelineStoppedException>(() => shell.EndInvoke(invocation));
        Assert.InRange(output.Count, 1, DocumentCount - 1);
        Assert.Empty(shell.Streams.Error);
    }
}
