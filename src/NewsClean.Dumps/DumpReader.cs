using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Threading;
using NewsClean.Dumps.Json;

namespace NewsClean.Dumps;

/// <summary>
/// Streams the records of a scraped-news dump: JSON Lines (<c>.jsonl</c>, <c>.ndjson</c>), gzip-compressed JSON Lines
/// (<c>.jsonl.gz</c>; gzip is recognised by its magic bytes, whatever the name), or a <c>.json</c> file holding a
/// top-level array (read element by element, never as a whole). UTF-8, with or without a byte order mark (also at the start of a line, where files were concatenated), or UTF-16 (by its byte order mark or its zero bytes); CRLF or LF.
/// </summary>
/// <remarks>
/// A line (or array element) that is not a well-formed JSON object yields a record whose
/// <see cref="DumpRecord.RawError"/> says why, with its line number, and reading goes on with the next line. Blank lines
/// are skipped. Memory follows the largest record, not the file. Records are read lazily: the file is opened when the
/// enumeration starts and closed when it ends or is disposed.
/// </remarks>
public static class DumpReader
{
    /// <summary>Records longer than this (256 MiB) are reported and skipped rather than buffered.</summary>
    public const int DefaultMaxRecordBytes = 256 * 1024 * 1024;

    private const int FileBufferSize = 64 * 1024;

    private static readonly string[] LineExtensions = { ".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz" };

    private static readonly string[] DocumentExtensions = { ".json", ".json.gz" };

    /// <summary>True when the file name says it is a dump this reader understands.</summary>
    public static bool IsDumpPath(string path) => HasExtension(path, LineExtensions) || HasExtension(path, DocumentExtensions);

    /// <summary>The records of a dump file. Throws <see cref="IOException"/> (and its kinds) from the enumeration when the file cannot be read.</summary>
    public static IEnumerable<DumpRecord> ReadFile(string path, CancellationToken cancellationToken = default)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        return ReadFileCore(path, DefaultMaxRecordBytes, cancellationToken);
    }

    /// <summary>
    /// The records of a dump read from a stream (left open): JSON Lines, or a top-level array when its first
    /// significant character is '['. <paramref name="sourcePath"/> only names the dump in records.
    /// </summary>
    public static IEnumerable<DumpRecord> Read(Stream stream, string? sourcePath, CancellationToken cancellationToken = default)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        return ReadCore(stream, sourcePath, true, DefaultMaxRecordBytes, cancellationToken);
    }

    internal static IEnumerable<DumpRecord> ReadFileCore(string path, int maxRecordBytes, CancellationToken cancellationToken)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileBufferSize, FileOptions.SequentialScan);
        foreach (var record in ReadCore(file, path, !HasExtension(path, DocumentExtensions), maxRecordBytes, cancellationToken))
        {
            yield return record;
        }
    }

    internal static IEnumerable<DumpRecord> ReadCore(Stream stream, string? sourcePath, bool jsonLines, int maxRecordBytes, CancellationToken cancellationToken)
    {
        using var peekable = new PeekableStream(stream, leaveOpen: true);
        var magic = peekable.Peek(2);
        var isGzip = magic.Length == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
        var check = isGzip ? new GzipTrailerCheck() : null;
        using var decompressed = check is not null
            ? check.Decompressed(new GZipStream(check.Compressed(peekable), CompressionMode.Decompress, leaveOpen: true))
            : (Stream)peekable;
        using var text = new PeekableStream(decompressed, leaveOpen: true);
        using var content = Utf16ToUtf8Stream.IsUtf16(text.Peek(2), out var bigEndian) ? new Utf16ToUtf8Stream(text, bigEndian, leaveOpen: true) : (Stream)text;
        var framer = new RecordFramer(content, sourcePath, maxRecordBytes);
        foreach (var record in framer.Read(jsonLines, cancellationToken))
        {
            yield return record;
        }
    }

    private static bool HasExtension(string path, string[] extensions)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        foreach (var extension in extensions)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
