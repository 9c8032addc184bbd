namespace ReturnShape.Testing;

/// <summary>
/// The code the analyzer tests wrap their sources in (usings and helper types), shared with the
/// fuzzing tests, which turn those sources back into what the tests analysed.
/// </summary>
public static class TestPreludes
{
    /// <summary>The usings of a view test source.</summary>
    public const string ViewsUsings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Net;
        using System.Text.Json;
        using System.Threading.Tasks;
        using ReturnShape;
        using static ReturnShape.Responses;

        """;

    /// <summary>A host with [View] parameters and a few data types, after <see cref="ViewsUsings"/>.</summary>
    public const string ViewsTypes = """
        public static class Host
        {
            public static void Map(string pattern, [View] Delegate handler) { }
            public static void MapFunc(string pattern, [View] Func<object?> handler) { }
            public static void MapAsync(string pattern, [View] Func<Task<object?>> handler) { }
        }

        public class Person { public string Name { get; set; } = ""; }

        public record Item(int Id);

        """;

    /// <summary>The usings and data type of a minimal-API test source.</summary>
    public const string Api = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Net;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Routing;

        public record Item(int Id, string Name);

        """;
}
