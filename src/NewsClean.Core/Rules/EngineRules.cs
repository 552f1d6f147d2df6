using NewsClean.Core.Model;

namespace NewsClean.Core.Rules;

/// <summary>Descriptors the decoder and the engine report: they are no cleaning pass of their own.</summary>
public static class EngineRules
{
    public static readonly RuleDescriptor Windows1256Fallback = new RuleDescriptor(
        RuleIds.Windows1256Fallback, "Windows-1256 decoding", "The bytes are not valid UTF-8; decoded as {0}", RuleCategory.Encoding, RuleSeverity.Info,
        "The document's bytes are not valid UTF-8 and carry no BOM, so they were decoded as Windows-1256, the code page of many Arabic dumps.");

    public static readonly RuleDescriptor NulCharacters = new RuleDescriptor(
        RuleIds.ControlCharacters, "NUL characters dropped", "{0} NUL characters dropped", RuleCategory.Encoding, RuleSeverity.Info,
        "NUL bytes (dumps written by C tools often end with one) are dropped while decoding; CRLF and CR line ends are folded to LF.");

    public static readonly RuleDescriptor Mojibake = new RuleDescriptor(
        RuleIds.MojibakeRepaired, "Double-encoded text repaired", "Double-encoded text repaired: {0}", RuleCategory.Encoding, RuleSeverity.Warning,
        "UTF-8 text that had been decoded as Latin-1, Windows-1252 or Windows-1256 and saved again (\"Ø§Ù„\" for \"ال\") is decoded back, run by run, where the repair is unambiguous (the bytes are valid UTF-8 and spell Arabic or other non-Latin letters).");

    public static readonly RuleDescriptor InternalError = new RuleDescriptor(
        RuleIds.InternalError, "Internal error", "NewsClean failed on this input: {0}", RuleCategory.Engine, RuleSeverity.Warning,
        "The engine failed on this input; the message says where. Please report it with the input.");

    public static readonly RuleDescriptor ContentStrategy = new RuleDescriptor(
        RuleIds.ContentStrategy, "Main content strategy", "Main content read by the {0}", RuleCategory.Engine, RuleSeverity.Info,
        "An HTML page's main content is found by two strategies that must agree: a container scorer (the best-scoring element, widened to the story's siblings and cleaned of furniture) and a paragraph classifier (each block judged by its length, link density and share of the language's function words, then by its neighbours). The scorer's result stands unless the classifier keeps at least 250 characters of article-like paragraphs the scorer lost and at least 1.5 times its article-like text; this finding says which one won and by how much.");
}
