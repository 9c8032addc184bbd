using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReturnShape.Analyzers.Infrastructure;

namespace ReturnShape.Analyzers.MinimalApi;

/// <summary>
/// The minimal-API rules (VRS01xx), over plain ASP.NET Core code: each invocation is read once for
/// the route handler it maps and the Results call it is, each assignment once, and every rule's
/// check reads that. Nothing is registered unless the compilation references ASP.NET Core's routing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MinimalApiAnalyzer : RuleFamilyAnalyzer
{
    // Precedence: each check has its own subject — what a handler returns (a tuple, JSON text, null),
    // a Results call's status or value, an assignment to a response header or status — and no two
    // checks report the same subject for the same mistake (JSON text given to Results.Text is
    // VRS0102's; given to a result that serializes it, VRS0108's).
    private static readonly ImmutableArray<MinimalApiCheck> Checks = ImmutableArray.Create<MinimalApiCheck>(
        new TupleReturnCheck(),
        new JsonAsPlainTextCheck(),
        new NullReturnCheck(),
        new StatusRangeCheck(),
        new BodilessStatusResultCheck(),
        new RedirectResultCheck(),
        new SetCookieOverwriteCheck(),
        new ResultJsonEncodedTwiceCheck());

    public MinimalApiAnalyzer()
        : base(Checks.Select(check => check.Rule).ToImmutableArray())
    {
    }

    private protected override void Start(CompilationStartAnalysisContext start)
    {
        var symbols = AspNetSymbols.For(start.Compilation);
        if (symbols is null)
        {
            return;
        }

        // A method group mapped twice has one body: its mistakes are reported once per compilation.
        var reported = new ConcurrentDictionary<(string Id, Location Location, string Detail), byte>();
        start.RegisterOperationAction(
            context =>
            {
                var subject = ApiSubject.Of(context.Operation, symbols);
                if (subject.Handler is null && subject.Result is null && subject.Assignment is null)
                {
                    return;
                }

                var reporter = new Reporter(context.ReportDiagnostic, reported);
                foreach (var check in Checks)
                {
                    check.Run(subject, new RuleReporter(reporter, check.Rule));
                }
            },
            OperationKind.Invocation,
            OperationKind.SimpleAssignment);
    }
}
