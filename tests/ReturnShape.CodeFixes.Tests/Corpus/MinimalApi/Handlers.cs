// Minimal-API handlers written as Flask views would be: tuples, null, JSON text.
using System.Collections.Generic;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Corpus.MinimalApi.Handlers;

public record Product(int Id, string Name);

public static class ProductApi
{
    private static readonly Dictionary<int, Product> Products = new();

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/products/{id}", (int id) => Products.TryGetValue(id, out var p) ? Results.Ok(p) : Results.Text("not found", statusCode: 404));
        app.MapGet("/products/gone", () => ("gone", 410));
        app.MapGet("/products/export", () => Results.Text(JsonSerializer.Serialize(Products.Values)));
        app.MapGet("/products/first", () => Results.Ok(JsonSerializer.Serialize(Products.Values)));
        app.MapDelete("/products/{id}", (int id) => Results.Text("deleted", statusCode: 204));
        app.MapGet("/products/none", object? () => null);
    }
}
