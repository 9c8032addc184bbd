using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ReturnShape.Fuzzing.Tests;

/// <summary>
/// The analyzers and code fixes under test. <see cref="Product"/> is every analyzer of
/// ReturnShape.Analyzers.dll and every fix of ReturnShape.CodeFixes.dll; the harness's own tests use
/// deliberately broken ones. A subject has a name so that the out-of-process worker can build the same one.
/// </summary>
public sealed class Subject
{
    private Subject(string name, ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<CodeFixProvider> fixers)
    {
        Name = name;
        Analyzers = analyzers;
        Fixers = fixers;
        FixersById = fixers
            .SelectMany(f => f.FixableDiagnosticIds.Select(id => (Id: id, Fixer: f)))
            .GroupBy(p => p.Id, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.Select(p => p.Fixer).ToImmutableArray(), StringComparer.Ordinal);
    }

    public static Subject Product { get; } = new(
        "product",
        Instances<DiagnosticAnalyzer, DiagnosticAnalyzerAttribute>(typeof(ReturnShape.Analyzers.Views.ViewReturnAnalyzer).Assembly),
        Instances<CodeFixProvider, ExportCodeFixProviderAttribute>(typeof(ReturnShape.CodeFixes.ViewReturnCodeFixProvider).Assembly));

    private static readonly Dictionary<string, Func<Subject>> Known = new(StringComparer.Ordinal) { ["product"] = () => Product };

    public string Name { get; }

    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

    public ImmutableArray<CodeFixProvider> Fixers { get; }

    public ImmutableDictionary<string, ImmutableArray<CodeFixProvider>> FixersById { get; }

    /// <summary>Registers a subject the worker process can build by name (a static type's members: every process builds it the same).</summary>
    public static Subject Define(string name, ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<CodeFixProvider> fixers)
    {
        var subject = new Subject(name, analyzers, fixers);
        lock (Known)
        {
            Known[name] = () => subject;
        }

        return subject;
    }

    public static Subject Named(string name)
    {
        lock (Known)
        {
            if (Known.TryGetValue(name, out var make))
            {
                return make();
            }
        }

        // The harness tests' subjects are defined by static members of their test classes.
        foreach (var type in typeof(Subject).Assembly.GetTypes())
        {
            foreach (var property in type.GetProperties(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            {
                if (property.PropertyType == typeof(Subject) && property.GetValue(null) is Subject subject && subject.Name == name)
                {
                    return subject;
                }
            }
        }

        throw new ArgumentException("No subject named " + name + ".", nameof(name));
    }

    private static ImmutableArray<T> Instances<T, TAttribute>(Assembly assembly)
        where TAttribute : Attribute =>
        assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(T).IsAssignableFrom(t) && t.GetCustomAttribute<TAttribute>() is not null)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (T)Activator.CreateInstance(t)!)
            .ToImmutableArray();
}
