using System;
using System.IO;
using System.Text;

namespace NewsClean.Dumps;

/// <summary>
/// Reads a UTF-16 stream (little or big endian) as UTF-8 bytes, so a dump saved by Windows tools as "Unicode" (Notepad,
/// Windows PowerShell 5.1's Out-File and &gt; redirection) is read record by record like any other. Forward-only.
/// </summary>
internal sealed class Utf16ToUtf8Stream : ForwardReadStream
{
    private const int CharBufferSize = 16 * 1024;

    private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false);

    private readonly StreamReader _reader;
    private readonly char[] _chars = new char[CharBufferSize];
    private readonly byte[] _bytes = new byte[Utf8.GetMaxByteCount(CharBufferSize)];
    private readonly Encoder _encoder = Utf8.GetEncoder();
    private int _offset;
    private int _count;

    public Utf16ToUtf8Stream(Stream inner, bool bigEndian, bool leaveOpen)
    {
        var encoding = bigEndian ? (Encoding)new UnicodeEncoding(true, false) : new UnicodeEncoding(false, false);
        _reader = new StreamReader(inner, encoding, detectEncodingFromByteOrderMarks: true, CharBufferSize, leaveOpen);
    }

    /// <summary>UTF-16 by its byte order mark, or, without one, by the zero bytes beside the ASCII of a JSON start (<c>{</c>, <c>[</c>).</summary>
    public static bool IsUtf16(byte[] head, out bool bigEndian)
    {
        bigEndian = false;
        if (head.Length < 2)
        {
            return false;
        }

        if ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF))
        {
            bigEndian = head[0] == 0xFE;
            return true;
        }

        var isJsonStart = head[0] == (byte)'{' || head[0] == (byte)'[' || head[1] == (byte)'{' || head[1] == (byte)'[';
        if (!isJsonStart)
        {
            return false;
        }

        bigEndian = head[0] == 0;
        return head[0] == 0 ^ head[1] == 0;
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_offset == _count)
        {
            var chars = _reader.Read(_chars, 0, _chars.Length);
            _offset = 0;
            _count = _encoder.GetBytes(_chars, 0, chars, _bytes, 0, flush: chars == 0);
            if (_count == 0)
            {
                return 0;
            }
        }

        var n = Math.Min(count, _count - _offset);
        Buffer.BlockCopy(_bytes, _offset, buffer, offset, n);
        _offset += n;
        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader.Dispose();
        }

        base.Dispose(disposing);
    }
}
