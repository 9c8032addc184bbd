using System.Net;
using static ReturnShape.Responses;

namespace ReturnShape.Tests;

/// <summary>docs/design/coercion.md "Status": codes, HttpStatusCode, status-line strings, and VRS0007.</summary>
public class StatusTests
{
    [Theory]
    [InlineData(100, "100 CONTINUE")]
    [InlineData(203, "203 NON AUTHORITATIVE INFORMATION")]
    [InlineData(404, "404 NOT FOUND")]
    [InlineData(418, "418 I'M A TEAPOT")]
    [InlineData(499, "499 UNKNOWN")]
    [InlineData(599, "599 UNKNOWN")]
    public void Codes_get_werkzeugs_upper_case_phrase(int code, string line)
    {
        Assert.Equal(line, MakeResponse(("ok", code)).Status);
        Assert.Equal(code, MakeResponse(("ok", code)).StatusCode);
    }

    [Fact]
    public void Every_integer_type_and_http_status_code_is_a_status()
    {
        foreach (var status in new object[] { (short)201, 201L, (byte)201, 201u, 201UL, (ushort)201, (nint)201, (nuint)201, HttpStatusCode.Created })
        {
            Assert.Equal("201 CREATED", MakeResponse(("ok", status)).Status);
        }
    }

    [Theory]
    [InlineData("404", "404 NOT FOUND", 404)]
    [InlineData("404 ", "404 NOT FOUND", 404)]
    [InlineData("404 Gone Fishing", "404 Gone Fishing", 404)]
    [InlineData("200 ok", "200 ok", 200)]
    [InlineData("599 Whatever\tit is", "599 Whatever\tit is", 599)]
    [InlineData("200 \t", "200 \t", 200)]
    [InlineData("200 !~", "200 !~", 200)]
    [InlineData("404  Gone", "404  Gone", 404)]
    [InlineData("200 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ 09 AZ az", "200 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ 09 AZ az", 200)]
    public void Status_strings_are_looked_up_or_kept_verbatim(string status, string line, int code)
    {
        var r = MakeResponse(("ok", status));
        Assert.Equal(line, r.Status);
        Assert.Equal(code, r.StatusCode);
    }

    public static IEnumerable<object[]> Invalid() => new[]
    {
        new object[] { 0, "the status 0 is outside 100..599" },
        new object[] { 99, "the status 99 is outside 100..599" },
        new object[] { 600, "the status 600 is outside 100..599" },
        new object[] { -1, "the status -1 is outside 100..599" },
        new object[] { (HttpStatusCode)1000, "the status 1000 is outside 100..599" },
        new object[] { (sbyte)-5, "the status -5 is outside 100..599" },
        new object[] { "", "the status is an empty string" },
        new object[] { "OK", "the status \"OK\" is not a status line such as \"404\" or \"404 Not Found\"" },
        new object[] { "custom-header", "the status \"custom-header\" is not a status line such as \"404\" or \"404 Not Found\"" },
        new object[] { "1000", "the status \"1000\" is not a status line such as \"404\" or \"404 Not Found\"" },
        new object[] { "099", "the status 99 is outside 100..599" },
        new object[] { "200\tOK", "the status \"200\tOK\" is not a status line such as \"404\" or \"404 Not Found\"" },
        new object[] { "200 OK\r\nX-Evil: 1", "the status line contains a line break" },
        new object[] { "200 O\u0001K", "the reason phrase contains the control character \\u0001" },
        new object[] { "200 O\u007fK", "the reason phrase contains the control character \\u007f" },
        new object[] { "200 \u0000", "the reason phrase contains the control character \\u0000" },
        new object[] { "200 \u00d6K", "the reason phrase contains the non-ASCII character \\u00d6" },
        new object[] { "200 \u0080", "the reason phrase contains the non-ASCII character \\u0080" },
        new object[] { "418 Tea \ud83c\udf75", "the reason phrase contains the non-ASCII character \\ud83c\\udf75" },
        new object[] { "abc\ud800\u0001", "the status \"abc\\ud800\\u0001\" is not a status line such as \"404\" or \"404 Not Found\"" },
        new object[] { "\u0662\u0660\u0661", "the status \"\u0662\u0660\u0661\" is not a status line such as \"404\" or \"404 Not Found\"" },
        new object[] { 201.0, "the status is the double 201, not an int, an HttpStatusCode or a status line" },
        new object[] { true, "the status is the bool true, not an int, an HttpStatusCode or a status line" },
        new object[] { new byte[] { 50, 48, 50 }, "the status is a byte[], not an int, an HttpStatusCode or a status line" },
        new object[] { new HashSet<string> { "a" }, "the status is a set (HashSet<string>), not an int, an HttpStatusCode or a status line" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Invalid_statuses_are_VRS0007(object status, string detail)
    {
        var ex = Assert.Throws<InvalidViewReturnException>(() => MakeResponse(("ok", status)));
        Assert.Equal("VRS0007", ex.RuleId);
        Assert.Equal(detail, ex.Detail);
    }

    [Fact]
    public void Status_applies_to_a_response_without_changing_it()
    {
        var original = new Response("hi");
        var r = MakeResponse((original, 418));
        Assert.Equal("418 I'M A TEAPOT", r.Status);
        Assert.Equal("200 OK", original.Status);
        Assert.Equal("202 Accepted", MakeResponse((original, "202 Accepted")).Status);
    }

    [Fact]
    public void Status_applies_to_json_and_http_exceptions()
    {
        Assert.Equal("201 CREATED", MakeResponse((new[] { 1 }, 201)).Status);
        Assert.Equal("503 SERVICE UNAVAILABLE", MakeResponse((new HttpException(500), 503)).Status);
    }

    [Fact]
    public void Response_status_properties_validate()
    {
        var r = new Response("x") { StatusCode = 404 };
        Assert.Equal("404 NOT FOUND", r.Status);
        r.Status = "410";
        Assert.Equal(410, r.StatusCode);
        Assert.Equal("410 GONE", r.Status);
        Assert.Equal("VRS0007", Assert.Throws<InvalidViewReturnException>(() => r.StatusCode = 1000).RuleId);
        Assert.Equal("VRS0007", Assert.Throws<InvalidViewReturnException>(() => r.Status = "oops").RuleId);
        Assert.Equal("VRS0007", Assert.Throws<InvalidViewReturnException>(() => r.Status = "200 \u00d6K").RuleId);
        Assert.Equal("410 GONE", r.Status);
        Assert.Equal("VRS0007", Assert.Throws<InvalidViewReturnException>(() => new Response("x", 42)).RuleId);
    }
}
