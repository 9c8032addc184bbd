using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using ReturnShape.Analyzers.Model;

namespace ReturnShape.Analyzers;

/// <summary>
/// The types the shape model recognises, looked up once per compilation and shared by every
/// analyzer. A compilation that does not reference <c>ReturnShape.ViewAttribute</c> has none:
/// the analyzers then register nothing.
/// </summary>
internal sealed class KnownSymbols
{
    private static readonly ConditionalWeakTable<Compilation, Holder> Cache = new();

    private KnownSymbols(Compilation compilation, INamedTypeSymbol viewAttribute)
    {
        ViewAttribute = viewAttribute;
        BeforeRequestAttribute = compilation.GetTypeByMetadataName("ReturnShape.BeforeRequestAttribute");
        AfterRequestAttribute = compilation.GetTypeByMetadataName("ReturnShape.AfterRequestAttribute");
        Candidates = ViewCandidates.For(compilation, this);
        Types = new TypeShapes(this);
        Responses = compilation.GetTypeByMetadataName("ReturnShape.Responses");
        Response = compilation.GetTypeByMetadataName("ReturnShape.Response");
        Headers = compilation.GetTypeByMetadataName("ReturnShape.Headers");
        HttpException = compilation.GetTypeByMetadataName("ReturnShape.HttpException");
        Task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
        TaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
        ValueTask = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask");
        ValueTaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
        IEnumerableOfT = compilation.GetSpecialType(SpecialType.System_Collections_Generic_IEnumerable_T);
        IAsyncEnumerableOfT = compilation.GetTypeByMetadataName("System.Collections.Generic.IAsyncEnumerable`1");
        ICollectionOfT = compilation.GetSpecialType(SpecialType.System_Collections_Generic_ICollection_T);
        IReadOnlyCollectionOfT = compilation.GetSpecialType(SpecialType.System_Collections_Generic_IReadOnlyCollection_T);
        IListOfT = compilation.GetSpecialType(SpecialType.System_Collections_Generic_IList_T);
        IReadOnlyListOfT = compilation.GetSpecialType(SpecialType.System_Collections_Generic_IReadOnlyList_T);
        IDictionaryOfKV = compilation.GetTypeByMetadataName("System.Collections.Generic.IDictionary`2");
        IReadOnlyDictionaryOfKV = compilation.GetTypeByMetadataName("System.Collections.Generic.IReadOnlyDictionary`2");
        ISetOfT = compilation.GetTypeByMetadataName("System.Collections.Generic.ISet`1");
        IReadOnlySetOfT = compilation.GetTypeByMetadataName("System.Collections.Generic.IReadOnlySet`1");
        KeyValuePairOfKV = compilation.GetTypeByMetadataName("System.Collections.Generic.KeyValuePair`2");
        ReadOnlyMemoryOfT = compilation.GetTypeByMetadataName("System.ReadOnlyMemory`1");
        ArraySegmentOfT = compilation.GetTypeByMetadataName("System.ArraySegment`1");
        MemoryOfT = compilation.GetTypeByMetadataName("System.Memory`1");
        IEnumerable = compilation.GetSpecialType(SpecialType.System_Collections_IEnumerable);
        ICollection = compilation.GetTypeByMetadataName("System.Collections.ICollection");
        IList = compilation.GetTypeByMetadataName("System.Collections.IList");
        IDictionary = compilation.GetTypeByMetadataName("System.Collections.IDictionary");
        JsonValue = compilation.GetTypeByMetadataName("System.Text.Json.Nodes.JsonValue");
        JsonElement = compilation.GetTypeByMetadataName("System.Text.Json.JsonElement");
        JsonDocument = compilation.GetTypeByMetadataName("System.Text.Json.JsonDocument");
        Stream = compilation.GetTypeByMetadataName("System.IO.Stream");
        JsonNode = compilation.GetTypeByMetadataName("System.Text.Json.Nodes.JsonNode");
        JsonObject = compilation.GetTypeByMetadataName("System.Text.Json.Nodes.JsonObject");
        JsonArray = compilation.GetTypeByMetadataName("System.Text.Json.Nodes.JsonArray");
        JsonSerializer = compilation.GetTypeByMetadataName("System.Text.Json.JsonSerializer");
        NewtonsoftJsonConvert = compilation.GetTypeByMetadataName("Newtonsoft.Json.JsonConvert");
        HttpStatusCode = compilation.GetTypeByMetadataName("System.Net.HttpStatusCode");
        AspNetResult = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.IResult");
        AspNetRequestDelegate = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.RequestDelegate");
        Enumerable = compilation.GetTypeByMetadataName("System.Linq.Enumerable");
    }

    public INamedTypeSymbol ViewAttribute { get; }

    /// <summary>Marks a parameter taking a before-request function: its value is a view's, and null means go on.</summary>
    public INamedTypeSymbol? BeforeRequestAttribute { get; }

    /// <summary>Marks a parameter taking an after-request hook: its value is the Response to send, never null.</summary>
    public INamedTypeSymbol? AfterRequestAttribute { get; }

    /// <summary>Whether <paramref name="attribute"/> marks a delegate whose values the view rules check.</summary>
    public bool MarksViewDelegate(INamedTypeSymbol? attribute) =>
        attribute is not null
        && (SymbolEqualityComparer.Default.Equals(attribute, ViewAttribute)
            || SymbolEqualityComparer.Default.Equals(attribute, BeforeRequestAttribute)
            || SymbolEqualityComparer.Default.Equals(attribute, AfterRequestAttribute));

    /// <summary>The syntax test that spares blocks which cannot hold a view their operation walk.</summary>
    public ViewCandidates Candidates { get; }

    /// <summary>The classification of static types, shared so that what it learns about a type is learnt once.</summary>
    public TypeShapes Types { get; }

    public INamedTypeSymbol? Responses { get; }

    public INamedTypeSymbol? Response { get; }

    public INamedTypeSymbol? Headers { get; }

    public INamedTypeSymbol? HttpException { get; }

    public INamedTypeSymbol? Task { get; }

    public INamedTypeSymbol? TaskOfT { get; }

    public INamedTypeSymbol? ValueTask { get; }

    public INamedTypeSymbol? ValueTaskOfT { get; }

    public INamedTypeSymbol IEnumerableOfT { get; }

    public INamedTypeSymbol? IAsyncEnumerableOfT { get; }

    public INamedTypeSymbol ICollectionOfT { get; }

    public INamedTypeSymbol IReadOnlyCollectionOfT { get; }

    public INamedTypeSymbol IListOfT { get; }

    public INamedTypeSymbol IReadOnlyListOfT { get; }

    public INamedTypeSymbol? IDictionaryOfKV { get; }

    public INamedTypeSymbol? IReadOnlyDictionaryOfKV { get; }

    public INamedTypeSymbol? ISetOfT { get; }

    public INamedTypeSymbol? IReadOnlySetOfT { get; }

    public INamedTypeSymbol? KeyValuePairOfKV { get; }

    public INamedTypeSymbol? ReadOnlyMemoryOfT { get; }

    public INamedTypeSymbol? ArraySegmentOfT { get; }

    public INamedTypeSymbol? MemoryOfT { get; }

    public INamedTypeSymbol IEnumerable { get; }

    public INamedTypeSymbol? ICollection { get; }

    public INamedTypeSymbol? IList { get; }

    public INamedTypeSymbol? IDictionary { get; }

    public INamedTypeSymbol? JsonValue { get; }

    public INamedTypeSymbol? JsonElement { get; }

    public INamedTypeSymbol? JsonDocument { get; }

    public INamedTypeSymbol? Stream { get; }

    public INamedTypeSymbol? JsonNode { get; }

    public INamedTypeSymbol? JsonObject { get; }

    public INamedTypeSymbol? JsonArray { get; }

    public INamedTypeSymbol? JsonSerializer { get; }

    public INamedTypeSymbol? NewtonsoftJsonConvert { get; }

    public INamedTypeSymbol? HttpStatusCode { get; }

    public INamedTypeSymbol? AspNetResult { get; }

    public INamedTypeSymbol? AspNetRequestDelegate { get; }

    public INamedTypeSymbol? Enumerable { get; }


    /// <summary>The symbols of <paramref name="compilation"/>, or null when it does not reference ReturnShape.</summary>
    public static KnownSymbols? For(Compilation compilation) =>
        Cache.GetValue(compilation, static c => new Holder(Create(c))).Symbols;

    private static KnownSymbols? Create(Compilation compilation)
    {
        var viewAttribute = compilation.GetTypeByMetadataName("ReturnShape.ViewAttribute");
        return viewAttribute is null ? null : new KnownSymbols(compilation, viewAttribute);
    }

    // ConditionalWeakTable cannot store null, and "no ReturnShape here" must be cached too.
    private sealed class Holder
    {
        public Holder(KnownSymbols? symbols) => Symbols = symbols;

        public KnownSymbols? Symbols { get; }
    }
}
