using ReturnShape.Testing;

namespace ReturnShape.Fuzzing.Tests;

/// <summary>
/// The code the test projects wrap their source literals in, so that a literal becomes the source
/// its test analysed: the analyzer tests' preludes (shared, ReturnShape.Testing.TestPreludes) and
/// ReturnShape.CodeFixes.Tests' Source (copied: its text differs, and that project is not referenced).
/// </summary>
internal static class Preludes
{
    /// <summary>ReturnShape.Analyzers.Tests.Source.Prelude.</summary>
    public const string Views = ViewsUsings + ViewsTypes;

    /// <summary>ReturnShape.Analyzers.Tests.Source.Usings.</summary>
    public const string ViewsUsings = TestPreludes.ViewsUsings;

    /// <summary>ReturnShape.Analyzers.Tests.Source.Types.</summary>
    public const string ViewsTypes = TestPreludes.ViewsTypes;

    /// <summary>ReturnShape.CodeFixes.Tests.Source.WithUsing's text before the Views class.</summary>
    public const string Fixes = """
        using System;
        using System.Collections.Generic;
        using System.Net;
        using System.Text.Json;
        using System.Threading.Tasks;
        using ReturnShape;
        using static ReturnShape.Responses;

        public static class Host
        {
            public static void Map(string pattern, [View] Delegate handler) { }
            public static void MapFunc(string pattern, [View] Func<object?> handler) { }
        }

        public class Person { public string Name { get; set; } = ""; }

        public static class Data
        {
            public static Task<Person> LoadAsync() => Task.FromResult(new Person());
        }

        """;

    /// <summary>ReturnShape.Analyzers.Tests.MinimalApi.ApiSource.Prelude.</summary>
    public const string Api = TestPreludes.Api;

    public const string ViewsClassStart = "public class Views\n{\n";

    public const string ApiClassStart = "public static class Api\n{\n    public static void Configure(IEndpointRouteBuilder app)\n    {\n";

    /// <summary>The implicit global usings of Microsoft.NET.Sdk, for the sample projects built with ImplicitUsings.</summary>
    public const string SdkImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;

        """;

    /// <summary>What Microsoft.NET.Sdk.Web adds to them.</summary>
    public const string WebImplicitUsings = SdkImplicitUsings + """
        global using System.Net.Http.Json;
        global using Microsoft.AspNetCore.Builder;
        global using Microsoft.AspNetCore.Hosting;
        global using Microsoft.AspNetCore.Http;
        global using Microsoft.AspNetCore.Routing;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Hosting;
        global using Microsoft.Extensions.Logging;

        """;
}
