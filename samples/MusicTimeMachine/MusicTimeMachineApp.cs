using ReturnShape;
using ReturnShape.AspNetCore;

namespace MusicTimeMachine;

/// <summary>Builds the app; Program runs it, and the tests start it on a port of their own.</summary>
public static class MusicTimeMachineApp
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The API key when the configuration sets none (<c>--ApiKey ...</c>).</summary>
    public const string DefaultApiKey = "flux-capacitor";

    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddSingleton<SongStore>();
        builder.Services.AddSingleton<Accounts>();
        builder.Services.AddSingleton(new ApiKey(builder.Configuration["ApiKey"] is { Length: > 0 } key ? key : DefaultApiKey));

        var app = builder.Build();
        app.AfterRequest(SecurityHeaders.Add);
        app.MapViews(typeof(PageViews));
        app.MapViews(typeof(ExportViews));

        // The JSON API: an API-key gate before every view, and its HTTP errors as JSON.
        var api = app.MapGroup("/api");
        api.BeforeRequest(Api.RequireKey);
        api.ErrorHandler<HttpException>(Api.ErrorAsJson);
        api.MapViews(typeof(ApiViews));
        api.MapViews(typeof(AccountViews));
        return app;
    }
}
