using System;
using System.IO;
using System.Text;
using System.Threading;

namespace NewsClean.Cli;

/// <summary>Entry point: <c>newsclean clean ...</c>, <c>newsclean --help</c>, <c>newsclean --version</c>.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        using var errors = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        if (args.Length == 0)
        {
            return UsageFailure(errors, new UsageError(UsageError.UnknownCommand, "No command given."));
        }

        switch (args[0])
        {
            case "-h":
            case "--help":
            case "help":
                return ShowHelp();
            case "--version":
                Console.Out.WriteLine(Usage.Version);
                return ExitCodes.Success;
            case "clean":
                break;
            default:
                return UsageFailure(errors, new UsageError(UsageError.UnknownCommand, $"Unknown command '{args[0]}'; the command is 'clean'."));
        }

        var options = CommandLine.Parse(new ArraySegment<string>(args, 1, args.Length - 1), out var error);
        if (options is null)
        {
            return UsageFailure(errors, error!);
        }

        if (options.ShowHelp)
        {
            return ShowHelp();
        }

        if (options.Inputs.Count == 0 && !Console.IsInputRedirected)
        {
            return UsageFailure(errors, new UsageError(UsageError.NoInput, "No input: name files or folders, or pipe a document or a dump into standard input."));
        }

        using var stopping = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // The first Ctrl+C stops cleanly (no half-written output file); a second one kills the process.
            e.Cancel = !stopping.IsCancellationRequested;
            stopping.Cancel();
        };

        // SIGTERM (kill, a scheduler's timeout, docker stop) stops like Ctrl+C: the staged output file is removed.
        var terminated = false;
        using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            terminated = true;
            stopping.Cancel();
        });

        var command = new CleanCommand(options, Console.OpenStandardInput, OpenStandardOutput, errors);
        var code = command.Run(stopping.Token);
        return terminated && code == ExitCodes.Canceled ? ExitCodes.Terminated : code;
    }

    /// <summary>
    /// Standard output as a plain file stream on Unix: the console stream .NET gives swallows EPIPE (so a run piped into
    /// <c>head</c> went on to the end) and throws past every handler on a closed descriptor. A file stream reports both
    /// as exceptions the clean command handles (<see cref="ExitCodes.BrokenPipe"/>, <see cref="CliError.OutputWriteFailed"/>).
    /// </summary>
    /// Only for a pipe or a terminal: on a regular file (<c>&gt; out.jsonl</c>, <c>&gt;&gt;</c>) .NET writes a file stream at
    /// its own position, not the shared offset, so appends and <c>2&gt;&amp;1</c> would overwrite; there the console stream stays.
    private static Stream OpenStandardOutput()
    {
        if (OperatingSystem.IsWindows())
        {
            return Console.OpenStandardOutput();
        }

        try
        {
            var stream = new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle((IntPtr)1, ownsHandle: false), FileAccess.Write, 1, isAsync: false);
            if (!stream.CanSeek)
            {
                return stream;
            }

            stream.Dispose();
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException)
        {
            // a closed descriptor: the console stream reports it on the first write
        }

        return Console.OpenStandardOutput();
    }

    private static int ShowHelp()
    {
        Console.Out.Write(Usage.Text);
        return ExitCodes.Success;
    }

    private static int UsageFailure(TextWriter errors, UsageError error)
    {
        errors.WriteLine(new CliError(error.Id, null, null, error.Message).ToJson());
        errors.Write(Usage.Text);
        return ExitCodes.Usage;
    }
}
