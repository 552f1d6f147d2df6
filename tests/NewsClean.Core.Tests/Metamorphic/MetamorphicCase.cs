using System;
using NewsClean.Core.Model;

namespace NewsClean.Core.Tests.Metamorphic;

/// <summary>A transformed document and how its article must relate to the original's (null when it does).</summary>
internal sealed class MetamorphicCase
{
    public MetamorphicCase(byte[] bytes, Func<CleanArticle, string?> check)
    {
        Bytes = bytes;
        Check = check;
    }

    public byte[] Bytes { get; }

    public Func<CleanArticle, string?> Check { get; }
}

/// <summary>A transformation with a known effect on the output; <see cref="Build"/> returns null when the document has nothing to transform.</summary>
internal sealed class MetamorphicRelation
{
    public MetamorphicRelation(string name, int rounds, Func<Baseline, Random, MetamorphicCase?> build)
    {
        Name = name;
        Rounds = rounds;
        Build = build;
    }

    public string Name { get; }

    /// <summary>How many seeds each document gets (relations that draw nothing at random need one).</summary>
    public int Rounds { get; }

    public Func<Baseline, Random, MetamorphicCase?> Build { get; }

    public override string ToString() => Name;
}
