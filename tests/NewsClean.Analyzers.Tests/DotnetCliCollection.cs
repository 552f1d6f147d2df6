using Xunit;

namespace NewsClean.Analyzers.Tests;

/// <summary>Tests that run the dotnet CLI over the src projects' outputs take turns, never in parallel.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DotnetCliCollection
{
    public const string Name = "dotnet CLI";
}
