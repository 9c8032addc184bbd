using System.Net;
using Microsoft.AspNetCore.Builder;
using static ReturnShape.AspNetCore.Tests.HttpAssert;

namespace ReturnShape.AspNetCore.Tests;

/// <summary>What the client sees after finalisation: HEAD, 204 and 304 carry no body.</summary>
public sealed class FinalisationTests
{
    [Fact]
    public async Task Head_has_the_headers_of_get_and_no_body()
    {
        await using var app = await TestApp.StartAsync(a => a.MapView("/v", () => ("Hello", new Dictionary<string, string> { ["X-Kind"] = "greeting" })));
        var response = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/v"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("greeting", Header(response, "X-Kind"));
        Assert.Equal("text/html; charset=utf-8", Header(response, "Content-Type"));
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task No_content_has_no_body_and_no_length()
    {
        await using var app = await TestApp.StartAsync(a => a.MapView("/v", ["DELETE"], () => ("dropped", 204)));
        var response = await app.Client.DeleteAsync("/v");
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Null(Header(response, "Content-Length"));
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task Not_modified_has_no_body_and_no_entity_headers()
    {
        await using var app = await TestApp.StartAsync(a => a.MapView("/v", () => ("stale", 304, new Dictionary<string, string> { ["ETag"] = "\"v1\"" })));
        var response = await app.Client.GetAsync("/v");
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Null(Header(response, "Content-Length"));
        Assert.Equal("\"v1\"", Header(response, "ETag"));
    }
}
