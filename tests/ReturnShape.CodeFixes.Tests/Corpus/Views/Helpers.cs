// The value comes from a helper: fix the helper when only views call it, else the call site.
using ReturnShape;

namespace Corpus.Helpers;

public class OrderViews
{
    private static (int, string) Misordered() => (404, "no such order");

    private static object Unavailable() => (503, "try later");

    [View("/order")]
    public object Order() => Misordered();

    [View("/orders")]
    public object Orders()
    {
        return Misordered();
    }

    [View("/cart")]
    public object Cart() => Unavailable();
}
