using System;
using System.IO;

namespace NewsClean.Dumps;

/// <summary>
/// A read-only stream that can look at its first bytes before they are read, so a format can be sniffed on a stream
/// that cannot seek (standard input, a pipe, a network stream). Peeked bytes are read again by <see cref="Read"/>.
/// </summary>
public sealed class PeekableStream : ForwardReadStream
{
    private readonly Stream _inner;
    private readonly bool _leaveOpen;
    private byte[] _peeked = Array.Empty<byte>();
    private int _peekedCount;
    private int _peekedPosition;

    public PeekableStream(Stream inner, bool leaveOpen = false)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _leaveOpen = leaveOpen;
    }

    /// <summary>
    /// Up to <paramref name="count"/> bytes from the current position (fewer only at the end of the stream), without
    /// consuming them. Call before the first <see cref="Read"/>, or between reads that consumed every peeked byte.
    /// </summary>
    public byte[] Peek(int count)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        var available = _peekedCount - _peekedPosition;
        if (available < count)
        {
            var buffer = new byte[count];
            Buffer.BlockCopy(_peeked, _peekedPosition, buffer, 0, available);
            while (available < count)
            {
                var read = _inner.Read(buffer, available, count - available);
                if (read == 0)
                {
                    break;
                }

                available += read;
            }

            _peeked = buffer;
            _peekedCount = available;
            _peekedPosition = 0;
        }

        var result = new byte[Math.Min(count, available)];
        Buffer.BlockCopy(_peeked, _peekedPosition, result, 0, result.Length);
        return result;
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (buffer is null)
        {
            throw new ArgumentNullException(nameof(buffer));
        }

        if (_peekedPosition < _peekedCount)
        {
            var n = Math.Min(count, _peekedCount - _peekedPosition);
            Buffer.BlockCopy(_peeked, _peekedPosition, buffer, offset, n);
            _peekedPosition += n;
            if (_peekedPosition == _peekedCount)
            {
                _peeked = Array.Empty<byte>();
                _peekedCount = 0;
                _peekedPosition = 0;
            }

            return n;
        }

        return _inner.Read(buffer, offset, count);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_leaveOpen)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
