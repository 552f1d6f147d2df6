using NewsClean.Core.Engine;

namespace NewsClean.Core.Rules;

/// <summary>A rule that looks at each unclaimed content line on its own and removes the ones it recognises.</summary>
public abstract class LineRule : CleaningRule
{
    private protected LineRule()
    {
    }

    internal override void Apply(DocumentState document)
    {
        for (var i = document.ContentStart; i < document.ContentEnd; i++)
        {
            var line = document.Lines[i];
            if (!line.IsBlank && !line.IsClaimed && Matches(document, line))
            {
                document.Claim(line, Descriptor);
            }
        }
    }

    internal abstract bool Matches(DocumentState document, Line line);
}
