using NewsClean.Dumps;

namespace NewsClean.Cli;

/// <summary>One unit of work in input order: a file to read, a raw document, a dump record, or an error already known.</summary>
internal sealed class CleanJob
{
    private CleanJob(string? path, long? line)
    {
        Path = path;
        Line = line;
    }

    /// <summary>The input file (full path) or "-" for standard input.</summary>
    public string? Path { get; }

    public long? Line { get; }

    /// <summary>A file read by the worker (so reading runs in parallel too).</summary>
    public string? FilePath { get; private set; }

    /// <summary>A raw document already in memory (standard input).</summary>
    public byte[]? Bytes { get; private set; }

    public DumpRecord? Record { get; private set; }

    public CliError? Error { get; private set; }

    public static CleanJob ForFile(string fullPath) => new CleanJob(fullPath, null) { FilePath = fullPath };

    public static CleanJob ForBytes(byte[] bytes, string path) => new CleanJob(path, null) { Bytes = bytes };

    public static CleanJob ForRecord(DumpRecord record, string path) => new CleanJob(path, record.LineNumber) { Record = record };

    public static CleanJob ForError(CliError error) => new CleanJob(error.Path, error.Line) { Error = error };
}
