using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using NewsClean.Core.Model;
using NewsClean.Documents;
using NewsClean.Dumps;

namespace NewsClean.Fuzz;

/// <summary>
/// The long mode's second pass: every document of the corpus through the engine in-process, one at a time, as the CLI
/// routes it, timed; prints the slowest. (The CLI reports no per-document time, and its threads overlap.)
/// </summary>
public static class SlowestDocuments
{
    private const int Shown = 5;

    public static void Print(string folder)
    {
        var slowest = new List<(double Ms, string Where)>();
        var watch = Stopwatch.StartNew();
        long count = 0;
        foreach (var file in Directory.GetFiles(folder).OrderBy(f => f, StringComparer.Ordinal))
        {
            IEnumerable<(DocumentInput Input, bool IsHtml, string Where)> documents = DumpReader.IsDumpPath(file) ? Records(file) : new[] { FileDocument(file) };
            foreach (var (input, isHtml, where) in documents)
            {
                var one = Stopwatch.StartNew();
                InProcessEngine.Clean(input, isHtml);
                slowest.Add((one.Elapsed.TotalMilliseconds, where));
                count++;
                if (slowest.Count > Shown * 4)
                {
                    slowest = slowest.OrderByDescending(s => s.Ms).Take(Shown).ToList();
                }
            }
        }

        Console.Error.WriteLine($"in-process timing: {count:N0} documents in {watch.Elapsed.TotalSeconds:N1} s on one thread; slowest:");
        foreach (var (ms, where) in slowest.OrderByDescending(s => s.Ms).Take(Shown))
        {
            Console.Error.WriteLine($"  {ms,10:N0} ms  {where}");
        }
    }

    private static (DocumentInput, bool, string) FileDocument(string file)
    {
        var bytes = File.ReadAllBytes(file);
        return (new DocumentInput(bytes) { SourcePath = file }, DocumentRouter.IsHtml(file, bytes, InputFormat.Auto), $"{Path.GetFileName(file)} ({bytes.Length:N0} bytes)");
    }

    private static IEnumerable<(DocumentInput, bool, string)> Records(string file)
    {
        IEnumerator<DumpRecord> records;
        try
        {
            records = DumpReader.ReadFile(file).GetEnumerator();
        }
        catch (IOException)
        {
            yield break;
        }

        using (records)
        {
            while (true)
            {
                try
                {
                    if (!records.MoveNext())
                    {
                        yield break;
                    }
                }
                catch (Exception ex) when (ex is IOException || ex is InvalidDataException)
                {
                    yield break;
                }

                var record = records.Current;
                if (record.IsError || record.Text is null)
                {
                    continue;
                }

                yield return (DocumentRouter.ToInput(record, record.Text), DocumentRouter.IsHtml(new RecordContent(record.Text, record.IsHtml), InputFormat.Auto), $"{Path.GetFileName(file)}:{record.LineNumber} ({record.Text.Length:N0} chars)");
            }
        }
    }
}
