using System.Text;
using static ReturnShape.Responses;

namespace ReturnShape.Tests;

/// <summary>The coercion is stateless: many threads coercing shared values get what one thread gets.</summary>
public class ConcurrencyTests
{
    private static readonly Response Shared = new Response("shared", headers: new Dictionary<string, string> { ["X-A"] = "0" }).SetCookie("sid", "1");
    private static readonly Response SharedUntouched = new("untouched", 201);
    private static readonly Dictionary<string, object?> SharedJson = new() { ["b"] = new[] { 1.5, 2.0 }, ["a"] = "J\u00fcrgen" };

    private static readonly Func<object?>[] Views =
    {
        () => "Hello",
        () => ("Not found", 404),
        () => ("ok", 201, new Dictionary<string, string> { ["X-Id"] = "7" }),
        () => SharedJson,
        () => (SharedJson, 201, new Dictionary<string, string> { ["X-B"] = "b" }),
        () => (Shared, 418, new Dictionary<string, string> { ["X-A"] = "1", ["Set-Cookie"] = "other=1" }),
        () => (Shared, new Headers { { "X-A", "2" }, { "X-A", "3" } }),
        () => Shared,
        () => SharedUntouched,
        () => (SharedUntouched, 202),
        () => (SharedUntouched, new Dictionary<string, string> { ["X-C"] = "c" }),
        () => new HttpException(404),
        () => Redirect("/caf\u00e9"),
        () => Lines(),
        () => ("body", 204),
        () => ("ok", "404 Gone Fishing"),
        () => null,
        () => 123,
        () => ("ok", new Dictionary<string, string>(), 200),
        () => ("ok", "custom-header"),
        () => ("ok", new Dictionary<string, string> { ["X-A"] = "a\nb" }),
        () => new Dictionary<string, double> { ["x"] = double.NaN },
    };

    [Fact]
    public void Many_threads_get_what_one_thread_gets()
    {
        var expected = Views.Select((v, i) => Describe(i)).ToArray();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        const int threads = 16;
        const int rounds = 200;
        using var start = new Barrier(threads);
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var round = 0; round < rounds; round++)
            {
                var i = (t + round) % Views.Length;
                var actual = Describe(i);
                if (actual != expected[i])
                {
                    failures.Add(i + ": " + actual + " != " + expected[i]);
                }
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        Assert.Empty(failures);
        Assert.Equal("shared", Shared.GetText());
        Assert.Equal(new[] { ("X-A", "0"), ("Content-Type", "text/html; charset=utf-8"), ("Content-Length", "6"), ("Set-Cookie", "sid=1; Path=/") }, BodyTests.Pairs(Shared));
        Assert.Equal(new[] { ("Content-Type", "text/html; charset=utf-8"), ("Content-Length", "9") }, BodyTests.Pairs(SharedUntouched));
    }

    private static string Describe(int view)
    {
        using (ViewScope.Enter("view" + view))
        {
            try
            {
                var r = MakeResponse(Views[view]()).Finalize("GET");
                return r.Status + "\n" + r.Headers + "\n" + Convert.ToBase64String(r.GetData());
            }
            catch (InvalidViewReturnException ex)
            {
                return ex.Message;
            }
        }
    }

    private static IEnumerable<string> Lines()
    {
        yield return "a";
        yield return Encoding.UTF8.GetString("\u00fc"u8);
    }
}
