using System.Collections.Generic;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ReturnShape.Analyzers;
using ReturnShape.Analyzers.Model;
using ReturnShape.Rules;

namespace ReturnShape.CodeFixes;

/// <summary>
/// VRS0002: a bare number is either a status with an empty body, <c>MakeResponse("", 404)</c>, or
/// a text body, <c>MakeResponse("123")</c>; the user says which.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BareNumberCodeFixProvider)), Shared]
public sealed class BareNumberCodeFixProvider : ViewReturnCodeFixProvider
{
    public const string AsStatusEquivalenceKey = "VRS0002.AsStatus";

    public const string AsBodyEquivalenceKey = "VRS0002.AsBody";

    public BareNumberCodeFixProvider()
        : base(Descriptors.BareNumber.Id)
    {
    }

    private protected override void Plan(FixContext context, Diagnostic diagnostic, List<Rewrite> rewrites)
    {
        if (context.ExpressionAt(diagnostic) is not { } value)
        {
            return;
        }

        if (IsStatus(context, value)
            && ValueFixes.Bare(context, value, context.Response, "Send it as the status: MakeResponse(\"\", status)", AsStatusEquivalenceKey,
                status => Generate.Responses("MakeResponse", Generate.String(string.Empty), ValueFixes.Unboxed(status))) is { } asStatus)
        {
            rewrites.Add(asStatus);
        }

        if (ValueFixes.Text(context, value) is { } text
            && ValueFixes.Bare(context, value, context.Response, "Send it as the body text: MakeResponse(\"…\")", AsBodyEquivalenceKey,
                _ => Generate.Responses("MakeResponse", text)) is { } asBody)
        {
            rewrites.Add(asBody);
        }
    }

    /// <summary>An int (or narrower integer) or HttpStatusCode that, when constant, is a valid status code.</summary>
    private static bool IsStatus(FixContext context, ExpressionSyntax value)
    {
        if (ValueFixes.ValueType(context, value) is not { } type)
        {
            return false;
        }

        var statusType = type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Byte or SpecialType.System_SByte
                         || SymbolEqualityComparer.Default.Equals(type, context.Known.HttpStatusCode);
        if (!statusType)
        {
            return false;
        }

        var constant = context.OperationOf(value) is { } operation ? ShapeBuilder.Unwrap(operation).ConstantValue : default;
        return !constant.HasValue || constant.Value is { } code && ViewReturnRules.IsValidStatusCode(System.Convert.ToInt64(code, System.Globalization.CultureInfo.InvariantCulture));
    }
}
