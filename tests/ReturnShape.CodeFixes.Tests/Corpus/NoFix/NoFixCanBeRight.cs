// Diagnostics of fixable rules where no rewrite can be right: the fix would have to guess, or would break other code.
using System.Threading.Tasks;
using ReturnShape;
using static ReturnShape.Responses;

namespace Corpus.NoFix;

public static class Store
{
    public static Task<string> LoadAsync() => Task.FromResult("stored");
}

public class GuessViews
{
    private readonly string target = "/elsewhere";

    // The URL is computed, not in the value: a Redirect would have to invent its argument.
    [View("/moved")]
    public object Moved() => (target.ToUpperInvariant(), 302);

    // An int view that other code calls for its number: changing the type would break the caller.
    [View("/count")]
    public int Count() => 5;

    public int Twice() => Count() * 2;

    // A view that hands back a task and that other code calls: making it async changes what the caller gets.
    [View("/stored")]
    public object Stored() => Store.LoadAsync();

    public string Describe() => Stored().ToString() ?? "";

    // A void view that an interface declares: its signature is the interface's.
    public interface IPing
    {
        void Ping();
    }

    public class Pinger : IPing
    {
        [View("/ping")]
        public void Ping() { }
    }
}
