using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;

namespace ReturnShape.AspNetCore.Tests;

/// <summary>
/// Streamed bodies reach the client chunk by chunk. Each test holds the view's iterator at a gate
/// after its first chunk and opens the gate only once the client has read that chunk: a buffering
/// adapter would never deliver it, and the test would hit its hang guard instead.
/// </summary>
public sealed class StreamingTests
{
    // Only a guard against hanging when the behaviour under test is broken; nothing asserts on time.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task First_chunk_of_an_iterator_reaches_the_client_before_the_iterator_finishes()
    {
        using var gate = new ManualResetEventSlim();
        var finished = false;

        IEnumerable<string> Chunks()
        {
            yield return "first;";
            if (!gate.Wait(HangGuard))
            {
                throw new TimeoutException("the client never read the first chunk");
            }

            yield return "second";
            finished = true;
        }

        await using var app = await TestApp.StartAsync(a => a.MapView("/stream", Chunks));
        var response = await app.Client.GetAsync("/stream", HttpCompletionOption.ResponseHeadersRead).WaitAsync(HangGuard);
        var body = await response.Content.ReadAsStreamAsync();

        Assert.Equal("first;", await ReadAtLeast(body, "first;".Length));
        Assert.False(finished);
        gate.Set();
        Assert.Equal("second", await new StreamReader(body).ReadToEndAsync().WaitAsync(HangGuard));
        Assert.True(finished);
        Assert.Empty(app.Errors);
    }

    [Fact]
    public async Task First_chunk_of_an_async_stream_reaches_the_client_before_it_finishes()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var finished = false;

        async IAsyncEnumerable<byte[]> Chunks()
        {
            yield return Encoding.ASCII.GetBytes("id,name\n");
            await gate.Task.WaitAsync(HangGuard);
            yield return Encoding.ASCII.GetBytes("1,Ada\n");
            finished = true;
        }

        await using var app = await TestApp.StartAsync(a => a.MapView("/export", () => (Chunks(), new Dictionary<string, string> { ["Content-Type"] = "text/csv" })));
        var response = await app.Client.GetAsync("/export", HttpCompletionOption.ResponseHeadersRead).WaitAsync(HangGuard);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStreamAsync();

        Assert.Equal("id,name\n", await ReadAtLeast(body, "id,name\n".Length));
        Assert.False(finished);
        gate.SetResult();
        Assert.Equal("1,Ada\n", await new StreamReader(body).ReadToEndAsync().WaitAsync(HangGuard));
        Assert.True(finished);
    }

    [Fact]
    public async Task Head_of_a_streamed_view_sends_no_body()
    {
        static IEnumerable<string> Chunks()
        {
            yield return "never sent";
        }

        await using var app = await TestApp.StartAsync(a => a.MapView("/stream", Chunks));
        var response = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/stream"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    private static async Task<string> ReadAtLeast(Stream stream, int count)
    {
        var buffer = new byte[count];
        await stream.ReadExactlyAsync(buffer).AsTask().WaitAsync(HangGuard);
        return Encoding.UTF8.GetString(buffer);
    }
}
