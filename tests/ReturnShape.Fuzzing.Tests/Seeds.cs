using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ReturnShape.Fuzzing.Tests;

/// <summary>Which references a source compiles against.</summary>
public enum ReferenceSet
{
    /// <summary>The framework and ReturnShape.dll (the view tests).</summary>
    Views,

    /// <summary>The framework, ReturnShape.dll, ASP.NET Core's shared framework and ReturnShape.AspNetCore.dll.</summary>
    Web,
}

/// <summary>One file of a source set: its name in the compilation and its text.</summary>
public sealed record SourceFile(string Name, string Text);

/// <summary>
/// A source to mutate. <see cref="Text"/> is a whole file; <see cref="MutableStart"/> is where the part
/// the test was about begins (after the prelude), where most mutations go. A sample file is compiled
/// with the other files of its project (<see cref="Siblings"/>); any other seed may share a
/// compilation with other variants, each in a file-scoped namespace of its own (<see cref="Batchable"/>).
/// </summary>
public sealed class Seed
{
    public Seed(string name, string text, int mutableStart, ReferenceSet references, bool batchable,
        OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary, IReadOnlyList<SourceFile>? siblings = null)
    {
        Name = name;
        Text = text;
        MutableStart = mutableStart;
        References = references;
        Batchable = batchable && siblings is null;
        OutputKind = outputKind;
        Siblings = siblings ?? Array.Empty<SourceFile>();
    }

    /// <summary>Where the seed comes from: a file, and for a literal its line.</summary>
    public string Name { get; }

    public string Text { get; }

    public int MutableStart { get; }

    public ReferenceSet References { get; }

    public bool Batchable { get; }

    public OutputKind OutputKind { get; }

    public IReadOnlyList<SourceFile> Siblings { get; }

    public override string ToString() => Name;
}

/// <summary>
/// The seeds: the C# held in the string literals of every test file, wrapped in the prelude its test
/// project uses; and every file of every sample, with the rest of its project beside it.
/// </summary>
public static class Seeds
{
    private static readonly Lazy<IReadOnlyList<Seed>> LazyAll = new(() => Load(Path.Combine(AppContext.BaseDirectory, "seeds")));

    // Microsoft.CodeAnalysis.Testing markup: [|…|], {|VRS0001:…|}, {|#0:…|}.
    private static readonly Regex Markup = new(@"\[\||\|\]|\{\|[^:|{}\s]*:|\|\}", RegexOptions.Compiled);

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static IReadOnlyList<Seed> All => LazyAll.Value;

    /// <summary>The seeds under <paramref name="root"/> (the copy of tests/ and samples/ in the output), in a fixed order.</summary>
    public static IReadOnlyList<Seed> Load(string root)
    {
        var seeds = new List<Seed>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Files(Path.Combine(root, "tests"), "*.cs"))
        {
            var relative = "tests/" + Relative(root, "tests", file);
            foreach (var seed in FromTestFile(relative, File.ReadAllText(file)))
            {
                if (seen.Add(seed.Text))
                {
                    seeds.Add(seed);
                }
            }
        }

        foreach (var project in Files(Path.Combine(root, "samples"), "*.csproj"))
        {
            seeds.AddRange(FromSample(root, project));
        }

        return seeds;
    }

    /// <summary>The literals of one test file that are C# members, statements, expressions or whole files, each wrapped as its test wraps it.</summary>
    public static IEnumerable<Seed> FromTestFile(string path, string text)
    {
        var family = Family(path);
        var root = CSharpSyntaxTree.ParseText(text, ParseOptions).GetRoot();
        foreach (var node in root.DescendantNodesAndTokens())
        {
            string? value = null;
            if (node.IsToken && node.Kind() is SyntaxKind.StringLiteralToken or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken)
            {
                value = node.AsToken().ValueText;
            }
            else if (node.AsNode() is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } concatenation
                     && concatenation.Parent is not BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression })
            {
                // "using V = ReturnShape.ViewAttribute;\n" + Source.Usings + """…""": the source the test compiles.
                value = Concatenation(concatenation, family);
            }

            var literal = value is null ? null : Markup.Replace(value, string.Empty);
            if (literal is null || !LooksLikeCode(literal))
            {
                continue;
            }

            var line = node.GetLocation()!.GetLineSpan().StartLinePosition.Line + 1;
            if (Wrap(path + ":" + line, literal, family) is { } seed)
            {
                yield return seed;
            }
        }
    }

    /// <summary>The text of a concatenation of literals and the test projects' prelude constants, or null when it holds anything else.</summary>
    private static string? Concatenation(BinaryExpressionSyntax concatenation, TestFamily family)
    {
        var text = new System.Text.StringBuilder();
        var operands = new Stack<ExpressionSyntax>();
        operands.Push(concatenation);
        while (operands.Count > 0)
        {
            switch (operands.Pop())
            {
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } add:
                    operands.Push(add.Right);
                    operands.Push(add.Left);
                    break;
                case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal:
                    text.Append(literal.Token.ValueText);
                    break;
                case MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax type, Name: IdentifierNameSyntax member }
                    when Constant(type.Identifier.ValueText + "." + member.Identifier.ValueText, family) is { } constant:
                    text.Append(constant);
                    break;
                default:
                    return null;
            }
        }

        return text.ToString();
    }

    private static string? Constant(string name, TestFamily family) => name switch
    {
        "Source.Usings" => family == TestFamily.Fixes ? Preludes.Fixes.Substring(0, Preludes.Fixes.IndexOf("public", StringComparison.Ordinal)) : Preludes.ViewsUsings,
        "Source.Types" => Preludes.ViewsTypes,
        "Source.Prelude" => Preludes.Views,
        "Source.UsingStatic" => "using static ReturnShape.Responses;\n",
        "ApiSource.Prelude" => Preludes.Api,
        _ => null,
    };

    private enum TestFamily
    {
        Views,
        Fixes,
        Api,
    }

    private static TestFamily Family(string path) =>
        path.Contains("/MinimalApi/", StringComparison.Ordinal) ? TestFamily.Api
        : path.StartsWith("tests/ReturnShape.CodeFixes.Tests/", StringComparison.Ordinal) ? TestFamily.Fixes
        : TestFamily.Views;

    private static bool LooksLikeCode(string literal) =>
        literal.Length >= 6 && (literal.Contains(';') || literal.Contains("=>", StringComparison.Ordinal) || literal.Contains('(') || literal.Contains('{'));

    /// <summary>The first wrapping under which the literal parses without an error: a whole file, then what its test family wraps.</summary>
    private static Seed? Wrap(string name, string literal, TestFamily family)
    {
        var references = family == TestFamily.Api ? ReferenceSet.Web : ReferenceSet.Views;
        if (ParsesCleanly(literal, out var unit) && IsWholeFile(unit))
        {
            var hasGlobalStatements = unit.Members.Any(m => m is GlobalStatementSyntax);
            var hasNamespaces = unit.DescendantNodes().Any(n => n is BaseNamespaceDeclarationSyntax);
            return new Seed(name, literal, 0, Mentions(literal, "AspNetCore") || Mentions(literal, "WebApplication") ? ReferenceSet.Web : references,
                batchable: !hasGlobalStatements && !hasNamespaces && unit.Externs.Count == 0,
                outputKind: hasGlobalStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary);
        }

        foreach (var (prefix, suffix) in Wrappings(family))
        {
            var text = prefix + literal + suffix;
            if (ParsesCleanly(text, out _))
            {
                return new Seed(name, text, prefix.Length, references, batchable: true);
            }
        }

        return null;
    }

    private static IEnumerable<(string Prefix, string Suffix)> Wrappings(TestFamily family)
    {
        const string viewsEnd = "\n}\n";
        const string apiEnd = "\n    }\n}\n";
        switch (family)
        {
            case TestFamily.Views:
                yield return (Preludes.Views + Preludes.ViewsClassStart, viewsEnd);
                yield return (Preludes.Views + Preludes.ViewsClassStart + "    [View(\"/\")] public static object? Index() => ", ";" + viewsEnd);
                break;
            case TestFamily.Fixes:
                yield return (Preludes.Fixes + Preludes.ViewsClassStart, viewsEnd);
                yield return (Preludes.Fixes + Preludes.ViewsClassStart + "    [View(\"/\")] public static object? Index() => ", ";" + viewsEnd);
                break;
            default:
                yield return (Preludes.Api + Preludes.ApiClassStart, apiEnd);
                yield return (Preludes.Api + "public static class Api\n{\n    public static void Configure(IEndpointRouteBuilder app)\n    {\n    }\n", "\n}\n");
                yield return (Preludes.Api + Preludes.ApiClassStart + "        app.MapGet(\"/\", () => ", ");" + apiEnd);
                break;
        }
    }

    private static bool ParsesCleanly(string text, out CompilationUnitSyntax unit)
    {
        var tree = CSharpSyntaxTree.ParseText(text, ParseOptions);
        unit = (CompilationUnitSyntax)tree.GetRoot();
        return !tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error);
    }

    private static bool IsWholeFile(CompilationUnitSyntax unit) =>
        unit.Usings.Count > 0 || unit.Members.Any(m => m is BaseNamespaceDeclarationSyntax or BaseTypeDeclarationSyntax or DelegateDeclarationSyntax);

    private static bool Mentions(string text, string word) => text.Contains(word, StringComparison.Ordinal);

    /// <summary>Each file of a sample project, compiled with the others and the implicit usings its SDK gives.</summary>
    private static IEnumerable<Seed> FromSample(string root, string projectFile)
    {
        var directory = Path.GetDirectoryName(projectFile)!;
        var project = File.ReadAllText(projectFile);
        var isWeb = project.Contains("Microsoft.NET.Sdk.Web", StringComparison.Ordinal);
        var implicitUsings = project.Contains("<ImplicitUsings>enable</ImplicitUsings>", StringComparison.Ordinal);
        var files = Files(directory, "*.cs")
            .Select(f => new SourceFile("samples/" + Relative(root, "samples", f), File.ReadAllText(f)))
            .ToList();
        var hasEntryPoint = files.Any(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions).GetCompilationUnitRoot().Members.Any(m => m is GlobalStatementSyntax));
        var outputKind = hasEntryPoint ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;
        foreach (var file in files)
        {
            var siblings = files.Where(f => f != file).ToList();
            if (implicitUsings)
            {
                siblings.Insert(0, new SourceFile(file.Name.Substring(0, file.Name.IndexOf('/', "samples/".Length)) + "/obj/GlobalUsings.g.cs",
                    isWeb ? Preludes.WebImplicitUsings : Preludes.SdkImplicitUsings));
            }

            yield return new Seed(file.Name, file.Text, 0, isWeb ? ReferenceSet.Web : ReferenceSet.Views, batchable: false, outputKind, siblings);
        }
    }

    private static IEnumerable<string> Files(string directory, string pattern) =>
        Directory.Exists(directory)
            ? Directory.GetFiles(directory, pattern, SearchOption.AllDirectories)
                .Where(f => !Path.GetRelativePath(directory, f).Replace('\\', '/').Split('/').Any(part => part is "bin" or "obj"))
                .OrderBy(f => f.Replace('\\', '/'), StringComparer.Ordinal)
            : Enumerable.Empty<string>();

    private static string Relative(string root, string folder, string file) =>
        Path.GetRelativePath(Path.Combine(root, folder), file).Replace('\\', '/');
}
