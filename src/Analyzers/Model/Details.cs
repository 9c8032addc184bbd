using ReturnShape.Rules;

namespace ReturnShape.Analyzers.Model;

/// <summary>How a detail begins, by where the value was found.</summary>
internal static class Details
{
    /// <summary>
    /// "it returned …", as the runtime says it of a returned value and of MakeResponse's (it cannot tell
    /// them apart); "it is declared to return …" for what only the declaration shows.
    /// </summary>
    public static string Returned(ViewValue value, string what) => value.Source == ViewValueSource.Declaration
        ? "it is declared to return " + what
        : ViewReturnRules.Returned(what);
}
