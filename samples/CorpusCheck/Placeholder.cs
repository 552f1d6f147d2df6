namespace CorpusCheck;

/// <summary>The compiler needs one source file; the project exists for its content files.</summary>
internal static class Placeholder
{
}
