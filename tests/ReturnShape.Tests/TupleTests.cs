using System.Net;
using static ReturnShape.Responses;

namespace ReturnShape.Tests;

/// <summary>docs/design/coercion.md, "Flask's algorithm, in order", step 1 (unpacking) and the tuple rules VRS0004, VRS0005, VRS0006.</summary>
public class TupleTests
{
    private static readonly Dictionary<string, string> XA = new() { ["X-A"] = "1" };

    [Fact]
    public void Second_item_that_is_a_header_collection_is_headers()
    {
        foreach (var headers in new object[]
        {
            XA,
            new Headers { { "X-A", "1" } },
            new List<KeyValuePair<string, string>> { new("X-A", "1") },
            new[] { ("X-A", "1") },
            new List<Tuple<string, string>> { Tuple.Create("X-A", "1") },
            new Dictionary<string, object> { ["X-A"] = 1 },
            new Dictionary<string, string[]> { ["X-A"] = new[] { "1" } },
        })
        {
            var r = MakeResponse(("ok", headers));
            Assert.Equal("200 OK", r.Status);
            Assert.Equal("1", r.Headers["X-A"]);
        }
    }

    [Fact]
    public void Second_item_that_is_not_a_header_collection_is_a_status()
    {
        Assert.Equal("201 CREATED", MakeResponse(("ok", 201)).Status);
        Assert.Equal("410 GONE", MakeResponse(("ok", HttpStatusCode.Gone)).Status);
        Assert.Equal("404 Gone Fishing", MakeResponse(("ok", "404 Gone Fishing")).Status);
        Assert.Equal("VRS0007", Assert.Throws<InvalidViewReturnException>(() => MakeResponse(("ok", new HashSet<string> { "a" }))).RuleId);
    }

    [Fact]
    public void A_null_status_or_headers_is_no_status_or_headers()
    {
        Assert.Equal("200 OK", MakeResponse(("ok", (object?)null)).Status);
        var r = MakeResponse(("ok", (object?)null, (object?)null));
        Assert.Equal(new[] { ("Content-Type", "text/html; charset=utf-8"), ("Content-Length", "2") }, BodyTests.Pairs(r));
    }

    [Fact]
    public void Reference_tuples_are_unpacked_as_value_tuples_are()
    {
        Assert.Equal("404 NOT FOUND", MakeResponse(Tuple.Create("ok", 404)).Status);
    }

    [Theory]
    [InlineData(0, "it returned an empty tuple")]
    [InlineData(1, "it returned a tuple of 1 element")]
    [InlineData(4, "it returned a tuple of 4 elements")]
    [InlineData(9, "it returned a tuple of 9 elements")]
    public void Other_lengths_are_VRS0004(int length, string detail)
    {
        object tuple = length switch
        {
            0 => default(ValueTuple),
            1 => ValueTuple.Create("ok"),
            4 => ("ok", 200, XA, "extra"),
            _ => ("ok", 200, XA, 1, 2, 3, 4, 5, 6),
        };
        var ex = Assert.Throws<InvalidViewReturnException>(() => MakeResponse(tuple));
        Assert.Equal("VRS0004", ex.RuleId);
        Assert.Equal(detail, ex.Detail);
    }

    public static IEnumerable<object[]> Misordered() => new[]
    {
        new object[] { ("ok", XA, 201), "status and headers are swapped" },
        new object[] { ("ok", "custom-header", 200), "status and headers are swapped" },
        new object[] { ("ok", XA, HttpStatusCode.Created), "status and headers are swapped" },
        new object[] { (404, "Not found"), "the status comes before the body" },
        new object[] { (HttpStatusCode.NotFound, new byte[] { 1 }), "the status comes before the body" },
        new object[] { (404, "Not found", XA), "the status comes before the body" },
        new object[] { (XA, "ok"), "the headers come before the body" },
        new object[] { (XA, "ok", 200), "the headers come before the body" },
    };

    [Theory]
    [MemberData(nameof(Misordered))]
    public void Misordered_tuples_are_VRS0005(object tuple, string detail)
    {
        var ex = Assert.Throws<InvalidViewReturnException>(() => MakeResponse(tuple));
        Assert.Equal("VRS0005", ex.RuleId);
        Assert.Equal(detail, ex.Detail);
    }

    [Fact]
    public void A_json_dictionary_with_a_status_is_not_misordered()
    {
        var r = MakeResponse((new Dictionary<string, string> { ["X-A"] = "1" }, 201));
        Assert.Equal("201 CREATED", r.Status);
        Assert.Equal("{\"X-A\":\"1\"}\n", r.GetText());
        Assert.Equal("404 NOT FOUND", MakeResponse((XA, "404")).Status);
    }

    public static IEnumerable<object?[]> BadBodies() => new[]
    {
        new object?[] { ((string?)null, 404), "the tuple's body is null" },
        new object?[] { ((object?)null, XA), "the tuple's body is null" },
        new object?[] { (123, 456), "the tuple's body is the int 123" },
        new object?[] { (DateTime.MinValue, 200, XA), "the tuple's body is a DateTime" },
        new object?[] { ("\ud800", 200), "the tuple's body is a string with a lone surrogate (\\ud800 at index 0), which has no UTF-8 encoding" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public void Invalid_tuple_bodies_are_VRS0006(object tuple, string detail)
    {
        var ex = Assert.Throws<InvalidViewReturnException>(() => MakeResponse(tuple));
        Assert.Equal("VRS0006", ex.RuleId);
        Assert.Equal(detail, ex.Detail);
    }

    [Fact]
    public void The_body_is_checked_before_status_and_headers()
    {
        Assert.Equal("VRS0006", Assert.Throws<InvalidViewReturnException>(() => MakeResponse(((string?)null, "bad status", "bad headers"))).RuleId);
    }

    [Fact]
    public void Status_is_checked_before_headers()
    {
        Assert.Equal("VRS0007", Assert.Throws<InvalidViewReturnException>(() => MakeResponse(("ok", 1000, "bad headers"))).RuleId);
    }

    [Fact]
    public void A_single_pair_or_a_list_of_strings_in_second_place_are_invalid_headers()
    {
        var pair = Assert.Throws<InvalidViewReturnException>(() => MakeResponse(("ok", ("X-A", "1"))));
        Assert.Equal("VRS0008", pair.RuleId);
        Assert.Equal("the headers are a single (name, value) tuple, not a header collection: put it in a list or a dictionary", pair.Detail);
        var list = Assert.Throws<InvalidViewReturnException>(() => MakeResponse(("ok", new[] { "X-A: 1" })));
        Assert.Equal("VRS0008", list.RuleId);
        Assert.Equal("the headers are a string[], not a header collection", list.Detail);
    }

    [Fact]
    public void Typed_overloads_follow_the_tuple_rules()
    {
        Assert.Equal("404 NOT FOUND", MakeResponse("ok", 404).Status);
        Assert.Equal("410 GONE", MakeResponse("ok", HttpStatusCode.Gone).Status);
        Assert.Equal("404 Gone Fishing", MakeResponse("ok", "404 Gone Fishing").Status);
        Assert.Equal("1", MakeResponse("ok", XA).Headers["X-A"]);
        Assert.Equal("1", MakeResponse("ok", 201, XA).Headers["X-A"]);
        Assert.Equal("201 CREATED", MakeResponse("ok", HttpStatusCode.Created, XA).Status);
        Assert.Equal("201 CREATED", MakeResponse("ok", "201", null).Status);
        var nullBody = Assert.Throws<InvalidViewReturnException>(() => MakeResponse(null, 404));
        Assert.Equal("VRS0006", nullBody.RuleId);
        Assert.Equal("the body is null", nullBody.Detail);
        var swapped = Assert.Throws<InvalidViewReturnException>(() => MakeResponse(404, "Not found"));
        Assert.Equal("VRS0005", swapped.RuleId);
        Assert.Equal("VRS0008", Assert.Throws<InvalidViewReturnException>(() => MakeResponse("ok", new List<string> { "X-A" })).RuleId);
    }
}
