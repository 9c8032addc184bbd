using System.Text.Json;
using System.Text.Json.Nodes;
using static ReturnShape.Responses;

namespace ReturnShape.Tests;

/// <summary>docs/design/coercion.md "JSON": Flask's defaults and the values JSON cannot hold.</summary>
public class JsonTests
{
    [Fact]
    public void Json_without_a_value_is_null_with_a_newline()
    {
        var r = Json();
        Assert.Equal("null\n", r.GetText());
        Assert.Equal(new[] { ("Content-Type", "application/json"), ("Content-Length", "5") }, BodyTests.Pairs(r));
    }

    [Fact]
    public void Keys_are_sorted_ordinally_at_every_level_and_separators_are_compact()
    {
        var value = new Dictionary<string, object?>
        {
            ["b"] = 1,
            ["a"] = new List<object?> { 1, 2, new Dictionary<string, object?> { ["z"] = null, ["y"] = true, ["Z"] = false } },
        };
        Assert.Equal("{\"a\":[1,2,{\"Z\":false,\"y\":true,\"z\":null}],\"b\":1}\n", Json(value).GetText());
    }

    [Fact]
    public void Non_ascii_and_controls_are_escaped_as_python_does()
    {
        var text = "J\u00fcrgen \u20ac \U0001F600 \"q\" \\ / \n\r\t\b\f \u0001 \u007f";
        Assert.Equal(
            "\"J\\u00fcrgen \\u20ac \\ud83d\\ude00 \\\"q\\\" \\\\ / \\n\\r\\t\\b\\f \\u0001 \\u007f\"\n",
            Json(text).GetText());
    }

    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(123456789.125, "123456789.125")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(1.5e-7, "1.5e-07")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(0.0, "0.0")]
    [InlineData(-0.0, "-0.0")]
    public void Floats_are_written_as_python_writes_them(double value, string expected)
    {
        Assert.Equal(expected + "\n", Json(value).GetText());
    }

    [Fact]
    public void Other_numbers_are_invariant()
    {
        Assert.Equal("[1,-2,3.50,0.1,18446744073709551615,true]\n", Json(new object[] { 1, -2L, 3.50m, 0.1f, ulong.MaxValue, true }).GetText());
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("sv-SE")]
    public void Numbers_ignore_the_current_culture(string culture)
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo(culture);
        try
        {
            Assert.Equal("[-1234567,-3.50,-1]\n", Json(new object[] { -1234567, -3.50m, System.Numerics.BigInteger.MinusOne }).GetText());
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Tuples_nested_in_json_are_arrays_and_dictionary_keys_may_be_numbers()
    {
        Assert.Equal("[[1,\"a\"]]\n", Json(new[] { (1, "a") }).GetText());
        Assert.Equal("{\"1\":\"a\",\"2\":\"b\"}\n", Json(new Dictionary<int, string> { [2] = "b", [1] = "a" }).GetText());
    }

    private sealed record Album(string Title, int Year, DateTime Released, Guid Id, double? Rating);

    [Fact]
    public void Data_objects_use_web_names_sorted_and_dates_are_iso_8601()
    {
        var album = new Album("Blue", 1971, new DateTime(1971, 6, 22, 0, 0, 0, DateTimeKind.Utc), Guid.Empty, null);
        Assert.Equal(
            "{\"id\":\"00000000-0000-0000-0000-000000000000\",\"rating\":null,\"released\":\"1971-06-22T00:00:00Z\",\"title\":\"Blue\",\"year\":1971}\n",
            Json(album).GetText());
        Assert.Equal("{\"a\":1,\"b\":2}\n", Json(new { b = 2, a = 1 }).GetText());
    }

    [Fact]
    public void Json_nodes_and_elements_are_written_with_the_same_rules()
    {
        var node = new JsonObject { ["b"] = new JsonArray(1, "é"), ["a"] = JsonValue.Create(true) };
        Assert.Equal("{\"a\":true,\"b\":[1,\"\\u00e9\"]}\n", Json(node).GetText());
        Assert.Equal("{\"a\":1.50,\"b\":2}\n", Json(JsonDocument.Parse("{\"b\":2,\"a\":1.50}").RootElement).GetText());
    }

    [Theory]
    [InlineData(double.NaN, "the JSON value at $.x is NaN, which JSON cannot represent")]
    [InlineData(double.PositiveInfinity, "the JSON value at $.x is Infinity, which JSON cannot represent")]
    [InlineData(double.NegativeInfinity, "the JSON value at $.x is -Infinity, which JSON cannot represent")]
    public void Nan_and_infinities_are_VRS0003(double value, string detail)
    {
        var ex = Assert.Throws<InvalidViewReturnException>(() => MakeResponse(new Dictionary<string, object> { ["x"] = value }));
        Assert.Equal("VRS0003", ex.RuleId);
        Assert.Equal(detail, ex.Detail);
    }

    private sealed class Holder
    {
        public double Value { get; init; } = double.NaN;
    }

    public static IEnumerable<object[]> Unserializable() => new[]
    {
        new object[] { new Dictionary<string, object> { ["o"] = new object() }, "the JSON value at $.o is an object, which cannot be serialized to JSON" },
        new object[] { new List<object> { 1, Task.FromResult(1) }, "the JSON value at $[1] is a Task<int> that was not awaited, which cannot be serialized to JSON" },
        new object[] { new object[] { (Action)(() => { }) }, "the JSON value at $[0] is a delegate (Action) instead of its result, which cannot be serialized to JSON" },
        new object[] { new Dictionary<string, object> { ["r"] = new Response("x") }, "the JSON value at $.r is a Response, which cannot be serialized to JSON" },
        new object[] { new Dictionary<string, string> { ["s"] = "a\ud800" }, "the JSON value at $.s is a string with a lone surrogate (\\ud800 at index 1), which has no UTF-8 encoding" },
        new object[] { new Dictionary<string, string> { ["\udc00"] = "x" }, "the JSON value at $.\udc00 is a string with a lone surrogate (\\udc00 at index 0), which has no UTF-8 encoding" },
        new object[] { new Dictionary<object, int> { [new object()] = 1 }, "the JSON value at $ has a key of type object; keys must be strings, integers, floating-point numbers, bools or null" },
        new object[]
        {
            new Dictionary<string, object?> { ["a"] = new object?[] { 1, new Dictionary<string, object?> { ["b"] = new List<double> { 0, double.NaN } } } },
            "the JSON value at $.a[1].b[1] is NaN, which JSON cannot represent",
        },
    };

    [Fact]
    public void A_failed_serialization_leaves_nothing_behind_for_the_next_one()
    {
        Assert.Throws<InvalidViewReturnException>(() => Json(new Dictionary<string, object?> { ["deep"] = new object?[] { new Dictionary<string, object?> { ["x"] = double.NaN } } }));

        Assert.Equal("{\"a\":[1,{\"b\":2}]}\n", Json(new Dictionary<string, object?> { ["a"] = new object?[] { 1, new Dictionary<string, object?> { ["b"] = 2 } } }).GetText());
        var ex = Assert.Throws<InvalidViewReturnException>(() => Json(new object?[] { double.NaN }));
        Assert.StartsWith("the JSON value at $[0] ", ex.Detail);
    }

    [Theory]
    [MemberData(nameof(Unserializable))]
    public void Values_json_cannot_hold_are_VRS0003(object value, string detail)
    {
        var ex = Assert.Throws<InvalidViewReturnException>(() => MakeResponse(value));
        Assert.Equal("VRS0003", ex.RuleId);
        Assert.Equal(detail, ex.Detail);
    }

    [Fact]
    public void A_nan_inside_a_data_object_is_VRS0003_naming_the_type()
    {
        var ex = Assert.Throws<InvalidViewReturnException>(() => Json(new Holder()));
        Assert.Equal("VRS0003", ex.RuleId);
        Assert.StartsWith("the JSON value at $ is a JsonTests.Holder, which cannot be serialized to JSON", ex.Detail);
    }

    [Fact]
    public void A_cycle_is_VRS0003_not_a_stack_overflow()
    {
        var list = new List<object>();
        list.Add(list);
        var ex = Assert.Throws<InvalidViewReturnException>(() => MakeResponse(list));
        Assert.Equal("VRS0003", ex.RuleId);
        Assert.EndsWith("nests deeper than 256 levels (a cycle?)", ex.Detail);
    }
}
