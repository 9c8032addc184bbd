namespace ReturnShape.Analyzers.Tests.Rules;

public class VRS0001Tests
{
    public static TheoryData<string> Firing => new()
    {
        // return statement
        """[View("/")] public object? A() { return [|null|]; }""",
        // expression body
        """[View("/")] public object? A() => [|null|];""",
        // default of a reference type
        """[View("/")] public string? A() => [|default|];""",
        // lambda passed to a [View] parameter
        """public void Configure() => Host.MapFunc("/", () => [|null|]);""",
        // async view
        """[View("/")] public async Task<object?> A() { await Task.Yield(); return [|null|]; }""",
        // Task.FromResult in a non-async view
        """[View("/")] public Task<object?> A() => Task.FromResult<object?>([|null|]);""",
        // ternary arm
        """[View("/")] public object? A(bool found) => found ? "ok" : [|null|];""",
        // switch arm
        """[View("/")] public object? A(int id) => id switch { 0 => "zero", _ => [|null|] };""",
        // ?? arm
        """[View("/")] public object? A(string? name) => name ?? [|null|];""",
        // a local assigned once
        """[View("/")] public object? A() { object? result = [|null|]; return result; }""",
        // cast to object
        """[View("/")] public object? A() => [|(object?)null|];""",
        // MakeResponse argument
        """public Response A() => MakeResponse([|null|]);""",
        // the declaration: void, Task, ValueTask
        """[View("/")] public [|void|] A() { }""",
        """[View("/")] public async [|Task|] A() { await Task.Yield(); }""",
        """[View("/")] public [|ValueTask|] A() => default;""",
        // a lambda to a [View] Delegate parameter that returns nothing
        """public void Configure() => Host.Map("/", () [|=>|] { });""",
        // a method group to a [View] parameter that returns nothing
        """public void Configure() => Host.Map("/", [|Nothing|]); public static void Nothing() { }""",
        // a [View] local function
        """public void Configure() { [View] static object? Local() => [|null|]; Host.Map("/", Local); }""",
        // an after-request hook must hand on a response, and an error handler answers like a view
        """public static void Before([BeforeRequest] Func<object?> f) { } public static void After([AfterRequest] Func<Response, Response?> h) { } public static void OnError([View] Func<HttpException, object?> h) { } public void Configure() => After(r => [|null|]);""",
        """public static void Before([BeforeRequest] Func<object?> f) { } public static void After([AfterRequest] Func<Response, Response?> h) { } public static void OnError([View] Func<HttpException, object?> h) { } public void Configure() => OnError(e => e.Code == 404 ? [|null|] : "error");""",
        // a local function passed as an after-request hook
        """public static void Before([BeforeRequest] Func<object?> f) { } public static void After([AfterRequest] Func<Response, Response?> h) { } public static void OnError([View] Func<HttpException, object?> h) { } public void Configure() { Response? Hook(Response r) => [|null|]; After(Hook); }""",
    };

    public static TheoryData<string> Silent => new()
    {
        """[View("/")] public object A() => "ok";""",
        // a before-request function's null means "go on to the view", in a lambda or a local function
        """public static void Before([BeforeRequest] Func<object?> f) { } public static void After([AfterRequest] Func<Response, Response?> h) { } public static void OnError([View] Func<HttpException, object?> h) { } public void Configure() => Before(() => null);""",
        """public static void Before([BeforeRequest] Func<object?> f) { } public static void After([AfterRequest] Func<Response, Response?> h) { } public static void OnError([View] Func<HttpException, object?> h) { } public void Configure() { object? Gate() => DateTime.Now.Hour < 6 ? ("closed", 503) : null; Before(Gate); }""",
        // an after-request hook that hands on the response
        """public static void Before([BeforeRequest] Func<object?> f) { } public static void After([AfterRequest] Func<Response, Response?> h) { } public static void OnError([View] Func<HttpException, object?> h) { } public void Configure() => After(r => r);""",
        // a lambda inside a view returning null to LINQ is not a view return
        """[View("/")] public object A() => new[] { "a", "" }.Select(x => x.Length == 0 ? null : x).ToList();""",
        // a local function inside a view
        """[View("/")] public object A() { string? Find() => null; return Find() ?? "none"; }""",
        // not a view
        """public object? NotAView() => null;""",
        // object whose origin cannot be seen
        """[View("/")] public object A() { object o = Get(); return o; } private static object Get() => "x";""",
        // a local assigned twice
        """[View("/")] public object? A(bool b) { object? r = null; if (b) r = "x"; return r ?? "y"; }""",
        // ?? whose left arm is what is returned when not null
        """[View("/")] public object A(string? s) => s ?? "none";""",
        // an iterator view
        """[View("/")] public IEnumerable<string> A() { yield return "a"; }""",
        // a view returning Task<T> with a value
        """[View("/")] public async Task<object> A() { await Task.Yield(); return "ok"; }""",
        // a lambda to a [View] parameter that returns a value
        """public void Configure() => Host.Map("/", () => "ok");""",
        // MakeResponse() with no value is an empty 200
        """public Response A() => MakeResponse();""",
        // default of an unconstrained type parameter may be a value
        """[View("/")] public object? A<T>() => default(T);""",
        // throw in an arm
        """[View("/")] public object A(string? s) => s ?? throw new ArgumentNullException(nameof(s));""",
    };

    [Theory]
    [MemberData(nameof(Firing))]
    public Task Fires(string members) => Verify.MembersAsync(Descriptors.NullValue, members);

    [Theory]
    [MemberData(nameof(Silent))]
    public Task IsSilent(string members) => Verify.MembersAsync(Descriptors.NullValue, members);

    [Fact]
    public Task MessageNamesTheViewAndSaysWhatIsWrong() => Verify.MembersAsync(Descriptors.NullValue, 
        """[View("/")] public object? Index() => {|#0:null|};""",
        new DiagnosticResult(Descriptors.NullValue).WithLocation(0).WithArguments("Index", "it returned null"));

    [Fact]
    public Task LambdaIsNamedByItsRoute() => Verify.MembersAsync(Descriptors.NullValue, 
        """public void Configure() => Host.MapFunc("/users", () => {|#0:null|});""",
        new DiagnosticResult(Descriptors.NullValue).WithLocation(0).WithArguments("/users", "it returned null"));

    [Fact]
    public Task VoidViewSaysItReturnsNoValue() => Verify.MembersAsync(Descriptors.NullValue, 
        """[View("/")] public {|#0:void|} Ping() { }""",
        new DiagnosticResult(Descriptors.NullValue).WithLocation(0).WithArguments("Ping", "it is declared void, so it returns no value"));
}
