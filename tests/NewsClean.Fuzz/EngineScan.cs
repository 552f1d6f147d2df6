using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NewsClean.Core.Model;

namespace NewsClean.Fuzz;

/// <summary>
/// Generated documents straight into the engine in-process (no CLI, no dump reader), on every core: a quick way to
/// look for engine exceptions over many seeds. Prints each new exception signature once, with the document saved.
/// </summary>
public static class EngineScan
{
    public static int Run(int seed, int count, string saveFolder)
    {
        Directory.CreateDirectory(saveFolder);
        var seeds = SeedDocuments.Load(CliRun.RepositoryRoot(), maxSharedPerSet: 60, largePages: false);
        var generator = new HostileGenerator(seed, seeds, FuzzScale.Ci);
        var documents = Enumerable.Range(0, count).Select(_ => generator.Next()).ToList();
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var gate = new object();
        System.Threading.Tasks.Parallel.For(0, documents.Count, i =>
        {
            var document = documents[i];
            var text = Encoding.UTF8.GetString(document.Bytes);
            foreach (var input in new[] { new DocumentInput(document.Bytes), new DocumentInput(text) })
            {
                if (InProcessEngine.InternalError(input, document.IsHtml) is not { } message)
                {
                    continue;
                }

                var signature = InProcessEngine.Signature(message);
                lock (gate)
                {
                    found[signature] = found.TryGetValue(signature, out var n) ? n + 1 : 1;
                    if (found[signature] == 1)
                    {
                        var path = Path.Combine(saveFolder, $"seed{seed}-{i}-{document.Kind}{(document.IsHtml ? ".html" : ".txt")}");
                        File.WriteAllBytes(path, input.Bytes ?? Encoding.UTF8.GetBytes(text));
                        Console.Error.WriteLine($"{signature}  ({message})  -> {path}");
                    }
                }
            }
        });

        Console.Error.WriteLine($"scan seed {seed}: {count:N0} documents (bytes and text each); " + (found.Count == 0 ? "no InternalError" : string.Join(", ", found.Select(f => $"{f.Key} x{f.Value}"))));
        return found.Count == 0 ? 0 : 1;
    }
}
