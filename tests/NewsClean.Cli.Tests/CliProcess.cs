using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace NewsClean.Cli.Tests;

/// <summary>Runs the built CLI as a user would (<c>dotnet newsclean.dll ...</c>) and captures what it wrote.</summary>
internal static class CliProcess
{
    private static readonly Lazy<string> Dll = new Lazy<string>(FindDll);

    public static string DllPath => Dll.Value;

    public static CliResult Run(byte[]? stdin, params string[] args)
    {
        var start = StartInfo(args);

        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = new MemoryStream();
        var copyOut = process.StandardOutput.BaseStream.CopyToAsync(output);
        var errors = new MemoryStream();
        var copyErr = process.StandardError.BaseStream.CopyToAsync(errors).ContinueWith(_ => Encoding.UTF8.GetString(errors.ToArray()), TaskScheduler.Default);
        if (stdin is not null)
        {
            process.StandardInput.BaseStream.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("newsclean did not finish in 2 minutes: " + string.Join(" ", args));
        }

        copyOut.Wait();
        return new CliResult(process.ExitCode, output.ToArray(), copyErr.Result);
    }

    /// <summary>Starts the CLI without waiting for it (stdin closed, output discarded), for tests that stop it.</summary>
    public static Process Start(params string[] args)
    {
        var start = StartInfo(args);

        var process = Process.Start(start)!;
        process.StandardInput.Close();
        return process;
    }

    /// <summary>`dotnet newsclean.dll ARGS` with every stream redirected.</summary>
    private static ProcessStartInfo StartInfo(string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(DllPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    /// <summary>The CLI built beside these tests (same configuration): src/NewsClean.Cli/bin/CONFIG/net10.0/newsclean.dll.</summary>
    private static string FindDll()
    {
        var overridden = Environment.GetEnvironmentVariable("NEWSCLEAN_CLI_DLL");
        if (!string.IsNullOrEmpty(overridden))
        {
            return overridden;
        }

        var baseDir = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = baseDir.Name;
        var configuration = baseDir.Parent!.Name;
        var root = baseDir;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "NewsClean.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException("NewsClean.sln not found above " + AppContext.BaseDirectory);
        }

        var dll = Path.Combine(root.FullName, "src", "NewsClean.Cli", "bin", configuration, framework, "newsclean.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build src/NewsClean.Cli first.", dll);
    }
}

/// <summary>What one run of the CLI did.</summary>
internal sealed class CliResult
{
    public CliResult(int exitCode, byte[] stdout, string stderr)
    {
        ExitCode = exitCode;
        StdoutBytes = stdout;
        Stderr = stderr;
    }

    public int ExitCode { get; }

    public byte[] StdoutBytes { get; }

    public string Stdout => Encoding.UTF8.GetString(StdoutBytes);

    public string Stderr { get; }

    public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The stderr lines that are JSON error objects.</summary>
    public string[] ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith('{')).ToArray();

    public override string ToString() => $"exit {ExitCode}\nstderr:\n{Stderr}";
}
