using System.Net;
using Microsoft.AspNetCore.Builder;
using static ReturnShape.AspNetCore.Tests.HttpAssert;

namespace ReturnShape.AspNetCore.Tests;

/// <summary>The tuple forms (body, status), (body, headers), (body, status, headers) over HTTP.</summary>
public sealed class TupleShapeTests
{
    private static async Task<HttpResponseMessage> Get(Delegate view)
    {
        await using var app = await TestApp.StartAsync(a => a.MapView("/v", view));
        var response = await app.Client.GetAsync("/v");
        await response.Content.LoadIntoBufferAsync();
        Assert.Empty(app.Errors);
        return response;
    }

    [Fact]
    public async Task Body_and_int_status()
    {
        var response = await Get(() => ("Not here", 404));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Not here", await Body(response));
        Assert.Equal("text/html; charset=utf-8", Header(response, "Content-Type"));
    }

    [Fact]
    public async Task Body_and_HttpStatusCode()
    {
        var response = await Get(() => ("made", HttpStatusCode.Created));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Body_and_status_line_with_the_standard_phrase()
    {
        var response = await Get(() => ("gone", "410"));
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
    }

    [Fact]
    public async Task Custom_reason_phrase_reaches_the_client()
    {
        var response = await Get(() => ("fishing", "404 Gone Fishing"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Gone Fishing", response.ReasonPhrase);
    }

    [Fact]
    public async Task Body_and_header_dictionary_goes_through_the_constructor()
    {
        var response = await Get(() => ("ok", new Dictionary<string, string> { ["X-One"] = "1", ["Content-Type"] = "text/plain" }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1", Header(response, "X-One"));
        Assert.Equal("text/plain", Header(response, "Content-Type"));
        Assert.Equal("2", Header(response, "Content-Length"));
    }

    [Fact]
    public async Task Body_and_list_of_pairs_keeps_duplicates()
    {
        var response = await Get(() => ("ok", new List<(string, string)> { ("X-Dup", "a"), ("X-Dup", "b") }));
        Assert.Equal(new[] { "a", "b" }, response.Headers.GetValues("X-Dup"));
    }

    [Fact]
    public async Task Body_status_and_headers()
    {
        var response = await Get(() => ("created", 201, new Dictionary<string, string> { ["Location"] = "/things/1" }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/things/1", response.Headers.Location?.OriginalString);
        Assert.Equal("created", await Body(response));
    }

    [Fact]
    public async Task Json_body_with_status_and_headers_goes_through_update()
    {
        var response = await Get(() => (new Dictionary<string, int> { ["id"] = 7 }, 201, new Dictionary<string, string> { ["X-Id"] = "7" }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("application/json", Header(response, "Content-Type"));
        Assert.Equal("7", Header(response, "X-Id"));
        Assert.Equal("{\"id\":7}\n", await Body(response));
    }

    [Fact]
    public async Task Response_body_with_a_status_gets_the_status()
    {
        var response = await Get(() => (Responses.Json(new[] { 1 }), 202));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("[1]\n", await Body(response));
    }

    [Fact]
    public async Task System_Tuple_is_a_tuple_too()
    {
        var response = await Get(() => Tuple.Create("teapot", 418));
        Assert.Equal((HttpStatusCode)418, response.StatusCode);
        Assert.Equal("teapot", await Body(response));
    }

    [Fact]
    public async Task Tuple_of_a_stream_and_a_status()
    {
        static IEnumerable<string> Rows()
        {
            yield return "x";
            yield return "y";
        }

        var response = await Get(() => (Rows(), 206, new Dictionary<string, string> { ["Content-Type"] = "text/csv" }));
        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("text/csv", Header(response, "Content-Type"));
        Assert.Equal("xy", await Body(response));
    }
}
