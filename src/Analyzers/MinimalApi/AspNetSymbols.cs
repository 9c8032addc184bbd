using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace ReturnShape.Analyzers.MinimalApi;

/// <summary>
/// The ASP.NET Core types the minimal-API rules read, looked up once per compilation. A compilation
/// without ASP.NET Core's routing and results has none, and the rules then register nothing; the
/// ReturnShape runtime is not needed.
/// </summary>
internal sealed class AspNetSymbols
{
    private static readonly ConditionalWeakTable<Compilation, Holder> Cache = new();

    private AspNetSymbols(Compilation compilation, INamedTypeSymbol routeBuilderExtensions, INamedTypeSymbol result)
    {
        RouteBuilderExtensions = routeBuilderExtensions;
        Result = result;
        Results = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.Results");
        TypedResults = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.TypedResults");
        HttpContext = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.HttpContext");
        HttpResponse = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.HttpResponse");
        HeaderDictionary = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.IHeaderDictionary");
        ResponseCookies = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.IResponseCookies");
        JsonSerializer = compilation.GetTypeByMetadataName("System.Text.Json.JsonSerializer");
        JsonSerializerOptions = compilation.GetTypeByMetadataName("System.Text.Json.JsonSerializerOptions");
        NewtonsoftJsonConvert = compilation.GetTypeByMetadataName("Newtonsoft.Json.JsonConvert");
        JsonNode = compilation.GetTypeByMetadataName("System.Text.Json.Nodes.JsonNode");
        TaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
        ValueTaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
        HttpStatusCode = compilation.GetTypeByMetadataName("System.Net.HttpStatusCode");
        ViewRouteBuilderExtensions = compilation.GetTypeByMetadataName("ReturnShape.AspNetCore.ViewEndpointRouteBuilderExtensions");
    }

    /// <summary>Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions: MapGet, MapPost… with a Delegate handler.</summary>
    public INamedTypeSymbol RouteBuilderExtensions { get; }

    public INamedTypeSymbol Result { get; }

    public INamedTypeSymbol? Results { get; }

    public INamedTypeSymbol? TypedResults { get; }

    public INamedTypeSymbol? HttpContext { get; }

    public INamedTypeSymbol? HttpResponse { get; }

    public INamedTypeSymbol? HeaderDictionary { get; }

    public INamedTypeSymbol? ResponseCookies { get; }

    public INamedTypeSymbol? JsonSerializer { get; }

    public INamedTypeSymbol? JsonSerializerOptions { get; }

    public INamedTypeSymbol? NewtonsoftJsonConvert { get; }

    public INamedTypeSymbol? JsonNode { get; }

    public INamedTypeSymbol? TaskOfT { get; }

    public INamedTypeSymbol? ValueTaskOfT { get; }

    public INamedTypeSymbol? HttpStatusCode { get; }

    /// <summary>ReturnShape.AspNetCore's MapView, when the project references it: the fixes then offer it.</summary>
    public INamedTypeSymbol? ViewRouteBuilderExtensions { get; }

    /// <summary>The symbols of <paramref name="compilation"/>, or null when it does not reference ASP.NET Core's minimal APIs.</summary>
    public static AspNetSymbols? For(Compilation compilation) =>
        Cache.GetValue(compilation, static c => new Holder(Create(c))).Symbols;

    /// <summary>Whether <paramref name="type"/> is Results or TypedResults, whose factories build an IResult.</summary>
    public bool IsResultsFactory(ITypeSymbol? type) =>
        type is not null && (SymbolEqualityComparer.Default.Equals(type, Results) || SymbolEqualityComparer.Default.Equals(type, TypedResults));

    public bool Is(ITypeSymbol? type, INamedTypeSymbol? known) => known is not null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, known);

    private static AspNetSymbols? Create(Compilation compilation)
    {
        var extensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions");
        var result = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.IResult");
        return extensions is null || result is null ? null : new AspNetSymbols(compilation, extensions, result);
    }

    // ConditionalWeakTable cannot store null, and "no ASP.NET Core here" must be cached too.
    private sealed class Holder
    {
        public Holder(AspNetSymbols? symbols) => Symbols = symbols;

        public AspNetSymbols? Symbols { get; }
    }
}
