using System.Collections;
using System.Text;
using ReturnShape.Coercion;
using ReturnShape.Rules;

namespace ReturnShape;

/// <summary>
/// Response headers as Werkzeug keeps them: an ordered list of (name, value) pairs, names
/// compared case-insensitively, a name may repeat. Names must be RFC 9110 tokens and values
/// visible ASCII, spaces and tabs (a Location may also hold non-ASCII text, percent-encoded by
/// <see cref="Response.Finalize"/>); anything else throws <see cref="InvalidViewReturnException"/> (VRS0008).
/// Every way of changing the headers checks, so a response only ever holds headers a server can send.
/// </summary>
public sealed class Headers : IEnumerable<KeyValuePair<string, string>>
{
    private readonly List<KeyValuePair<string, string>> items = new();

    public Headers()
    {
    }

    public Headers(IEnumerable<KeyValuePair<string, string>> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        foreach (var header in headers)
        {
            Add(header.Key, header.Value);
        }
    }

    public int Count => items.Count;

    /// <summary>The first value of the header, or null; setting replaces it (<see cref="Set"/>), null removes it.</summary>
    public string? this[string name]
    {
        get => Get(name);
        set
        {
            if (value is null)
            {
                Remove(name);
            }
            else
            {
                Set(name, value);
            }
        }
    }

    /// <summary>Appends a header, keeping any of the same name.</summary>
    public void Add(string name, string value)
    {
        Validate(name, value);
        items.Add(new KeyValuePair<string, string>(name, value));
    }

    /// <summary>
    /// Replaces the header: the first of that name takes the new spelling and value in place,
    /// later ones are removed; appended when there is none.
    /// </summary>
    public void Set(string name, string value)
    {
        Validate(name, value);
        var first = IndexOf(name);
        if (first < 0)
        {
            items.Add(new KeyValuePair<string, string>(name, value));
            return;
        }

        items[first] = new KeyValuePair<string, string>(name, value);
        RemoveAfter(name, first);
    }

    /// <summary>
    /// Werkzeug's setlist: the first value replaces the header as <see cref="Set"/> does, the
    /// others are appended; no values removes the header.
    /// </summary>
    public void SetAll(string name, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var list = values.ToList();
        if (list.Count == 0)
        {
            Validate(name, string.Empty);
            Remove(name);
            return;
        }

        foreach (var value in list)
        {
            Validate(name, value);
        }

        Set(name, list[0]);
        foreach (var value in list.Skip(1))
        {
            items.Add(new KeyValuePair<string, string>(name, value));
        }
    }

    /// <summary>Removes every header of that name; false when there was none.</summary>
    public bool Remove(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return items.RemoveAll(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)) > 0;
    }

    public string? Get(string name)
    {
        var index = IndexOf(name);
        return index < 0 ? null : items[index].Value;
    }

    public IReadOnlyList<string> GetAll(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return items.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).ToList();
    }

    public bool Contains(string name) => IndexOf(name) >= 0;

    public void Clear() => items.Clear();

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The headers as they go on the wire, one "Name: value" per line.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var header in items)
        {
            sb.Append(header.Key).Append(": ").Append(header.Value).Append("\r\n");
        }

        return sb.ToString();
    }

    /// <summary>How many headers have that name, and the first one's value; no list is built.</summary>
    internal int CountOf(string name, out string? first)
    {
        first = null;
        var count = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (string.Equals(items[i].Key, name, StringComparison.OrdinalIgnoreCase))
            {
                first ??= items[i].Value;
                count++;
            }
        }

        return count;
    }

    /// <summary>Replaces each value of the header, in place, with its conversion.</summary>
    internal void ConvertAll(string name, Func<string, string> convert)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var (key, value) = items[i];
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                var converted = convert(value);
                if (!string.Equals(converted, value, StringComparison.Ordinal))
                {
                    Validate(key, converted);
                    items[i] = new KeyValuePair<string, string>(key, converted);
                }
            }
        }
    }

    internal Headers Clone()
    {
        var copy = new Headers();
        copy.items.AddRange(items);
        return copy;
    }

    private int IndexOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // A loop rather than FindIndex: a capturing lambda would allocate on every lookup.
        for (var i = 0; i < items.Count; i++)
        {
            if (string.Equals(items[i].Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private void RemoveAfter(string name, int index)
    {
        for (var i = items.Count - 1; i > index; i--)
        {
            if (string.Equals(items[i].Key, name, StringComparison.OrdinalIgnoreCase))
            {
                items.RemoveAt(i);
            }
        }
    }

    /// <summary>Throws VRS0008 unless the name is a token and the value one a header can carry.</summary>
    internal static void Validate(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        var error = ViewReturnRules.CheckHeader(name, value);
        if (error is not null)
        {
            throw ViewErrors.Create(ViewReturnRules.InvalidHeaders, error);
        }
    }
}
