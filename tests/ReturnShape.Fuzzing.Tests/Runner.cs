using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ReturnShape.Testing;

namespace ReturnShape.Fuzzing.Tests;

/// <summary>One document of a compilation under test; <see cref="Variant"/> is -1 for a file that is not a variant (a sample's other files).</summary>
public sealed record UnitDocument(string Name, string Text, int Variant);

/// <summary>The sources compiled and analysed together: one variant with its context, or a batch of variants.</summary>
public sealed class Unit
{
    public Unit(ReferenceSet references, OutputKind outputKind, IReadOnlyList<UnitDocument> documents)
    {
        References = references;
        OutputKind = outputKind;
        Documents = documents;
    }

    public ReferenceSet References { get; }

    public OutputKind OutputKind { get; }

    public IReadOnlyList<UnitDocument> Documents { get; }

    /// <summary>The variant's text (not its seed's) compiled with the seed's other files.</summary>
    public static Unit Single(Seed seed, string text, int variant) => new(
        seed.References,
        seed.OutputKind,
        seed.Siblings.Select(s => new UnitDocument(s.Name, s.Text, -1)).Append(new UnitDocument(VariantName(seed), text, variant)).ToList());

    /// <summary>Batchable variants in one compilation, each in a file-scoped namespace of its own so that their types do not collide.</summary>
    public static Unit Batch(ReferenceSet references, IReadOnlyList<Variant> variants) => new(
        references,
        OutputKind.DynamicallyLinkedLibrary,
        variants.Select(v => new UnitDocument("/batch/V" + v.Index + ".cs", "namespace V" + v.Index + ";\n" + v.Text, v.Index)).ToList());

    private static string VariantName(Seed seed) => seed.Siblings.Count > 0 ? seed.Name : "/0/Test0.cs";
}

public enum FailureKind
{
    /// <summary>The analyzers or a fix did not finish within the time limit.</summary>
    Overrun,

    /// <summary>An analyzer threw (AD0001).</summary>
    AnalyzerException,

    /// <summary>A fix threw while registering its actions or computing their operations.</summary>
    FixException,

    /// <summary>A variant that compiled without errors does not after a fix.</summary>
    FixBreaksCompilation,
}

/// <summary>
/// A failure. <see cref="Signature"/> names the failure without the source (kind, analyzer or fix,
/// exception type and where it was thrown), so that shrinking keeps the same failure, not any.
/// </summary>
public sealed record Failure(FailureKind Kind, string Signature, string Detail, int Variant);

/// <summary>What to check in a unit.</summary>
public sealed class CheckOptions
{
    /// <summary>The limit for analysing a unit, and for the fixes of one variant.</summary>
    public TimeSpan Limit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How many of a variant's fixable diagnostics have their fixes run.</summary>
    public int FixCap { get; init; } = 2;

    /// <summary>Which variants have their fixes run (all when null).</summary>
    public Func<int, bool>? FixVariant { get; init; }

    public bool ConcurrentAnalysis { get; init; } = true;
}

/// <summary>What a unit's check found and did.</summary>
public sealed class UnitOutcome
{
    public List<Failure> Failures { get; } = new();

    public bool Overran => Failures.Any(f => f.Kind == FailureKind.Overrun);

    public int Diagnostics { get; set; }

    /// <summary>Code actions whose operations were computed and whose changed document was taken.</summary>
    public int FixesApplied { get; set; }

    /// <summary>Of those, the ones whose variant compiled without errors, so that the fixed document was compiled too.</summary>
    public int FixesCompiled { get; set; }

    /// <summary>Units the C# compiler itself threw on while binding them (a Roslyn bug, not ours): skipped, and counted.</summary>
    public int CompilerCrashes { get; set; }
}

/// <summary>
/// Compiles a unit, runs the subject's analyzers over it and, for the chosen variants, every action
/// every fix registers for their diagnostics. Runs under a time limit: the work runs in a task raced
/// against a delay, since a spinning analyzer never looks at its cancellation token.
/// </summary>
public static class Runner
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Regex TreeInMessage = new(@"SyntaxTree: (\S+)", RegexOptions.Compiled);

    // One empty project per reference set and output kind, whose compilation is computed once: a
    // unit's documents are added to it, so that the referenced assemblies are bound once, not per unit.
    private static readonly ConcurrentDictionary<(ReferenceSet, OutputKind), Lazy<Task<Project>>> BaseProjects = new();

    public static ImmutableArray<MetadataReference> References(ReferenceSet set) => set == ReferenceSet.Views
        ? TestReferences.Default
        : TestReferences.Default
            .AddRange(TestReferences.AspNetCore)
            .Add(MetadataReference.CreateFromFile(typeof(ReturnShape.AspNetCore.ViewEndpointRouteBuilderExtensions).Assembly.Location));

    public static async Task<UnitOutcome> CheckAsync(Subject subject, Unit unit, CheckOptions options)
    {
        var outcome = new UnitOutcome();
        var exceptions = new ConcurrentQueue<(Exception Exception, DiagnosticAnalyzer Analyzer, Diagnostic Diagnostic)>();
        (bool Finished, (Project Project, List<DocumentId> Documents, ImmutableArray<Diagnostic> Diagnostics) Result) analysis;
        try
        {
            analysis = await WithinAsync(ct => AnalyzeAsync(subject, unit, exceptions, options.ConcurrentAnalysis, ct), options.Limit).ConfigureAwait(false);
        }
        catch (Exception exception) when (IsCompilerCrash(exception))
        {
            // The analyzers' own exceptions are caught by onAnalyzerException; what comes out of the call is the compiler's.
            outcome.CompilerCrashes++;
            return outcome;
        }

        if (!analysis.Finished)
        {
            outcome.Failures.Add(new Failure(FailureKind.Overrun, "overrun: analysis",
                "the analyzers did not finish within " + options.Limit.TotalSeconds + " s", SoleVariant(unit)));
            return outcome;
        }

        var (project, documents, diagnostics) = analysis.Result;
        outcome.Diagnostics = diagnostics.Count(d => d.Id != "AD0001");
        foreach (var (exception, analyzer, diagnostic) in exceptions)
        {
            outcome.Failures.Add(new Failure(FailureKind.AnalyzerException,
                "analyzer exception: " + analyzer.GetType().Name + " threw " + Signature(exception),
                diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), VariantOf(unit, diagnostic)));
        }

        foreach (var diagnostic in diagnostics.Where(d => d.Id == "AD0001"))
        {
            if (exceptions.IsEmpty)
            {
                outcome.Failures.Add(new Failure(FailureKind.AnalyzerException, "analyzer exception: AD0001",
                    diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), VariantOf(unit, diagnostic)));
            }
        }

        for (var i = 0; i < unit.Documents.Count; i++)
        {
            var variant = unit.Documents[i].Variant;
            if (variant < 0 || options.FixVariant?.Invoke(variant) == false)
            {
                continue;
            }

            var document = project.GetDocument(documents[i])!;
            var tree = await document.GetSyntaxTreeAsync().ConfigureAwait(false);
            var fixable = diagnostics
                .Where(d => d.Location.SourceTree == tree && subject.FixersById.ContainsKey(d.Id))
                .OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal)
                .Take(options.FixCap)
                .ToList();
            if (fixable.Count == 0)
            {
                continue;
            }

            var fixes = await WithinAsync(ct => FixAsync(subject, document, fixable, variant, outcome, ct), options.Limit).ConfigureAwait(false);
            if (!fixes.Finished)
            {
                outcome.Failures.Add(new Failure(FailureKind.Overrun, "overrun: fixes",
                    "the fixes of " + string.Join(", ", fixable.Select(d => d.Id)) + " did not finish within " + options.Limit.TotalSeconds + " s", variant));
                return outcome;
            }
        }

        return outcome;
    }

    private static async Task<(Project Project, List<DocumentId> Documents, ImmutableArray<Diagnostic> Diagnostics)> AnalyzeAsync(
        Subject subject, Unit unit, ConcurrentQueue<(Exception, DiagnosticAnalyzer, Diagnostic)> exceptions, bool concurrent, CancellationToken cancellationToken)
    {
        var project = await BaseProjects.GetOrAdd((unit.References, unit.OutputKind), key => new Lazy<Task<Project>>(() => CreateBaseProjectAsync(key.Item1, key.Item2))).Value.ConfigureAwait(false);
        var ids = new List<DocumentId>();
        foreach (var document in unit.Documents)
        {
            var added = project.AddDocument(document.Name, SourceText.From(document.Text), filePath: document.Name);
            ids.Add(added.Id);
            project = added.Project;
        }

        var compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, diagnostic) => exceptions.Enqueue((exception, analyzer, diagnostic)),
            concurrent,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var diagnostics = await compilation.WithAnalyzers(subject.Analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        return (project, ids, diagnostics);
    }

    private static async Task<Project> CreateBaseProjectAsync(ReferenceSet references, OutputKind outputKind)
    {
        var workspace = new AdhocWorkspace();
        var id = ProjectId.CreateNewId("Fuzz");
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            id,
            VersionStamp.Default,
            "Fuzz",
            "Fuzz",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true),
            parseOptions: ParseOptions,
            metadataReferences: References(references)));
        var project = solution.GetProject(id)!;
        await project.GetCompilationAsync().ConfigureAwait(false);
        return project;
    }

    private static async Task<bool> FixAsync(Subject subject, Document document, List<Diagnostic> fixable, int variant, UnitOutcome outcome, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var compiles = !model!.GetDiagnostics(cancellationToken: cancellationToken).Any(d => d.Severity == DiagnosticSeverity.Error);
        foreach (var diagnostic in fixable)
        {
            foreach (var fixer in subject.FixersById[diagnostic.Id])
            {
                var name = fixer.GetType().Name;
                var actions = new List<CodeAction>();
                try
                {
                    await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => { lock (actions) { actions.Add(action); } }, cancellationToken)).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Add(FailureKind.FixException, "fix exception: " + name + " threw " + Signature(e) + " registering its fixes", diagnostic.Id + " at " + Position(diagnostic) + ": " + e);
                    continue;
                }

                foreach (var action in actions)
                {
                    ImmutableArray<CodeActionOperation> operations;
                    try
                    {
                        operations = await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        Add(FailureKind.FixException, "fix exception: " + name + " threw " + Signature(e) + " computing '" + action.EquivalenceKey + "'",
                            diagnostic.Id + " at " + Position(diagnostic) + ": " + e);
                        continue;
                    }

                    foreach (var operation in operations.OfType<ApplyChangesOperation>())
                    {
                        if (operation.ChangedSolution.GetDocument(document.Id) is not { } changed)
                        {
                            continue;
                        }

                        lock (outcome)
                        {
                            outcome.FixesApplied++;
                        }

                        if (!compiles)
                        {
                            continue;
                        }

                        lock (outcome)
                        {
                            outcome.FixesCompiled++;
                        }

                        var fixedModel = await changed.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                        var errors = fixedModel!.GetDiagnostics(cancellationToken: cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                        if (errors.Count > 0)
                        {
                            var before = (await document.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString();
                            var after = (await changed.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString();
                            Add(FailureKind.FixBreaksCompilation, "fix breaks compilation: " + name + " '" + action.EquivalenceKey + "'",
                                diagnostic.Id + " at " + Position(diagnostic) + " fixed into code with " + string.Join("; ", errors.Take(3).Select(e => e.Id + " " + e.GetMessage(System.Globalization.CultureInfo.InvariantCulture)))
                                + "\n" + Difference(before, after));
                        }
                    }
                }
            }
        }

        return true;

        void Add(FailureKind kind, string signature, string detail)
        {
            lock (outcome)
            {
                outcome.Failures.Add(new Failure(kind, signature, detail, variant));
            }
        }
    }

    /// <summary>The lines a fix changed: what is between the lines both texts start and end with.</summary>
    private static string Difference(string before, string after)
    {
        var old = before.ReplaceLineEndings("\n").Split('\n');
        var @new = after.ReplaceLineEndings("\n").Split('\n');
        var start = 0;
        while (start < old.Length && start < @new.Length && old[start] == @new[start])
        {
            start++;
        }

        var end = 0;
        while (end < old.Length - start && end < @new.Length - start && old[old.Length - 1 - end] == @new[@new.Length - 1 - end])
        {
            end++;
        }

        return string.Join("\n", old.Skip(start).Take(old.Length - start - end).Select(l => "- " + l)
            .Concat(@new.Skip(start).Take(@new.Length - start - end).Select(l => "+ " + l)));
    }


    /// <summary>Runs <paramref name="work"/> in a task and waits at most <paramref name="limit"/> (and a little, for a token it does observe).</summary>
    public static async Task<(bool Finished, T Result)> WithinAsync<T>(Func<CancellationToken, Task<T>> work, TimeSpan limit)
    {
        using var cancellation = new CancellationTokenSource(limit);
        var task = Task.Run(() => work(cancellation.Token));
        var finished = await Task.WhenAny(task, Task.Delay(limit + TimeSpan.FromSeconds(1))).ConfigureAwait(false);
        if (finished != task)
        {
            // Left running: it cannot be stopped, and is observed so that its end raises nothing.
            _ = task.ContinueWith(t => t.Exception, TaskScheduler.Default);
            return (false, default!);
        }

        try
        {
            return (true, await task.ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return (false, default!);
        }
    }

    /// <summary>An exception thrown inside the C# compiler (its innermost frame is Roslyn's), not by ReturnShape code.</summary>
    private static bool IsCompilerCrash(Exception exception) =>
        exception is not OperationCanceledException
        && exception.TargetSite?.DeclaringType?.FullName?.StartsWith("Microsoft.CodeAnalysis.", StringComparison.Ordinal) == true;

    /// <summary>The exception's type and the innermost ReturnShape method on its stack.</summary>
    public static string Signature(Exception exception)
    {
        var frame = new StackTrace(exception).GetFrames()
            .Select(f => f.GetMethod())
            .FirstOrDefault(m => m?.DeclaringType?.FullName?.StartsWith("ReturnShape.", StringComparison.Ordinal) == true);
        return exception.GetType().Name + (frame is null ? string.Empty : " in " + Name(frame));
    }

    /// <summary>Type.Method as written: an async method's state machine and a lambda's closure named after the method they are in.</summary>
    private static string Name(System.Reflection.MethodBase method)
    {
        var type = method.DeclaringType!;
        var name = method.Name;
        if (name == "MoveNext" && type.Name.StartsWith('<'))
        {
            name = type.Name.Substring(1, type.Name.IndexOf('>') - 1);
        }
        else if (name.StartsWith('<'))
        {
            name = name.Substring(1, name.IndexOf('>') - 1);
        }

        while (type.Name.StartsWith('<') && type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type.Name + "." + name;
    }

    private static int SoleVariant(Unit unit)
    {
        var variants = unit.Documents.Where(d => d.Variant >= 0).ToList();
        return variants.Count == 1 ? variants[0].Variant : -1;
    }

    /// <summary>The variant an AD0001 names in its context ("SyntaxTree: /batch/V12.cs"), else the unit's only variant, else -1.</summary>
    private static int VariantOf(Unit unit, Diagnostic diagnostic)
    {
        var match = TreeInMessage.Match(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        if (match.Success && unit.Documents.FirstOrDefault(d => d.Name == match.Groups[1].Value) is { Variant: >= 0 } document)
        {
            return document.Variant;
        }

        return SoleVariant(unit);
    }

    private static string Position(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return (span.StartLinePosition.Line + 1) + ":" + (span.StartLinePosition.Character + 1);
    }
}
