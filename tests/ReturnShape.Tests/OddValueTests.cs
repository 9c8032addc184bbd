using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using static ReturnShape.Responses;

namespace ReturnShape.Tests;

/// <summary>
/// Odd values a view can produce: each becomes a response or an InvalidViewReturnException,
/// never a NullReferenceException, a cast error or a silently wrong response.
/// </summary>
public class OddValueTests
{
    public static IEnumerable<object[]> OddValues() => new object?[]
    {
        default(JsonElement),
        JsonDocument.Parse("[1]"),
        JsonDocument.Parse("\"text\""),
        new JsonArray(),
        Tuple.Create<object?, object?>(null, null),
        ((string?)null, (object?)null, (object?)null),
        ("ok", new KeyValuePair<string, string>[] { default }),
        ("ok", new (string, string)[] { default }),
        ("ok", new object?[] { null }),
        ("ok", new Hashtable { [1] = "x" }),
        ("ok", new Dictionary<string, object> { ["X-A"] = new object[] { new object[] { "nested" } } }),
        ("ok", new Headers()),
        ("ok", 200, new Headers()),
        (("a", "b"), 1),
        (new Response("x"), (object?)null, new Dictionary<string, string>()),
        (new HttpException(404), "404 Custom"),
        ("ok", new DateTime(2030, 1, 1)),
        (new byte[0], 200),
        new ArraySegment<byte>(),
        Array.Empty<object>(),
        new int[2, 2],
        new Dictionary<string, object?> { ["nested"] = new Dictionary<int, object?> { [1] = null } },
        new Dictionary<string, object> { ["t"] = TimeSpan.FromSeconds(1), ["u"] = new Uri("https://x.example/"), ["e"] = DayOfWeek.Friday },
        new Dictionary<string, object> { ["ptr"] = IntPtr.Zero },
        new Dictionary<string, object> { ["type"] = typeof(string) },
        new WriteOnlyStream(),
        (Action)(() => { }),
        new List<object?> { null, double.Epsilon, float.MaxValue, (Half)1.5, Int128.MaxValue, 'c' },
    }.Select(v => new[] { v! });

    [Theory]
    [MemberData(nameof(OddValues))]
    public void Becomes_a_response_or_the_rules_exception(object? value)
    {
        using (ViewScope.Enter("Odd"))
        {
            try
            {
                var r = MakeResponse(value).Finalize("GET");
                Assert.NotNull(r.Status);
                _ = r.GetData();
            }
            catch (InvalidViewReturnException ex)
            {
                Assert.Equal("Odd", ex.ViewName);
                Assert.Matches("^VRS00(0[1-9]|1[0-4])$", ex.RuleId);
                Assert.DoesNotContain('\n', ex.Detail);
            }
        }
    }

    [Fact]
    public void A_stream_that_cannot_be_read_is_refused_when_returned()
    {
        var ex = Assert.Throws<InvalidViewReturnException>(() => MakeResponse(new WriteOnlyStream()));
        Assert.Equal("VRS0003", ex.RuleId);
        Assert.Equal("it returned an OddValueTests.WriteOnlyStream that cannot be read", ex.Detail);
        Assert.Equal("VRS0006", Assert.Throws<InvalidViewReturnException>(() => MakeResponse((new WriteOnlyStream(), 200))).RuleId);
        Assert.Throws<ArgumentException>(() => Response.Stream(new WriteOnlyStream()));
    }

    [Fact]
    public void Json_numbers_of_every_kind()
    {
        var text = Json(new List<object?> { null, double.Epsilon, float.MaxValue, (Half)1.5, Int128.MaxValue, 'c' }).GetText();
        Assert.Equal("[null,5e-324,3.4028235e+38,1.5,170141183460469231731687303715884105727,\"c\"]\n", text);
    }

    private sealed class WriteOnlyStream : MemoryStream
    {
        public override bool CanRead => false;
    }
}
