// A tuple built in a local; a redirect status whose URL is right there.
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Corpus.MinimalApi.LocalsAndRedirects;

public static class AccountApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/account/busy", () =>
        {
            var busy = ("busy", 503);
            return busy;
        });
        app.MapGet("/account/old", () => Results.Text("/account", statusCode: 301));
        app.MapGet("/account/login", () => Results.Content("/login", statusCode: 302));
    }
}
