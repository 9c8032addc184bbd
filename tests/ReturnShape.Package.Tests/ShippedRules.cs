using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ReturnShape.Package.Tests;

/// <summary>The rules the package ships, read from the analyzer and code-fix assemblies themselves.</summary>
internal static class ShippedRules
{
    /// <summary>Every descriptor of every analyzer, one per id, in id order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = LoadDescriptors();

    /// <summary>The ids some code-fix provider fixes.</summary>
    public static ImmutableHashSet<string> Fixable { get; } = LoadFixable();

    private static IReadOnlyList<DiagnosticDescriptor> LoadDescriptors()
    {
        var assembly = Assembly.Load("ReturnShape.Analyzers");
        return Instances<DiagnosticAnalyzer>(assembly, typeof(DiagnosticAnalyzerAttribute))
            .SelectMany(analyzer => analyzer.SupportedDiagnostics)
            .GroupBy(descriptor => descriptor.Id)
            .Select(group => group.First())
            .OrderBy(descriptor => descriptor.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static ImmutableHashSet<string> LoadFixable() =>
        Instances<CodeFixProvider>(Assembly.Load("ReturnShape.CodeFixes"), typeof(ExportCodeFixProviderAttribute))
            .SelectMany(provider => provider.FixableDiagnosticIds)
            .ToImmutableHashSet();

    private static IEnumerable<T> Instances<T>(Assembly assembly, Type exportAttribute) =>
        assembly.GetTypes()
            .Where(type => typeof(T).IsAssignableFrom(type) && !type.IsAbstract && type.IsDefined(exportAttribute, inherit: false))
            .Select(type => (T)Activator.CreateInstance(type)!);
}
