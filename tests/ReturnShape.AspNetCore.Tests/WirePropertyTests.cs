using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ReturnShape.AspNetCore.Tests;

/// <summary>
/// Every value the runtime accepts, Kestrel sends byte for byte; every value it refuses is refused
/// with the right rule and answered with the adapter's own error response. Random header names and
/// values, cookies, status lines and reason phrases (fixed seed) go through MakeResponse, then over
/// one keep-alive connection to a real Kestrel listener, whose raw bytes are compared with the Response.
/// </summary>
public sealed class WirePropertyTests : IAsyncLifetime
{
    private const int Seed = 14_03;
    private const int CaseCount = 1500;
    private const string ViewName = "wire";
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(20);

    // The grammar the response must meet, written from RFC 9110 independently of the runtime.
    // (\z, not $: $ also matches before a final line break.)
    private static readonly Regex Token = new("^[!#$%&'*+\\-.^_`|~0-9A-Za-z]+\\z", RegexOptions.CultureInvariant);
    private static readonly Regex FieldValue = new("^[\\t\\x20-\\x7E]*\\z", RegexOptions.CultureInvariant);
    private static readonly Regex StatusText = new("^[1-5][0-9][0-9]( [\\t\\x20-\\x7E]*)?\\z", RegexOptions.CultureInvariant);

    private readonly ITestOutputHelper _output;
    private readonly TestLoggerProvider _logs = new();
    private readonly List<WireCase> _cases = Generate(new Random(Seed), CaseCount);
    private WebApplication? _app;
    private int _port;

    public WirePropertyTests(ITestOutputHelper output) => _output = output;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(_logs);
        _app = builder.Build();

        // An accepted case serves the very value the test judged (a cookie's Expires follows the clock);
        // a refused one is built again inside the view, where it throws as it did in the test.
        _app.MapView("/case/{index:int}", (int index) => _cases[index].Accepted is { } value ? value : _cases[index].Make()).WithName(ViewName);
        await _app.StartAsync();
        _port = new Uri(Assert.Single(_app.Urls)).Port;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task What_the_runtime_accepts_goes_on_the_wire_exactly_and_what_it_refuses_is_the_adapters_500()
    {
        var failures = new List<string>();
        var accepted = 0;
        var refused = 0;
        var byKind = new SortedDictionary<string, (int Accepted, int Refused)>(StringComparer.Ordinal);
        var connection = await Connection.OpenAsync(_port);
        try
        {
            for (var i = 0; i < _cases.Count; i++)
            {
                var @case = _cases[i];
                var problems = new List<string>();
                Response? expected = null;
                InvalidViewReturnException? refusal = null;
                using (ViewScope.Enter(ViewName))
                {
                    try
                    {
                        var value = @case.Make();
                        expected = Responses.MakeResponse(value).Finalize("GET");
                        @case.Accepted = value;
                    }
                    catch (InvalidViewReturnException e)
                    {
                        refusal = e;
                    }
                }

                if (@case.MustAccept is { } must && must != (refusal is null))
                {
                    problems.Add(must ? "the grammar allows it, the runtime refused it: " + refusal!.Detail : "the grammar forbids it, the runtime accepted it");
                }

                if (refusal is not null && refusal.RuleId != @case.RuleId)
                {
                    problems.Add("refused with " + refusal.RuleId + " instead of " + @case.RuleId + ": " + refusal.Detail);
                }

                if (expected is not null)
                {
                    problems.AddRange(Unsendable(expected));
                }

                var logsBefore = _logs.Entries.Count;
                var wire = await connection.ExchangeAsync("/case/" + i.ToString(CultureInfo.InvariantCulture));
                if (wire is null)
                {
                    problems.Add("the server closed the connection without a response");
                    await connection.DisposeAsync();
                    connection = await Connection.OpenAsync(_port);
                }
                else if (expected is not null)
                {
                    accepted++;
                    problems.AddRange(CompareWire(expected, wire));
                    problems.AddRange(_logs.Entries.Skip(logsBefore).Where(e => e.Level >= LogLevel.Warning).Select(e => "logged: " + e.Message + " " + e.Exception?.Message));
                }
                else
                {
                    refused++;
                    problems.AddRange(CompareErrorResponse(refusal!, wire, _logs.Entries.Skip(logsBefore).ToList()));
                }

                var tally = byKind.GetValueOrDefault(@case.Kind);
                byKind[@case.Kind] = refusal is null ? (tally.Accepted + 1, tally.Refused) : (tally.Accepted, tally.Refused + 1);
                if (problems.Count > 0)
                {
                    failures.Add("case " + i + " (" + @case.Kind + ": " + @case.Description + "): " + string.Join("; ", problems));
                }
            }
        }
        finally
        {
            await connection.DisposeAsync();
        }

        foreach (var (kind, (yes, no)) in byKind)
        {
            _output.WriteLine(kind + ": " + yes + " accepted, " + no + " refused");
        }

        Assert.True(failures.Count == 0, failures.Count + " of " + CaseCount + " cases failed (accepted " + accepted + ", refused " + refused + "):"
            + Environment.NewLine + string.Join(Environment.NewLine, failures.Take(60)));

        // Both halves must be exercised for the property to mean anything.
        Assert.True(accepted > CaseCount / 4 && refused > CaseCount / 4, "accepted " + accepted + ", refused " + refused);
    }

    /// <summary>What in an accepted response no HTTP/1.1 message can carry as it is.</summary>
    private static IEnumerable<string> Unsendable(Response response)
    {
        if (!StatusText.IsMatch(response.Status))
        {
            yield return "the status line \"" + Printable(response.Status) + "\" is outside the grammar";
        }

        foreach (var (name, value) in response.Headers)
        {
            if (!Token.IsMatch(name) || !FieldValue.IsMatch(value))
            {
                yield return "the header \"" + Printable(name) + ": " + Printable(value) + "\" is outside the grammar";
            }
        }
    }

    private static IEnumerable<string> CompareWire(Response expected, RawResponse wire)
    {
        var line = "HTTP/1.1 " + ExpectedStatusText(expected);
        if (wire.StatusLine != line)
        {
            yield return "status line \"" + Printable(wire.StatusLine) + "\", expected \"" + Printable(line) + "\"";
        }

        // Kestrel writes the headers it knows first, so only the order of each name's values is
        // compared; the adapter gathers a name's values under the name's first spelling.
        var sent = wire.Headers.Where(h => !IsServersOwn(h.Name)).ToList();
        var held = expected.Headers.ToList();
        foreach (var group in held.GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
        {
            var spelling = group.First().Key;
            var want = group.Select(h => spelling + ": " + h.Value).ToList();
            var got = sent.Where(h => string.Equals(h.Name, spelling, StringComparison.OrdinalIgnoreCase)).Select(h => h.Name + ": " + h.Value).ToList();
            if (!want.SequenceEqual(got))
            {
                yield return "header " + Printable(spelling) + " sent as [" + Printable(string.Join(" | ", got)) + "], held as [" + Printable(string.Join(" | ", want)) + "]";
            }
        }

        foreach (var extra in sent.Where(h => !held.Any(k => string.Equals(k.Key, h.Name, StringComparison.OrdinalIgnoreCase))))
        {
            yield return "header " + Printable(extra.Name + ": " + extra.Value) + " sent but not in the Response";
        }

        var body = expected.GetData();
        if (!body.AsSpan().SequenceEqual(wire.Body))
        {
            yield return "body of " + wire.Body.Length + " bytes, expected " + body.Length;
        }
    }

    /// <summary>A custom reason phrase is sent as written; a standard one in the server's own spelling.</summary>
    private static string ExpectedStatusText(Response response)
    {
        var code = response.StatusCode;
        var standard = Responses.MakeResponse(("", code)).Status;
        var phrase = response.Status == standard ? ReasonPhrases.GetReasonPhrase(code) : response.Status[4..];
        return code.ToString(CultureInfo.InvariantCulture) + " " + phrase;
    }

    private static IEnumerable<string> CompareErrorResponse(InvalidViewReturnException refusal, RawResponse wire, IReadOnlyList<LogEntry> logged)
    {
        if (wire.StatusLine != "HTTP/1.1 500 Internal Server Error")
        {
            yield return "refused value answered with \"" + Printable(wire.StatusLine) + "\"";
        }

        // Development: the adapter's 500 carries the rule's message; a bare 500 from the server has no body.
        var body = Encoding.UTF8.GetString(wire.Body);
        if (body != refusal.Message)
        {
            yield return "the 500's body is \"" + Printable(body) + "\", not the rule's message";
        }

        var errors = logged.Where(e => e.Level >= LogLevel.Error).ToList();
        if (errors.Count != 1 || errors[0].EventId.Name != "InvalidViewReturn" || (errors[0].Exception as InvalidViewReturnException)?.RuleId != refusal.RuleId)
        {
            yield return "logged [" + string.Join(" | ", errors.Select(e => e.EventId.Name + ": " + e.Message)) + "] instead of one InvalidViewReturn entry for " + refusal.RuleId;
        }
        else if (!errors[0].Message.Contains("'" + ViewName + "'", StringComparison.Ordinal))
        {
            yield return "the log entry does not name the view: " + errors[0].Message;
        }
    }

    private static bool IsServersOwn(string name) => name is "Date" or "Server";

    // ---- the generator ------------------------------------------------------------------------

    private sealed class WireCase
    {
        public required string Kind { get; init; }

        public required string Description { get; init; }

        /// <summary>Builds the view's return value; a cookie's attributes are checked while it is built.</summary>
        public required Func<object?> Make { get; init; }

        /// <summary>The rule a refusal must carry.</summary>
        public required string RuleId { get; init; }

        /// <summary>The grammar's verdict; null where the grammar alone does not decide (a cookie domain).</summary>
        public bool? MustAccept { get; init; }

        public object? Accepted { get; set; }
    }

    private static List<WireCase> Generate(Random random, int count)
    {
        var cases = new List<WireCase>(count);
        for (var i = 0; i < count; i++)
        {
            var pick = random.Next(100);
            cases.Add(pick switch
            {
                < 30 => HeaderValueCase(random),
                < 45 => HeaderNameCase(random),
                < 70 => StatusCase(random),
                < 92 => CookieCase(random),
                _ => LocationCase(random),
            });
        }

        return cases;
    }

    private static WireCase HeaderValueCase(Random random)
    {
        var pairs = ValidHeaders(random);
        var name = ValidName(random);
        var value = Text(random, clean: random.Next(2) == 0);
        pairs.Insert(random.Next(pairs.Count + 1), (name, value));
        var status = ValidStatus(random);
        var body = Body(random);
        return new WireCase
        {
            Kind = "header value",
            Description = name + ": " + Printable(value),
            Make = () => (body, status, pairs.ToArray()),
            RuleId = "VRS0008",
            MustAccept = FieldValue.IsMatch(value),
        };
    }

    private static WireCase HeaderNameCase(Random random)
    {
        var name = random.Next(2) == 0 ? ValidName(random) : Name(random);
        var value = Text(random, clean: true);
        var body = Body(random);
        var headers = new Dictionary<string, string> { [name] = value };
        return new WireCase
        {
            Kind = "header name",
            Description = "\"" + Printable(name) + "\"",
            Make = () => (body, headers),
            RuleId = "VRS0008",
            MustAccept = Token.IsMatch(name),
        };
    }

    private static WireCase StatusCase(Random random)
    {
        var body = Body(random);
        var headers = ValidHeaders(random).ToArray();
        if (random.Next(5) == 0)
        {
            var code = random.Next(8) == 0 ? new[] { 0, 99, 600, 1000, -1 }[random.Next(5)] : random.Next(200, 600);
            return new WireCase
            {
                Kind = "status code",
                Description = code.ToString(CultureInfo.InvariantCulture),
                Make = () => (body, code, headers),
                RuleId = "VRS0007",
                MustAccept = code is >= 100 and <= 599,
            };
        }

        var digits = random.Next(6) == 0
            ? new[] { "99", "600", "1000", "099", "abc", "", "\u0662\u0660\u0661", "20", "2O0" }[random.Next(9)]
            : random.Next(200, 600).ToString(CultureInfo.InvariantCulture);
        var status = random.Next(12) switch
        {
            0 => digits,
            1 => digits + " ",
            2 => digits + "\t" + Text(random, clean: true),
            3 => digits + "  " + Text(random, clean: true),
            _ => digits + " " + Text(random, clean: random.Next(2) == 0),
        };
        return new WireCase
        {
            Kind = "status line",
            Description = "\"" + Printable(status) + "\"",
            Make = () => (body, status, headers),
            RuleId = "VRS0007",
            MustAccept = StatusText.IsMatch(status),
        };
    }

    private static WireCase CookieCase(Random random)
    {
        var name = random.Next(3) == 0 ? Name(random) : ValidName(random);
        var value = Text(random, clean: random.Next(3) == 0);
        var path = random.Next(6) switch
        {
            0 => null,
            1 => "/",
            2 => "//" + Text(random, clean: random.Next(2) == 0) + "/p",
            _ => "/" + Text(random, clean: random.Next(2) == 0),
        };
        var domain = random.Next(5) switch
        {
            0 => "example.com",
            1 => Text(random, clean: random.Next(2) == 0) + ".example",
            2 => new[] { "b\u00fccher.example", ".sub.example.org", "localhost", "dev.localhost:8080", "a..b", "\u00e9" }[random.Next(6)],
            _ => null,
        };
        var sameSite = random.Next(6) switch
        {
            0 => "Lax",
            1 => "strict",
            2 => "None",
            3 => Text(random, clean: true),
            _ => null,
        };
        int? maxAge = random.Next(3) == 0 ? random.Next(-10, 1_000_000) : null;
        DateTimeOffset? expires = random.Next(4) == 0 ? DateTimeOffset.UnixEpoch.AddSeconds(random.NextInt64(0, 4_000_000_000)) : null;
        var secure = random.Next(2) == 0;
        var httpOnly = random.Next(2) == 0;
        var delete = random.Next(8) == 0;
        var body = Body(random);

        var mustRefuse = !Token.IsMatch(name)
            || (sameSite is not null && !new[] { "strict", "lax", "none" }.Contains(sameSite.ToLowerInvariant()))
            || (!delete && HasLoneSurrogate(value)) || (path is not null && HasLoneSurrogate(path));
        return new WireCase
        {
            Kind = delete ? "deleted cookie" : "cookie",
            Description = string.Join(", ", new[]
            {
                "name \"" + Printable(name) + "\"", "value \"" + Printable(value) + "\"", "path " + Quoted(path), "domain " + Quoted(domain),
                "sameSite " + Quoted(sameSite), "maxAge " + (maxAge?.ToString(CultureInfo.InvariantCulture) ?? "null"),
                "expires " + (expires?.ToString("O", CultureInfo.InvariantCulture) ?? "null"),
            }),
            Make = () => delete
                ? Responses.MakeResponse(body).DeleteCookie(name, path, domain, secure, httpOnly, sameSite)
                : Responses.MakeResponse(body).SetCookie("first", "1").SetCookie(name, value, maxAge, expires, path, domain, secure, httpOnly, sameSite),
            RuleId = "VRS0008",

            // A domain's validity depends on IDNA; the grammar decides the rest.
            MustAccept = mustRefuse ? false : domain is null ? true : null,
        };
    }

    private static WireCase LocationCase(Random random)
    {
        // A Location is a URL, percent-encoded when the response is finalised: non-ASCII and spaces
        // are fine, a control character or a lone surrogate (no UTF-8 for it) is not.
        var location = random.Next(3) switch
        {
            0 => "https://" + Text(random, clean: random.Next(2) == 0) + ".example/" + Text(random, clean: random.Next(2) == 0),
            _ => "/" + Text(random, clean: random.Next(2) == 0),
        };
        var redirect = random.Next(3) == 0;
        return new WireCase
        {
            Kind = redirect ? "redirect" : "location",
            Description = "\"" + Printable(location) + "\"",
            Make = () => redirect ? Responses.Redirect(location) : ("", 302, new Dictionary<string, string> { ["Location"] = location }),
            RuleId = "VRS0008",

            // Redirect percent-encodes every character a URL cannot hold; a Location header must not hold controls.
            MustAccept = !HasLoneSurrogate(location) && (redirect || !location.Any(c => c is < ' ' and not '\t' or '\x7f')),
        };
    }

    private static List<(string, string)> ValidHeaders(Random random)
    {
        var list = new List<(string, string)>();
        for (var n = random.Next(3); n > 0; n--)
        {
            // The same name now and then, in the same or another spelling: one header line per value.
            var name = list.Count > 0 && random.Next(4) == 0
                ? (random.Next(2) == 0 ? list[0].Item1 : list[0].Item1.ToLowerInvariant())
                : ValidName(random);
            list.Add((name, Text(random, clean: true)));
        }

        return list;
    }

    private static object ValidStatus(Random random) => random.Next(3) switch
    {
        0 => random.Next(200, 600),
        1 => random.Next(200, 600).ToString(CultureInfo.InvariantCulture) + " " + Text(random, clean: true),
        _ => random.Next(200, 600).ToString(CultureInfo.InvariantCulture),
    };

    private static string Body(Random random)
    {
        var chars = new[] { "a", "Z", " ", "\u00e9", "\u20ac", "\ud83d\ude00", "\n", "<", "0" };
        var sb = new StringBuilder();
        for (var n = random.Next(12); n > 0; n--)
        {
            sb.Append(chars[random.Next(chars.Length)]);
        }

        return sb.ToString();
    }

    // Names Kestrel does not know, so that it writes them as spelled.
    private static string ValidName(Random random) => "X-" + Word(random, TokenChars, 1 + random.Next(8));

    private static string Name(Random random)
    {
        if (random.Next(10) == 0)
        {
            return string.Empty;
        }

        var sb = new StringBuilder("X-");
        for (var n = 1 + random.Next(8); n > 0; n--)
        {
            sb.Append(random.Next(6) == 0 ? Dirty(random) : TokenChars[random.Next(TokenChars.Length)]);
        }

        return sb.ToString();
    }

    private const string TokenChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-.^_`|~";

    private static string Word(Random random, string alphabet, int length)
    {
        var sb = new StringBuilder(length);
        for (var n = 0; n < length; n++)
        {
            sb.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return sb.ToString();
    }

    /// <summary>Text of 0 to 15 characters; unless clean, about one in six is outside visible ASCII, space and tab.</summary>
    private static string Text(Random random, bool clean)
    {
        var length = random.Next(8) == 0 ? 0 : 1 + random.Next(15);
        var sb = new StringBuilder(length);
        for (var n = 0; n < length; n++)
        {
            sb.Append(!clean && random.Next(6) == 0 ? Dirty(random)
                : random.Next(10) switch
                {
                    0 => " ",
                    1 => "\t",
                    _ => ((char)random.Next(0x21, 0x7f)).ToString(),
                });
        }

        return sb.ToString();
    }

    /// <summary>One character from the boundaries and beyond: controls, DEL, Latin-1, other planes, surrogates.</summary>
    private static string Dirty(Random random) => random.Next(13) switch
    {
        0 => "\r",
        1 => "\n",
        2 => "\0",
        3 => ((char)random.Next(0x01, 0x20)).ToString(),
        4 => "\x7f",
        5 => "\u0080",
        6 => ((char)random.Next(0x80, 0xa0)).ToString(),
        7 => ((char)random.Next(0xa0, 0x100)).ToString(),
        8 => "\u00e9",
        9 => new[] { "\u20ac", "\u4e2d", "\u2028", "\ufeff", "\u00d6" }[random.Next(5)],
        10 => "\ud83d\ude00",
        11 => random.Next(2) == 0 ? "\ud800" : "\udc00",
        _ => new[] { " ", "\t", ":", ";", ",", "\"", "(", "/", "=", "@" }[random.Next(10)],
    };

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static string Quoted(string? text) => text is null ? "null" : "\"" + Printable(text) + "\"";

    private static string Printable(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c is >= ' ' and < '\x7f' ? c.ToString() : "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    // ---- the client ---------------------------------------------------------------------------

    private sealed record RawResponse(string StatusLine, List<(string Name, string Value)> Headers, byte[] Body);

    /// <summary>One keep-alive HTTP/1.1 connection, read byte by byte as it arrives (Latin-1, so every byte is one char).</summary>
    private sealed class Connection : IAsyncDisposable
    {
        private readonly TcpClient _client;
        private readonly NetworkStream _stream;
        private readonly byte[] _buffer = new byte[64 * 1024];
        private int _start;
        private int _end;

        private Connection(TcpClient client)
        {
            _client = client;
            _stream = client.GetStream();
        }

        public static async Task<Connection> OpenAsync(int port)
        {
            var client = new TcpClient { NoDelay = true };
            await client.ConnectAsync("127.0.0.1", port).WaitAsync(HangGuard);
            return new Connection(client);
        }

        /// <summary>The response to a GET, or null when the server closed the connection first.</summary>
        public async Task<RawResponse?> ExchangeAsync(string path)
        {
            await _stream.WriteAsync(Encoding.ASCII.GetBytes("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
            var statusLine = await ReadLineAsync();
            if (statusLine is null)
            {
                return null;
            }

            var headers = new List<(string, string)>();
            string? line;
            while (!string.IsNullOrEmpty(line = await ReadLineAsync()))
            {
                // "Name: value": the value exactly as sent, spaces included.
                var colon = line.IndexOf(": ", StringComparison.Ordinal);
                headers.Add(colon < 0 ? (line, "<no colon>") : (line[..colon], line[(colon + 2)..]));
            }

            if (line is null)
            {
                return null;
            }

            var code = statusLine.Length >= 12 ? statusLine.Substring(9, 3) : string.Empty;
            var length = headers.Where(h => h.Item1.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)).Select(h => h.Item2).FirstOrDefault();
            byte[] body;
            if (code is "204" or "304")
            {
                body = Array.Empty<byte>();
            }
            else if (length is not null)
            {
                body = await ReadExactAsync(int.Parse(length, CultureInfo.InvariantCulture)) ?? Array.Empty<byte>();
            }
            else if (headers.Any(h => h.Item1.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase)))
            {
                body = await ReadChunkedAsync();
            }
            else
            {
                body = Array.Empty<byte>();
            }

            return new RawResponse(statusLine, headers, body);
        }

        public ValueTask DisposeAsync()
        {
            _client.Dispose();
            return ValueTask.CompletedTask;
        }

        private async Task<byte[]> ReadChunkedAsync()
        {
            var body = new MemoryStream();
            while (await ReadLineAsync() is { } size && int.Parse(size.Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture) is var n and > 0)
            {
                body.Write(await ReadExactAsync(n) ?? Array.Empty<byte>());
                await ReadLineAsync();
            }

            await ReadLineAsync();
            return body.ToArray();
        }

        private async Task<string?> ReadLineAsync()
        {
            while (true)
            {
                var at = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n"u8);
                if (at >= 0)
                {
                    var line = Encoding.Latin1.GetString(_buffer, _start, at);
                    _start += at + 2;
                    return line;
                }

                if (!await FillAsync())
                {
                    return null;
                }
            }
        }

        private async Task<byte[]?> ReadExactAsync(int count)
        {
            while (_end - _start < count)
            {
                if (!await FillAsync())
                {
                    return null;
                }
            }

            var bytes = _buffer.AsSpan(_start, count).ToArray();
            _start += count;
            return bytes;
        }

        private async Task<bool> FillAsync()
        {
            if (_start > 0)
            {
                Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }

            try
            {
                var read = await _stream.ReadAsync(_buffer.AsMemory(_end)).AsTask().WaitAsync(HangGuard);
                _end += read;
                return read > 0;
            }
            catch (IOException)
            {
                return false;
            }
        }
    }
}
