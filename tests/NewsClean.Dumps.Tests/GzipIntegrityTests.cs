using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using Xunit;

namespace NewsClean.Dumps.Tests;

/// <summary>Issue 11, item 6: a truncated or corrupt gzip dump ends with an error that says so, never silently.</summary>
public sealed class GzipIntegrityTests
{
    private static readonly byte[] Plain = Encoding.UTF8.GetBytes(string.Concat(
        Enumerable.Range(0, 200).Select(i => $"{{\"id\":\"{i}\",\"text\":\"نص الخبر رقم {i} عن الاقتصاد {i * 7919 % 1000}\"}}\n")));

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gz.Write(data);
        }

        return output.ToArray();
    }

    private static int ReadAll(byte[] bytes) => DumpReader.Read(new MemoryStream(bytes), "d.jsonl.gz").Count();

    [Fact]
    public void AWholeDump_AndConcatenatedMembers_AreReadWithoutError()
    {
        var gz = Gzip(Plain);

        Assert.Equal(200, ReadAll(gz));
        Assert.Equal(400, ReadAll(gz.Concat(gz).ToArray()));
        Assert.Equal(200, ReadAll(gz.Concat(Gzip(Array.Empty<byte>())).ToArray()));
    }

    [Fact]
    public void EveryTruncation_IsAnInvalidDataError_ThatSaysTruncatedOrCorrupt()
    {
        var gz = Gzip(Plain);
        for (var cut = 10; cut < gz.Length; cut++)
        {
            var truncated = gz.AsSpan(0, cut).ToArray();
            var ex = Assert.Throws<InvalidDataException>(() => ReadAll(truncated));
            Assert.Contains("gzip stream is", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ACorruptedByte_IsAnError_NeverASilentlyShorterDump()
    {
        var gz = Gzip(Plain);
        var random = new Random(20261204);
        for (var trial = 0; trial < 200; trial++)
        {
            var corrupt = (byte[])gz.Clone();
            var at = random.Next(10, gz.Length - 8);
            corrupt[at] ^= (byte)(1 + random.Next(255));
            try
            {
                var records = DumpReader.Read(new MemoryStream(corrupt), "d.jsonl.gz").Select(r => r.Text).ToList();

                // A flip in bits inflate never reads (padding after the last block) changes nothing: then every record is intact.
                Assert.Equal(DumpReader.Read(new MemoryStream(gz), "d.jsonl.gz").Select(r => r.Text), records);
            }
            catch (InvalidDataException ex)
            {
                Assert.Contains("gzip stream is", ex.Message, StringComparison.Ordinal);
            }
        }
    }
}
