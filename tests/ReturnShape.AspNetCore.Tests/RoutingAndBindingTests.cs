using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using static ReturnShape.AspNetCore.Tests.HttpAssert;

namespace ReturnShape.AspNetCore.Tests;

public sealed record NewItem(string Name, int Count);

public sealed class Greeter
{
    public string Greet(string name) => "Hello, " + name;
}

/// <summary>Views declared with [View("/path")], mapped by MapViews&lt;T&gt;.</summary>
public static class CatalogViews
{
    [View("/items/{id:int}")]
    public static object Item(int id, [FromQuery] string? format) =>
        format == "json" ? new Dictionary<string, object> { ["id"] = id } : $"item {id}";

    [View("/items", Methods = new[] { "POST" })]
    public static object Create(NewItem item) => (new Dictionary<string, object> { ["name"] = item.Name, ["count"] = item.Count }, 201);

    [View("/items/{id:int}", Methods = new[] { "put", "PATCH" })]
    public static async Task<object> Update(int id, HttpContext context)
    {
        await Task.Yield();
        return ($"{context.Request.Method} {id}", 200);
    }

    [View("/greet/{name}")]
    public static ValueTask<object> Greet(string name, Greeter greeter) => ValueTask.FromResult<object>(greeter.Greet(name));

    [View]
    public static string NotRouted() => "a [View] without a path is a view, but not a route";
}

public sealed class HealthViews
{
    [View("/health", Methods = new[] { "GET", "POST" })]
    public static (string, int) Health() => ("healthy", 200);
}

public sealed class InstanceViews
{
    [View("/instance")]
    public string Index() => "instance";
}

public sealed class RoutingAndBindingTests
{
    private static Task<TestApp> Catalog(Action<WebApplication>? more = null) =>
        TestApp.StartAsync(
            a =>
            {
                a.MapGroup("/shop").MapViews(typeof(CatalogViews));
                more?.Invoke(a);
            },
            services: s => s.AddSingleton<Greeter>());

    [Fact]
    public async Task Route_value_and_query_are_bound()
    {
        await using var app = await Catalog();
        Assert.Equal("item 7", await Body(await app.Client.GetAsync("/shop/items/7")));
        Assert.Equal("{\"id\":7}\n", await Body(await app.Client.GetAsync("/shop/items/7?format=json")));
    }

    [Fact]
    public async Task Json_body_is_bound()
    {
        await using var app = await Catalog();
        var response = await app.Client.PostAsJsonAsync("/shop/items", new NewItem("lamp", 2));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("{\"count\":2,\"name\":\"lamp\"}\n", await Body(response));
    }

    [Fact]
    public async Task Methods_are_honoured_and_async_views_awaited()
    {
        await using var app = await Catalog();
        Assert.Equal("PUT 3", await Body(await app.Client.PutAsync("/shop/items/3", null)));
        Assert.Equal("PATCH 3", await Body(await app.Client.PatchAsync("/shop/items/3", null)));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await app.Client.DeleteAsync("/shop/items/3")).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await app.Client.GetAsync("/shop/items")).StatusCode);
    }

    [Fact]
    public async Task Services_are_injected_into_ValueTask_views()
    {
        await using var app = await Catalog();
        Assert.Equal("Hello, Ada", await Body(await app.Client.GetAsync("/shop/greet/Ada")));
    }

    [Fact]
    public async Task Get_views_answer_head()
    {
        await using var app = await Catalog();
        var response = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/shop/greet/Ada"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Binding_failures_stay_aspnetcore_400s()
    {
        await using var app = await Catalog();
        var response = await app.Client.PostAsync("/shop/items", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Route_constraints_route()
    {
        await using var app = await Catalog();
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("/shop/items/seven")).StatusCode);
    }

    [Fact]
    public async Task MapViews_conventions_apply_to_every_view()
    {
        await using var app = await TestApp.StartAsync(
            a => a.MapViews(typeof(CatalogViews)).WithMetadata(new Marker()).AddEndpointFilter(async (context, next) =>
            {
                context.HttpContext.Response.Headers["X-Marked"] = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<Marker>() is null ? "no" : "yes";
                return await next(context);
            }),
            services: s => s.AddSingleton<Greeter>());
        Assert.Equal("yes", Header(await app.Client.GetAsync("/items/1"), "X-Marked"));
        Assert.Equal("yes", Header(await app.Client.GetAsync("/greet/x"), "X-Marked"));
    }

    [Fact]
    public async Task Lambda_views_bind_like_minimal_apis()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            a.MapView("/sum/{a:int}", (int a, int b) => $"{a + b}");
            a.MapView("/task", async () =>
            {
                await Task.Yield();
                return ("later", 202);
            });
        });
        Assert.Equal("5", await Body(await app.Client.GetAsync("/sum/2?b=3")));
        var task = await app.Client.GetAsync("/task");
        Assert.Equal(HttpStatusCode.Accepted, task.StatusCode);
        Assert.Equal("later", await Body(task));
    }

    [Fact]
    public async Task MapViews_of_T_maps_static_views_of_a_class()
    {
        await using var app = await TestApp.StartAsync(a => a.MapViews<HealthViews>());
        Assert.Equal("healthy", await Body(await app.Client.GetAsync("/health")));
        Assert.Equal("healthy", await Body(await app.Client.PostAsync("/health", null)));
        Assert.Equal(HttpStatusCode.OK, (await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/health"))).StatusCode);
    }

    [Fact]
    public async Task Instance_views_are_refused_when_mapped()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => TestApp.StartAsync(a => a.MapViews<InstanceViews>()));
        Assert.Contains("InstanceViews.Index must be static", error.Message);
    }

    private sealed class Marker
    {
    }
}
