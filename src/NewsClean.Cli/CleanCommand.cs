using System;
using System.IO;
using System.Text;
using System.Threading;
using NewsClean.Dumps;

namespace NewsClean.Cli;

/// <summary>
/// <c>newsclean clean</c>: reads the inputs in order, cleans them on a few threads with a bounded window, and writes
/// each result in input order as it comes, so memory stays flat however large the input.
/// </summary>
internal sealed class CleanCommand
{
    private static readonly UTF8Encoding Utf8NoBom = new UTF8Encoding(false);

    private readonly CleanOptions _options;
    private readonly Func<Stream> _openStandardInput;
    private readonly Func<Stream> _openStandardOutput;
    private readonly TextWriter _errors;

    public CleanCommand(CleanOptions options, Func<Stream> openStandardInput, Func<Stream> openStandardOutput, TextWriter errors)
    {
        _options = options;
        _openStandardInput = openStandardInput;
        _openStandardOutput = openStandardOutput;
        _errors = errors;
    }

    public int Run(CancellationToken cancellationToken)
    {
        StagedFile? staged = null;
        try
        {
            staged = _options.OutputPath is null ? null : new StagedFile(_options.OutputPath);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            Report(new CliError(CliError.OutputWriteFailed, _options.OutputPath, null, $"Cannot create the output file: {ex.Message}"));
            return ExitCodes.DocumentsFailed;
        }

        using (staged)
        {
            var output = staged?.Stream ?? _openStandardOutput();
            var failures = 0L;
            try
            {
                using (var writer = new StreamWriter(output, Utf8NoBom, 64 * 1024, leaveOpen: true) { NewLine = "\n" })
                {
                    var planner = new InputPlanner(_options.Input, _openStandardInput, cancellationToken, _options.FollowSymlinks);
                    var processor = new DocumentProcessor(_options, cancellationToken);
                    processor.WarmUp();
                    var jobs = planner.Jobs(_options.Inputs);
                    var written = 0L;
                    foreach (var outcome in OrderedParallel.Process(jobs, processor.Process, _options.Threads, _options.Window, cancellationToken))
                    {
                        if (outcome.Error is not null)
                        {
                            failures++;
                            Report(outcome.Error);
                            continue;
                        }

                        if (_options.Format == OutputFormat.Text && written > 0)
                        {
                            writer.Write(ArticleTextFormatter.ArticleSeparator);
                        }

                        writer.Write(outcome.Output);
                        if (_options.Format == OutputFormat.Jsonl)
                        {
                            writer.Write('\n');
                        }

                        written++;
                    }
                }

                staged?.Commit(overwrite: true);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                Report(new CliError(CliError.Canceled, null, null, staged is null ? "Interrupted." : "Interrupted; the output file was not written."));
                return ExitCodes.Canceled;
            }
            catch (IOException ex) when (staged is null && IsBrokenPipe(ex))
            {
                // The reader went away (| head): stop now, quietly, as Unix tools do.
                return ExitCodes.BrokenPipe;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                // stdout closed (>&-) or the disk is full: nothing more can be written; one error line, no stack trace.
                var what = staged is null ? "standard output" : "the output file";
                Report(new CliError(CliError.OutputWriteFailed, _options.OutputPath, null, $"Cannot write to {what}: {ex.Message}"));
                return ExitCodes.DocumentsFailed;
            }
            finally
            {
                if (staged is null)
                {
                    try
                    {
                        output.Dispose();
                    }
                    catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                    {
                        // the write that failed has been reported
                    }
                }
            }

            return failures == 0 ? ExitCodes.Success : ExitCodes.DocumentsFailed;
        }
    }

    // EPIPE: errno 32 on Linux and macOS; .NET gives it as the IOException's HResult, or only in the message.
    private static bool IsBrokenPipe(IOException ex) =>
        (ex.HResult & 0xFFFF) == 32 || ex.Message.IndexOf("Broken pipe", StringComparison.OrdinalIgnoreCase) >= 0;

    private void Report(CliError error)
    {
        try
        {
            _errors.WriteLine(error.ToJson());
        }
        catch (IOException)
        {
            // stderr is gone too; the exit code still tells.
        }
    }
}
