using System.Collections;
using System.Numerics;
using System.Text.Json;
using static ReturnShape.Responses;

namespace ReturnShape.Tests;

/// <summary>
/// Object keys that are not strings, as Flask 3.1.3's jsonify writes them (checked with python3 on
/// this repository's machine): sorted as Python compares them, then written as text; refused where
/// Python cannot sort them; never written twice.
/// </summary>
public class JsonKeyTests
{
    public static TheoryData<object, string> Written => new()
    {
        // {10: "a", 2: "b", -1: "c"}: integers by value, not as text.
        { new Dictionary<int, string> { [10] = "a", [2] = "b", [-1] = "c" }, "{\"-1\":\"c\",\"2\":\"b\",\"10\":\"a\"}\n" },
        { new Dictionary<double, string> { [1.5] = "a", [0.25] = "b", [1e16] = "c", [10.0] = "d" }, "{\"0.25\":\"b\",\"1.5\":\"a\",\"10.0\":\"d\",\"1e+16\":\"c\"}\n" },
        { new Dictionary<object, string> { [2] = "a", [1.5] = "b", [10L] = "c" }, "{\"1.5\":\"b\",\"2\":\"a\",\"10\":\"c\"}\n" },
        { new Dictionary<bool, string> { [true] = "a", [false] = "b" }, "{\"false\":\"b\",\"true\":\"a\"}\n" },
        { new Dictionary<object, string> { [true] = "a", [0] = "b", [2] = "c" }, "{\"0\":\"b\",\"true\":\"a\",\"2\":\"c\"}\n" },
        { new Dictionary<double, int> { [double.PositiveInfinity] = 1, [1.0] = 2, [double.NegativeInfinity] = 3 }, "{\"-Infinity\":3,\"1.0\":2,\"Infinity\":1}\n" },
        { new Dictionary<double, int> { [double.NaN] = 1 }, "{\"NaN\":1}\n" },
        { new Dictionary<object, string> { [BigInteger.Pow(2, 70)] = "big", [1.5] = "x" }, "{\"1.5\":\"x\",\"1180591620717411303424\":\"big\"}\n" },
        { new Dictionary<object, int> { [ulong.MaxValue] = 1, [-1.5] = 2, [long.MinValue] = 3 }, "{\"-9223372036854775808\":3,\"-1.5\":2,\"18446744073709551615\":1}\n" },
        { new Dictionary<char, int> { ['b'] = 1, ['a'] = 2 }, "{\"a\":2,\"b\":1}\n" },

        // Python orders str by code point: U+FFFF before U+1F600, which UTF-16 order would put first.
        { new Dictionary<string, int> { ["\uffff"] = 1, ["\U0001F600"] = 2 }, "{\"\\uffff\":1,\"\\ud83d\\ude00\":2}\n" },
        { new Dictionary<string, object?> { ["\U0001F600"] = 2, ["\uffff"] = 1 }, "{\"\\uffff\":1,\"\\ud83d\\ude00\":2}\n" },
        { new NullKeyed(new KeyValuePair<object?, object?>(null, "a")), "{\"null\":\"a\"}\n" },
    };

    [Theory]
    [MemberData(nameof(Written))]
    public void Keys_are_sorted_as_python_compares_them_then_written_as_text(object value, string json) =>
        Assert.Equal(json, Json(value).GetText());

    public static TheoryData<object, string> Refused => new()
    {
        { new Dictionary<object, string> { [1] = "a", ["b"] = "c" }, "the JSON value at $ has the keys the int 1 and the string \"b\", which cannot be sorted against each other as Flask sorts keys; use keys of one kind" },
        { new Dictionary<object, string> { [1] = "a", ["1"] = "c" }, "the JSON value at $ has the keys the int 1 and the string \"1\", which cannot be sorted against each other as Flask sorts keys; use keys of one kind" },
        { new NullKeyed(new(null, "a"), new("b", "c")), "the JSON value at $ has the keys null and the string \"b\", which cannot be sorted against each other as Flask sorts keys; use keys of one kind" },
        { new Dictionary<object, string> { [1] = "a", [1L] = "b" }, "the JSON value at $ has the keys the int 1 and the long 1, both written \"1\"" },
        { new Dictionary<object, string> { ["a"] = "x", ['a'] = "y" }, "the JSON value at $ has the key \"a\" twice" },
        { new Dictionary<double, int> { [double.NaN] = 1, [1.0] = 2 }, "the JSON value at $ has the key NaN, which cannot be sorted against other keys" },
        { new Dictionary<(int, int), int> { [(1, 2)] = 1 }, "the JSON value at $ has a key of type (int, int); keys must be strings, integers, floating-point numbers, bools or null" },
        { new Dictionary<decimal, int> { [1.5m] = 1 }, "the JSON value at $ has a key of type decimal; keys must be strings, integers, floating-point numbers, bools or null" },
        { new Dictionary<string, object> { ["a"] = new Dictionary<object, int> { [1] = 1, ["y"] = 2 } }, "the JSON value at $.a has the keys the int 1 and the string \"y\", which cannot be sorted against each other as Flask sorts keys; use keys of one kind" },
        { JsonDocument.Parse("{\"a\":1,\"a\":2}").RootElement, "the JSON value at $ has the key \"a\" twice" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Keys_python_cannot_sort_or_that_would_be_written_twice_are_VRS0003(object value, string detail)
    {
        var error = Assert.Throws<InvalidViewReturnException>(() => MakeResponse(value));
        Assert.Equal("VRS0003", error.RuleId);
        Assert.Equal(detail, error.Detail);
    }

    /// <summary>A dictionary that can hold a null key, which .NET's own dictionaries cannot.</summary>
    private sealed class NullKeyed : IReadOnlyDictionary<object?, object?>
    {
        private readonly KeyValuePair<object?, object?>[] _pairs;

        public NullKeyed(params KeyValuePair<object?, object?>[] pairs) => _pairs = pairs;

        public int Count => _pairs.Length;

        public IEnumerable<object?> Keys => _pairs.Select(p => p.Key);

        public IEnumerable<object?> Values => _pairs.Select(p => p.Value);

        public object? this[object? key] => _pairs.First(p => Equals(p.Key, key)).Value;

        public bool ContainsKey(object? key) => _pairs.Any(p => Equals(p.Key, key));

        public bool TryGetValue(object? key, out object? value)
        {
            value = ContainsKey(key) ? this[key] : null;
            return ContainsKey(key);
        }

        public IEnumerator<KeyValuePair<object?, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<object?, object?>>)_pairs).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
