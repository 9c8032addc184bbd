using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ReturnShape.Analyzers.Model;

/// <summary>
/// A syntax-only test of whether a code block can hold anything the ReturnShape analyzers look at.
/// Most methods of a project are not views, so their blocks are ruled out from their syntax and
/// their operation trees are never walked. Each file's syntax is read once, whatever the number of
/// blocks and analyzers asking: the positions of the constructs that can make a view are kept
/// sorted, and a block is a candidate when one of them falls inside it. The test only ever errs
/// towards looking: a false "maybe" costs time, never a diagnostic.
/// </summary>
internal sealed class ViewCandidates
{
    private readonly HashSet<string> invokedNames;
    private readonly ConditionalWeakTable<SyntaxTree, int[]> triggersByTree = new();
    private readonly ConditionalWeakTable<SyntaxTree, int[]>.CreateValueCallback findTriggers;

    private ViewCandidates(HashSet<string> invokedNames)
    {
        this.invokedNames = invokedNames;
        findTriggers = FindTriggers;
    }

    /// <summary>
    /// The names of the calls that matter: <c>MakeResponse</c> and <c>Json</c>, and every method with a
    /// <c>[View]</c> parameter, declared in source or in a referenced assembly built against ReturnShape.
    /// </summary>
    public static ViewCandidates For(Compilation compilation, INamedTypeSymbol viewAttribute)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { "MakeResponse", "Json" };
        foreach (var tree in compilation.SyntaxTrees)
        {
            AddSourceNames(tree.GetRoot(), names);
        }

        var runtime = viewAttribute.ContainingAssembly;
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (SymbolEqualityComparer.Default.Equals(assembly, runtime) || ReferencesRuntime(assembly, runtime.Name))
            {
                AddMetadataNames(assembly.GlobalNamespace, viewAttribute, names);
            }
        }

        return new ViewCandidates(names);
    }

    public bool MayHoldViews(SyntaxNode block)
    {
        var triggers = triggersByTree.GetValue(block.SyntaxTree, findTriggers);
        var span = block.Span;

        // The first trigger at or after the block's start, if it is inside the block.
        var index = Array.BinarySearch(triggers, span.Start);
        if (index < 0)
        {
            index = ~index;
        }

        return index < triggers.Length && triggers[index] < span.End;
    }

    private int[] FindTriggers(SyntaxTree tree)
    {
        var triggers = new List<int>();
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            switch (node)
            {
                case InvocationExpressionSyntax invocation when InvokedName(invocation.Expression) is { } name && invokedNames.Contains(name):
                case ObjectCreationExpressionSyntax creation when RightmostName(creation.Type).EndsWith("Response", StringComparison.Ordinal):
                case ImplicitObjectCreationExpressionSyntax:
                case LocalFunctionStatementSyntax { AttributeLists.Count: > 0 }:
                case LambdaExpressionSyntax { AttributeLists.Count: > 0 }:
                    triggers.Add(node.SpanStart);
                    break;
            }
        }

        // DescendantNodes runs in document order, so the positions are already sorted.
        return triggers.ToArray();
    }

    // Syntax only, so any attribute on a parameter counts: its name cannot tell a [View] spelled through an alias.
    private static void AddSourceNames(SyntaxNode root, HashSet<string> names)
    {
        foreach (var node in root.DescendantNodes(static n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
        {
            if (node is MethodDeclarationSyntax method && HasAttributedParameter(method.ParameterList))
            {
                names.Add(method.Identifier.ValueText);
            }
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

    private static void AddMetadataNames(INamespaceOrTypeSymbol container, INamedTypeSymbol viewAttribute, HashSet<string> names)
    {
        foreach (var member in container.GetMembers())
        {
            switch (member)
            {
                case INamespaceOrTypeSymbol nested when nested.DeclaredAccessibility is Accessibility.Public or Accessibility.NotApplicable:
                    AddMetadataNames(nested, viewAttribute, names);
                    break;
                case IMethodSymbol method when method.DeclaredAccessibility == Accessibility.Public && HasViewParameter(method, viewAttribute):
                    names.Add(method.Name);
                    break;
            }
        }
    }

    private static bool HasViewParameter(IMethodSymbol method, INamedTypeSymbol viewAttribute)
    {
        foreach (var parameter in method.Parameters)
        {
            foreach (var attribute in parameter.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, viewAttribute))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string? InvokedName(ExpressionSyntax expression) => expression switch
    {
        SimpleNameSyntax name => name.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };

    private static string RightmostName(TypeSyntax type) => type switch
    {
        SimpleNameSyntax name => name.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => string.Empty,
    };
}
