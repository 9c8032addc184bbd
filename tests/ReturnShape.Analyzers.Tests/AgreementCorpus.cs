namespace ReturnShape.Analyzers.Tests;

/// <summary>
/// Return expressions that both the analyzers and the runtime judge: each becomes one view. The
/// values are ones whose shape the source shows; values typed object with an unseen origin are
/// out of the analyzer's reach by design and are not here.
/// </summary>
internal static class AgreementCorpus
{
    private const string Object = "object?";

    public static readonly (string ReturnType, string Expression)[] Entries =
    {
        // ---- bodies the runtime builds ----
        (Object, "\"ok\""),
        (Object, "\"\""),
        (Object, "new byte[] { 1, 2 }"),
        (Object, "new ReadOnlyMemory<byte>(new byte[] { 1 })"),
        (Object, "new ArraySegment<byte>(new byte[] { 1 })"),
        (Object, "new Dictionary<string, object?> { [\"a\"] = 1, [\"b\"] = null }"),
        (Object, "new Dictionary<string, int> { [\"a\"] = 1 }"),
        (Object, "new Dictionary<int, string> { [1] = \"a\" }"),
        (Object, "new SortedDictionary<string, int> { [\"a\"] = 1 }"),
        (Object, "new System.Collections.Hashtable { [\"a\"] = 1 }"),
        (Object, "new System.Collections.ArrayList { 1 }"),
        (Object, "new List<int> { 1, 2 }"),
        (Object, "new[] { 1, 2 }"),
        (Object, "new[] { \"a\", \"b\" }"),
        (Object, "new List<Person> { new Person() }"),
        (Object, "new System.Text.Json.Nodes.JsonObject { [\"a\"] = 1 }"),
        (Object, "new System.Text.Json.Nodes.JsonArray(1, 2)"),
        (Object, "MakeResponse(\"ok\")"),
        (Object, "MakeResponse(\"ok\").SetCookie(\"a\", \"1\")"),
        (Object, "new Response(\"ok\", 201)"),
        (Object, "new Response(\"ok\")"),
        (Object, "Redirect(\"/login\")"),
        (Object, "Json(new Person())"),
        (Object, "Json(new { a = 1 })"),
        (Object, "Json()"),
        (Object, "new HttpException(404)"),
        (Object, "Abort(404)"),
        (Object, "H.Strs()"),
        (Object, "Enumerable.Range(0, 3).Select(i => i.ToString())"),
        (Object, "Enumerable.Range(0, 3).Select(i => new byte[] { (byte)i })"),
        (Object, "new System.IO.MemoryStream(new byte[] { 1 })"),
        (Object, "H.AsyncStrs()"),

        // ---- tuples the runtime builds ----
        (Object, "(\"ok\", 201)"),
        (Object, "(\"ok\", \"404\")"),
        (Object, "(\"ok\", \"404 NOT FOUND\")"),
        (Object, "(\"ok\", \"404 Gone Fishing\")"),
        (Object, "(\"ok\", HttpStatusCode.Accepted)"),
        (Object, "(\"ok\", 200L)"),
        (Object, "(\"ok\", (short)201)"),
        (Object, "(\"ok\", 100)"),
        (Object, "(\"ok\", 599)"),
        (Object, "(\"ok\", (int?)null)"),
        (Object, "(\"ok\", new Dictionary<string, string> { { \"X-A\", \"1\" } })"),
        (Object, "(\"ok\", 200, new Dictionary<string, string> { [\"X-A\"] = \"1\" })"),
        (Object, "(\"ok\", new Headers { { \"X-A\", \"1\" } })"),
        (Object, "(\"ok\", 200, new Headers())"),
        (Object, "(\"ok\", new[] { (\"X-A\", \"1\") })"),
        (Object, "(\"ok\", new List<KeyValuePair<string, string>> { new(\"X-A\", \"1\") })"),
        (Object, "(\"ok\", 200, new Dictionary<string, string[]> { [\"X-A\"] = new[] { \"1\", \"2\" } })"),
        (Object, "(\"ok\", new Dictionary<string, object> { [\"X-N\"] = 5 })"),
        (Object, "(\"ok\", (Dictionary<string, string>?)null)"),
        (Object, "(\"ok\", 200, (Dictionary<string, string>?)null)"),
        (Object, "(Json(new Person()), 201)"),
        (Object, "(new Dictionary<string, int> { [\"a\"] = 1 }, 200)"),
        (Object, "(new Dictionary<string, int> { [\"a\"] = 1 }, \"404\")"),
        (Object, "(new Dictionary<string, string>(), 200, new Dictionary<string, string>())"),
        (Object, "(new Dictionary<string, string>(), new Dictionary<string, string>())"),
        (Object, "(new[] { 1 }, 201)"),
        (Object, "(MakeResponse(\"x\"), 404)"),
        (Object, "(new HttpException(404), 500)"),
        (Object, "(new byte[] { 1 }, 200)"),
        (Object, "(new byte[] { 1 }, new Dictionary<string, string>())"),
        (Object, "(H.Strs(), 200)"),
        (Object, "(\"\", 204)"),
        (Object, "(\"\", 302, new Dictionary<string, string> { { \"Location\", \"/x\" } })"),
        (Object, "Tuple.Create(\"ok\", 201)"),
        (Object, "MakeResponse((\"ok\", 201))"),
        (Object, "MakeResponse(\"ok\", 201)"),
        (Object, "MakeResponse(\"ok\", HttpStatusCode.Created)"),
        (Object, "MakeResponse(\"ok\", \"201 CREATED\")"),
        (Object, "MakeResponse(\"ok\", new Dictionary<string, string> { [\"X-A\"] = \"1\" })"),
        (Object, "MakeResponse(\"ok\", 200, new Dictionary<string, string> { [\"X-A\"] = \"1\" })"),

        // ---- built, with a warning at most ----
        (Object, "(\"gone\", 204)"),
        (Object, "(\"moved\", 302)"),
        (Object, "(JsonSerializer.Serialize(new Person()), 200)"),
        (Object, "JsonSerializer.Serialize(new Person())"),
        (Object, "\"{\\\"a\\\": 1}\""),
        (Object, "Json(JsonSerializer.Serialize(new Person()))"),
        (Object, "(\"ok\", 200, new Dictionary<string, string> { { \"Set-Cookie\", \"a=1\" } })"),
        (Object, "MakeResponse(\"moved\", 301)"),

        // ---- typed views ----
        ("Task<object?>", "Task.FromResult<object?>(\"ok\")"),
        ("Task<object?>", "Task.FromResult<object?>((\"ok\", 201))"),
        ("(string, int)", "(\"ok\", 201)"),
        ("string", "\"ok\""),
        ("IEnumerable<string>", "H.Strs()"),
        ("Dictionary<string, int>", "new() { [\"a\"] = 1 }"),
        ("Response", "MakeResponse(\"ok\", 201)"),

        // ---- null (VRS0001) ----
        (Object, "null"),
        (Object, "(string?)null"),
        (Object, "default(string)"),
        ("Task<object?>", "Task.FromResult<object?>(null)"),
        (Object, "MakeResponse(null)"),

        // ---- bare numbers (VRS0002) ----
        (Object, "123"),
        (Object, "true"),
        (Object, "'c'"),
        (Object, "2.5"),
        (Object, "HttpStatusCode.NotFound"),
        (Object, "404L"),
        (Object, "MakeResponse(404)"),
        ("int", "5"),

        // ---- unsupported types (VRS0003) ----
        (Object, "DateTime.Now"),
        (Object, "new Person()"),
        (Object, "new Item(1)"),
        (Object, "new { a = 1 }"),
        (Object, "new HashSet<int> { 1 }"),
        (Object, "Guid.Empty"),
        (Object, "Task.FromResult(\"x\")"),
        (Object, "new Func<string>(() => \"x\")"),
        (Object, "new Queue<int>()"),
        (Object, "new Headers()"),
        (Object, "System.Text.Json.Nodes.JsonValue.Create(1)"),
        (Object, "MakeResponse(new Person())"),
        ("Task<object?>", "Task.FromResult<object?>(new Person())"),

        // ---- tuple length (VRS0004) ----
        (Object, "ValueTuple.Create(\"a\")"),
        (Object, "(\"a\", 1, 2, 3)"),
        (Object, "(\"a\", 200, new Dictionary<string, string>(), 1)"),
        (Object, "Tuple.Create(\"a\", 200, \"x\", \"y\")"),
        (Object, "MakeResponse((\"a\", 1, 2, 3))"),

        // ---- misordered (VRS0005) ----
        (Object, "(\"ok\", new Dictionary<string, string>(), 200)"),
        (Object, "(404, \"Not found\")"),
        (Object, "(new Dictionary<string, string>(), \"body\")"),
        (Object, "(\"ok\", \"custom-header\", 200)"),
        (Object, "(HttpStatusCode.NotFound, \"gone\")"),
        (Object, "(404, \"Not found\", new Dictionary<string, string>())"),
        (Object, "(new Dictionary<string, string>(), new byte[] { 1 })"),
        (Object, "(new Dictionary<string, string>(), MakeResponse(\"x\"))"),
        (Object, "H.Misordered()"),
        (Object, "MakeResponse(404, \"Not found\")"),

        // ---- tuple body (VRS0006) ----
        (Object, "((string?)null, 404)"),
        (Object, "((object?)null, 200)"),
        (Object, "(404, 404)"),
        (Object, "(DateTime.Now, 200)"),
        (Object, "(new Person(), 201)"),
        (Object, "((\"a\", 1), 200)"),
        (Object, "H.PersonTuple()"),
        (Object, "MakeResponse((string?)null, 404)"),
        (Object, "MakeResponse(new Person(), 200, new Dictionary<string, string>())"),

        // ---- status (VRS0007) ----
        (Object, "(\"ok\", 999)"),
        (Object, "(\"ok\", \"custom-header\")"),
        (Object, "(\"ok\", 2.5)"),
        (Object, "(\"ok\", true)"),
        (Object, "(\"ok\", (HttpStatusCode)999)"),
        (Object, "(\"ok\", \"abc\", new Dictionary<string, string>())"),
        (Object, "(\"ok\", \"404\\r\\nX: 1\")"),
        (Object, "(\"ok\", 99)"),
        (Object, "(\"ok\", 600)"),
        (Object, "(\"ok\", DateTime.Now)"),
        (Object, "MakeResponse(\"ok\", 99)"),
        (Object, "MakeResponse(\"ok\", \"not a status\")"),
        (Object, "(\"ok\", \"200 \\u00d6K\")"),
        (Object, "(\"ok\", \"200 O\\u007fK\")"),
        (Object, "(\"ok\", \"200 tab\\tand ~!\")"),
        ("(string, double)", "(\"ok\", 2.0)"),

        // ---- headers (VRS0008) ----
        (Object, "(\"ok\", 200, \"X-A: 1\")"),
        (Object, "(\"ok\", 200, new List<string> { \"X-A\" })"),
        (Object, "(\"ok\", new List<string> { \"X-A\" })"),
        (Object, "(\"ok\", new Dictionary<string, string> { { \"Bad Name\", \"1\" } })"),
        (Object, "(\"ok\", 200, new Dictionary<string, string> { [\"X-A\"] = \"a\\r\\nb\" })"),
        (Object, "(\"ok\", new Dictionary<string, string?> { { \"X-A\", null } })"),
        (Object, "(\"ok\", 201, new[] { 1, 2 })"),
        (Object, "(\"ok\", new[] { (\"X:A\", \"1\") })"),
        (Object, "(\"ok\", new Dictionary<string, object> { [\"X-A\"] = new Dictionary<string, string>() })"),
        (Object, "MakeResponse(\"ok\", new List<string> { \"X-A\" })"),
        (Object, "(\"ok\", 200, new Dictionary<string, string> { [\"X-A\"] = \"caf\\u00e9\" })"),
        (Object, "(Json(1), new Dictionary<string, string> { [\"X-A\"] = \"a\\u0001b\" })"),
        (Object, "(\"ok\", new[] { (\"X-A\", \"\\u007f\") })"),
        (Object, "(\"ok\", new Dictionary<string, string> { [\"Content-Length\"] = \"ten\" })"),
        (Object, "(\"\", 302, new Dictionary<string, string> { [\"Location\"] = \"/caf\\u00e9\" })"),
        (Object, "(\"ok\", new Dictionary<string, string> { [\"X-A\"] = \"a\\tb ~\" })"),

        // ---- streams (VRS0014) ----
        (Object, "H.Ints()"),
        (Object, "Enumerable.Range(0, 3)"),
        (Object, "Enumerable.Repeat(1, 3)"),
        (Object, "new List<int> { 1 }.Select(i => i * 2)"),
        (Object, "(Enumerable.Range(0, 3), 200)"),
        (Object, "H.AsyncInts()"),
        ("IEnumerable<int>", "H.Ints()"),
    };

    public const string Helpers = """
        public static class H
        {
            public static IEnumerable<int> Ints() { yield return 1; }
            public static IEnumerable<string> Strs() { yield return "a"; }
            public static async IAsyncEnumerable<int> AsyncInts() { await Task.Yield(); yield return 1; }
            public static async IAsyncEnumerable<string> AsyncStrs() { await Task.Yield(); yield return "a"; }
            public static (string, Dictionary<string, string>, int) Misordered() => ("ok", new(), 200);
            public static (Person, int) PersonTuple() => (new Person(), 200);
        }

        """;

    public static string MethodName(int index) => "V" + index.ToString("000", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>One compilation unit: the prelude, the helpers, and one view per entry.</summary>
    public static string Source() => Tests.Source.Prelude + Helpers + Members();

    /// <summary>The class of views, one per entry.</summary>
    public static string Members()
    {
        var builder = new System.Text.StringBuilder().AppendLine("public static class Corpus").AppendLine("{");
        for (var i = 0; i < Entries.Length; i++)
        {
            builder.Append("    [View(\"/").Append(MethodName(i)).Append("\")] public static ").Append(Entries[i].ReturnType).Append(' ')
                .Append(MethodName(i)).Append("() => ").Append(Entries[i].Expression).AppendLine(";");
        }

        return builder.AppendLine("}").ToString();
    }
}
