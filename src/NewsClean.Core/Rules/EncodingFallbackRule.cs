using NewsClean.Core.Model;

namespace NewsClean.Core.Rules;

/// <summary>Descriptors the decoder and the engine report: no cleaning pass of their own.</summary>
public static class EncodingFallbackRule
{
    public static readonly RuleDescriptor Rule = new RuleDescriptor(
        RuleIds.Windows1256Fallback, "Windows-1256 decoding", "The bytes are not valid UTF-8; decoded as {0}", RuleCategory.Encoding, RuleSeverity.Info,
        "The document's bytes are not valid UTF-8 and carry no BOM, so they were decoded as Windows-1256, the code page of many Arabic dumps.");

    public static readonly RuleDescriptor InternalError = new RuleDescriptor(
        RuleIds.InternalError, "Internal error", "NewsClean failed on this input: {0}", RuleCategory.Engine, RuleSeverity.Warning,
        "The engine failed on this input; the message says where. Please report it with the input.");
}
