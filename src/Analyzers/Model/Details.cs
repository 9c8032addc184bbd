namespace ReturnShape.Analyzers.Model;

/// <summary>How a detail begins, by where the value was found.</summary>
internal static class Details
{
    /// <summary>"it returned …", "it is declared to return …", "MakeResponse was given …".</summary>
    public static string Returned(ViewValue value, string what) => value.Source switch
    {
        ViewValueSource.Declaration => "it is declared to return " + what,
        ViewValueSource.MakeResponse => "MakeResponse was given " + what,
        _ => "it returned " + what,
    };
}
