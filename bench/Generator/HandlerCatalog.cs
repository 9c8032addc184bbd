namespace ReturnShape.Bench.Generator;

/// <summary>
/// One handler written twice: as a ReturnShape view body and as the minimal-API lambda a
/// developer would write for the same response. "{i}" stands for the handler's number.
/// </summary>
internal sealed record HandlerShape(string Name, bool Invalid, string ViewBody, string MinimalApiBody);

/// <summary>
/// The mix every generated project draws from, in a fixed round-robin so that two runs write the
/// same files: 18 valid shapes and 2 invalid ones, so 10% of the views are invalid.
/// </summary>
internal static class HandlerCatalog
{
    public static IReadOnlyList<HandlerShape> Shapes { get; } =
    [
        new("text", false,
            "return \"<p>Item {i}</p>\";",
            "return Results.Content(\"<p>Item {i}</p>\", \"text/html\");"),
        new("text-status", false,
            "return (\"Not found: {i}\", 404);",
            "return Results.Text(\"Not found: {i}\", statusCode: 404);"),
        new("dictionary", false,
            "return new Dictionary<string, object?> { [\"id\"] = {i}, [\"name\"] = \"item-{i}\" };",
            "return Results.Json(new Dictionary<string, object?> { [\"id\"] = {i}, [\"name\"] = \"item-{i}\" });"),
        new("list", false,
            "return new List<int> { {i}, {i} + 1, {i} + 2 };",
            "return Results.Json(new List<int> { {i}, {i} + 1, {i} + 2 });"),
        new("json-status", false,
            "return (new Dictionary<string, object?> { [\"created\"] = {i} }, 201);",
            "return Results.Json(new Dictionary<string, object?> { [\"created\"] = {i} }, statusCode: 201);"),
        new("full-tuple", false,
            "var headers = new Dictionary<string, string> { [\"X-Item\"] = \"{i}\" };\n        return (\"ok\", 200, headers);",
            "context.Response.Headers[\"X-Item\"] = \"{i}\";\n        return Results.Text(\"ok\");"),
        new("headers-tuple", false,
            "return (\"ok\", new Dictionary<string, string> { [\"Cache-Control\"] = \"no-store\" });",
            "context.Response.Headers.CacheControl = \"no-store\";\n        return Results.Text(\"ok\");"),
        new("json-helper", false,
            "return Json(new { id = {i}, tags = new[] { \"a\", \"b\" } });",
            "return Results.Json(new { id = {i}, tags = new[] { \"a\", \"b\" } });"),
        new("redirect", false,
            "return Redirect(\"/items/{i}\");",
            "return Results.Redirect(\"/items/{i}\");"),
        new("cookie", false,
            "return MakeResponse(\"welcome\", 200).SetCookie(\"sid\", \"s{i}\", httpOnly: true);",
            "context.Response.Cookies.Append(\"sid\", \"s{i}\", new CookieOptions { HttpOnly = true });\n        return Results.Text(\"welcome\");"),
        new("status-line", false,
            "return (\"gone\", \"410 Gone Away\");",
            "return Results.Text(\"gone\", statusCode: 410);"),
        new("conditional", false,
            "return {i} % 2 == 0 ? \"even\" : (\"odd\", 400);",
            "return {i} % 2 == 0 ? Results.Text(\"even\") : Results.Text(\"odd\", statusCode: 400);"),
        new("response", false,
            "return new Response(\"plain {i}\", 202, mimetype: \"text/plain\");",
            "return Results.Text(\"plain {i}\", \"text/plain\", statusCode: 202);"),
        new("bytes", false,
            "return System.Text.Encoding.UTF8.GetBytes(\"bytes {i}\");",
            "return Results.Bytes(System.Text.Encoding.UTF8.GetBytes(\"bytes {i}\"));"),
        new("local", false,
            "object body = Lookup({i}) ?? \"missing\";\n        return body;",
            "object body = Lookup({i}) ?? \"missing\";\n        return Results.Text(body.ToString());"),
        new("switch", false,
            "return ({i} % 3) switch { 0 => \"zero\", 1 => (\"one\", 201), _ => Json(new { rest = {i} }) };",
            "return ({i} % 3) switch { 0 => Results.Text(\"zero\"), 1 => Results.Text(\"one\", statusCode: 201), _ => Results.Json(new { rest = {i} }) };"),
        new("abort", false,
            "if ({i} < 0) { Abort(404); }\n        return \"found\";",
            "if ({i} < 0) { return Results.NotFound(); }\n        return Results.Text(\"found\");"),
        new("linq", false,
            "var names = Enumerable.Range(0, 3).Select(n => n == 1 ? null : \"n\" + n).ToList();\n        return names;",
            "var names = Enumerable.Range(0, 3).Select(n => n == 1 ? null : \"n\" + n).ToList();\n        return Results.Json(names);"),
        new("misordered-tuple", true,
            "return (\"ok\", new Dictionary<string, string> { [\"X-Item\"] = \"{i}\" }, 200);",
            "return (\"ok\", new Dictionary<string, string> { [\"X-Item\"] = \"{i}\" }, 200);"),
        new("bare-number", true,
            "return {i};",
            "return {i};"),
    ];

    public static HandlerShape For(int index) => Shapes[index % Shapes.Count];

    public static string Fill(string template, int index) =>
        template.Replace("{i}", index.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
