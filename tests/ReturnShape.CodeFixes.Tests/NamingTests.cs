using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ReturnShape.Analyzers;

namespace ReturnShape.CodeFixes.Tests;

/// <summary>One name per rule on every side: a fix is named after the rule it fixes, as its descriptor and check are.</summary>
public class NamingTests
{
    public static TheoryData<Type> Providers => new(typeof(NullValueCodeFixProvider).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t)));

    [Theory]
    [MemberData(nameof(Providers))]
    public void EveryFixFixesOneRuleAndIsNamedAfterIt(Type provider)
    {
        var id = Assert.Single(((CodeFixProvider)Activator.CreateInstance(provider)!).FixableDiagnosticIds);
        var descriptor = typeof(Descriptors).GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Single(p => p.PropertyType == typeof(DiagnosticDescriptor) && ((DiagnosticDescriptor)p.GetValue(null)!).Id == id);
        Assert.Equal(descriptor.Name + "CodeFixProvider", provider.Name);
    }
}
