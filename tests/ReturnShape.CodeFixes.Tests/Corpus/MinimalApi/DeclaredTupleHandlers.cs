// Handlers declared with tuple return types, as methods and as local functions.
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Corpus.MinimalApi.DeclaredTupleHandlers;

public static class OrderApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/orders/missing", Missing);
        app.MapGet("/orders/late", Late);

        (string, int) Late() => ("late", 202);
    }

    private static (string, int) Missing() => ("no such order", 404);
}
