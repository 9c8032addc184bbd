namespace ReturnShape.CodeFixes.Tests;

/// <summary>Test sources: usings, a host with [View] parameters and a few data types, then the members under test in a Views class.</summary>
internal static class Source
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Net;
        using System.Text.Json;
        using System.Threading.Tasks;
        using ReturnShape;

        """;

    private const string Types = """

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

    public const string UsingStatic = "using static ReturnShape.Responses;\n";

    /// <summary>The members in a Views class, in a file that already has <c>using static ReturnShape.Responses;</c>.</summary>
    public static string WithUsing(string members) => Usings + UsingStatic + Types + Views(members);

    /// <summary>The members in a Views class, in a file without <c>using static ReturnShape.Responses;</c>.</summary>
    public static string WithoutUsing(string members) => Usings + Types + Views(members);

    private static string Views(string members) => "public class Views\n{\n" + members + "\n}\n";
}
