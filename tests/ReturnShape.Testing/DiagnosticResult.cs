using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ReturnShape.Testing;

/// <summary>
/// An expected diagnostic, as in Microsoft.CodeAnalysis.Testing: an id, optionally a location
/// (a markup key <c>{|#0:…|}</c>, a line/column, or a span), message arguments and a severity.
/// </summary>
public readonly struct DiagnosticResult
{
    private DiagnosticResult(string id, DiagnosticDescriptor? descriptor, ImmutableArray<object?>? arguments, string? message,
        DiagnosticSeverity? severity, ExpectedLocation? location)
    {
        Id = id;
        Descriptor = descriptor;
        MessageArguments = arguments;
        Message = message;
        Severity = severity;
        Location = location;
    }

    public string Id { get; }

    public DiagnosticDescriptor? Descriptor { get; }

    public ImmutableArray<object?>? MessageArguments { get; }

    public string? Message { get; }

    public DiagnosticSeverity? Severity { get; }

    internal ExpectedLocation? Location { get; }

    public bool HasLocation => Location is not null;

    public static DiagnosticResult CompilerError(string id) => new(id, null, null, null, DiagnosticSeverity.Error, null);

    public static DiagnosticResult For(DiagnosticDescriptor descriptor) => new(descriptor.Id, descriptor, null, null, null, null);

    public static DiagnosticResult ForId(string id) => new(id, null, null, null, null, null);

    /// <summary>The location marked <c>{|#key:…|}</c> in the test source.</summary>
    public DiagnosticResult WithLocation(int markupKey) => With(location: ExpectedLocation.Markup(markupKey));

    /// <summary>Starts at a 1-based line and column of the first source file (or of <paramref name="path"/>).</summary>
    public DiagnosticResult WithLocation(int line, int column) => With(location: ExpectedLocation.Position(null, line, column));

    public DiagnosticResult WithLocation(string path, int line, int column) => With(location: ExpectedLocation.Position(path, line, column));

    /// <summary>Exactly this 1-based span of the first source file.</summary>
    public DiagnosticResult WithSpan(int startLine, int startColumn, int endLine, int endColumn) =>
        With(location: ExpectedLocation.Span(null, startLine, startColumn, endLine, endColumn));

    public DiagnosticResult WithSpan(string path, int startLine, int startColumn, int endLine, int endColumn) =>
        With(location: ExpectedLocation.Span(path, startLine, startColumn, endLine, endColumn));

    /// <summary>The message arguments ({0}, {1}…); the message is compared as the descriptor formats them.</summary>
    public DiagnosticResult WithArguments(params object?[] arguments) => With(arguments: arguments.ToImmutableArray());

    public DiagnosticResult WithMessage(string message) => With(message: message);

    public DiagnosticResult WithSeverity(DiagnosticSeverity severity) => With(severity: severity);

    internal DiagnosticResult WithResolvedSpan(string path, TextSpan span) => With(location: ExpectedLocation.Resolved(path, span));

    internal DiagnosticResult WithDescriptor(DiagnosticDescriptor descriptor) =>
        new(Id, descriptor, MessageArguments, Message, Severity, Location);

    private DiagnosticResult With(ImmutableArray<object?>? arguments = null, string? message = null, DiagnosticSeverity? severity = null, ExpectedLocation? location = null) =>
        new(Id, Descriptor, arguments ?? MessageArguments, message ?? Message, severity ?? Severity, location ?? Location);

    public override string ToString()
    {
        var text = Id;
        if (Location is not null)
        {
            text += " at " + Location;
        }

        if (MessageArguments is { } args)
        {
            text += " with (" + string.Join(", ", args.Select(a => "\"" + a + "\"")) + ")";
        }

        return text;
    }
}

/// <summary>Where an expected diagnostic is: a markup key still to resolve, a position, or a span.</summary>
internal sealed record ExpectedLocation(string? Path, int? MarkupKey, int Line, int Column, int EndLine, int EndColumn, TextSpan? ResolvedSpan)
{
    public bool IsSpan => EndLine > 0 || ResolvedSpan is not null;

    public static ExpectedLocation Markup(int key) => new(null, key, 0, 0, 0, 0, null);

    public static ExpectedLocation Position(string? path, int line, int column) => new(path, null, line, column, 0, 0, null);

    public static ExpectedLocation Span(string? path, int startLine, int startColumn, int endLine, int endColumn) =>
        new(path, null, startLine, startColumn, endLine, endColumn, null);

    public static ExpectedLocation Resolved(string path, TextSpan span) => new(path, null, 0, 0, 0, 0, span);

    public override string ToString() => MarkupKey is { } key
        ? "{|#" + key + ":…|}"
        : ResolvedSpan is { } span
            ? (Path ?? "") + span
            : (Path ?? "") + "(" + Line + "," + Column + (EndLine > 0 ? "-" + EndLine + "," + EndColumn : "") + ")";
}
