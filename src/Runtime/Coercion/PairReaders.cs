using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace ReturnShape.Coercion;

/// <summary>
/// Reads (key, value) out of the boxed items of dictionaries and pair sequences: DictionaryEntry,
/// KeyValuePair&lt;K, V&gt;, and 2-tuples. One compiled reader per item type, cached.
/// </summary>
internal static class PairReaders
{
    private static readonly ConcurrentDictionary<Type, Func<object, (object? Key, object? Value)>?> Readers = new();
    private static readonly MethodInfo ReadKeyValuePairMethod = typeof(PairReaders).GetMethod(nameof(ReadKeyValuePair), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>False when the item is not a pair.</summary>
    public static bool TryRead(object? item, out (object? Key, object? Value) pair)
    {
        switch (item)
        {
            case null:
                pair = default;
                return false;
            case DictionaryEntry entry:
                pair = (entry.Key, entry.Value);
                return true;
        }

        var reader = Readers.GetOrAdd(item.GetType(), Create);
        pair = reader is null ? default : reader(item);
        return reader is not null;
    }

    private static Func<object, (object? Key, object? Value)>? Create(Type type)
    {
        if (!type.IsGenericType)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        if (definition == typeof(KeyValuePair<,>))
        {
            return ReadKeyValuePairMethod.MakeGenericMethod(type.GetGenericArguments()).CreateDelegate<Func<object, (object?, object?)>>();
        }

        if (definition == typeof(ValueTuple<,>) || definition == typeof(Tuple<,>))
        {
            return item => (((ITuple)item)[0], ((ITuple)item)[1]);
        }

        return null;
    }

    private static (object? Key, object? Value) ReadKeyValuePair<TKey, TValue>(object item)
    {
        var pair = (KeyValuePair<TKey, TValue>)item;
        return (pair.Key, pair.Value);
    }
}
