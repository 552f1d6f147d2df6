using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace NewsClean.Fuzz;

/// <summary>What one newsclean process wrote, how long it took and its peak resident memory.</summary>
public sealed class CliRun
{
    private CliRun(int exitCode, byte[] stdout, byte[] stderr, TimeSpan elapsed, long peakBytes)
    {
        ExitCode = exitCode;
        Stdout = stdout;
        Stderr = stderr;
        Elapsed = elapsed;
        PeakBytes = peakBytes;
    }

    /// <summary>How long a run may take before it counts as a hang.</summary>
    public static TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(10);

    public int ExitCode { get; }

    public byte[] Stdout { get; }

    public byte[] Stderr { get; }

    public TimeSpan Elapsed { get; }

    /// <summary>Peak resident set size (VmHWM) seen while it ran; 0 where /proc is missing.</summary>
    public long PeakBytes { get; }

    /// <summary>Runs <c>dotnet newsclean.dll ARGS</c>, feeding <paramref name="stdinPath"/> (or nothing) to its standard input.</summary>
    public static CliRun Start(string cliDll, IReadOnlyList<string> args, string? stdinPath = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.ArgumentList.Add(cliDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        var copyOut = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var copyErr = process.StandardError.BaseStream.CopyToAsync(stderr);
        var feed = Task.Run(() =>
        {
            try
            {
                if (stdinPath is not null)
                {
                    using var input = File.OpenRead(stdinPath);
                    input.CopyTo(process.StandardInput.BaseStream);
                }
            }
            catch (IOException)
            {
                // the CLI stopped reading; its exit code and output tell why
            }
            finally
            {
                try
                {
                    process.StandardInput.Close();
                }
                catch (IOException)
                {
                }
            }
        });

        long peak = 0;
        var status = $"/proc/{process.Id}/status";
        while (!process.WaitForExit(100))
        {
            peak = Math.Max(peak, ReadPeak(status));
            if (watch.Elapsed > Timeout)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"newsclean did not finish in {Timeout}: {string.Join(" ", args)}");
            }
        }

        Task.WaitAll(copyOut, copyErr, feed);
        return new CliRun(process.ExitCode, stdout.ToArray(), stderr.ToArray(), watch.Elapsed, peak);
    }

    private static long ReadPeak(string status)
    {
        try
        {
            foreach (var line in File.ReadLines(status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var digits = line.Substring(6).Trim().Split(' ')[0];
                    return long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is FormatException)
        {
            // the process ended between the check and the read, or there is no /proc
        }

        return 0;
    }

    /// <summary>The CLI built beside this assembly (same configuration), or NEWSCLEAN_CLI_DLL.</summary>
    public static string FindCli()
    {
        var overridden = Environment.GetEnvironmentVariable("NEWSCLEAN_CLI_DLL");
        if (!string.IsNullOrEmpty(overridden))
        {
            return overridden;
        }

        var baseDir = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var dll = Path.Combine(RepositoryRoot(), "src", "NewsClean.Cli", "bin", baseDir.Parent!.Name, baseDir.Name, "newsclean.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build src/NewsClean.Cli first.", dll);
    }

    public static string RepositoryRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "NewsClean.sln")))
        {
            root = root.Parent;
        }

        return root?.FullName ?? throw new InvalidOperationException("NewsClean.sln not found above " + AppContext.BaseDirectory);
    }
}
