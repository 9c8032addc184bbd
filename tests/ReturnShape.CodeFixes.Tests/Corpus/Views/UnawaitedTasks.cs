// A view that hands back a task it did not await: await it and make the view async.
using System.Threading.Tasks;
using ReturnShape;

namespace Corpus.UnawaitedTasks;

public static class Cache
{
    public static Task<string> GetAsync(string key) => Task.FromResult(key);
}

public class CacheViews
{
    [View("/hello")]
    public object Hello() => Task.FromResult<object>("ok");

    [View("/cached/{key}")]
    public object Cached(string key)
    {
        return Cache.GetAsync(key);
    }
}
