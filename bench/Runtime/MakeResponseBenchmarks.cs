using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ReturnShape.Bench.Runtime;

/// <summary>
/// What one view return costs: the coercion alone, and the coercion plus writing the body, beside
/// ASP.NET Core's Results.Text / Results.Json executed into a DefaultHttpContext (the baseline a
/// minimal API pays for the same response).
/// </summary>
[MemoryDiagnoser]
public class MakeResponseBenchmarks
{
    private static readonly Dictionary<string, object?> SmallDictionary = new() { ["id"] = 42, ["name"] = "Ada", ["active"] = true };
    private static readonly Dictionary<string, string> Headers = new() { ["X-Request-Id"] = "abc", ["Cache-Control"] = "no-store" };

    // One context for every call, so the baseline measures executing the result, not building a context.
    private DefaultHttpContext context = null!;

    [GlobalSetup]
    public void Setup() => context = new DefaultHttpContext
    {
        RequestServices = new ServiceCollection().AddLogging().AddOptions().BuildServiceProvider(),
        Response = { Body = System.IO.Stream.Null },
    };

    [Benchmark(Description = "MakeResponse(string)")]
    public Response Text() => Responses.MakeResponse("Hello, world");

    [Benchmark(Description = "MakeResponse(dictionary)")]
    public Response Dictionary() => Responses.MakeResponse(SmallDictionary);

    [Benchmark(Description = "MakeResponse((body, status))")]
    public Response BodyStatus() => Responses.MakeResponse(("Not found", 404));

    [Benchmark(Description = "MakeResponse((body, headers))")]
    public Response BodyHeaders() => Responses.MakeResponse(("ok", Headers));

    [Benchmark(Description = "MakeResponse((body, status, headers))")]
    public Response BodyStatusHeaders() => Responses.MakeResponse(("created", 201, Headers));

    [Benchmark(Description = "Response with two cookies")]
    public Response WithCookies() =>
        Responses.MakeResponse(Responses.MakeResponse("welcome").SetCookie("sid", "abc123", httpOnly: true).SetCookie("theme", "dark", maxAge: 3600));

    [Benchmark(Description = "MakeResponse(stream) + write")]
    public Task Stream() => Responses.MakeResponse(Rows()).WriteBodyAsync(System.IO.Stream.Null);

    [Benchmark(Description = "MakeResponse(string) + write")]
    public Task TextWritten() => Responses.MakeResponse("Hello, world").WriteBodyAsync(System.IO.Stream.Null);

    [Benchmark(Description = "MakeResponse(dictionary) + write")]
    public Task DictionaryWritten() => Responses.MakeResponse(SmallDictionary).WriteBodyAsync(System.IO.Stream.Null);

    [Benchmark(Baseline = true, Description = "Results.Text executed")]
    public Task AspNetText() => Results.Text("Hello, world").ExecuteAsync(context);

    [Benchmark(Description = "Results.Json executed")]
    public Task AspNetJson() => Results.Json(SmallDictionary).ExecuteAsync(context);

    // An iterator, not a collection: a string[] would be a JSON list, not a stream.
    private static IEnumerable<string> Rows()
    {
        yield return "id,name\n";
        yield return "1,Ada\n";
        yield return "2,Grace\n";
    }
}
