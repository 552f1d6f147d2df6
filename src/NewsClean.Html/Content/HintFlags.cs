using System;

namespace NewsClean.Html.Content;

/// <summary>What the class-name patterns of <see cref="ClassHints"/> found in one class, id or class-and-id string.</summary>
[Flags]
internal enum HintFlags
{
    None = 0,
    Unlikely = 1,
    MaybeCandidate = 2,
    Positive = 4,
    Negative = 8,
    Furniture = 16,
    CommentThread = 32,
    MetaBox = 64,
    EmbeddedPost = 128,
    ShareElement = 256,
}
