using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace NewsClean.PowerShell.Tests;

/// <summary>
/// Issue 11, item 7: Export-CleanArticle on a full disk reports NewsClean's FileWriteFailed and leaves no temporary file.
/// The full disk is a 64 KiB tmpfs, so this runs where the tests may mount one (root on Linux); elsewhere it says so.
/// </summary>
public sealed class FullDiskExportTests : IClassFixture<ModuleRunspace>, IDisposable
{
    private readonly ModuleRunspace _shell;
    private readonly ITestOutputHelper _log;
    private readonly string _mount = Directory.CreateTempSubdirectory("newsclean-full-").FullName;
    private readonly bool _mounted;

    public FullDiskExportTests(ModuleRunspace shell, ITestOutputHelper log)
    {
        _shell = shell;
        _log = log;
        _mounted = OperatingSystem.IsLinux() && Run("mount", $"-t tmpfs -o size=64k tmpfs {_mount}") == 0;
    }

    public void Dispose()
    {
        if (_mounted)
        {
            Run("umount", _mount);
        }

        Directory.Delete(_mount, recursive: true);
    }

    private static int Run(string file, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }

    [Theory]
    [InlineData("Text")]
    [InlineData("Jsonl")]
    public void AFullDisk_IsFileWriteFailed_AndNoTemporaryFileStays(string format)
    {
        if (!_mounted)
        {
            _log.WriteLine("not run: a small tmpfs cannot be mounted here");
            return;
        }

        var body = string.Join("\n\n", Enumerable.Repeat("هذا نص طويل عن الاقتصاد والسياسة في المنطقة والعالم.", 400));
        var documents = Enumerable.Range(0, 12).Select(i => $"عنوان الخبر {i}\n\n{body}").ToArray();
        var target = format == "Text" ? _mount : Path.Combine(_mount, "out.jsonl");

        var result = _shell.Invoke("$args[0] | Get-CleanArticle | Export-CleanArticle -LiteralPath $args[1] -Format $args[2] -ErrorAction Continue", documents, target, format);

        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, e => Assert.StartsWith("FileWriteFailed", e.FullyQualifiedErrorId, StringComparison.Ordinal));
        Assert.Empty(Directory.GetFiles(_mount, "*.tmp", SearchOption.AllDirectories));
    }
}
