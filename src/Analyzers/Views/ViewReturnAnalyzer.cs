using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ReturnShape.Analyzers.Infrastructure;
using ReturnShape.Analyzers.Model;

namespace ReturnShape.Analyzers.Views;

/// <summary>
/// The view rules (VRS00xx): each operation block that may hold a view is scanned once for the
/// values the runtime will coerce (<see cref="ViewFinder"/>), and every rule's check reads that scan.
/// Nothing is registered unless the compilation references ReturnShape.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ViewReturnAnalyzer : RuleFamilyAnalyzer
{
    // Precedence, one mistake one diagnostic (docs/design/rules.md, "Precedence"):
    // - a value's shape decides which rule speaks for it: null or no value (VRS0001), a number
    //   (VRS0002), a type the coercion refuses (VRS0003), a tuple of the wrong length (VRS0004), a
    //   misordered tuple (VRS0005) — each check looks at its own ShapeKind or layout, so at most one
    //   reports a value;
    // - only well-formed tuples (right length, in order: ViewFinder.WellFormedTuples) have their
    //   parts read, so a misordered tuple's "status" is never also an invalid status: the body
    //   (VRS0006), status (VRS0007) and headers (VRS0008) are checked there, and the warnings that
    //   read the parts (VRS0009, VRS0010, VRS0012, VRS0013, VRS0014) look at those tuples too.
    private static readonly ImmutableArray<ViewCheck> Checks = ImmutableArray.Create<ViewCheck>(
        new NullValueCheck(),
        new BareNumberCheck(),
        new UnsupportedTypeCheck(),
        new TupleLengthCheck(),
        new MisorderedTupleCheck(),
        new TupleBodyCheck(),
        new InvalidStatusCheck(),
        new InvalidHeadersCheck(),
        new SetCookieHeaderCheck(),
        new JsonAsTextCheck(),
        new JsonEncodedTwiceCheck(),
        new BodilessStatusCheck(),
        new RedirectWithoutLocationCheck(),
        new InvalidStreamElementCheck());

    public ViewReturnAnalyzer()
        : base(Checks.Select(check => check.Rule).ToImmutableArray())
    {
    }

    private protected override void Start(CompilationStartAnalysisContext start)
    {
        var known = KnownSymbols.For(start.Compilation);
        if (known is null)
        {
            return;
        }

        start.RegisterOperationBlockAction(block =>
        {
            var views = ViewFinder.For(block, known);
            if (views.IsEmpty)
            {
                return;
            }

            var reporter = new Reporter(block.ReportDiagnostic);
            foreach (var check in Checks)
            {
                check.Run(views, new RuleReporter(reporter, check.Rule));
            }
        });
    }
}
