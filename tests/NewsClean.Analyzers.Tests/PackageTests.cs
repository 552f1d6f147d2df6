using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Xunit;

namespace NewsClean.Analyzers.Tests;

/// <summary>The NuGet package: analyzer, code fix and Core under analyzers/dotnet/cs, nothing the consumer would reference.</summary>
[Collection(DotnetCliCollection.Name)]
public sealed class PackageTests
{
    [Fact]
    public void The_package_carries_every_assembly_the_analyzer_needs_and_nothing_else()
    {
        var outDir = Path.Combine(Path.GetTempPath(), "newsclean-pack-" + Guid.NewGuid().ToString("N"));
        try
        {
            var project = Path.Combine(DotnetCli.RepositoryRoot(), "src", "NewsClean.Analyzers", "NewsClean.Analyzers.csproj");
            var (exitCode, output) = DotnetCli.Run(DotnetCli.RepositoryRoot(), "pack", project, "-c", DotnetCli.Configuration, "--no-build", "-nologo", "-v", "q", "-o", outDir);
            Assert.True(exitCode == 0, output);

            var package = Assert.Single(Directory.GetFiles(outDir, "NewsClean.Analyzers.*.nupkg"));
            using var zip = ZipFile.OpenRead(package);
            var files = zip.Entries.Select(e => e.FullName)
                .Where(n => !n.StartsWith("_rels/", StringComparison.Ordinal) && !n.StartsWith("package/", StringComparison.Ordinal) && n != "[Content_Types].xml")
                .OrderBy(n => n, StringComparer.Ordinal)
                .ToArray();
            Assert.Equal(
                new[]
                {
                    "NewsClean.Analyzers.nuspec",
                    "analyzers/dotnet/cs/NewsClean.Analyzers.CodeFixes.dll",
                    "analyzers/dotnet/cs/NewsClean.Analyzers.dll",
                    "analyzers/dotnet/cs/NewsClean.Core.dll",
                    "build/NewsClean.Analyzers.props",
                },
                files);

            var nuspec = XDocument.Load(zip.GetEntry("NewsClean.Analyzers.nuspec")!.Open());
            var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            Assert.Equal("true", metadata.Elements().Single(e => e.Name.LocalName == "developmentDependency").Value);
            Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");

            // Each assembly's references are the framework, the host's Roslyn, or an assembly beside it in the package.
            var shipped = files.Where(f => f.EndsWith(".dll", StringComparison.Ordinal)).ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => f);
            foreach (var (name, entry) in shipped)
            {
                foreach (var reference in ReferencesOf(zip.GetEntry(entry)!))
                {
                    var providedByHost = reference == "netstandard"
                        || reference.StartsWith("System.", StringComparison.Ordinal)
                        || reference.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal);
                    Assert.True(providedByHost || shipped.ContainsKey(reference), name + " needs " + reference + ", which the package does not carry");
                }
            }
        }
        finally
        {
            if (Directory.Exists(outDir))
            {
                Directory.Delete(outDir, recursive: true);
            }
        }
    }

    private static IEnumerable<string> ReferencesOf(ZipArchiveEntry entry)
    {
        using var stream = new MemoryStream();
        using (var source = entry.Open())
        {
            source.CopyTo(stream);
        }

        stream.Position = 0;
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        return reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).ToArray();
    }
}
