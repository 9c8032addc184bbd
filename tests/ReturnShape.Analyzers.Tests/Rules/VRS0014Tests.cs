namespace ReturnShape.Analyzers.Tests.Rules;

public class VRS0014Tests
{
    public static TheoryData<string> Firing => new()
    {
        """[View("/")] public [|IEnumerable<int>|] A() { yield return 1; }""",
        """[View("/")] public object A() { return [|Numbers()|]; } private static IEnumerable<int> Numbers() { yield return 1; }""",
        """[View("/")] public object A() => [|Enumerable.Range(0, 3)|];""",
        """[View("/")] public object A(List<int> items) => [|items.Select(i => i * 2)|];""",
        """[View("/")] public async [|IAsyncEnumerable<int>|] A() { await Task.Yield(); yield return 1; }""",
        """public void Configure() => Host.MapFunc("/", () => [|Enumerable.Repeat(1, 3)|]);""",
        """[View("/")] public async Task<object> A() { await Task.Yield(); return [|Enumerable.Range(0, 3)|]; }""",
        """[View("/")] public object A(bool b) => b ? [|Enumerable.Range(0, 3)|] : "none";""",
        """[View("/")] public object A() { var numbers = [|Enumerable.Range(0, 3)|]; return numbers; }""",
        """[View("/")] public object A() => ([|Enumerable.Range(0, 3)|], 200);""",
        """public Response A() => MakeResponse([|Enumerable.Range(0, 3)|]);""",
    };

    public static TheoryData<string> Silent => new()
    {
        """[View("/")] public IEnumerable<string> A() { yield return "a"; }""",
        """[View("/")] public object A() => Enumerable.Range(0, 3).Select(i => i.ToString());""",
        """[View("/")] public object A() => new List<int> { 1 };""",
        """[View("/")] public object A() => new[] { 1, 2 };""",
        """[View("/")] public object A(IEnumerable<int> numbers) => numbers;""",
        """[View("/")] public IEnumerable<byte[]> A() { yield return new byte[] { 1 }; }""",
        """[View("/")] public object A() => Enumerable.Range(0, 3).ToList();""",
        """public IEnumerable<int> NotAView() { yield return 1; }""",
    };

    [Theory]
    [MemberData(nameof(Firing))]
    public Task Fires(string members) => Verify.MembersAsync(Descriptors.InvalidStreamElement, members);

    [Theory]
    [MemberData(nameof(Silent))]
    public Task IsSilent(string members) => Verify.MembersAsync(Descriptors.InvalidStreamElement, members);
}
