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
    public async Task An_async_sequence_of_value_types_is_boxed_and_refused_at_its_first_item()
    {
        var ex = await Assert.ThrowsAsync<InvalidViewReturnException>(() => MakeResponse(AsyncNumbers()).WriteBodyAsync(Stream.Null));
        Assert.Equal("VRS0014", ex.RuleId);
        Assert.Equal("the stream's item 0 (counting from 0) is the int 1, not text or bytes", ex.Detail);
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
