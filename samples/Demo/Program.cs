using System.Net;
using ReturnShape;
using static ReturnShape.Responses;

// Shows what Flask-style view return values become: the response a client receives.
var examples = new (string Code, Func<object?> View)[]
{
    ("return \"Hello\";", () => "Hello"),
    ("return (\"Not found\", 404);", () => ("Not found", 404)),
    ("return (\"ok\", 201, new Dictionary<string, string> { [\"X-Id\"] = \"7\" });", () => ("ok", 201, new Dictionary<string, string> { ["X-Id"] = "7" })),
    ("return new Dictionary<string, object> { [\"name\"] = \"Jürgen\", [\"age\"] = 42 };", () => new Dictionary<string, object> { ["name"] = "Jürgen", ["age"] = 42 }),
    ("return new[] { \"a\", \"b\" };", () => new[] { "a", "b" }),
    ("return (\"gone\", HttpStatusCode.Gone);", () => ("gone", HttpStatusCode.Gone)),
    ("return Redirect(\"/login\");", () => Redirect("/login")),
    ("return MakeResponse(\"hi\").SetCookie(\"sid\", \"a b\", httpOnly: true);", () => MakeResponse("hi").SetCookie("sid", "a b", httpOnly: true)),
    ("return new HttpException(404);", () => new HttpException(404)),
    ("return Lines();  // an iterator: streamed", Lines),
    ("return (\"body\", 204);", () => ("body", 204)),
    ("return null;", () => null),
    ("return 123;", () => 123),
    ("return (\"ok\", new Dictionary<string, string> { [\"X-A\"] = \"1\" }, 201);", () => ("ok", new Dictionary<string, string> { ["X-A"] = "1" }, 201)),
    ("return (\"ok\", \"custom-header\");", () => ("ok", "custom-header")),
};

foreach (var (code, view) in examples)
{
    Console.WriteLine("> " + code);
    try
    {
        using (ViewScope.Enter("Demo"))
        {
            var response = MakeResponse(view()).Finalize("GET");
            Console.WriteLine("HTTP/1.1 " + response.Status);
            Console.Write(response.Headers.ToString().Replace("\r\n", "\n"));
            Console.WriteLine();
            Console.WriteLine(response.GetText());
        }
    }
    catch (InvalidViewReturnException ex)
    {
        Console.WriteLine("InvalidViewReturnException " + ex.RuleId + ": " + ex.Message);
    }

    Console.WriteLine();
}

static object Lines() => Enumerate();

static IEnumerable<string> Enumerate()
{
    yield return "line 1\n";
    yield return "line 2\n";
}
