using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using static ReturnShape.AspNetCore.Tests.HttpAssert;

namespace ReturnShape.AspNetCore.Tests;

/// <summary>Each body shape of docs/design/coercion.md, returned by a view and read back over HTTP.</summary>
public sealed class BodyShapeTests
{
    private static async Task<HttpResponseMessage> Get(Delegate view, string method = "GET")
    {
        await using var app = await TestApp.StartAsync(a => a.MapView("/v", view));
        var response = await app.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/v"));
        await response.Content.LoadIntoBufferAsync();
        Assert.Empty(app.Errors);
        return response;
    }

    [Fact]
    public async Task String_is_html_with_a_content_length()
    {
        var response = await Get(() => "Hello");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", Header(response, "Content-Type"));
        Assert.Equal("5", Header(response, "Content-Length"));
        Assert.Equal("Hello", await Body(response));
    }

    [Fact]
    public async Task String_is_encoded_as_utf8()
    {
        var response = await Get(() => "Grüße");
        Assert.Equal(Encoding.UTF8.GetBytes("Grüße"), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("7", Header(response, "Content-Length"));
    }

    [Fact]
    public async Task Bytes_are_sent_raw()
    {
        var response = await Get(() => new byte[] { 0, 1, 2, 255 });
        Assert.Equal(new byte[] { 0, 1, 2, 255 }, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("text/html; charset=utf-8", Header(response, "Content-Type"));
        Assert.Equal("4", Header(response, "Content-Length"));
    }

    [Fact]
    public async Task Memory_and_array_segments_are_bytes()
    {
        var memory = await Get(() => new ReadOnlyMemory<byte>(new byte[] { 9, 8, 7 }, 1, 2));
        Assert.Equal(new byte[] { 8, 7 }, await memory.Content.ReadAsByteArrayAsync());
        var segment = await Get(() => new ArraySegment<byte>(new byte[] { 9, 8, 7 }, 0, 2));
        Assert.Equal(new byte[] { 9, 8 }, await segment.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Dictionary_is_json_with_sorted_keys()
    {
        var response = await Get(() => new Dictionary<string, object?> { ["b"] = 1, ["a"] = new[] { "x", "é" } });
        Assert.Equal("application/json", Header(response, "Content-Type"));
        Assert.Equal("{\"a\":[\"x\",\"\\u00e9\"],\"b\":1}\n", await Body(response));
    }

    [Fact]
    public async Task Read_only_collections_are_json()
    {
        IReadOnlyDictionary<string, string> map = new Dictionary<string, string> { ["z"] = "last", ["a"] = "first" };
        Assert.Equal("{\"a\":\"first\",\"z\":\"last\"}\n", await Body(await Get(() => map)));
        IReadOnlyList<int> list = new List<int> { 1, 2 };
        Assert.Equal("[1,2]\n", await Body(await Get(() => list)));
    }

    [Fact]
    public async Task Json_nodes_are_json()
    {
        var obj = await Get(() => new JsonObject { ["ok"] = true });
        Assert.Equal("{\"ok\":true}\n", await Body(obj));
        var array = await Get(() => new JsonArray(1, 2));
        Assert.Equal("[1,2]\n", await Body(array));
    }

    [Fact]
    public async Task Lists_and_arrays_are_json()
    {
        var list = await Get(() => new List<int> { 1, 2, 3 });
        Assert.Equal("application/json", Header(list, "Content-Type"));
        Assert.Equal("[1,2,3]\n", await Body(list));
        var array = await Get(() => new[] { "a", "b" });
        Assert.Equal("[\"a\",\"b\"]\n", await Body(array));
    }

    [Fact]
    public async Task Json_helper_is_json()
    {
        var response = await Get(() => Responses.Json(new { Name = "Ada" }));
        Assert.Equal("application/json", Header(response, "Content-Type"));
        Assert.Contains("Ada", await Body(response));
    }

    [Fact]
    public async Task Response_is_used_as_is()
    {
        var response = await Get(() => new Response("made", 201, new Dictionary<string, string> { ["X-Made"] = "yes" }, mimetype: "text/plain"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("yes", Header(response, "X-Made"));
        Assert.StartsWith("text/plain", Header(response, "Content-Type"));
        Assert.Equal("made", await Body(response));
    }

    [Fact]
    public async Task Stream_is_streamed_without_a_content_length()
    {
        var response = await Get(() => new MemoryStream(Encoding.UTF8.GetBytes("from a stream")));
        Assert.Equal("from a stream", await Body(response));
        Assert.Equal("text/html; charset=utf-8", Header(response, "Content-Type"));
        Assert.False(response.Content.Headers.Contains("Content-Length"));
    }

    [Fact]
    public async Task Lazy_enumerables_are_streamed()
    {
        static IEnumerable<string> Text()
        {
            yield return "a,";
            yield return "b";
        }

        static IEnumerable<byte[]> Bytes()
        {
            yield return new byte[] { 1 };
            yield return new byte[] { 2, 3 };
        }

        Assert.Equal("a,b", await Body(await Get(Text)));
        var bytes = await Get(Bytes);
        Assert.Equal(new byte[] { 1, 2, 3 }, await bytes.Content.ReadAsByteArrayAsync());
        Assert.False(bytes.Content.Headers.Contains("Content-Length"));
    }

    [Fact]
    public async Task Async_enumerable_is_streamed()
    {
        static async IAsyncEnumerable<string> Chunks()
        {
            yield return "one ";
            await Task.Yield();
            yield return "two";
        }

        Assert.Equal("one two", await Body(await Get(Chunks)));
    }

    [Fact]
    public async Task Returned_http_exception_is_its_error_page()
    {
        var response = await Get(() => CaughtAbort(404));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", Header(response, "Content-Type"));
        Assert.Contains("Not Found", await Body(response));
    }

    [Fact]
    public async Task Thrown_abort_is_its_error_page()
    {
        var response = await Get(object () => throw Responses.Abort(418, "short and stout"));
        Assert.Equal((HttpStatusCode)418, response.StatusCode);
        Assert.Contains("short and stout", await Body(response));
    }

    [Fact]
    public async Task Async_thrown_abort_is_its_error_page()
    {
        var response = await Get(async Task<object> () =>
        {
            await Task.Yield();
            throw Responses.Abort(403);
        });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task IResult_passes_through_to_aspnetcore()
    {
        var response = await Get(() => Results.Text("from IResult", "text/x-custom", statusCode: 202));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.StartsWith("text/x-custom", Header(response, "Content-Type"));
        Assert.Equal("from IResult", await Body(response));
    }

    [Fact]
    public async Task RequestDelegate_passes_through_to_aspnetcore()
    {
        RequestDelegate app = async context =>
        {
            context.Response.StatusCode = 207;
            await context.Response.WriteAsync("from a RequestDelegate");
        };
        var response = await Get(() => app);
        Assert.Equal((HttpStatusCode)207, response.StatusCode);
        Assert.Equal("from a RequestDelegate", await Body(response));
    }

    private static HttpException CaughtAbort(int code)
    {
        try
        {
            throw Responses.Abort(code);
        }
        catch (HttpException e)
        {
            return e;
        }
    }
}
