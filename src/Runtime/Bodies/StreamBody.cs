using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using ReturnShape.Coercion;
using ReturnShape.Rules;

namespace ReturnShape.Bodies;

/// <summary>
/// A body produced chunk by chunk: a lazy sequence, an async sequence or a <see cref="Stream"/>.
/// Chunks are text (written as UTF-8) or bytes; anything else fails when it is reached, as a
/// Python generator does, with VRS0014 naming the view that built the response.
/// </summary>
internal sealed class StreamBody
{
    private const int StreamBlockSize = 8192;

    private static readonly ConcurrentDictionary<Type, Func<object, IAsyncEnumerable<object?>>> AsyncAdapters = new();
    private static readonly MethodInfo BoxMethod = typeof(StreamBody).GetMethod(nameof(BoxAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly object source;
    private readonly string viewName;
    private readonly string subject;

    /// <param name="source">A <see cref="Stream"/>, an <see cref="IEnumerable"/> or an IAsyncEnumerable&lt;T&gt;.</param>
    /// <param name="viewName">The view (or error handler...) that built the response, which a bad chunk names.</param>
    /// <param name="subject">What the message calls it: "The view", "The error handler"...</param>
    public StreamBody(object source, string viewName, string subject)
    {
        this.source = source;
        this.viewName = viewName;
        this.subject = subject;
    }

    public byte[] ReadAll()
    {
        using var buffer = new MemoryStream();
        WriteToAsync(buffer, flush: false, CancellationToken.None).GetAwaiter().GetResult();
        return buffer.ToArray();
    }

    public Task WriteToAsync(Stream destination, CancellationToken cancellationToken) => WriteToAsync(destination, flush: true, cancellationToken);

    private async Task WriteToAsync(Stream destination, bool flush, CancellationToken cancellationToken)
    {
        switch (source)
        {
            case Stream stream:
                await using (stream.ConfigureAwait(false))
                {
                    var block = new byte[StreamBlockSize];
                    int read;
                    while ((read = await stream.ReadAsync(block, cancellationToken).ConfigureAwait(false)) > 0)
                    {
                        await destination.WriteAsync(block.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                        if (flush)
                        {
                            await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
                        }
                    }
                }

                return;
            case IEnumerable sequence:
                var index = 0;
                foreach (var chunk in sequence)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await WriteChunkAsync(destination, chunk, index++, flush, cancellationToken).ConfigureAwait(false);
                }

                return;
            default:
                var asyncIndex = 0;
                var chunks = AsyncAdapters.GetOrAdd(source.GetType(), AdapterFor)(source);
                await foreach (var chunk in chunks.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    await WriteChunkAsync(destination, chunk, asyncIndex++, flush, cancellationToken).ConfigureAwait(false);
                }

                return;
        }
    }

    private async Task WriteChunkAsync(Stream destination, object? chunk, int index, bool flush, CancellationToken cancellationToken)
    {
        await destination.WriteAsync(ChunkBytes(chunk, index), cancellationToken).ConfigureAwait(false);
        if (flush)
        {
            await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private ReadOnlyMemory<byte> ChunkBytes(object? chunk, int index)
    {
        switch (chunk)
        {
            case string text:
                try
                {
                    return StrictUtf8.GetBytes(text);
                }
                catch (EncoderFallbackException)
                {
                    throw Error(index, "a string with a lone surrogate, which has no UTF-8 encoding");
                }

            case byte[] bytes:
                return bytes;
            case ReadOnlyMemory<byte> memory:
                return memory;
            case Memory<byte> memory:
                return memory;
            case ArraySegment<byte> segment:
                return segment;
            default:
                throw Error(index, ValueDescriptions.Describe(chunk) + ", not text or bytes");
        }
    }

    private InvalidViewReturnException Error(int index, string what) =>
        ViewErrors.Create(ViewReturnRules.InvalidStreamElement, "the stream's item " + index + " (counting from 0) is " + what, viewName, subject: subject);

    /// <summary>IAsyncEnumerable&lt;T&gt; is covariant only over reference types; value types are boxed one by one.</summary>
    private static Func<object, IAsyncEnumerable<object?>> AdapterFor(Type type)
    {
        var element = type.GetInterfaces().Append(type)
            .First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))
            .GetGenericArguments()[0];
        if (!element.IsValueType)
        {
            return value => (IAsyncEnumerable<object?>)value;
        }

        var box = BoxMethod.MakeGenericMethod(element);
        return value => (IAsyncEnumerable<object?>)box.Invoke(null, new[] { value, (object)CancellationToken.None })!;
    }

    private static async IAsyncEnumerable<object?> BoxAsync<T>(IAsyncEnumerable<T> source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }
}
