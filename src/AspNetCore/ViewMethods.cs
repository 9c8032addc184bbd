namespace ReturnShape.AspNetCore;

/// <summary>The HTTP methods a view answers, with Flask's rule that a GET view also answers HEAD.</summary>
internal static class ViewMethods
{
    public static readonly string[] Default = { "GET", "HEAD" };

    public static string[] Normalize(IEnumerable<string> methods)
    {
        var normalized = new List<string>();
        foreach (var method in methods)
        {
            if (string.IsNullOrWhiteSpace(method))
            {
                throw new ArgumentException("An HTTP method of a view is empty.", nameof(methods));
            }

            var upper = method.Trim().ToUpperInvariant();
            if (!normalized.Contains(upper))
            {
                normalized.Add(upper);
            }
        }

        if (normalized.Count == 0)
        {
            throw new ArgumentException("A view answers at least one HTTP method.", nameof(methods));
        }

        if (normalized.Contains("GET") && !normalized.Contains("HEAD"))
        {
            normalized.Add("HEAD");
        }

        return normalized.ToArray();
    }
}
