namespace ReturnShape.Analyzers.Tests;

/// <summary>With every analyzer on, one mistake gives one diagnostic: the most specific rule, not its consequences.</summary>
public class PrecedenceTests
{
    [Theory]
    [InlineData("""[View("/")] public object A() => {|VRS0005:("ok", new Dictionary<string, string>(), 200)|};""")]
    [InlineData("""[View("/")] public object A() => {|VRS0005:(404, "Not found")|};""")]
    [InlineData("""[View("/")] public object A() => {|VRS0004:("a", 1, 2, 3)|};""")]
    [InlineData("""[View("/")] public object? A() => {|VRS0001:null|};""")]
    [InlineData("""[View("/")] public object A() => ({|VRS0006:(string?)null|}, {|VRS0007:999|});""")]
    [InlineData("""[View("/")] public object A(Person p) => ({|VRS0010:JsonSerializer.Serialize(p)|}, 200, new Dictionary<string, string> { {|VRS0009:{ "Set-Cookie", "a=1" }|} });""")]
    [InlineData("""[View("/")] public object A() => ({|VRS0012:"deleted"|}, 204);""")]
    public Task OneMistakeOneDiagnostic(string members) => Verify.AllAsync(members);
}
