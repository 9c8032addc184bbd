namespace ReturnShape.Analyzers.Tests;

/// <summary>The code every test source starts with: usings, a host with [View] parameters, and a few helper types.</summary>
internal static class Source
{
    public const string Prelude = Usings + Types;

    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Net;
        using System.Text.Json;
        using System.Threading.Tasks;
        using ReturnShape;
        using static ReturnShape.Responses;

        """;

    public const string Types = """
        public static class Host
        {
            public static void Map(string pattern, [View] Delegate handler) { }
            public static void MapFunc(string pattern, [View] Func<object?> handler) { }
            public static void MapAsync(string pattern, [View] Func<Task<object?>> handler) { }
        }

        public class Person { public string Name { get; set; } = ""; }

        public record Item(int Id);

        """;

    /// <summary>A test source: the prelude, then <paramref name="members"/> inside <c>public class Views</c>.</summary>
    public static string InViews(string members) => Prelude + "public class Views\n{\n" + members + "\n}\n";
}
