using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Xunit;

namespace NewsClean.Dumps.Tests;

/// <summary>Random records written by System.Text.Json must read back exactly; random damage must never throw.</summary>
public sealed class DumpReaderFuzzTests
{
    private static readonly JsonSerializerOptions Relaxed = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RandomRecordsReadBackAsWritten(int seed)
    {
        var random = new Random(seed);
        var expected = new List<Dictionary<string, object?>>();
        var lines = new StringBuilder();
        for (var i = 0; i < 300; i++)
        {
            var record = new Dictionary<string, object?>
            {
                ["id"] = i % 3 == 0 ? i : (object)("r" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ["title"] = RandomText(random, 40),
                ["content"] = RandomText(random, random.Next(0, 3000)),
                ["extra"] = new Dictionary<string, object?> { ["list"] = new object?[] { 1.5, null, true, RandomText(random, 10) } },
                ["date"] = random.Next(2) == 0 ? null : "2025-01-0" + random.Next(1, 9).ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            expected.Add(record);
            lines.Append(JsonSerializer.Serialize(record, random.Next(2) == 0 ? Relaxed : JsonSerializerOptions.Default)).Append(random.Next(2) == 0 ? "\n" : "\r\n");
        }

        var bytes = Encoding.UTF8.GetBytes(lines.ToString());
        var records = DumpReader.Read(new TrickleStream(bytes, random.Next(1, 5000)), null).ToList();

        Assert.Equal(expected.Count, records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            Assert.False(records[i].IsError, records[i].RawError);
            Assert.Equal(Convert.ToString(expected[i]["id"], System.Globalization.CultureInfo.InvariantCulture), records[i].Id);
            Assert.Equal(expected[i]["title"], records[i].Title);
            Assert.Equal(expected[i]["content"], records[i].Text);
            Assert.Equal(expected[i]["date"], records[i].Date);
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void DamagedLinesGiveErrorsNeverExceptionsAndTheGoodOnesStillRead(int seed)
    {
        var random = new Random(seed);
        var good = JsonSerializer.Serialize(new { id = "ok", text = "some \"text\" with \\ and \n", meta = new { a = new[] { 1, 2 } } });
        var lines = new List<string>();
        for (var i = 0; i < 500; i++)
        {
            var chars = good.ToCharArray();
            var damage = random.Next(1, 4);
            for (var d = 0; d < damage; d++)
            {
                chars[random.Next(chars.Length)] = "{}[]\",:\\ax0"[random.Next(11)];
            }

            lines.Add(new string(chars).Replace("\n", " ", StringComparison.Ordinal));
            lines.Add(good);
        }

        var records = DumpReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", lines))), null).ToList();

        Assert.Equal(lines.Count, records.Count);
        for (var i = 1; i < records.Count; i += 2)
        {
            Assert.Equal("ok", records[i].Id);
        }

        // Whatever the reader accepts, System.Text.Json accepts too (the reader is not more lenient about syntax).
        for (var i = 0; i < records.Count; i += 2)
        {
            if (!records[i].IsError)
            {
                using var document = JsonDocument.Parse(lines[i]);
                Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
            }
        }
    }

    private static string RandomText(Random random, int length)
    {
        // Arabic letters, Latin, digits, quotes, backslashes, controls, a surrogate pair.
        const string pool = "\u0627\u0644\u0645\u062f\u064a\u0646\u0629 abc XYZ 0123 \"\\/\n\t\r\u0001\u001f\u00e9\u200f";
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            if (random.Next(200) == 0)
            {
                builder.Append("\ud83d\ude00");
            }
            else
            {
                builder.Append(pool[random.Next(pool.Length)]);
            }
        }

        return builder.ToString();
    }
}
