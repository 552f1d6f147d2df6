namespace NewsClean.Core.Model;

public enum RuleCategory
{
    Boilerplate,
    Metadata,
    Validation,
    Encoding,
    Engine,
}
