using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ReturnShape.Analyzers.Model;

/// <summary>
/// A test, made before any operation is walked, of whether a code block can hold anything the
/// ReturnShape analyzers look at. Most methods of a project are not views, so their blocks are ruled
/// out and their operation trees never walked. Each file's text is searched once, whatever the number
/// of blocks and analyzers asking, for the words a view needs: the name of a call that takes a view
/// (<c>MakeResponse</c>, <c>Json</c>, any method with a <c>[View]</c> parameter), a type name ending
/// in <c>Response</c> (<c>new Response(...)</c>), a target-typed <c>new(</c>, or a name the
/// <c>[View]</c> attribute goes by (on a lambda or local function). A block is a candidate when one
/// of those positions falls inside it. A plain text search is a hundred times cheaper than walking
/// the syntax; a match in a comment or a string only costs a needless walk. The test only ever errs
/// towards looking: a false "maybe" costs time, never a diagnostic.
/// </summary>
internal sealed class ViewCandidates
{
    private const string ResponseSuffix = "Response";

    private readonly string[] words;
    private readonly ConditionalWeakTable<SyntaxTree, int[]> positionsByTree = new();
    private readonly ConditionalWeakTable<SyntaxTree, int[]>.CreateValueCallback findPositions;

    private ViewCandidates(HashSet<string> words)
    {
        this.words = new string[words.Count];
        words.CopyTo(this.words);
        findPositions = FindPositions;
    }

    /// <summary>
    /// The words that matter: the calls <c>MakeResponse</c> and <c>Json</c>, every method with a
    /// <c>[View]</c> parameter, declared in source or in a referenced assembly built against ReturnShape,
    /// and the names the attribute goes by, aliases included.
    /// </summary>
    public static ViewCandidates For(Compilation compilation, KnownSymbols known)
    {
        var words = new HashSet<string>(StringComparer.Ordinal) { "MakeResponse", "Json", "View", "ViewAttribute" };
        foreach (var tree in compilation.SyntaxTrees)
        {
            AddSourceNames(tree.GetRoot(), words);
        }

        var runtime = known.ViewAttribute.ContainingAssembly;
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (SymbolEqualityComparer.Default.Equals(assembly, runtime) || ReferencesRuntime(assembly, runtime.Name))
            {
                AddMetadataNames(assembly.GlobalNamespace, known, words);
            }
        }

        return new ViewCandidates(words);
    }

    public bool MayHoldViews(SyntaxNode block)
    {
        var positions = positionsByTree.GetValue(block.SyntaxTree, findPositions);
        var span = block.Span;

        // The first position at or after the block's start, if it is inside the block.
        var index = Array.BinarySearch(positions, span.Start);
        if (index < 0)
        {
            index = ~index;
        }

        return index < positions.Length && positions[index] < span.End;
    }

    private int[] FindPositions(SyntaxTree tree)
    {
        var text = tree.GetText().ToString();
        var positions = new List<int>();
        foreach (var word in words)
        {
            AddMatches(text, word, positions, static (text, at, end) => !IsIdentifierPart(text, at - 1) && !IsIdentifierPart(text, end));
        }

        // FooResponse in new FooResponse(...): the type's name ends there.
        AddMatches(text, ResponseSuffix, positions, static (text, _, end) => !IsIdentifierPart(text, end));

        // A target-typed new(...), which may make a Response.
        AddMatches(text, "new", positions, static (text, at, end) => !IsIdentifierPart(text, at - 1) && NextNonSpace(text, end) == '(');

        positions.Sort();
        return positions.ToArray();
    }

    /// <summary>Adds where <paramref name="word"/> occurs in <paramref name="text"/> and its surroundings (start, end) pass <paramref name="accept"/>.</summary>
    private static void AddMatches(string text, string word, List<int> positions, Func<string, int, int, bool> accept)
    {
        // An empty word would match everywhere without moving on; words are never empty (AddName),
        // and the step is at least one character so that no word can stall the loop.
        var step = Math.Max(word.Length, 1);
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0 && at < text.Length; at = text.IndexOf(word, at + step, StringComparison.Ordinal))
        {
            if (accept(text, at, at + word.Length))
            {
                positions.Add(at);
            }
        }
    }

    private static bool IsIdentifierPart(string text, int index) =>
        index >= 0 && index < text.Length && (char.IsLetterOrDigit(text[index]) || text[index] == '_');

    private static char NextNonSpace(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index < text.Length ? text[index] : '\0';
    }

    // Syntax only, so any attribute on a parameter counts, and any alias of a type named View or
    // ViewAttribute: a name cannot tell which ViewAttribute it is.
    private static void AddSourceNames(SyntaxNode root, HashSet<string> names)
    {
        foreach (var node in root.DescendantNodes(static n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
        {
            switch (node)
            {
                case MethodDeclarationSyntax method when HasAttributedParameter(method.ParameterList):
                    AddName(names, method.Identifier.ValueText);
                    break;
                case UsingDirectiveSyntax { Alias: { } alias, Name: { } target } when RightmostName(target) is "View" or "ViewAttribute":
                    AddName(names, alias.Name.Identifier.ValueText);
                    break;
            }
        }
    }

    // Half-typed code has members without a name yet (int I.([Obsolete] int x)): nothing to search for.
    private static void AddName(HashSet<string> names, string name)
    {
        if (name.Length > 0)
        {
            names.Add(name);
        }
    }

    private static bool HasAttributedParameter(ParameterListSyntax parameters)
    {
        foreach (var parameter in parameters.Parameters)
        {
            if (parameter.AttributeLists.Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ReferencesRuntime(IAssemblySymbol assembly, string runtimeName)
    {
        foreach (var module in assembly.Modules)
        {
            foreach (var referenced in module.ReferencedAssemblies)
            {
                if (referenced.Name == runtimeName)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void AddMetadataNames(INamespaceOrTypeSymbol container, KnownSymbols known, HashSet<string> names)
    {
        foreach (var member in container.GetMembers())
        {
            switch (member)
            {
                case INamespaceOrTypeSymbol nested when nested.DeclaredAccessibility is Accessibility.Public or Accessibility.NotApplicable:
                    AddMetadataNames(nested, known, names);
                    break;
                case IMethodSymbol method when method.DeclaredAccessibility == Accessibility.Public && HasViewParameter(method, known):
                    AddName(names, method.Name);
                    break;
            }
        }
    }

    private static bool HasViewParameter(IMethodSymbol method, KnownSymbols known)
    {
        foreach (var parameter in method.Parameters)
        {
            foreach (var attribute in parameter.GetAttributes())
            {
                if (known.MarksViewDelegate(attribute.AttributeClass))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string RightmostName(TypeSyntax type) => type switch
    {
        SimpleNameSyntax name => name.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => string.Empty,
    };
}
