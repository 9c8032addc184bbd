namespace ReturnShape.Analyzers.Tests.MinimalApi;

/// <summary>
/// Correct handlers of the kinds ASP.NET Core's minimal-API documentation shows (overview,
/// responses, route groups, parameter binding, typed results): every VRS01xx rule stays silent.
/// </summary>
public class CorrectHandlersCorpusTests
{
    private const string Corpus = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        using System.Runtime.CompilerServices;
        using System.Text;
        using System.Text.Json;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Http.HttpResults;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Routing;

        public record Todo(int Id, string Name, bool IsComplete);

        public class TodoStore
        {
            private readonly List<Todo> todos = new();
            public Task<List<Todo>> AllAsync() => Task.FromResult(todos.ToList());
            public ValueTask<Todo?> FindAsync(int id) => ValueTask.FromResult(todos.FirstOrDefault(t => t.Id == id));
            public void Add(Todo todo) => todos.Add(todo);
            public bool Remove(int id) => todos.RemoveAll(t => t.Id == id) > 0;
        }

        public class HtmlResult : IResult
        {
            private readonly string html;
            public HtmlResult(string html) => this.html = html;
            public Task ExecuteAsync(HttpContext httpContext)
            {
                httpContext.Response.ContentType = "text/html";
                return httpContext.Response.WriteAsync(html);
            }
        }

        public class HelloHandler
        {
            public string Hello() => "Hello Instance method";
        }

        public static class Api
        {
            public static void Configure(IEndpointRouteBuilder app)
            {
                // Overview
                app.MapGet("/", () => "Hello World!");
                app.MapGet("/hello", () => new { Message = "Hello World" });
                string LocalFunction() => "This is local function";
                app.MapGet("/local", LocalFunction);
                var handler = new HelloHandler();
                app.MapGet("/instance", handler.Hello);
                app.MapGet("/static", StaticHello);
                app.MapGet("/users/{userId}/books/{bookId}", (int userId, int bookId) => $"The user id is {userId} and book id is {bookId}");
                app.MapPost("/echo", (Todo todo) => todo);
                app.Map("/any", (HttpRequest request) => request.Method);
                app.MapMethods("/options-or-head", new[] { "OPTIONS", "HEAD" }, () => "This is an options or head request ");
                app.MapFallback(() => Results.NotFound());

                // Responses: IResult, TypedResults, Results<T1, T2>
                app.MapGet("/todos", async (TodoStore db) => await db.AllAsync());
                app.MapGet("/todos/{id}", async (int id, TodoStore db) =>
                    await db.FindAsync(id) is Todo todo ? Results.Ok(todo) : Results.NotFound());
                app.MapGet("/typed/{id}", async Task<Results<Ok<Todo>, NotFound>> (int id, TodoStore db) =>
                    await db.FindAsync(id) is Todo todo ? TypedResults.Ok(todo) : TypedResults.NotFound());
                app.MapPost("/todos", (Todo todo, TodoStore db) =>
                {
                    db.Add(todo);
                    return Results.Created($"/todos/{todo.Id}", todo);
                });
                app.MapPut("/todos/{id}", (int id, Todo input, TodoStore db) => Results.NoContent());
                app.MapDelete("/todos/{id}", (int id, TodoStore db) => db.Remove(id) ? Results.NoContent() : Results.NotFound());
                app.MapPatch("/todos/{id}", (int id) => TypedResults.Accepted($"/todos/{id}"));
                app.MapGet("/text", () => Results.Text("This is some text", "text/plain", Encoding.UTF8));
                app.MapGet("/html", () => Results.Content("<html><body>hi</body></html>", "text/html"));
                app.MapGet("/custom-html", () => new HtmlResult("<html><body>hi</body></html>"));
                app.MapGet("/json", () => Results.Json(new { Message = "Hello World" }, statusCode: 201));
                app.MapGet("/json-text", () => Results.Text(JsonSerializer.Serialize(new { a = 1 }), "application/json"));
                app.MapGet("/json-content", () => Results.Content("{\"a\":1}", "application/json"));
                app.MapGet("/405", () => Results.StatusCode(405));
                app.MapGet("/teapot", () => Results.StatusCode(StatusCodes.Status418ImATeapot));
                app.MapGet("/status/{code}", (int code) => Results.StatusCode(code));
                app.MapGet("/old-path", () => Results.Redirect("/new-path"));
                app.MapGet("/local-redirect", () => Results.LocalRedirect("/new-path", permanent: true, preserveMethod: true));
                app.MapGet("/download", () => Results.File("myfile.text"));
                app.MapGet("/bytes", () => Results.Bytes(new byte[] { 1, 2 }, "application/octet-stream"));
                app.MapGet("/stream", () => Results.Stream(new MemoryStream(new byte[] { 1 }), "application/octet-stream"));
                app.MapGet("/problem", () => Results.Problem("Something went wrong", statusCode: 500));
                app.MapGet("/validation", () => Results.ValidationProblem(new Dictionary<string, string[]> { ["name"] = new[] { "required" } }));
                app.MapGet("/empty", () => Results.Empty);
                app.MapGet("/accepted", () => Results.Accepted());
                app.MapGet("/conflict", () => Results.Conflict(new { Reason = "exists" }));
                app.MapGet("/unprocessable", () => TypedResults.UnprocessableEntity("bad"));
                app.MapGet("/forbid", () => Results.Forbid());
                app.MapGet("/no-content-text", () => Results.Text("", statusCode: 204));

                // Handlers that write the response themselves
                app.MapGet("/write", async (HttpContext context) => await context.Response.WriteAsJsonAsync(new { a = 1 }));
                app.MapGet("/void", (HttpContext context) => { context.Response.StatusCode = 204; });
                app.MapGet("/task", () => Task.CompletedTask);
                app.MapGet("/headers", (HttpResponse response) =>
                {
                    response.Headers.CacheControl = "no-cache";
                    response.Headers.Append("X-Trace", "1");
                    return "x";
                });
                app.MapGet("/cookies", (HttpContext context) =>
                {
                    context.Response.Cookies.Append("theme", "dark");
                    context.Response.Headers.Append("Set-Cookie", "lang=en; Path=/");
                    return Results.Ok();
                });
                app.MapGet("/manual-redirect", (HttpContext context) =>
                {
                    context.Response.Headers.Location = "/elsewhere";
                    return Results.StatusCode(302);
                });

                // Streaming, nullable inputs, async strings
                app.MapGet("/async-stream", () => Numbers());
                app.MapGet("/greet", (string? name) => name is null ? Results.BadRequest("name is required") : Results.Ok($"Hello {name}"));
                app.MapGet("/async-text", async () => { await Task.Delay(1); return "done"; });
                app.MapGet("/list", () => new List<Todo> { new(1, "a", false) });
                app.MapGet("/dictionary", () => new Dictionary<string, int> { ["a"] = 1 });
                app.MapGet("/lambda-null-inside", () => new[] { "a", "" }.Select(s => s.Length == 0 ? null : s).ToArray());
                app.MapGet("/tuple-inside", () => { var (name, count) = ("a", 1); return new { name, count }; });

                // Route groups
                var todos = app.MapGroup("/api/todos");
                todos.MapGet("/", GetAllTodos);
                todos.MapGet("/{id}", GetTodo);
                todos.MapPost("/", CreateTodo);
                app.MapGroup("/public").MapGroup("/v1").MapGet("/ping", () => "pong");
            }

            private static string StaticHello() => "Hello static method";

            private static async Task<IResult> GetAllTodos(TodoStore db) => TypedResults.Ok(await db.AllAsync());

            private static async Task<Results<Ok<Todo>, NotFound>> GetTodo(int id, TodoStore db) =>
                await db.FindAsync(id) is Todo todo ? TypedResults.Ok(todo) : TypedResults.NotFound();

            private static async Task<Created<Todo>> CreateTodo(Todo todo, TodoStore db)
            {
                await Task.Yield();
                db.Add(todo);
                return TypedResults.Created($"/api/todos/{todo.Id}", todo);
            }

            private static async IAsyncEnumerable<int> Numbers([EnumeratorCancellation] CancellationToken cancellationToken = default)
            {
                for (var i = 0; i < 3; i++)
                {
                    await Task.Delay(1, cancellationToken);
                    yield return i;
                }
            }
        }
        """;

    [Fact]
    public Task EveryMinimalApiRuleIsSilent() => ApiVerify.AllAsync(Corpus);
}
