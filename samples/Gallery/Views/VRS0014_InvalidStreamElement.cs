using ReturnShape;

namespace Gallery.Views;

public static class InvalidStreamElementViews
{
    [View("/vrs0014")]
    public static IEnumerable<int> Numbers() // VRS0014: a stream of ints; a streamed body yields strings or bytes
    {
        for (var i = 0; i < 3; i++)
        {
            yield return i;
        }
    }
}
