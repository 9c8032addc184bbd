// Views whose declared return type cannot hold the fixed value: the fix changes it too.
using System.Collections.Generic;
using System.Threading.Tasks;
using ReturnShape;

namespace Corpus.DeclaredReturnTypes;

public static class Store
{
    public static Task SaveAsync(string item) => Task.CompletedTask;
}

public class StatusViews
{
    private int visits;

    [View("/count")]
    public int Count() => 5;

    [View("/visits")]
    public int Visits()
    {
        visits++;
        if (visits > 100)
        {
            return 429;
        }

        return visits;
    }

    [View("/ping")]
    public void Ping() { }

    [View("/touch")]
    public void Touch(string item)
    {
        if (item.Length == 0)
        {
            return;
        }

        visits++;
    }

    [View("/save")]
    public async Task Save(string item)
    {
        await Store.SaveAsync(item);
    }

    [View("/flush")]
    public async ValueTask Flush()
    {
        await Task.Yield();
    }

    [View("/headers")]
    public (string, Dictionary<string, string>, int) Headers() =>
        ("ok", new Dictionary<string, string> { ["X-Version"] = "2" }, 200);

    [View("/missing")]
    public (int, string) Missing() => (404, "gone");

    [View("/ratio")]
    public double Ratio() => visits / 3.0;
}
