// Diagnostics of fixable rules where no rewrite can be right: the fix would have to guess.
using ReturnShape;
using static ReturnShape.Responses;

namespace Corpus.NoFix;

public class GuessViews
{
    private readonly string target = "/elsewhere";

    // The URL is in a field, not in the value: a Redirect would have to invent its argument.
    [View("/moved")]
    public object Moved() => (target.ToUpperInvariant(), 302);

    // An int view that other code calls for its number: changing the type would break the caller.
    [View("/count")]
    public int Count() => 5;

    public int Twice() => Count() * 2;
}
