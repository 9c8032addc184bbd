using System.Text;
using static ReturnShape.Responses;

namespace ReturnShape.Tests;

/// <summary>Streamed bodies: written chunk by chunk with a flush after each; a bad chunk fails when reached.</summary>
public class StreamTests
{
    [Fact]
    public async Task Chunks_are_written_and_flushed_one_by_one()
    {
        var destination = new RecordingStream();
        await MakeResponse(Lines("a", "ü", "")).WriteBodyAsync(destination);
        Assert.Equal(new[] { "a", "ü", "" }, destination.Flushed);
    }

    [Fact]
    public async Task Async_chunks_are_written_and_flushed_one_by_one()
    {
        var destination = new RecordingStream();
        await Response.Stream(AsyncLines("x", "y")).WriteBodyAsync(destination);
        Assert.Equal(new[] { "x", "y" }, destination.Flushed);
    }

    [Fact]
    public void A_sequence_whose_element_type_is_never_text_or_bytes_is_refused_before_any_header()
    {
        var ex = Assert.Throws<InvalidViewReturnException>(() => MakeResponse(AsyncNumbers()));
        Assert.Equal("VRS0014", ex.RuleId);
        Assert.Equal("it returned an async sequence of int, whose items can never be text or bytes", ex.Detail);

        ex = Assert.Throws<InvalidViewReturnException>(() => MakeResponse(Enumerable.Range(1, 3)));
        Assert.Equal("it returned a lazy sequence of int, whose items can never be text or bytes", ex.Detail);
        ex = Assert.Throws<InvalidViewReturnException>(() => MakeResponse((Items("a").Select(s => s!.GetHashCode()), 200)));
        Assert.Equal("the tuple's body is a lazy sequence of int, whose items can never be text or bytes", ex.Detail);
        ex = Assert.Throws<InvalidViewReturnException>(() => MakeResponse(Items("a").Select(s => DateTime.UnixEpoch), 200));
        Assert.Equal("the body is a lazy sequence of DateTime, whose items can never be text or bytes", ex.Detail);
        ex = Assert.Throws<InvalidViewReturnException>(() => MakeResponse("abc".Select(c => c)));
        Assert.Equal("it returned a lazy sequence of char, whose items can never be text or bytes", ex.Detail);
    }

    [Fact]
    public async Task A_sequence_whose_items_may_be_chunks_streams_until_a_bad_one()
    {
        Assert.Equal("ab", MakeResponse(Items("a", "b").Select(s => (IComparable)s!)).GetText());
        Assert.Equal("ab", MakeResponse(Items("a", "b").Select(s => (object?)s)).GetText());
        Assert.Equal(new byte[] { 1, 2 }, MakeResponse(new byte[][] { [1], [2] }.Select(b => new ReadOnlyMemory<byte>(b))).GetData());
        Assert.Equal(new byte[] { 3 }, MakeResponse(new byte[][] { [3] }.Select(b => (ArraySegment<byte>?)new ArraySegment<byte>(b))).GetData());

        // A value-type async sequence is boxed item by item.
        var destination = new MemoryStream();
        await MakeResponse(AsyncMemory()).WriteBodyAsync(destination);
        Assert.Equal(new byte[] { 7 }, destination.ToArray());
    }

    [Fact]
    public async Task A_buffered_body_is_written_whole()
    {
        var destination = new MemoryStream();
        await MakeResponse("Hello").WriteBodyAsync(destination);
        Assert.Equal("Hello", Encoding.UTF8.GetString(destination.ToArray()));
    }

    [Fact]
    public void Stream_factories_take_text_bytes_and_streams_with_status_and_headers()
    {
        var r = Response.Stream(new[] { new byte[] { 1 }, new byte[] { 2 } }, 206, new Dictionary<string, string> { ["X-A"] = "1" }, mimetype: "application/octet-stream");
        Assert.True(r.IsStreamed);
        Assert.Equal("206 PARTIAL CONTENT", r.Status);
        Assert.Equal(new[] { ("X-A", "1"), ("Content-Type", "application/octet-stream") }, BodyTests.Pairs(r));
        Assert.Equal(new byte[] { 1, 2 }, r.GetData());
        Assert.Equal("abc", Response.Stream(new MemoryStream(Encoding.UTF8.GetBytes("abc"))).GetText());
        Assert.Equal("t", Response.Stream(new List<string> { "t" }, contentType: "text/plain").GetText());
        Assert.Equal("b", Response.Stream(AsyncBytes()).GetText());
    }

    [Fact]
    public void A_bad_chunk_fails_only_when_reached_naming_the_view_that_built_the_response()
    {
        Response r;
        using (ViewScope.Enter("Feed"))
        {
            r = MakeResponse(Items("a", 1));
        }

        Assert.True(r.IsStreamed);
        var ex = Assert.Throws<InvalidViewReturnException>(() => r.GetData());
        Assert.Equal("VRS0014", ex.RuleId);
        Assert.Equal("Feed", ex.ViewName);
        Assert.Equal("the stream's item 1 (counting from 0) is the int 1, not text or bytes", ex.Detail);
    }

    [Fact]
    public void Nested_sequences_and_nulls_are_not_chunks()
    {
        Assert.Equal(
            "the stream's item 0 (counting from 0) is a List<string>, not text or bytes",
            Assert.Throws<InvalidViewReturnException>(() => MakeResponse(Items(new List<string> { "inner" })).GetData()).Detail);
        Assert.Equal(
            "the stream's item 0 (counting from 0) is null, not text or bytes",
            Assert.Throws<InvalidViewReturnException>(() => MakeResponse(Items(new object?[] { null })).GetData()).Detail);
    }

    [Fact]
    public void A_chunk_with_a_lone_surrogate_is_VRS0014()
    {
        var ex = Assert.Throws<InvalidViewReturnException>(() => MakeResponse(Lines("ok", "\udfff")).GetData());
        Assert.Equal("VRS0014", ex.RuleId);
        Assert.Equal("the stream's item 1 (counting from 0) is a string with a lone surrogate, which has no UTF-8 encoding", ex.Detail);
    }

    [Fact]
    public async Task Writing_honours_cancellation()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => MakeResponse(Lines("a")).WriteBodyAsync(Stream.Null, cts.Token));
    }

    [Fact]
    public void A_streamed_body_read_once_is_kept()
    {
        var r = MakeResponse(Lines("a", "b"));
        Assert.Equal("ab", r.GetText());
        Assert.Equal("ab", r.GetText());
    }

    private static IEnumerable<string> Lines(params string[] lines)
    {
        foreach (var line in lines)
        {
            yield return line;
        }
    }

    private static IEnumerable<object?> Items(params object?[] items)
    {
        foreach (var item in items)
        {
            yield return item;
        }
    }

    private static async IAsyncEnumerable<string> AsyncLines(params string[] lines)
    {
        foreach (var line in lines)
        {
            await Task.Yield();
            yield return line;
        }
    }

    private static async IAsyncEnumerable<byte[]> AsyncBytes()
    {
        await Task.Yield();
        yield return "b"u8.ToArray();
    }

    private static async IAsyncEnumerable<int> AsyncNumbers()
    {
        await Task.Yield();
        yield return 1;
    }

    private static async IAsyncEnumerable<ReadOnlyMemory<byte>> AsyncMemory()
    {
        await Task.Yield();
        yield return new byte[] { 7 };
    }

    /// <summary>Records what had been written at each flush.</summary>
    private sealed class RecordingStream : MemoryStream
    {
        private long flushedUpTo;

        public List<string> Flushed { get; } = new();

        public override Task FlushAsync(CancellationToken cancellationToken)
        {
            Flushed.Add(Encoding.UTF8.GetString(ToArray(), (int)flushedUpTo, (int)(Length - flushedUpTo)));
            flushedUpTo = Length;
            return Task.CompletedTask;
        }
    }
}
