// Writes a synthetic ReturnShape project with N views and its minimal-API twin:
//   dotnet run --project bench/Generator -- --views 10000 --out /tmp/returnshape-bench
// gives /tmp/returnshape-bench/views-10000 and /tmp/returnshape-bench/minimal-10000.
using ReturnShape.Bench.Generator;

var views = 1000;
var output = Path.Combine(Path.GetTempPath(), "returnshape-bench");
for (var a = 0; a < args.Length - 1; a += 2)
{
    switch (args[a])
    {
        case "--views":
            views = int.Parse(args[a + 1], System.Globalization.CultureInfo.InvariantCulture);
            break;
        case "--out":
            output = args[a + 1];
            break;
        default:
            Console.Error.WriteLine($"unknown option {args[a]}; usage: --views N --out DIR");
            return 2;
    }
}

var viewsDir = Path.Combine(output, $"views-{views}");
var minimalDir = Path.Combine(output, $"minimal-{views}");
ViewsProjectWriter.Write(viewsDir, views);
MinimalApiProjectWriter.Write(minimalDir, views);
var invalid = Enumerable.Range(0, views).Count(i => HandlerCatalog.For(i).Invalid);
Console.WriteLine($"{viewsDir}: {views} views ({invalid} invalid), {views} non-view methods");
Console.WriteLine($"{minimalDir}: {views} MapGet handlers");
return 0;
