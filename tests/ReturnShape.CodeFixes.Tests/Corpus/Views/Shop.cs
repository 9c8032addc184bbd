// A small shop written in views the way a newcomer from Flask writes them, mistakes of every kind mixed.
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using ReturnShape;

namespace Corpus.Shop;

public record Item(int Id, string Name, decimal Price);

public class ShopViews
{
    private readonly List<Item> items = new();

    [View("/items")]
    public object List() => items;

    [View("/items/{id}")]
    public object Get(int id)
    {
        var item = items.Find(i => i.Id == id);
        if (item is null)
        {
            return (404, "no item");
        }

        return item;
    }

    [View("/items/count")]
    public int CountItems() => items.Count;

    [View("/items/{id}/price")]
    public decimal Price(int id) => items[id].Price;

    [View("/health")]
    public async Task Health()
    {
        await Task.Delay(1);
    }

    [View("/items/export")]
    public string Export() => JsonSerializer.Serialize(items);

    [View("/cart")]
    public object Cart()
    {
        var headers = new Dictionary<string, string> { ["Set-Cookie"] = "cart=1; Path=/" };
        return ("ok", 200, headers);
    }

    [View("/old-items")]
    public object OldItems() => ("/items", 301);

    [View("/items/{id}/delete")]
    public async Task<object> Delete(int id)
    {
        await Task.Yield();
        items.RemoveAll(i => i.Id == id);
        return ("deleted", 204);
    }

    [View("/search")]
    public object? Search(string q) => q.Length == 0 ? null : items.Where(i => i.Name.Contains(q)).ToList();

    [View("/items/summary")]
    public (string, int) Summary() => ($"{items.Count} items", 200);

    [View("/items/cheapest")]
    public async Task<object> Cheapest()
    {
        await Task.Yield();
        var cheapest = items.OrderBy(i => i.Price).FirstOrDefault();
        return cheapest is null ? (404, "empty shop") : cheapest;
    }
}
