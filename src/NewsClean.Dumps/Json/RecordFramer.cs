using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;

namespace NewsClean.Dumps.Json;

/// <summary>
/// Cuts a UTF-8 byte stream into records and parses each: one per line (JSON Lines), or one per element of a top-level
/// array (or per top-level value, for a .json file holding objects one after another). Only the bytes of the record
/// being read are buffered, so memory follows the largest record, not the file.
/// </summary>
internal sealed class RecordFramer
{
    private const int InitialBufferSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly string? _sourcePath;
    private readonly RecordParser _parser = new RecordParser();
    private byte[] _buffer = new byte[InitialBufferSize];
    private int _start;
    private int _scan;
    private int _end;
    private bool _eof;
    private long _line = 1;

    public RecordFramer(Stream stream, string? sourcePath, int maxRecordBytes)
    {
        _stream = stream;
        _sourcePath = sourcePath;
        MaxRecordBytes = maxRecordBytes;
    }

    /// <summary>A record longer than this is reported as an error and skipped (JSON Lines) instead of being buffered.</summary>
    public int MaxRecordBytes { get; }

    public IEnumerable<DumpRecord> Read(bool jsonLines, CancellationToken cancellationToken)
    {
        SkipByteOrderMark();

        // A .jsonl file that holds an array after all is read as one.
        if (!jsonLines || FirstSignificantByte() == (byte)'[')
        {
            foreach (var record in ReadValues(cancellationToken))
            {
                yield return record;
            }

            yield break;
        }

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var record = NextLine();
            if (record is null)
            {
                yield break;
            }

            yield return record;
        }
    }

    private static bool IsWhiteSpace(byte b) => b == (byte)' ' || b == (byte)'\t' || b == (byte)'\r' || b == (byte)'\n';

    /// <summary>Skips a UTF-8 byte order mark (UTF-16 is transcoded before the framer, see DumpReader).</summary>
    private void SkipByteOrderMark()
    {
        while (_end < 3 && !_eof)
        {
            Fill();
        }

        if (_end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
        {
            _start = _scan = 3;
        }
    }

    private int FirstSignificantByte()
    {
        var p = _scan;
        while (true)
        {
            while (p < _end && IsWhiteSpace(_buffer[p]))
            {
                p++;
            }

            if (p < _end)
            {
                return _buffer[p];
            }

            if (_eof)
            {
                return -1;
            }

            var shift = _start;
            Fill();
            p -= shift;
        }
    }

    private DumpRecord Error(long line, string message) => new DumpRecord(_sourcePath, line) { RawError = message };

    private DumpRecord Parse(long line, int start, int end)
    {
        var record = new DumpRecord(_sourcePath, line);
        _parser.Parse(_buffer, start, end, record);
        return record;
    }

    /// <summary>Moves the unread bytes [_start, _end) to the front, grows the buffer when they fill it, and reads more.</summary>
    private void Fill()
    {
        var kept = _end - _start;
        if (_start > 0)
        {
            if (_buffer.Length > InitialBufferSize * 4 && kept < InitialBufferSize / 2)
            {
                // A huge record has passed: go back to a small buffer.
                var small = new byte[InitialBufferSize];
                Buffer.BlockCopy(_buffer, _start, small, 0, kept);
                _buffer = small;
            }
            else
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, kept);
            }

            _scan -= _start;
            _end = kept;
            _start = 0;
        }
        else if (_end == _buffer.Length)
        {
            var grown = new byte[(int)Math.Min(int.MaxValue - 64, (long)_buffer.Length * 2)];
            Buffer.BlockCopy(_buffer, 0, grown, 0, _end);
            _buffer = grown;
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }

    /// <summary>The next non-blank line as a record, or null at the end of the stream.</summary>
    private DumpRecord? NextLine()
    {
        while (true)
        {
            var newline = _scan < _end ? Array.IndexOf(_buffer, (byte)'\n', _scan, _end - _scan) : -1;
            int lineEnd;
            if (newline >= 0)
            {
                lineEnd = newline;
            }
            else if (_eof)
            {
                if (_start >= _end)
                {
                    return null;
                }

                lineEnd = _end;
            }
            else if (_end - _start >= MaxRecordBytes)
            {
                return SkipLongLine();
            }
            else
            {
                _scan = _end;
                Fill();
                continue;
            }

            var line = _line++;
            var start = _start;
            _start = _scan = Math.Min(lineEnd + 1, _end);
            if (lineEnd > start && _buffer[lineEnd - 1] == (byte)'\r')
            {
                lineEnd--;
            }

            // Concatenated files (cat a.jsonl b.jsonl) leave the second file's byte order mark at the start of a line.
            if (lineEnd - start >= 3 && _buffer[start] == 0xEF && _buffer[start + 1] == 0xBB && _buffer[start + 2] == 0xBF)
            {
                start += 3;
            }

            if (IsBlank(start, lineEnd))
            {
                continue;
            }

            return Parse(line, start, lineEnd);
        }
    }

    private bool IsBlank(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!IsWhiteSpace(_buffer[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Discards a line longer than <see cref="MaxRecordBytes"/> up to its newline, and reports it.</summary>
    private DumpRecord SkipLongLine()
    {
        var line = _line++;
        long skipped = 0;
        while (true)
        {
            var newline = _scan < _end ? Array.IndexOf(_buffer, (byte)'\n', _scan, _end - _scan) : -1;
            if (newline >= 0)
            {
                skipped += newline - _start;
                _start = _scan = newline + 1;
                break;
            }

            skipped += _end - _start;
            _start = _scan = _end = 0;
            if (_buffer.Length > InitialBufferSize)
            {
                _buffer = new byte[InitialBufferSize];
            }

            if (_eof)
            {
                break;
            }

            Fill();
        }

        return Error(line, string.Format(CultureInfo.InvariantCulture, "The record is {0:N0} bytes long; records longer than {1:N0} bytes are skipped.", skipped, MaxRecordBytes));
    }

    /// <summary>Elements of a top-level array, or top-level values one after another.</summary>
    private IEnumerable<DumpRecord> ReadValues(CancellationToken cancellationToken)
    {
        var inArray = FirstSignificantByte() == (byte)'[';
        if (inArray)
        {
            SkipSeparators(false);
            _scan++;
            _start = _scan;
        }

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var next = SkipSeparators(inArray);
            if (next < 0)
            {
                if (inArray)
                {
                    yield return Error(_line, "The JSON array is not closed: the file ends inside it.");
                }

                yield break;
            }

            if (inArray && next == (byte)']')
            {
                _scan++;
                _start = _scan;
                var after = SkipSeparators(false);
                if (after >= 0)
                {
                    yield return Error(_line, "Unexpected data after the top-level array.");
                }

                yield break;
            }

            var line = _line;
            _start = _scan;
            var framed = FrameValue(out var failure);
            if (!framed)
            {
                // Without the value's end, where the next one starts is unknown: report and stop.
                yield return Error(line, failure!);
                yield break;
            }

            var record = Parse(line, _start, _scan);
            _start = _scan;
            yield return record;
        }
    }

    /// <summary>Skips white space (and commas between array elements), counting lines; the next byte, or -1 at the end.</summary>
    private int SkipSeparators(bool commas)
    {
        while (true)
        {
            while (_scan < _end)
            {
                var b = _buffer[_scan];
                if (b == (byte)'\n')
                {
                    _line++;
                }
                else if (!IsWhiteSpace(b) && !(commas && b == (byte)','))
                {
                    return b;
                }

                _scan++;
            }

            _start = _scan;
            if (_eof)
            {
                return -1;
            }

            Fill();
        }
    }

    /// <summary>Finds the end of the value starting at <see cref="_scan"/> by its brackets and strings; the parser checks the rest.</summary>
    private bool FrameValue(out string? failure)
    {
        failure = null;
        var depth = 0;
        var inString = false;
        var escaped = false;
        var first = true;
        while (true)
        {
            while (_scan < _end)
            {
                var b = _buffer[_scan];
                if (b == (byte)'\n')
                {
                    _line++;
                }

                if (inString)
                {
                    if (escaped)
                    {
                        escaped = false;
                    }
                    else if (b == (byte)'\\')
                    {
                        escaped = true;
                    }
                    else if (b == (byte)'"')
                    {
                        inString = false;
                        if (depth == 0)
                        {
                            _scan++;
                            return true;
                        }
                    }
                }
                else if (b == (byte)'"')
                {
                    inString = true;
                }
                else if (b == (byte)'{' || b == (byte)'[')
                {
                    depth++;
                }
                else if (b == (byte)'}' || b == (byte)']')
                {
                    if (depth == 0)
                    {
                        // A bare scalar ends at the bracket that closes the array.
                        failure = first ? "Unexpected '" + (char)b + "' where a value should start." : null;
                        return !first;
                    }

                    if (--depth == 0)
                    {
                        _scan++;
                        return true;
                    }
                }
                else if (depth == 0 && (IsWhiteSpace(b) || b == (byte)','))
                {
                    failure = first ? "Unexpected ',' where a value should start." : null;
                    return !first;
                }

                first = false;
                _scan++;
            }

            if (_eof)
            {
                if (depth == 0 && !inString && !first)
                {
                    return true;
                }

                failure = "The file ends inside a JSON value.";
                return false;
            }

            if (_end - _start >= MaxRecordBytes)
            {
                failure = string.Format(CultureInfo.InvariantCulture, "A record is longer than {0:N0} bytes; the rest of the file is skipped.", MaxRecordBytes);
                return false;
            }

            Fill();
        }
    }
}
