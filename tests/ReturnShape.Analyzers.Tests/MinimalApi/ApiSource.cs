using ReturnShape.Testing;

namespace ReturnShape.Analyzers.Tests.MinimalApi;

/// <summary>The code every minimal-API test source starts with: ASP.NET Core's usings and a class whose Configure maps routes.</summary>
internal static class ApiSource
{
    public const string Prelude = TestPreludes.Api;

    /// <summary>The prelude, then <paramref name="statements"/> inside <c>Api.Configure(IEndpointRouteBuilder app)</c> and <paramref name="members"/> beside it.</summary>
    public static string InConfigure(string statements, string members = "") =>
        Prelude + "public static class Api\n{\n    public static void Configure(IEndpointRouteBuilder app)\n    {\n" + statements + "\n    }\n" + members + "\n}\n";
}
