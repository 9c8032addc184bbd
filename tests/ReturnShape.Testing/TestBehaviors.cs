namespace ReturnShape.Testing;

/// <summary>Checks a test may skip, named as in Microsoft.CodeAnalysis.Testing.</summary>
[Flags]
public enum TestBehaviors
{
    None = 0,

    /// <summary>Skip the pass that adds an <c>// &lt;auto-generated/&gt;</c> header and expects silence.</summary>
    SkipGeneratedCodeCheck = 1,

    /// <summary>Skip the pass that adds <c>#pragma warning disable</c> and expects silence.</summary>
    SkipSuppressionCheck = 2,
}

/// <summary>Fix All checks a code-fix test may skip.</summary>
[Flags]
public enum CodeFixTestBehaviors
{
    None = 0,
    SkipFixAllInDocumentCheck = 1,
    SkipFixAllInProjectCheck = 2,
    SkipFixAllInSolutionCheck = 4,
    SkipFixAllCheck = SkipFixAllInDocumentCheck | SkipFixAllInProjectCheck | SkipFixAllInSolutionCheck,
}
