using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using MusicTimeMachine;
using static ReturnShape.AspNetCore.Tests.HttpAssert;

namespace ReturnShape.AspNetCore.Tests;

/// <summary>The sample app on a real Kestrel socket on 127.0.0.1, driven by a plain HttpClient.</summary>
public sealed class MusicTimeMachineSampleTests : IAsyncLifetime
{
    private WebApplication? _app;
    private HttpClient? _client;
    private readonly CookieContainer _cookies = new();

    private HttpClient Client => _client!;

    public async Task InitializeAsync()
    {
        _app = MusicTimeMachineApp.Create(new[] { "--urls", "http://127.0.0.1:0", "--environment", "Production", "--Logging:LogLevel:Default", "Warning" });
        await _app.StartAsync();
        var address = Assert.Single(_app.Urls);
        Assert.StartsWith("http://127.0.0.1:", address);
        Assert.NotEqual("http://127.0.0.1:0", address);
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = _cookies }) { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_visit_through_the_whole_app()
    {
        // The HTML page, with the after-request hook's security headers.
        var home = await Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html; charset=utf-8", Header(home, "Content-Type"));
        Assert.Equal("nosniff", Header(home, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(home, "X-Frame-Options"));
        Assert.Contains("<td>Johnny B. Goode</td>", await Body(home));

        var head = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());

        Assert.Contains("<td>Take On Me</td>", await Body(await Client.GetAsync("/years/1985")));

        // Abort(404): Werkzeug's error page with the view's description, hooks applied.
        var nowhere = await Client.GetAsync("/years/1901");
        Assert.Equal(HttpStatusCode.NotFound, nowhere.StatusCode);
        Assert.Contains("no songs from 1901", await Body(nowhere));
        Assert.Equal("text/html; charset=utf-8", Header(nowhere, "Content-Type"));
        Assert.Equal("nosniff", Header(nowhere, "X-Content-Type-Options"));

        var random = await Client.GetAsync("/random");
        Assert.Equal(HttpStatusCode.Found, random.StatusCode);
        Assert.Matches("^/years/[0-9]{4}$", random.Headers.Location!.OriginalString);

        // The JSON API's before-request gate: no key, or a wrong one, and a 401 answers instead of the
        // view, as JSON, with the after-request hook's headers.
        var keyless = await Client.GetAsync("/api/songs?year=1985");
        Assert.Equal(HttpStatusCode.Unauthorized, keyless.StatusCode);
        Assert.Equal("application/json", Header(keyless, "Content-Type"));
        Assert.Equal("{\"error\":\"An API key is required: send it in the X-Api-Key header.\"}\n", await Body(keyless));
        Assert.Equal("ApiKey header=\"X-Api-Key\"", Header(keyless, "WWW-Authenticate"));
        Assert.Equal("nosniff", Header(keyless, "X-Content-Type-Options"));
        var wrongKey = new HttpRequestMessage(HttpMethod.Get, "/api/songs") { Headers = { { "X-Api-Key", "wrong" } } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client.SendAsync(wrongKey)).StatusCode);
        Client.DefaultRequestHeaders.Add("X-Api-Key", MusicTimeMachineApp.DefaultApiKey);

        // The JSON API.
        var eighties = await Client.GetAsync("/api/songs?year=1985");
        Assert.Equal("application/json", Header(eighties, "Content-Type"));
        var songs = JsonNode.Parse(await Body(eighties))!.AsArray();
        Assert.Equal(new[] { "Power of Love", "Take On Me" }, songs.Select(song => (string)song!["title"]!));

        // The API group's error handler: Abort(404, ...) as JSON, keeping its code; the HTML pages keep Werkzeug's.
        var noSong = await Client.GetAsync("/api/songs/999");
        Assert.Equal(HttpStatusCode.NotFound, noSong.StatusCode);
        Assert.Equal("application/json", Header(noSong, "Content-Type"));
        Assert.Equal("{\"code\":404,\"error\":\"There is no song 999.\"}\n", await Body(noSong));
        Assert.Equal("nosniff", Header(noSong, "X-Content-Type-Options"));

        var anonymous = await Client.PostAsJsonAsync("/api/songs", new { title = "Earth Angel", artist = "Marty McFly", year = 1955 });
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("Log in first", await Body(anonymous));

        // Cookie login.
        var refused = await Client.PostAsJsonAsync("/api/login", new { user = "marty", password = "wrong" });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.False(refused.Headers.Contains("Set-Cookie"));
        var login = await Client.PostAsJsonAsync("/api/login", new { user = "marty", password = "outatime" });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"));
        Assert.Matches("^session=[0-9A-F]{64}; Expires=[^;]+; Max-Age=3600; HttpOnly; Path=/; SameSite=Lax$", cookie);
        Assert.Contains("logged in as marty", await Body(await Client.GetAsync("/")));

        var invalid = await Client.PostAsJsonAsync("/api/songs", new { title = "", artist = "Nobody", year = 1955 });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);

        var created = await Client.PostAsJsonAsync("/api/songs", new { title = "Johnny B. Goode, live", artist = "Marty McFly", year = 1955 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.OriginalString;
        Assert.Matches("^/api/songs/[0-9]+$", location);
        Assert.Equal("Marty McFly", (string)JsonNode.Parse(await Body(await Client.GetAsync(location)))!["artist"]!);

        // The streamed CSV export: chunked, no Content-Length, the new song quoted.
        var export = await Client.GetAsync("/export.csv");
        Assert.Equal("text/csv; charset=utf-8", Header(export, "Content-Type"));
        Assert.True(export.Headers.TransferEncodingChunked);
        Assert.False(export.Content.Headers.Contains("Content-Length"));
        var csv = await Body(export);
        Assert.StartsWith("id,title,artist,year\r\n", csv);
        Assert.Contains(",\"Johnny B. Goode, live\",Marty McFly,1955\r\n", csv);

        var deleted = await Client.DeleteAsync(location);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(await deleted.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(location)).StatusCode);
        var deletedAgain = await Client.DeleteAsync(location);
        Assert.Equal(HttpStatusCode.NotFound, deletedAgain.StatusCode);
        Assert.StartsWith("{\"code\":404,\"error\":\"There is no song ", await Body(deletedAgain));

        var logout = await Client.PostAsync("/api/logout", null);
        Assert.Equal(HttpStatusCode.SeeOther, logout.StatusCode);
        Assert.StartsWith("session=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0", Assert.Single(logout.Headers.GetValues("Set-Cookie")));
        Assert.Contains("not logged in", await Body(await Client.GetAsync("/")));
    }
}
