using ReturnShape.AspNetCore;

namespace MusicTimeMachine;

/// <summary>Builds the app; Program runs it, and the tests start it on a port of their own.</summary>
public static class MusicTimeMachineApp
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddSingleton<SongStore>();
        builder.Services.AddSingleton<Accounts>();

        var app = builder.Build();
        app.AfterRequest(SecurityHeaders.Add);
        app.MapViews(typeof(MusicTimeMachineApp).Assembly);
        return app;
    }
}
