namespace NewsClean.Core.Text;

/// <summary>What <see cref="MojibakeRepair"/> did: the repaired text, how it had been misread, how many runs changed.</summary>
public sealed class MojibakeRepairResult
{
    internal MojibakeRepairResult(string text, string description, int runs)
    {
        Text = text;
        Description = description;
        Runs = runs;
    }

    public string Text { get; }

    public string Description { get; }

    public int Runs { get; }
}
