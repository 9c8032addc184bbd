using Microsoft.CodeAnalysis;

namespace ReturnShape.Testing;

/// <summary>The sources of a test (or of its expected fixed result) and what they are expected to report.</summary>
public sealed class SolutionState
{
    /// <summary>Source files, in markup; the first is /0/Test0.cs.</summary>
    public List<string> Sources { get; } = new();

    public List<DiagnosticResult> ExpectedDiagnostics { get; } = new();

    public List<MetadataReference> AdditionalReferences { get; } = new();
}
