namespace ReturnShape.Package.Tests;

/// <summary>The sources of the consumer projects: views with known mistakes, and a program that serves them.</summary>
internal static class Views
{
    /// <summary>Two errors and two warnings, each the rule's plainest form.</summary>
    public const string Mistakes = """
        using System.Text.Json;
        using ReturnShape;

        public static class Views
        {
            [View("/missing")]
            public static object? Missing() => null;

            [View("/not-found")]
            public static object NotFound() => (404, "Not found");

            [View("/login")]
            public static object Login() => ("welcome", 200, new Dictionary<string, string> { ["Set-Cookie"] = "sid=abc; HttpOnly" });

            [View("/items")]
            public static object Items() => JsonSerializer.Serialize(new[] { 1, 2 });
        }
        """;

    /// <summary>One warning and nothing else.</summary>
    public const string SetCookieOnly = """
        using ReturnShape;

        public static class Views
        {
            [View("/login")]
            public static object Login() => ("welcome", 200, new Dictionary<string, string> { ["Set-Cookie"] = "sid=abc; HttpOnly" });
        }
        """;

    /// <summary>Serves each view of the class Views once and prints the response, or the rule it broke.</summary>
    public const string Program = """
        using System.Reflection;
        using ReturnShape;
        using static ReturnShape.Responses;

        foreach (var view in typeof(Views).GetMethods(BindingFlags.Public | BindingFlags.Static).OrderBy(m => m.Name))
        {
            using (ViewScope.Enter(view.Name))
            {
                try
                {
                    var response = MakeResponse(view.Invoke(null, null)).Finalize("GET");
                    var cookies = string.Join(" + ", response.Headers.GetAll("Set-Cookie"));
                    Console.WriteLine($"{view.Name}: {response.Status} | {response.ContentType} | {cookies} | \"{response.GetText().TrimEnd()}\"");
                }
                catch (InvalidViewReturnException invalid)
                {
                    Console.WriteLine($"{view.Name}: {invalid.RuleId}");
                }
            }
        }
        """;
}
