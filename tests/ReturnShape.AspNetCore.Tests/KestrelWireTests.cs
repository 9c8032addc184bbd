using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ReturnShape.AspNetCore.Tests;

/// <summary>
/// The bytes Kestrel puts on a real socket for view responses: status lines, repeated headers,
/// bodiless responses, chunked streaming and aborted streams. TestServer cannot show these.
/// </summary>
public sealed class KestrelWireTests : IAsyncLifetime
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(20);

    private readonly ManualResetEventSlim _gate = new();
    private readonly TestLoggerProvider _logs = new();
    private WebApplication? _app;
    private int _port;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(_logs);
        _app = builder.Build();
        _app.MapView("/hello", () => "Hello");
        _app.MapView("/fishing", () => ("fishing", "404 Gone Fishing"));
        _app.MapView("/missing", () => ("missing", 404));
        _app.MapView("/cookies", () => Responses.MakeResponse("ok").SetCookie("a", "1").SetCookie("b", "2"));
        _app.MapView("/empty", () => ("dropped", 204));
        _app.MapView("/gated", GatedChunks);
        _app.MapView("/broken", BrokenChunks);

        // Responses changed after the coercion, by after-request hooks (which leave the error response alone).
        _app.MapGroup("/hooked").AfterRequest((r, _) => r.StatusCode == 200 ? r.SetCookie("s", "v", path: "//h\u0001st/") : r).MapView("/cookie", () => "ok");
        _app.MapView("/hooked/header", Hooked(r => r.Headers.Add("X-A", "\u00e9")));
        _app.MapView("/hooked/status", Hooked(r => r.Status = "200 \u00d6K"));
        _app.MapView("/hooked/length", Hooked(r => r.Headers["Content-Length"] = "3"));
        _app.MapView("/phrase", () => ("x", "200 \u00d6K"));
        _app.MapView("/accented", () => ("x", 200, new Dictionary<string, string> { ["X-A"] = "\u00e9" }));
        _app.MapView("/control", () => ("x", new Dictionary<string, string> { ["X-A"] = "a\u0001b" }));
        _app.MapView("/location", () => ("", 302, new Dictionary<string, string> { ["Location"] = "/caf\u00e9 \u00fc" }));
        await _app.StartAsync();
        _port = new Uri(Assert.Single(_app.Urls)).Port;
    }

    public async Task DisposeAsync()
    {
        _gate.Set();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _gate.Dispose();
    }

    [Fact]
    public async Task Custom_reason_phrase_is_on_the_status_line()
    {
        Assert.StartsWith("HTTP/1.1 404 Gone Fishing\r\n", await Exchange("GET /fishing"));

        // A standard phrase is Kestrel's own spelling, not Werkzeug's upper case.
        Assert.StartsWith("HTTP/1.1 404 Not Found\r\n", await Exchange("GET /missing"));
    }

    /// <summary>
    /// A value Kestrel cannot send (non-ASCII or a control in a header value, non-ASCII in a reason
    /// phrase) is refused by the runtime, so the client gets the adapter's 500, not Kestrel's bare one.
    /// </summary>
    [Theory]
    [InlineData("/accented", "VRS0008", "the value of header \"X-A\" contains the non-ASCII character \\u00e9")]
    [InlineData("/control", "VRS0008", "the value of header \"X-A\" contains the control character \\u0001")]
    [InlineData("/phrase", "VRS0007", "the reason phrase contains the non-ASCII character \\u00d6")]
    [InlineData("/hooked/header", "VRS0008", "the value of header \"X-A\" contains the non-ASCII character \\u00e9")]
    [InlineData("/hooked/status", "VRS0007", "the reason phrase contains the non-ASCII character \\u00d6")]
    [InlineData("/hooked/length", "VRS0008", "the Content-Length header says 3 bytes, but the body has 2")]
    public async Task Unsendable_values_are_the_adapters_500_with_its_log_entry(string path, string ruleId, string detail)
    {
        var response = await Exchange("GET " + path);

        Assert.StartsWith("HTTP/1.1 500 Internal Server Error\r\n", response);
        Assert.Contains("\r\nContent-Type: text/plain; charset=utf-8\r\n", response);
        var body = response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
        Assert.Equal("The view '" + path + "' did not return a valid response: " + detail + " (" + ruleId + ").", body[..body.IndexOf(" (" + ruleId + ").", StringComparison.Ordinal)] + " (" + ruleId + ").");
        var entry = Assert.Single(_logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.Equal("InvalidViewReturn", entry.EventId.Name);
        Assert.Equal("The view '" + path + "' on route '" + path + "' did not return a valid response (" + ruleId + ").", entry.Message);
        Assert.Equal(detail, Assert.IsType<InvalidViewReturnException>(entry.Exception).Detail);
    }

    [Fact]
    public async Task Location_and_cookie_attributes_are_sent_percent_encoded()
    {
        Assert.Contains("\r\nLocation: /caf%C3%A9%20%C3%BC\r\n", await Exchange("GET /location"));
        Assert.Contains("\r\nSet-Cookie: s=v; Path=//h%01st/\r\n", await Exchange("GET /hooked/cookie"));
        Assert.DoesNotContain(_logs.Entries, entry => entry.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task Each_cookie_is_a_header_line_of_its_own()
    {
        var response = await Exchange("GET /cookies");
        Assert.Contains("\r\nSet-Cookie: a=1; Path=/\r\nSet-Cookie: b=2; Path=/\r\n", response);
    }

    [Fact]
    public async Task Head_sends_the_length_of_get_and_no_body()
    {
        var response = await Exchange("HEAD /hello");
        Assert.StartsWith("HTTP/1.1 200 OK\r\n", response);
        Assert.Contains("\r\nContent-Length: 5\r\n", response);
        Assert.EndsWith("\r\n\r\n", response);
        Assert.DoesNotContain("Hello", response);
    }

    [Fact]
    public async Task No_content_has_neither_length_nor_body()
    {
        var response = await Exchange("GET /empty");
        Assert.StartsWith("HTTP/1.1 204 No Content\r\n", response);
        Assert.DoesNotContain("Content-Length", response);
        Assert.EndsWith("\r\n\r\n", response);
        Assert.DoesNotContain(_logs.Entries, entry => entry.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task Streamed_chunk_is_on_the_wire_before_the_iterator_goes_on()
    {
        using var client = await Connect("GET /gated");
        var stream = client.GetStream();
        var head = await ReadUntil(stream, "first;");
        Assert.Contains("\r\nTransfer-Encoding: chunked\r\n", head);
        Assert.DoesNotContain("second", head);
        _gate.Set();
        var rest = await new StreamReader(stream).ReadToEndAsync().WaitAsync(HangGuard);
        Assert.EndsWith("second\r\n0\r\n\r\n", rest);
    }

    [Fact]
    public async Task Stream_failing_midway_is_cut_off_not_terminated()
    {
        using var client = await Connect("GET /broken");
        var stream = client.GetStream();
        var head = await ReadUntil(stream, "partial,");
        Assert.StartsWith("HTTP/1.1 200 OK\r\n", head);
        _gate.Set();
        var transcript = head + await ReadToClose(stream);

        // The last chunk ("0") would tell the client the body is complete.
        Assert.DoesNotMatch("\r\n0\r\n\r\n$", transcript);
        var entry = Assert.Single(_logs.Entries, entry => entry.Category == "ReturnShape.AspNetCore.Views");
        Assert.Contains("(VRS0014)", entry.Message);
    }

    /// <summary>A view returning "ok" whose after_this_request hook changes the 200 it becomes.</summary>
    private static Func<HttpContext, object> Hooked(Action<Response> change) => context =>
    {
        context.AfterThisRequest(r =>
        {
            if (r.StatusCode == 200)
            {
                change(r);
            }

            return r;
        });
        return "ok";
    };

    private IEnumerable<string> GatedChunks()
    {
        yield return "first;";
        if (!_gate.Wait(HangGuard))
        {
            throw new TimeoutException("the client never saw the first chunk");
        }

        yield return "second";
    }

    private IEnumerable<object> BrokenChunks()
    {
        yield return "partial,";

        // Held until the client has read the first chunk: a reset connection may drop unread data.
        if (!_gate.Wait(HangGuard))
        {
            throw new TimeoutException("the client never saw the first chunk");
        }

        yield return 42;
    }

    private async Task<TcpClient> Connect(string requestLine)
    {
        var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", _port).WaitAsync(HangGuard);
        var request = Encoding.ASCII.GetBytes(requestLine + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        await client.GetStream().WriteAsync(request);
        return client;
    }

    /// <summary>Sends one request and reads the raw response until the server closes the connection.</summary>
    private async Task<string> Exchange(string requestLine)
    {
        using var client = await Connect(requestLine);
        return await ReadToClose(client.GetStream());
    }

    private static async Task<string> ReadUntil(NetworkStream stream, string marker)
    {
        var seen = new StringBuilder();
        var buffer = new byte[1024];
        while (!seen.ToString().Contains(marker, StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(HangGuard);
            Assert.NotEqual(0, read);
            seen.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        return seen.ToString();
    }

    private static async Task<string> ReadToClose(NetworkStream stream)
    {
        var received = new MemoryStream();
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer).AsTask().WaitAsync(HangGuard)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (IOException)
        {
            // A reset connection ends the response as much as a closed one; what arrived is kept.
        }

        return Encoding.UTF8.GetString(received.ToArray());
    }
}
