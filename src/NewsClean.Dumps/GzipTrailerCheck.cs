using System;
using System.IO;

namespace NewsClean.Dumps;

/// <summary>
/// Makes a truncated gzip stream an error instead of a silent early end (.NET's GZipStream returns end-of-stream when
/// the compressed bytes stop mid-member). It keeps the last 8 compressed bytes (a member's trailer: CRC-32 and size of
/// its data) and the CRC-32 and size of everything decompressed, and checks them when the data ends.
/// </summary>
/// <remarks>
/// The trailer describes the last member only. When the compressed bytes hold another member header (1F 8B 08) and the
/// trailer names fewer bytes than were decompressed, the file holds several members (cat a.gz b.gz, bgzip) and the check
/// cannot tell more: it passes. Otherwise the size and the CRC must match. Outputs of 4 GiB or more are not checked (the
/// trailer's size is modulo 2^32).
/// </remarks>
internal sealed class GzipTrailerCheck
{
    private const long CheckedLimit = 1L << 32;

    private readonly byte[] _tail = new byte[8];
    private long _compressed;
    private long _decompressed;
    private uint _crc = 0xFFFFFFFFu;
    private int _header;
    private bool _severalMembers;

    /// <summary>The compressed side: records the last 8 bytes read.</summary>
    public Stream Compressed(Stream inner) => new Tap(inner, this, compressedSide: true);

    /// <summary>The decompressed side: CRC and size of the data, checked when it ends.</summary>
    public Stream Decompressed(Stream inner) => new Tap(inner, this, compressedSide: false);

    private void OnCompressed(byte[] buffer, int offset, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var b = buffer[offset + i];
            _tail[(int)(_compressed % 8)] = b;

            // A member header (1F 8B 08) after the first one's start: the file may hold several members.
            _header = ((_header << 8) | b) & 0xFFFFFF;
            if (_header == 0x1F8B08 && _compressed >= 3)
            {
                _severalMembers = true;
            }

            _compressed++;
        }
    }

    private void OnDecompressed(byte[] buffer, int offset, int count)
    {
        _crc = Crc32.Update(_crc, buffer, offset, count);
        _decompressed += count;
    }

    private void OnEnd()
    {
        if (_decompressed >= CheckedLimit)
        {
            return;
        }

        var trailer = new byte[8];
        for (var i = 0; i < 8; i++)
        {
            trailer[i] = _tail[(int)((_compressed + i) % 8)];
        }

        var crc = BitConverter.ToUInt32(trailer, 0);
        var size = BitConverter.ToUInt32(trailer, 4);
        if (!BitConverter.IsLittleEndian)
        {
            crc = Swap(crc);
            size = Swap(size);
        }

        if (_severalMembers && size < _decompressed)
        {
            return; // several members: the last one's trailer cannot be checked against the whole
        }

        if (_compressed < 18 || size != _decompressed || crc != (_crc ^ 0xFFFFFFFFu))
        {
            // .NET Framework (Windows PowerShell 5.1) reads only the first member of a gzip file of several: say so rather than lose the rest.
            var members = _severalMembers ? " (or it holds several gzip members, and this runtime read only the first: decompress it first, or use PowerShell 7)" : string.Empty;
            throw new InvalidDataException(
                $"The gzip stream is truncated or corrupt{members}: it ended after {_decompressed:N0} bytes of data without the trailer that closes it.");
        }
    }

    private static uint Swap(uint v) => (v >> 24) | ((v >> 8) & 0xFF00) | ((v << 8) & 0xFF0000) | (v << 24);

    private sealed class Tap : ForwardReadStream
    {
        private readonly Stream _inner;
        private readonly GzipTrailerCheck _check;
        private readonly bool _compressedSide;
        private bool _ended;

        public Tap(Stream inner, GzipTrailerCheck check, bool compressedSide)
        {
            _inner = inner;
            _check = check;
            _compressedSide = compressedSide;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int read;
            try
            {
                read = _inner.Read(buffer, offset, count);
            }
            catch (InvalidDataException ex) when (!_compressedSide)
            {
                throw new InvalidDataException($"The gzip stream is corrupt after {_check._decompressed:N0} bytes of data ({ex.Message}).", ex);
            }

            if (_compressedSide)
            {
                _check.OnCompressed(buffer, offset, read);
            }
            else if (read > 0)
            {
                _check.OnDecompressed(buffer, offset, read);
            }
            else if (count > 0 && !_ended)
            {
                _ended = true;
                _check.OnEnd();
            }

            return read;
        }

        protected override void Dispose(bool disposing)
        {
            // The decompressed side owns its GZipStream (made for it); the compressed side reads the caller's stream.
            if (disposing && !_compressedSide)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

/// <summary>CRC-32 (IEEE 802.3, the one gzip uses), table-driven.</summary>
internal static class Crc32
{
    private static readonly uint[] Table = Build();

    public static uint Update(uint crc, byte[] buffer, int offset, int count)
    {
        for (var i = offset; i < offset + count; i++)
        {
            crc = Table[(crc ^ buffer[i]) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }

    private static uint[] Build()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
