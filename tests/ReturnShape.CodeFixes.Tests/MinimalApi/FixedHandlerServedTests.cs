using System.Collections.Immutable;
using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.Extensions.Logging;
using ReturnShape.Analyzers.MinimalApi;
using ReturnShape.CodeFixes.MinimalApi;
using ReturnShape.Testing;

namespace ReturnShape.CodeFixes.Tests.MinimalApi;

/// <summary>
/// The mistakes served as written and as fixed, under TestHost: the unfixed handlers answer what
/// the rules say (200 application/json {}, JSON as text/plain, 200 null); the fixed ones answer
/// the status and content type meant.
/// </summary>
public class FixedHandlerServedTests
{
    private static readonly string Source = ApiFix.InConfigure("""
        app.MapGet("/missing", () => ("Not found", 404));
        app.MapPost("/items", () => (new Dictionary<string, int> { ["id"] = 7 }, 201));
        app.MapGet("/json", () => JsonSerializer.Serialize(new { a = 1 }));
        app.MapGet("/none", object? () => null);
        app.MapGet("/deleted", () => Results.Text("deleted", statusCode: 204));
        """);

    private static readonly (DiagnosticAnalyzer Analyzer, CodeFixProvider Fix)[] Rules =
    {
        (new MinimalApiAnalyzer(), new TupleReturnCodeFixProvider()),
        (new MinimalApiAnalyzer(), new JsonAsPlainTextCodeFixProvider()),
        (new MinimalApiAnalyzer(), new NullReturnCodeFixProvider()),
        (new MinimalApiAnalyzer(), new BodilessStatusResultCodeFixProvider()),
    };

    [Fact]
    public async Task UnfixedHandlersAnswerWhatTheRulesSay()
    {
        await using var app = await ServeAsync(await CompileAsync(TestCompilation.CreateProject(new[] { Source }, ApiFix.References(withViews: false))));
        using var client = app.GetTestClient();
        await AssertAnswerAsync(client, HttpMethod.Get, "/missing", HttpStatusCode.OK, "application/json", "{}");
        await AssertAnswerAsync(client, HttpMethod.Post, "/items", HttpStatusCode.OK, "application/json", "{}");
        await AssertAnswerAsync(client, HttpMethod.Get, "/json", HttpStatusCode.OK, "text/plain", "{\"a\":1}");
        await AssertAnswerAsync(client, HttpMethod.Get, "/none", HttpStatusCode.OK, "application/json", "null");
    }

    [Fact]
    public async Task FixedHandlersAnswerTheStatusAndContentTypeMeant()
    {
        var project = TestCompilation.CreateProject(new[] { Source }, ApiFix.References(withViews: false));
        foreach (var (analyzer, fix) in Rules)
        {
            project = await FixAllAsync(project, analyzer, fix);
        }

        await using var app = await ServeAsync(await CompileAsync(project));
        using var client = app.GetTestClient();
        await AssertAnswerAsync(client, HttpMethod.Get, "/missing", HttpStatusCode.NotFound, "text/plain", "Not found");
        await AssertAnswerAsync(client, HttpMethod.Post, "/items", HttpStatusCode.Created, "application/json", "{\"id\":7}");
        await AssertAnswerAsync(client, HttpMethod.Get, "/json", HttpStatusCode.OK, "application/json", "{\"a\":1}");
        await AssertAnswerAsync(client, HttpMethod.Get, "/none", HttpStatusCode.NotFound, null, "");
        await AssertAnswerAsync(client, HttpMethod.Get, "/deleted", HttpStatusCode.NoContent, null, "");
    }

    private static async Task<Project> FixAllAsync(Project project, DiagnosticAnalyzer analyzer, CodeFixProvider fix)
    {
        for (var round = 0; round < 10; round++)
        {
            var diagnostics = (await TestCompilation.AnalyzeAsync(project, ImmutableArray.Create(analyzer)))
                .Where(d => fix.FixableDiagnosticIds.Contains(d.Id))
                .ToImmutableArray();
            if (diagnostics.IsEmpty)
            {
                return project;
            }

            var diagnostic = diagnostics[0];
            var document = project.GetDocument(diagnostic.Location.SourceTree)!;
            var actions = new List<CodeAction>();
            await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
            Assert.NotEmpty(actions);
            var operations = await actions[0].GetOperationsAsync(CancellationToken.None);
            project = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetProject(project.Id)!;
        }

        Assert.Fail("The fixes did not converge.");
        return project;
    }

    private static async Task<Assembly> CompileAsync(Project project)
    {
        var compilation = (await project.GetCompilationAsync())!;
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return Assembly.Load(image.ToArray());
    }

    private static async Task<WebApplication> ServeAsync(Assembly assembly)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        assembly.GetType("Api")!.GetMethod("Configure")!.Invoke(null, new object[] { app });
        await app.StartAsync();
        return app;
    }

    private static async Task AssertAnswerAsync(HttpClient client, HttpMethod method, string path, HttpStatusCode status, string? mediaType, string body)
    {
        using var response = await client.SendAsync(new HttpRequestMessage(method, path));
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(body, await response.Content.ReadAsStringAsync());
    }
}
