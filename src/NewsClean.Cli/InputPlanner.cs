using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using NewsClean.Dumps;

namespace NewsClean.Cli;

/// <summary>
/// Turns the inputs of the command line into jobs, lazily and in order: a folder expands to its files (sorted), a
/// dump to its records, standard input to a dump or one document. A path or file that cannot be read becomes an error
/// job in its place, and the next input follows.
/// </summary>
internal sealed class InputPlanner
{
    public const string StandardInputPath = "-";

    private static readonly string[] FolderExtensions = { ".txt", ".html", ".htm", ".xhtml", ".shtml", ".jsonl", ".jsonl.gz", ".json" };

    private readonly InputMode _mode;
    private readonly bool _followSymlinks;
    private readonly Func<Stream> _openStandardInput;
    private readonly CancellationToken _cancellationToken;

    public InputPlanner(InputMode mode, Func<Stream> openStandardInput, CancellationToken cancellationToken, bool followSymlinks = false)
    {
        _followSymlinks = followSymlinks;
        _mode = mode;
        _openStandardInput = openStandardInput;
        _cancellationToken = cancellationToken;
    }

    public IEnumerable<CleanJob> Jobs(IReadOnlyList<string> inputs)
    {
        var list = inputs.Count == 0 ? new[] { StandardInputPath } : inputs;
        foreach (var input in list)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            foreach (var job in JobsFor(input))
            {
                yield return job;
            }
        }
    }

    private static bool IsWhiteSpace(byte b) => b == (byte)' ' || b == (byte)'\t' || b == (byte)'\r' || b == (byte)'\n';

    private IEnumerable<CleanJob> JobsFor(string input)
    {
        if (input == StandardInputPath)
        {
            return StandardInputJobs();
        }

        string full;
        try
        {
            full = Path.GetFullPath(input);
        }
        catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is PathTooLongException)
        {
            return new[] { CleanJob.ForError(new CliError(CliError.PathNotFound, input, null, $"'{input}' is not a valid path: {ex.Message}")) };
        }

        if (Directory.Exists(full))
        {
            return FolderJobs(full);
        }

        if (File.Exists(full))
        {
            return FileJobs(full);
        }

        return new[] { CleanJob.ForError(new CliError(CliError.PathNotFound, full, null, $"Cannot find '{input}': no such file or folder.")) };
    }

    private IEnumerable<CleanJob> FolderJobs(string folder)
    {
        List<string> files;
        string? failure = null;
        try
        {
            files = FolderScan.Files(folder, FolderExtensions, _followSymlinks);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            files = new List<string>();
            failure = ex.Message;
        }

        if (failure is not null)
        {
            yield return CleanJob.ForError(new CliError(CliError.FileReadFailed, folder, null, $"Cannot list the folder: {failure}"));
            yield break;
        }

        foreach (var file in files)
        {
            foreach (var job in FileJobs(file))
            {
                yield return job;
            }
        }
    }

    private IEnumerable<CleanJob> FileJobs(string path)
    {
        var isDump = _mode switch
        {
            InputMode.Jsonl => true,
            InputMode.Text => false,
            _ => DumpReader.IsDumpPath(path),
        };

        return isDump
            ? RecordJobs(path, () => DumpReader.ReadFile(path, _cancellationToken))
            : new[] { CleanJob.ForFile(path) };
    }

    /// <summary>The records of a dump; an I/O failure part-way (a truncated gzip, a vanished file) ends it with an error job.</summary>
    private IEnumerable<CleanJob> RecordJobs(string path, Func<IEnumerable<DumpRecord>> read)
    {
        IEnumerator<DumpRecord>? records = null;
        long recordsRead = 0;
        try
        {
            while (true)
            {
                DumpRecord? record = null;
                CliError? failure = null;
                try
                {
                    records ??= read().GetEnumerator();
                    if (records.MoveNext())
                    {
                        record = records.Current;
                        recordsRead++;
                    }
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is InvalidDataException || ex is NotSupportedException)
                {
                    failure = new CliError(CliError.FileReadFailed, path, null, $"Cannot read the dump after {recordsRead:N0} records: {ex.Message}");
                }

                if (failure is not null)
                {
                    yield return CleanJob.ForError(failure);
                    yield break;
                }

                if (record is null)
                {
                    yield break;
                }

                yield return record.IsError
                    ? CleanJob.ForError(new CliError(CliError.MalformedRecord, path, record.LineNumber, record.RawError!))
                    : CleanJob.ForRecord(record, path);
            }
        }
        finally
        {
            records?.Dispose();
        }
    }

    private IEnumerable<CleanJob> StandardInputJobs()
    {
        var stdin = new PeekableStream(_openStandardInput(), leaveOpen: true);
        var isDump = _mode switch
        {
            InputMode.Jsonl => true,
            InputMode.Text => false,
            _ => FirstSignificantByte(stdin) == (byte)'{',
        };

        if (isDump)
        {
            return RecordJobs(StandardInputPath, () => DumpReader.Read(stdin, null, _cancellationToken));
        }

        return ReadAllJob(stdin);
    }

    private IEnumerable<CleanJob> ReadAllJob(Stream stdin)
    {
        byte[] bytes;
        CliError? failure = null;
        try
        {
            using var buffer = new MemoryStream();
            stdin.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        catch (IOException ex)
        {
            bytes = Array.Empty<byte>();
            failure = new CliError(CliError.FileReadFailed, StandardInputPath, null, $"Cannot read standard input: {ex.Message}");
        }

        yield return failure is null ? CleanJob.ForBytes(bytes, StandardInputPath) : CleanJob.ForError(failure);
    }

    /// <summary>The first byte after a UTF-8 byte order mark and white space, or -1 when the stream holds none.</summary>
    private static int FirstSignificantByte(PeekableStream stream)
    {
        for (var size = 4096; ; size *= 4)
        {
            var head = stream.Peek(size);
            var start = head.Length >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF ? 3 : 0;
            for (var i = start; i < head.Length; i++)
            {
                if (!IsWhiteSpace(head[i]))
                {
                    return head[i];
                }
            }

            if (head.Length < size)
            {
                return -1;
            }
        }
    }
}
