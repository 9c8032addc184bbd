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

    // Other code reads this helper's tuple by position: it stays a tuple, and the view unpacks it.
    private static (int Code, string Message) Lookup(int id) => id > 0 ? (200, "found") : (404, "missing");

    [View("/lookup/{id}")]
    public object Find(int id) => Lookup(id);

    public bool Exists(int id) => Lookup(id).Code == 200;
}
